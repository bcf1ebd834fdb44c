import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate, formatNumber, monthName, weekdayName } from './format.ts';

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
});
