import { describe, expect, it } from 'vitest';
import {
  buildMonthGrid,
  buildYear,
  type CalendarEntry,
  dayStatus,
  indexEntries,
  initialFocus,
  moveInYear,
  weekdayOf,
  yearEntries,
} from './calendar-grid.ts';

const entry = (date: string, kind: CalendarEntry['kind'], ru = 'x'): CalendarEntry => ({
  date,
  kind,
  name: { kk: ru, ru, en: ru },
  source: 'test',
});

// Nauryz 2026: Sat 21, Sun 22, Mon 23 March → days off Tue 24 and Wed 25 (data/kz-calendar.md).
const march2026 = [
  entry('2026-03-08', 'holiday', 'Международный женский день'),
  entry('2026-03-09', 'day_off', 'перенос 8 марта'),
  entry('2026-03-21', 'holiday', 'Наурыз'),
  entry('2026-03-22', 'holiday', 'Наурыз'),
  entry('2026-03-23', 'holiday', 'Наурыз'),
  entry('2026-03-24', 'day_off', 'перенос Наурыза'),
  entry('2026-03-25', 'day_off', 'перенос Наурыза'),
];

describe('month grid', () => {
  it('lays March 2026 out Monday to Sunday, starting on a Sunday', () => {
    const g = buildMonthGrid(2026, 3, indexEntries(march2026));
    expect(g.weeks).toHaveLength(6);
    expect(g.weeks[0].slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(g.weeks[0][6]).toMatchObject({ date: '2026-03-01', day: 1, weekday: 6, status: 'weekend' });
    expect(g.weeks[5][1]).toMatchObject({ date: '2026-03-31', weekday: 1 });
    expect(g.weeks[5].slice(2)).toEqual([null, null, null, null, null]);
    for (const w of g.weeks) expect(w).toHaveLength(7);
  });

  it('marks holidays, days off and weekends, and counts the working days', () => {
    const g = buildMonthGrid(2026, 3, indexEntries(march2026));
    const cells = g.weeks.flat().filter((c) => c !== null);
    const at = (d: string) => cells.find((c) => c.date === d)!;
    expect(at('2026-03-21').status).toBe('holiday');
    expect(at('2026-03-24')).toMatchObject({ status: 'day_off', entry: { name: { ru: 'перенос Наурыза' } } });
    expect(at('2026-03-26').status).toBe('working');
    expect(at('2026-03-28').status).toBe('weekend');
    // 22 weekdays in March 2026, less 9, 23, 24 and 25 March.
    expect(g.workingDays).toBe(18);
    expect(g.nonWorkingDays).toBe(13);
  });

  it('a Saturday made working by a transfer order is a working day (2024: Sat 4 May)', () => {
    const entries = [entry('2024-05-04', 'working_day'), entry('2024-05-08', 'day_off')];
    expect(dayStatus('2024-05-04', indexEntries(entries).get('2024-05-04'))).toBe('working_weekend');
    const may = buildMonthGrid(2024, 5, indexEntries(entries));
    // 23 weekdays in May 2024, less 8 May, plus Saturday 4 May.
    expect(may.workingDays).toBe(23);
  });

  it('builds twelve months and lists the entries of a year by date', () => {
    const year = buildYear(2026, march2026);
    expect(year.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(year.reduce((n, m) => n + m.workingDays + m.nonWorkingDays, 0)).toBe(365);
    const list = yearEntries({
      nonWorkingDays: [entry('2025-01-03', 'day_off'), entry('2025-01-01', 'holiday')],
      workingWeekendDays: [entry('2025-01-05', 'working_day')],
    });
    expect(list.map((e) => e.date)).toEqual(['2025-01-01', '2025-01-03', '2025-01-05']);
  });

  it('handles a leap February', () => {
    const feb = buildMonthGrid(2028, 2, new Map());
    expect(feb.weeks.flat().filter(Boolean)).toHaveLength(29);
    expect(weekdayOf('2028-02-29')).toBe(1);
  });
});

describe('keyboard in the year grid', () => {
  it('moves by day, week, week edge and month, and never leaves the year', () => {
    expect(moveInYear('2026-03-25', 'ArrowRight', 2026)).toBe('2026-03-26');
    expect(moveInYear('2026-03-01', 'ArrowLeft', 2026)).toBe('2026-02-28');
    expect(moveInYear('2026-03-25', 'ArrowUp', 2026)).toBe('2026-03-18');
    expect(moveInYear('2026-03-25', 'Home', 2026)).toBe('2026-03-23');
    expect(moveInYear('2026-03-25', 'End', 2026)).toBe('2026-03-29');
    expect(moveInYear('2026-03-31', 'PageUp', 2026)).toBe('2026-02-28');
    expect(moveInYear('2026-12-30', 'ArrowDown', 2026)).toBe('2026-12-31');
    expect(moveInYear('2026-01-02', 'ArrowUp', 2026)).toBe('2026-01-01');
    expect(moveInYear('2026-03-25', 'Enter', 2026)).toBeNull();
  });

  it('starts on today in the current year, else on 1 January', () => {
    expect(initialFocus(2026, '2026-11-22')).toBe('2026-11-22');
    expect(initialFocus(2027, '2026-11-22')).toBe('2027-01-01');
  });
});
