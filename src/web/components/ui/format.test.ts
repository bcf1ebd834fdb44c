import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatLongDate,
  formatNumber,
  formatQuantity,
  formatTime,
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

describe('date and time, written out without Intl', () => {
  const instants = [
    '2026-03-14T10:42:00',
    '2026-12-01T00:05:59',
    '2025-01-09T23:59:00',
    '2030-07-31T09:00:30',
  ];

  it('prints what Intl prints for the numeric date and time of each language', () => {
    const intl = (tag: string, d: Date) =>
      new Intl.DateTimeFormat(tag, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }).format(d);
    for (const iso of instants) {
      const d = new Date(iso);
      expect(formatDateTime(iso, 'ru')).toBe(intl('ru-RU', d));
      expect(formatDateTime(iso, 'kk')).toBe(intl('ru-RU', d));
      expect(formatDateTime(iso, 'en')).toBe(intl('en-GB', d));
      expect(formatTime(d)).toBe(
        new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit' }).format(d),
      );
    }
    expect(formatDateTime('2026-03-14T10:42:00', 'kk')).toBe('14.03.2026, 10:42');
    expect(formatDateTime('not a date', 'ru')).toBe('');
  });
});
