import { describe, expect, it } from 'vitest';
import { makeCalendar, seedCalendar } from '../calendar/calendar.ts';
import {
  comparePeriods,
  formatPeriod,
  nextPeriodToOpen,
  opensOn,
  type Period,
  parsePeriod,
  periodDates,
  periodLabel,
  periodOf,
  periodsOfRange,
  periodsOpenOn,
  REPORT_DUE_WORKING_DAYS,
  reportDue,
  scheduleIndexOf,
} from './period.ts';

const cal = makeCalendar(seedCalendar());
const range = { from: 2025, to: 2029 };
const keys = (ps: Period[]) => ps.map(formatPeriod);

describe('parsePeriod / formatPeriod', () => {
  it('reads quarters and years and writes them back', () => {
    expect(parsePeriod('2026-Q1')).toEqual({ kind: 'quarter', year: 2026, quarter: 1 });
    expect(parsePeriod('2027')).toEqual({ kind: 'year', year: 2027 });
    for (const s of ['2025-Q1', '2025-Q4', '2025', '2029-Q2']) expect(formatPeriod(periodOf(s))).toBe(s);
  });

  it.each(['2026-Q5', '2026-Q0', '2026-q1', '2026Q1', '26-Q1', '2026-1', '', ' 2026', '1900'])(
    'refuses %j',
    (s) => {
      expect(parsePeriod(s)).toBeNull();
      expect(() => periodOf(s)).toThrow(RangeError);
    },
  );
});

describe('periodDates', () => {
  it('gives the first and last day of each quarter and of the year', () => {
    expect(periodDates(periodOf('2026-Q1'))).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(periodDates(periodOf('2026-Q2'))).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(periodDates(periodOf('2026-Q3'))).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(periodDates(periodOf('2026-Q4'))).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodDates(periodOf('2028'))).toEqual({ start: '2028-01-01', end: '2028-12-31' });
    expect(opensOn(periodOf('2026-Q1'))).toBe('2026-04-01');
    expect(opensOn(periodOf('2026'))).toBe('2027-01-01');
  });
});

describe('reportDue (the 10th working day after the period, on the real calendar)', () => {
  it('counts ten working days after a quarter with no holiday after it', () => {
    // Tuesday 31 March 2026 → 1–3, 6–10, 13, 14 April.
    const d = reportDue(cal, periodOf('2026-Q1'));
    expect(d).toMatchObject({ periodEnd: '2026-03-31', due: '2026-04-14' });
    expect(d.counted).toHaveLength(REPORT_DUE_WORKING_DAYS);
    expect(d.counted[0]).toBe('2026-04-01');
  });

  it('skips Capital Day (Monday 6 July 2026), so the second quarter is due a day later', () => {
    const d = reportDue(cal, periodOf('2026-Q2'));
    expect(d.due).toBe('2026-07-15');
    expect(d.counted).not.toContain('2026-07-06');
    expect(d.counted).toHaveLength(10);
  });

  it('skips New Year and Orthodox Christmas after the fourth quarter and the year', () => {
    // 1–2 January holidays, 7 January a day off: 5, 6, 8, 9, 12–16, 19 January 2026.
    expect(reportDue(cal, periodOf('2025-Q4')).due).toBe('2026-01-19');
    expect(reportDue(cal, periodOf('2025')).due).toBe('2026-01-19');
    expect(reportDue(cal, periodOf('2025')).counted).not.toContain('2026-01-07');
  });
});

describe('the periods of a map and which are open', () => {
  it('lists every quarter then its year, five years long, in order', () => {
    const all = periodsOfRange(range);
    expect(all).toHaveLength(25);
    expect(keys(all.slice(0, 6))).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2025', '2026-Q1']);
    const sorted = [...all].sort(comparePeriods);
    expect(keys(sorted)).toEqual(keys(all));
  });

  it('orders by last day, the year after its fourth quarter', () => {
    expect(comparePeriods(periodOf('2025-Q4'), periodOf('2025'))).toBeLessThan(0);
    expect(comparePeriods(periodOf('2025'), periodOf('2026-Q1'))).toBeLessThan(0);
    expect(comparePeriods(periodOf('2026-Q2'), periodOf('2026-Q1'))).toBeGreaterThan(0);
    expect(comparePeriods(periodOf('2026'), periodOf('2026'))).toBe(0);
  });

  it('opens a period the day after it ends, and none before the map was approved', () => {
    const approved = '2026-03-02';
    expect(periodsOpenOn(range, '2026-03-31', approved)).toEqual([]);
    expect(keys(periodsOpenOn(range, '2026-04-01', approved))).toEqual(['2026-Q1']);
    expect(keys(periodsOpenOn(range, '2027-01-01', approved))).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2026',
    ]);
    // A map approved at the start of its period reports on every past period.
    expect(keys(periodsOpenOn(range, '2026-04-01', '2025-01-10'))).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2025',
      '2026-Q1',
    ]);
    expect(periodsOpenOn(range, '2040-01-01', approved)).toHaveLength(20); // 2026–2029
  });

  it('names the next period to open', () => {
    expect(formatPeriod(nextPeriodToOpen(range, '2026-03-02')!)).toBe('2026-Q1');
    expect(formatPeriod(nextPeriodToOpen(range, '2026-04-01')!)).toBe('2026-Q2');
    expect(nextPeriodToOpen(range, '2030-01-01')).toBeNull();
  });

  it('finds the quarter of the plan-schedule a period ends in', () => {
    expect(scheduleIndexOf(range, periodOf('2025-Q1'))).toBe(0);
    expect(scheduleIndexOf(range, periodOf('2026-Q3'))).toBe(6);
    expect(scheduleIndexOf(range, periodOf('2026'))).toBe(7);
    expect(scheduleIndexOf(range, periodOf('2029-Q4'))).toBe(19);
    expect(scheduleIndexOf(range, periodOf('2030-Q1'))).toBeNull();
  });
});

describe('periodLabel', () => {
  it('writes a period as officials do, in each language', () => {
    expect(periodLabel(periodOf('2026-Q1'), 'ru')).toBe('I квартал 2026 года');
    expect(periodLabel(periodOf('2026-Q4'), 'kk')).toBe('2026 жылғы IV тоқсан');
    expect(periodLabel(periodOf('2026-Q2'), 'en')).toBe('Q2 2026');
    expect(periodLabel(periodOf('2026'), 'ru')).toBe('2026 год');
    expect(periodLabel(periodOf('2026'), 'kk')).toBe('2026 жыл');
  });
});
