import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatLongDate,
  formatNumber,
  formatQuantity,
  monthName,
  weekdayName,
} from './format.ts';

describe('dates and numbers in the reader language', () => {
  it('writes dates as dd.mm.yyyy in kk and ru, whatever ICU the browser has', () => {
    expect(formatDate('2026-04-09', 'kk')).toBe('09.04.2026');
    expect(formatDate('2026-04-09', 'ru')).toBe('09.04.2026');
    expect(formatDate('2026-04-09', 'en')).toBe('09/04/2026');
    expect(formatDate('2026-4-9', 'ru')).toBe('');
    expect(formatDate(null, 'ru')).toBe('');
  });

  it('names months and weekdays in Kazakh without ICU data', () => {
    expect(monthName(3, 'kk')).toBe('Наурыз');
    expect(monthName(3, 'ru')).toBe('Март');
    expect(weekdayName(2, 'kk')).toBe('сәрсенбі');
    expect(weekdayName(0, 'en')).toBe('Monday');
    expect(formatLongDate('2026-03-25', 'kk')).toBe('2026 жылғы 25 наурыз, сәрсенбі');
    expect(formatLongDate('2026-03-25', 'ru')).toBe('среда, 25 марта 2026 г.');
  });

  it('formats numbers with a decimal comma in kk and ru', () => {
    expect(formatNumber(1.5, 'kk')).toBe('1,5');
    expect(formatNumber(1.5, 'en')).toBe('1.5');
  });

  it('groups thousands with a space in kk and ru, a comma in English', () => {
    expect(formatNumber(1234567.25, 'kk')).toBe('1\u00a0234\u00a0567,25');
    expect(formatNumber(1234567.25, 'ru')).toBe('1\u00a0234\u00a0567,25');
    expect(formatNumber(1234567.25, 'en')).toBe('1,234,567.25');
  });

  it('writes a quantity with its unit on the same line', () => {
    expect(formatQuantity(45.5, '%', 'ru')).toBe('45,5\u00a0%');
    expect(formatQuantity(45.5, '%', 'en')).toBe('45.5%');
    expect(formatQuantity(1200, 'услуг', 'kk')).toBe('1\u00a0200\u00a0услуг');
    expect(formatQuantity(3, '', 'en')).toBe('3');
    expect(formatQuantity(null, '%', 'ru')).toBe('');
  });
});
