import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  type CalendarDay,
  type CalendarFacts,
  daysBetween,
  deadline,
  generateYear,
  isCovered,
  isIsoDate,
  isOverdue,
  isWorkingDay,
  KZ_CALENDAR_FACTS,
  makeCalendar,
  nextWorkingDay,
  PUBLICATION_DAYS,
  parseDate,
  REMINDER_BEFORE_DAYS,
  RESULTS_PUBLICATION_DAYS,
  REVIEW_DAYS,
  seedCalendar,
  TEAM_FORMATION_DAYS,
  TERMS,
  weekday,
  workingDayOnOrAfter,
  workingDaysBetween,
  workingDaysLeft,
} from './calendar.ts';

const cal = makeCalendar(seedCalendar(2023, 2030));
/** The entries of a year as 'MM-DD:kind' strings, for compact tables. */
const compact = (days: CalendarDay[]) => days.map((d) => `${d.date.slice(5)}:${d.kind}`);
const entry = (date: string) => cal.days.get(date);

describe('date helpers', () => {
  it.each<[string, boolean]>([
    ['2025-01-31', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-1', false],
    ['2025-01-01T00:00', false],
    ['', false],
  ])('isIsoDate(%s) is %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });

  it('refuses to parse what is not a date', () => {
    expect(() => parseDate('2025-02-30')).toThrow(RangeError);
  });

  it.each<[string, number, string]>([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    // Kazakhstan moved to UTC+5 on 1 March 2024 and Europe changes clocks in March/October:
    // none of it may shift a calendar date.
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-03-29', 2, '2025-03-31'],
    ['2025-10-25', 2, '2025-10-27'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });

  it.each<[string, number, string]>([
    ['2025-03-15', 6, '2025-09-15'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2025-10-31', 4, '2026-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', -13, '2023-12-15'],
  ])('addMonths(%s, %i) = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it.each<[string, number]>([
    ['2025-01-06', 1],
    ['2025-01-05', 7],
    ['2026-03-21', 6],
    ['2029-12-16', 7],
  ])('weekday(%s) = %i', (date, expected) => {
    expect(weekday(date)).toBe(expected);
  });
});

describe('generateYear: the statute rule (Law 267-II art. 5; Labour Code art. 84(5))', () => {
  it('pins 2025 against kz-calendar.md and the transfer order', () => {
    expect(compact(generateYear(2025))).toEqual([
      '01-01:holiday',
      '01-02:holiday',
      '01-03:day_off', // transfer order 2025
      '01-05:working_day', // Sunday worked instead of 3 January
      '01-07:day_off', // Orthodox Christmas
      '03-08:holiday', // Saturday
      '03-10:day_off',
      '03-21:holiday', // Friday
      '03-22:holiday', // Saturday
      '03-23:holiday', // Sunday
      '03-24:day_off',
      '03-25:day_off',
      '05-01:holiday',
      '05-07:holiday',
      '05-09:holiday',
      '06-06:day_off', // Kurban Ait
      '07-06:holiday', // Sunday
      '07-07:day_off',
      '08-30:holiday', // Saturday
      '09-01:day_off',
      '10-25:holiday', // Saturday
      '10-27:day_off',
      '12-16:holiday',
    ]);
  });

  it('pins the non-working weekdays and the working weekend days of 2025', () => {
    const nonWorkingWeekdays: string[] = [];
    const workingWeekendDays: string[] = [];
    for (let d = '2025-01-01'; d <= '2025-12-31'; d = addDays(d, 1)) {
      const weekend = weekday(d) >= 6;
      if (!weekend && !isWorkingDay(cal, d)) nonWorkingWeekdays.push(d.slice(5));
      if (weekend && isWorkingDay(cal, d)) workingWeekendDays.push(d.slice(5));
    }
    expect(nonWorkingWeekdays).toEqual([
      '01-01',
      '01-02',
      '01-03',
      '01-07',
      '03-10',
      '03-21',
      '03-24',
      '03-25',
      '05-01',
      '05-07',
      '05-09',
      '06-06',
      '07-07',
      '09-01',
      '10-27',
      '12-16',
    ]);
    expect(workingWeekendDays).toEqual(['01-05']);
  });

  it.each<{ name: string; holiday: string; substitutes: string[] }>([
    { name: 'a Saturday holiday moves to Monday', holiday: '2025-03-08', substitutes: ['2025-03-10'] },
    { name: 'a Sunday holiday moves to Monday', holiday: '2029-12-16', substitutes: ['2029-12-17'] },
    {
      name: 'Nauryz 2025 Fri–Sun: Saturday and Sunday give Monday and Tuesday',
      holiday: '2025-03-21',
      substitutes: ['2025-03-24', '2025-03-25'],
    },
    {
      name: 'Nauryz 2026 Sat–Mon: the substitutes skip Monday, itself a holiday',
      holiday: '2026-03-21',
      substitutes: ['2026-03-24', '2026-03-25'],
    },
    {
      name: 'Nauryz 2027 Sun–Tue: one substitute, after the whole block',
      holiday: '2027-03-21',
      substitutes: ['2027-03-24'],
    },
    {
      name: 'New Year 2028 Sat–Sun: Monday and Tuesday',
      holiday: '2028-01-01',
      substitutes: ['2028-01-03', '2028-01-04'],
    },
    {
      name: 'a holiday on a weekday has no substitute',
      holiday: '2025-12-16',
      substitutes: [],
    },
  ])('$name', ({ holiday, substitutes }) => {
    expect(entry(holiday)?.kind).toBe('holiday');
    const year = Number(holiday.slice(0, 4));
    const found = generateYear(year)
      .filter((d) => d.kind === 'day_off' && d.source === 'Law 267-II art. 5')
      .map((d) => d.date)
      .filter((d) => d > holiday && daysBetween(holiday, d) <= 7);
    expect(found).toEqual(substitutes);
    for (const s of substitutes) expect(isWorkingDay(cal, s)).toBe(false);
  });

  it.each<{ name: string; date: string; nextDay: string }>([
    { name: 'Orthodox Christmas on a Sunday (2024)', date: '2024-01-07', nextDay: '2024-01-08' },
    { name: 'Orthodox Christmas on a Saturday (2023)', date: '2023-01-07', nextDay: '2023-01-09' },
    { name: 'Kurban Ait on a Sunday (2024-06-16)', date: '2024-06-16', nextDay: '2024-06-17' },
    { name: 'Kurban Ait on a Sunday (2027 estimate)', date: '2027-05-16', nextDay: '2027-05-17' },
  ])('$name is a day off that is never moved', ({ date, nextDay }) => {
    expect(entry(date)).toMatchObject({ kind: 'day_off', source: expect.stringContaining('84(5)') });
    expect(isWorkingDay(cal, nextDay)).toBe(true);
  });

  it('puts Kurban Ait on its date of each year, estimates marked as such', () => {
    const kurban = seedCalendar().filter((d) => d.name.en === 'Kurban Ait');
    expect(kurban.map((d) => d.date)).toEqual([
      '2024-06-16',
      '2025-06-06',
      '2026-05-27',
      '2027-05-16',
      '2028-05-05',
      '2029-04-24',
      '2030-04-13',
    ]);
    expect(kurban.filter((d) => d.source.includes('estimated')).map((d) => d.date.slice(0, 4))).toEqual([
      '2027',
      '2028',
      '2029',
      '2030',
    ]);
  });

  it.each<{ year: number; dayOff: string; workingDay: string }>([
    { year: 2023, dayOff: '2023-07-07', workingDay: '2023-07-01' },
    { year: 2024, dayOff: '2024-05-08', workingDay: '2024-05-04' },
    { year: 2025, dayOff: '2025-01-03', workingDay: '2025-01-05' },
  ])('applies the transfer order of $year', ({ year, dayOff, workingDay }) => {
    expect(entry(dayOff)).toMatchObject({
      kind: 'day_off',
      source: `Labour Code art. 85(3); Order on transfer of days off ${year}`,
    });
    expect(entry(workingDay)).toMatchObject({ kind: 'working_day' });
    expect(isWorkingDay(cal, dayOff)).toBe(false);
    expect(isWorkingDay(cal, workingDay)).toBe(true);
  });

  it('gives every entry a name in kk, ru and en and a source', () => {
    for (const d of seedCalendar()) {
      expect(d.name.kk && d.name.ru && d.name.en, d.date).toBeTruthy();
      expect(d.source, d.date).not.toBe('');
    }
  });

  it('seeds 2024–2030 by default, each date once, in order', () => {
    const seed = seedCalendar();
    expect(seed[0].date).toBe('2024-01-01');
    expect(seed.at(-1)!.date).toBe('2030-12-16');
    expect(new Set(seed.map((d) => d.date)).size).toBe(seed.length);
    expect([...seed].sort((a, b) => (a.date < b.date ? -1 : 1))).toEqual(seed);
  });

  it('reads the holidays from the facts, so a corrected holiday needs no code', () => {
    const facts: CalendarFacts = {
      ...KZ_CALENDAR_FACTS,
      fixedDays: KZ_CALENDAR_FACTS.fixedDays.filter((f) => !(f.month === 8 && f.day === 30)),
      transfers: [],
    };
    const days = generateYear(2025, facts);
    expect(days.some((d) => d.date === '2025-08-30' || d.date === '2025-09-01')).toBe(false);
    expect(days.some((d) => d.date === '2025-01-03')).toBe(false);
  });
});

describe('makeCalendar', () => {
  it('lets a later entry correct an earlier one', () => {
    const corrected = makeCalendar([
      ...seedCalendar(2025, 2025),
      { date: '2025-09-01', kind: 'working_day', name: { kk: 'x', ru: 'x', en: 'x' }, source: 'test' },
    ]);
    expect(isWorkingDay(corrected, '2025-09-01')).toBe(true);
    expect(isWorkingDay(cal, '2025-09-01')).toBe(false);
  });

  it('knows the years it covers', () => {
    expect(isCovered(cal, '2030-06-01')).toBe(true);
    expect(isCovered(cal, '2031-06-01')).toBe(false);
  });

  it('outside the table, counts Monday–Friday', () => {
    const empty = makeCalendar([]);
    expect(isWorkingDay(empty, '2025-01-01')).toBe(true);
    expect(isWorkingDay(empty, '2025-01-04')).toBe(false);
  });
});

describe('counting working days', () => {
  it.each<{ name: string; date: string; next: string; onOrAfter: string }>([
    { name: 'a Friday', date: '2025-01-10', next: '2025-01-13', onOrAfter: '2025-01-10' },
    {
      name: 'the day before a transfer (Thu 2 Jan 2025)',
      date: '2025-01-02',
      next: '2025-01-05',
      onOrAfter: '2025-01-05',
    },
    {
      name: 'Saturday before a substitute Monday',
      date: '2025-03-08',
      next: '2025-03-11',
      onOrAfter: '2025-03-11',
    },
    { name: 'the start of Nauryz 2026', date: '2026-03-20', next: '2026-03-26', onOrAfter: '2026-03-20' },
  ])('next working day after $name', ({ date, next, onOrAfter }) => {
    expect(nextWorkingDay(cal, date)).toBe(next);
    expect(workingDayOnOrAfter(cal, date)).toBe(onOrAfter);
  });

  it.each<{ name: string; from: string; n: number; expected: string; between?: number }>([
    { name: 'zero days is the day itself', from: '2025-03-08', n: 0, expected: '2025-03-08' },
    { name: 'one day from a Friday is Monday', from: '2025-01-10', n: 1, expected: '2025-01-13' },
    { name: 'five days from Monday is next Monday', from: '2025-02-03', n: 5, expected: '2025-02-10' },
    { name: 'across Nauryz 2025', from: '2025-03-20', n: 2, expected: '2025-03-27' },
    { name: 'across the working Sunday 5 Jan 2025', from: '2025-01-02', n: 2, expected: '2025-01-06' },
    {
      name: 'backwards one day from a Monday is Friday',
      from: '2025-01-13',
      n: -1,
      expected: '2025-01-10',
      between: -1,
    },
    { name: 'backwards across Nauryz 2026', from: '2026-03-26', n: -1, expected: '2026-03-20', between: -1 },
    {
      name: 'backwards three days across Nauryz 2025',
      from: '2025-03-27',
      n: -3,
      expected: '2025-03-19',
      between: -3,
    },
  ])('addWorkingDays: $name', ({ from, n, expected, between }) => {
    expect(addWorkingDays(cal, from, n)).toBe(expected);
    expect(workingDaysBetween(cal, from, expected)).toBe(between ?? n);
  });

  it('refuses a fractional number of days', () => {
    expect(() => addWorkingDays(cal, '2025-01-10', 1.5)).toThrow(RangeError);
  });

  it.each<{ a: string; b: string; expected: number }>([
    { a: '2025-01-10', b: '2025-01-10', expected: 0 },
    { a: '2025-01-10', b: '2025-01-12', expected: 0 }, // Fri → Sun
    { a: '2025-01-10', b: '2025-01-17', expected: 5 },
    { a: '2025-01-17', b: '2025-01-10', expected: -5 },
    { a: '2025-03-20', b: '2025-03-31', expected: 4 }, // 21, 24, 25 off
    { a: '2024-12-31', b: '2025-01-08', expected: 3 }, // 5 Jan worked, 6 Jan, 8 Jan
  ])('workingDaysBetween($a, $b) = $expected', ({ a, b, expected }) => {
    expect(workingDaysBetween(cal, a, b)).toBe(expected);
  });

  it('never loops forever on a calendar without working days', () => {
    const noWork = makeCalendar(
      Array.from({ length: 4000 }, (_, i) => ({
        date: addDays('2025-01-01', i),
        kind: 'day_off' as const,
        name: { kk: '', ru: '', en: '' },
        source: 'test',
      })),
    );
    expect(() => nextWorkingDay(noWork, '2025-01-01')).toThrow(RangeError);
  });
});

describe('deadline (APPK art. 64(3), 76(2), 76(5))', () => {
  it.each<{
    name: string;
    receivedOn: string;
    days: number;
    received: string;
    start: string;
    due: string;
    counted?: string[];
  }>([
    {
      name: 'received on a working day: the term starts the next day',
      receivedOn: '2025-02-03',
      days: 3,
      received: '2025-02-03',
      start: '2025-02-04',
      due: '2025-02-06',
      counted: ['2025-02-04', '2025-02-05', '2025-02-06'],
    },
    {
      name: 'received on a Saturday counts as received on the next working day (a substitute Monday skipped)',
      receivedOn: '2025-03-08',
      days: 1,
      received: '2025-03-11',
      start: '2025-03-12',
      due: '2025-03-12',
      counted: ['2025-03-12'],
    },
    {
      name: 'received on a holiday',
      receivedOn: '2025-12-16',
      days: 1,
      received: '2025-12-17',
      start: '2025-12-18',
      due: '2025-12-18',
    },
    {
      name: 'a start on a weekend: the first day counted is Monday',
      receivedOn: '2025-01-10',
      days: 1,
      received: '2025-01-10',
      start: '2025-01-11',
      due: '2025-01-13',
      counted: ['2025-01-13'],
    },
    {
      name: 'a last day on Kurban Ait (Fri 6 Jun 2025) moves to Monday',
      receivedOn: '2025-06-02',
      days: 4,
      received: '2025-06-02',
      start: '2025-06-03',
      due: '2025-06-09',
      counted: ['2025-06-03', '2025-06-04', '2025-06-05', '2025-06-09'],
    },
    {
      name: 'the R.23 review crosses Nauryz 2025',
      receivedOn: '2025-03-07',
      days: REVIEW_DAYS,
      received: '2025-03-07',
      start: '2025-03-08',
      due: '2025-03-27',
      counted: [
        '2025-03-11',
        '2025-03-12',
        '2025-03-13',
        '2025-03-14',
        '2025-03-17',
        '2025-03-18',
        '2025-03-19',
        '2025-03-20',
        '2025-03-26',
        '2025-03-27',
      ],
    },
    {
      name: 'the R.24 publication crosses Independence Day',
      receivedOn: '2025-12-12',
      days: PUBLICATION_DAYS,
      received: '2025-12-12',
      start: '2025-12-13',
      due: '2025-12-18',
      counted: ['2025-12-15', '2025-12-17', '2025-12-18'],
    },
    {
      name: 'a term counts the working Sunday of a transfer order',
      receivedOn: '2025-01-02',
      days: 1,
      received: '2025-01-05',
      start: '2025-01-06',
      due: '2025-01-06',
    },
    {
      name: 'a term of zero days is due on the day of receipt',
      receivedOn: '2025-03-08',
      days: 0,
      received: '2025-03-11',
      start: '2025-03-12',
      due: '2025-03-11',
      counted: [],
    },
  ])('$name', ({ receivedOn, days, received, start, due, counted }) => {
    const d = deadline(cal, receivedOn, days);
    expect(d).toMatchObject({ received, start, due });
    if (counted) expect(d.counted).toEqual(counted);
    expect(d.counted).toHaveLength(days);
    for (const c of d.counted) expect(isWorkingDay(cal, c)).toBe(true);
  });

  it.each([-1, 2.5, Number.NaN])('refuses a term of %s days', (days) => {
    expect(() => deadline(cal, '2025-02-03', days)).toThrow(RangeError);
  });

  it.each<{ today: string; due: string; left: number; overdue: boolean }>([
    { today: '2025-03-20', due: '2025-03-27', left: 2, overdue: false },
    { today: '2025-03-22', due: '2025-03-27', left: 2, overdue: false },
    { today: '2025-03-27', due: '2025-03-27', left: 0, overdue: false },
    { today: '2025-03-28', due: '2025-03-27', left: -1, overdue: true },
    { today: '2025-03-29', due: '2025-03-28', left: -1, overdue: true }, // a Saturday after a Friday
    { today: '2025-04-03', due: '2025-03-27', left: -5, overdue: true },
  ])('on $today with $due due: $left working days left', ({ today, due, left, overdue }) => {
    expect(workingDaysLeft(cal, today, due)).toBe(left);
    expect(isOverdue(today, due)).toBe(overdue);
  });
});

describe('terms of the Rules', () => {
  it.each<[string, number, number, string]>([
    ['review', REVIEW_DAYS, 10, 'R.23'],
    ['publication', PUBLICATION_DAYS, 3, 'R.24'],
    ['teamFormation', TEAM_FORMATION_DAYS, 10, 'R.30'],
    ['resultsPublication', RESULTS_PUBLICATION_DAYS, 5, 'R.37'],
  ])('%s is %i working days (%s)', (key, constant, days, point) => {
    expect(constant).toBe(days);
    expect(TERMS[key as keyof typeof TERMS]).toEqual({ workingDays: days, point });
  });

  it('reminds before the due day', () => {
    expect(REMINDER_BEFORE_DAYS).toBe(2);
  });
});
