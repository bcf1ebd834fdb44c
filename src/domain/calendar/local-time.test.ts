import { describe, expect, it } from 'vitest';
import { almatyDate } from './local-time.ts';

describe('almatyDate', () => {
  it.each([
    // Asia/Almaty is UTC+5 since 2024-03-01.
    ['2026-03-02T03:00:00Z', '2026-03-02', '2026-03-02', 'morning'],
    ['2026-03-02T12:59:00Z', '2026-03-02', '2026-03-02', '17:59, still working hours'],
    ['2026-03-02T13:00:00Z', '2026-03-02', '2026-03-03', '18:00, after hours: counts from the next day'],
    ['2026-03-02T20:00:00Z', '2026-03-03', '2026-03-03', 'already the next day in Almaty'],
    ['2026-12-31T14:00:00Z', '2026-12-31', '2027-01-01', 'after hours on the last day of the year'],
  ])('%s → %s, receipt %s (%s)', (instant, date, receiptDate) => {
    expect(almatyDate(new Date(instant))).toEqual({ date, receiptDate });
  });
});
