/**
 * Kazakhstan's working days and the counting of terms in working days (SPEC §6; R.23, R.24,
 * R.30, R.37). Dates are calendar dates in Asia/Almaty written 'YYYY-MM-DD'; arithmetic runs on
 * UTC midnight so no time zone of the machine can shift a day. The calendar is data: the statute
 * rule seeds it, an administrator corrects it, and every function here reads only the table it is
 * given. Sources: data/kz-calendar.md.
 */

/** A calendar date 'YYYY-MM-DD' (Asia/Almaty). */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/** Whether `s` is a real calendar date written 'YYYY-MM-DD' (years 1000–9999). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1;
}

/** The UTC-midnight instant of a date; throws a RangeError for anything but a real 'YYYY-MM-DD'. */
export function parseDate(s: IsoDate): Date {
  if (!isIsoDate(s)) throw new RangeError(`not a date: ${s}`);
  const m = ISO_DATE.exec(s)!;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** The 'YYYY-MM-DD' of a UTC-midnight instant. */
export function formatDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/** The date of year/month (1–12)/day. */
export function makeDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function yearOf(date: IsoDate): number {
  return parseDate(date).getUTCFullYear();
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return formatDate(new Date(parseDate(date).getTime() + n * DAY_MS));
}

/**
 * The date `n` calendar months later (earlier when negative), the same day of the month clamped
 * to the month's last day: 31 Aug + 6 months = 28 Feb (29 in a leap year).
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const d = parseDate(date);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return makeDate(year, month, Math.min(d.getUTCDate(), lastDay));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return parseDate(date).getUTCDay() || 7;
}

export const isWeekend = (date: IsoDate): boolean => weekday(date) >= 6;

/** Calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((parseDate(b).getTime() - parseDate(a).getTime()) / DAY_MS);
}

// ---------------------------------------------------------------------------------------------
// The table

export type CalendarDayKind = 'holiday' | 'day_off' | 'working_day';

/** A name in the three languages of the product (a LocalizedText with en filled in). */
export interface DayName {
  kk: string;
  ru: string;
  en: string;
}

/**
 * One exception to the Monday–Friday week. `holiday`: a public holiday itself (Law 267-II art. 5);
 * `day_off`: a non-working weekday that is not a holiday — a never-moved day off (Labour Code
 * art. 84(5)), a substitute for a holiday on a weekend, or a day moved by a transfer order;
 * `working_day`: a Saturday or Sunday that a transfer order makes working.
 */
export interface CalendarDay {
  date: IsoDate;
  kind: CalendarDayKind;
  name: DayName;
  /** The legal ground, e.g. 'Law 267-II art. 5'. */
  source: string;
}

/** A day fixed by month and day: a public holiday, or a day off that is never moved. */
export interface FixedDayFact {
  month: number;
  day: number;
  kind: 'holiday' | 'day_off';
  /** Whether a Saturday/Sunday occurrence gives a substitute day off (Law 267-II art. 5). */
  movable: boolean;
  name: DayName;
  source: string;
}

/** A transfer order: `dayOff` becomes a day off, `workingDay` (a Saturday/Sunday) a working day. */
export interface TransferFact {
  dayOff: IsoDate;
  workingDay: IsoDate;
  source: string;
}

export interface KurbanAitFact {
  date: IsoDate;
  /** An astronomical estimate until the Spiritual Administration of Muslims announces the date. */
  estimated: boolean;
}

export interface CalendarFacts {
  fixedDays: readonly FixedDayFact[];
  /** The first day of Kurban Ait by year; a day off, never moved (Labour Code art. 84(5)). */
  kurbanAit: Readonly<Record<number, KurbanAitFact>>;
  transfers: readonly TransferFact[];
}

const LAW_ON_HOLIDAYS = 'Law 267-II art. 5';
const LABOUR_CODE_84_5 = 'Labour Code art. 84(5)';
const transferOrder = (year: number) => `Labour Code art. 85(3); Order on transfer of days off ${year}`;

const holiday = (month: number, day: number, kk: string, ru: string, en: string): FixedDayFact => ({
  month,
  day,
  kind: 'holiday',
  movable: true,
  name: { kk, ru, en },
  source: LAW_ON_HOLIDAYS,
});

const NAURYZ: [string, string, string] = ['Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'];
const NEW_YEAR: [string, string, string] = ['Жаңа жыл', 'Новый год', 'New Year'];

/**
 * What is known (data/kz-calendar.md). Constitution Day is seeded on 30 August for every year: the
 * new Constitution (2026) moves it and the sources disagree on 2026, so an administrator corrects
 * the table rather than this code guessing.
 */
export const KZ_CALENDAR_FACTS: CalendarFacts = {
  fixedDays: [
    holiday(1, 1, ...NEW_YEAR),
    holiday(1, 2, ...NEW_YEAR),
    {
      month: 1,
      day: 7,
      kind: 'day_off',
      movable: false,
      name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
      source: LABOUR_CODE_84_5,
    },
    holiday(3, 8, 'Халықаралық әйелдер күні', 'Международный женский день', "International Women's Day"),
    holiday(3, 21, ...NAURYZ),
    holiday(3, 22, ...NAURYZ),
    holiday(3, 23, ...NAURYZ),
    holiday(5, 1, 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана', 'Unity Day'),
    holiday(5, 7, 'Отан қорғаушы күні', 'День защитника Отечества', 'Defender of the Fatherland Day'),
    holiday(5, 9, 'Жеңіс күні', 'День Победы', 'Victory Day'),
    holiday(7, 6, 'Астана күні', 'День Столицы', 'Capital Day'),
    holiday(8, 30, 'Конституция күні', 'День Конституции', 'Constitution Day'),
    holiday(10, 25, 'Республика күні', 'День Республики', 'Republic Day'),
    holiday(12, 16, 'Тәуелсіздік күні', 'День Независимости', 'Independence Day'),
  ],
  kurbanAit: {
    2023: { date: '2023-06-28', estimated: false },
    2024: { date: '2024-06-16', estimated: false },
    2025: { date: '2025-06-06', estimated: false },
    2026: { date: '2026-05-27', estimated: false },
    2027: { date: '2027-05-16', estimated: true },
    2028: { date: '2028-05-05', estimated: true },
    2029: { date: '2029-04-24', estimated: true },
    2030: { date: '2030-04-13', estimated: true },
  },
  transfers: [
    { dayOff: '2023-07-07', workingDay: '2023-07-01', source: transferOrder(2023) },
    { dayOff: '2024-05-08', workingDay: '2024-05-04', source: transferOrder(2024) },
    { dayOff: '2025-01-03', workingDay: '2025-01-05', source: transferOrder(2025) },
  ],
};

const KURBAN_AIT: DayName = { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' };

/** dd.mm.yyyy, as dates are written in kk and ru documents. */
const dotted = (date: IsoDate) => date.split('-').reverse().join('.');

const substituteName = (h: DayName): DayName => ({
  kk: `Ауыстырылған демалыс күні (${h.kk})`,
  ru: `Перенесённый выходной день (${h.ru})`,
  en: `Substitute day off (${h.en})`,
});
const transferDayOffName = (from: IsoDate): DayName => ({
  kk: `Демалыс күні (${dotted(from)} күнінен ауыстырылды)`,
  ru: `Выходной день (перенесён с ${dotted(from)})`,
  en: `Day off (moved from ${from})`,
});
const transferWorkingDayName = (instead: IsoDate): DayName => ({
  kk: `Жұмыс күні (${dotted(instead)} орнына)`,
  ru: `Рабочий день (вместо ${dotted(instead)})`,
  en: `Working day (instead of ${instead})`,
});

const byDate = (a: CalendarDay, b: CalendarDay) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The exceptions of one year by the statute rule, then the transfer orders of that year.
 * A substitute day off goes to the first weekday after the holiday that is not itself a holiday
 * or already a day off (Law 267-II art. 5): Nauryz 2026, Sat 21 – Mon 23 March, gives Tue 24 and
 * Wed 25 off. 7 January and Kurban Ait are days off but never moved (Labour Code art. 84(5)).
 */
export function generateYear(year: number, facts: CalendarFacts = KZ_CALENDAR_FACTS): CalendarDay[] {
  const days = new Map<IsoDate, CalendarDay>();
  const fixed = facts.fixedDays
    .map((f) => ({ ...f, date: makeDate(year, f.month, f.day) }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));

  for (const f of fixed) {
    // A holiday wins over a never-moved day off on the same date.
    if (f.kind === 'day_off' && days.has(f.date)) continue;
    days.set(f.date, { date: f.date, kind: f.kind, name: f.name, source: f.source });
  }
  const kurban = facts.kurbanAit[year];
  if (kurban && !days.has(kurban.date)) {
    days.set(kurban.date, {
      date: kurban.date,
      kind: 'day_off',
      name: KURBAN_AIT,
      source: `${LABOUR_CODE_84_5}; date ${kurban.estimated ? 'estimated (astronomical)' : 'set by the Spiritual Administration of Muslims of Kazakhstan'}`,
    });
  }

  // Law 267-II art. 5: in date order, so the second day of a weekend block goes after the first's.
  for (const f of fixed) {
    if (!f.movable || !isWeekend(f.date)) continue;
    let d = addDays(f.date, 1);
    while (isWeekend(d) || days.has(d)) d = addDays(d, 1);
    days.set(d, { date: d, kind: 'day_off', name: substituteName(f.name), source: LAW_ON_HOLIDAYS });
  }

  // Labour Code art. 85(3): the orders are issued knowing the statute days, so they apply last.
  for (const t of facts.transfers) {
    if (yearOf(t.dayOff) === year)
      days.set(t.dayOff, {
        date: t.dayOff,
        kind: 'day_off',
        name: transferDayOffName(t.workingDay),
        source: t.source,
      });
    if (yearOf(t.workingDay) === year)
      days.set(t.workingDay, {
        date: t.workingDay,
        kind: 'working_day',
        name: transferWorkingDayName(t.dayOff),
        source: t.source,
      });
  }
  return [...days.values()].sort(byDate);
}

/** The seed of the calendar table: the statute rule and the known orders, year by year. */
export function seedCalendar(
  fromYear = 2024,
  toYear = 2030,
  facts: CalendarFacts = KZ_CALENDAR_FACTS,
): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let y = fromYear; y <= toYear; y++) days.push(...generateYear(y, facts));
  return days;
}

// ---------------------------------------------------------------------------------------------
// Counting

/** The calendar as the functions below read it: the exceptions by date, and the years covered. */
export interface Calendar {
  readonly days: ReadonlyMap<IsoDate, CalendarDay>;
  readonly years: ReadonlySet<number>;
}

/**
 * A calendar from a list of exceptions. A later entry for the same date replaces an earlier one,
 * so `makeCalendar([...seed, ...corrections])` applies an administrator's corrections.
 */
export function makeCalendar(days: readonly CalendarDay[]): Calendar {
  const map = new Map<IsoDate, CalendarDay>();
  for (const d of days) map.set(d.date, d);
  return { days: map, years: new Set([...map.keys()].map(yearOf)) };
}

/** Whether the calendar holds any entry for the year of `date`; outside it, only weekends count. */
export function isCovered(cal: Calendar, date: IsoDate): boolean {
  return cal.years.has(yearOf(date));
}

/** Monday–Friday unless a holiday or a day off; Saturday/Sunday only when made a working day. */
export function isWorkingDay(cal: Calendar, date: IsoDate): boolean {
  const entry = cal.days.get(date);
  if (entry) return entry.kind === 'working_day';
  return !isWeekend(date);
}

/** A calendar with no working day would loop forever; ten years without one is a broken table. */
const MAX_SCAN_DAYS = 3660;

function step(cal: Calendar, date: IsoDate, direction: 1 | -1): IsoDate {
  let d = date;
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    d = addDays(d, direction);
    if (isWorkingDay(cal, d)) return d;
  }
  throw new RangeError(`no working day within ${MAX_SCAN_DAYS} days of ${date}`);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(cal: Calendar, date: IsoDate): IsoDate {
  return step(cal, date, 1);
}

/** `date` itself when it is a working day, otherwise the next working day. */
export function workingDayOnOrAfter(cal: Calendar, date: IsoDate): IsoDate {
  return isWorkingDay(cal, date) ? date : nextWorkingDay(cal, date);
}

/**
 * The n-th working day after `from` (n > 0), the n-th working day before it (n < 0), or `from`
 * itself (n = 0). `from` need not be a working day.
 */
export function addWorkingDays(cal: Calendar, from: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  let d = from;
  for (let i = 0; i < Math.abs(n); i++) d = step(cal, d, n > 0 ? 1 : -1);
  return d;
}

/** The working days after `a` up to and including `b`, in order ([] when b ≤ a). */
export function workingDaysIn(cal: Calendar, a: IsoDate, b: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(cal, d)) out.push(d);
  return out;
}

/**
 * The number of working days after `a` up to and including `b`; negative (the working days after
 * b up to and including a) when b is earlier. So workingDaysBetween(a, addWorkingDays(a, n)) = n
 * for n ≥ 0.
 */
export function workingDaysBetween(cal: Calendar, a: IsoDate, b: IsoDate): number {
  return b >= a ? workingDaysIn(cal, a, b).length : -workingDaysIn(cal, b, a).length;
}

/** A term counted in working days, with the dates it counted from and to (SPEC §6). */
export interface Deadline {
  /** The day receipt counts from: the receipt date, or the next working day (APPK art. 64(3)). */
  received: IsoDate;
  /** The day after `received`, when the term begins (APPK art. 76(2)). */
  start: IsoDate;
  /** The last day of the term, always a working day. */
  due: IsoDate;
  /** The working days counted, `start` … `due`. */
  counted: IsoDate[];
}

/**
 * A term of `workingDays` working days per the Administrative Procedural-Process Code:
 * - received on a non-working day → counts as received on the next working day (art. 64(3));
 *   receipt after working hours is the caller's to map to the next date, this sees dates only;
 * - the term starts on the day after receipt (art. 76(2));
 * - it ends on the N-th working day counted from its start; a last day on a non-working day moves
 *   to the next working day (art. 76(5)) — counting only working days lands there by itself.
 * A term of 0 days is due on the day of receipt.
 */
export function deadline(cal: Calendar, receivedOn: IsoDate, workingDays: number): Deadline {
  if (!Number.isInteger(workingDays) || workingDays < 0)
    throw new RangeError(`a term is a whole non-negative number of working days: ${workingDays}`);
  const received = workingDayOnOrAfter(cal, receivedOn); // APPK art. 64(3)
  const start = addDays(received, 1); // APPK art. 76(2)
  const due = addWorkingDays(cal, received, workingDays); // APPK art. 76(5) by construction
  return { received, start, due, counted: workingDaysIn(cal, received, due) };
}

/**
 * Working days left until `due`: 0 on the due day, positive before it, negative once overdue —
 * at least -1 the day after, even when that day is a weekend (the term is over all the same).
 */
export function workingDaysLeft(cal: Calendar, today: IsoDate, due: IsoDate): number {
  if (today <= due) return workingDaysBetween(cal, today, due);
  return Math.min(-1, -workingDaysBetween(cal, due, today));
}

/** Whether the term has run out: today is after the due day. */
export function isOverdue(today: IsoDate, due: IsoDate): boolean {
  return today > due;
}

// ---------------------------------------------------------------------------------------------
// The terms of the Rules

/** The authorized body reviews a draft map within 10 working days of receipt (R.23). */
export const REVIEW_DAYS = 10;
/** An approved map is published within 3 working days of approval (R.24). */
export const PUBLICATION_DAYS = 3;
/** The project team is formed within 10 working days after the map's approval (R.30). */
export const TEAM_FORMATION_DAYS = 10;
/** As-is, target variant and action plan are published within 5 working days of approval (R.37). */
export const RESULTS_PUBLICATION_DAYS = 5;
/** The platform's own choice, no point of the Rules: remind this many working days before a due day. */
export const REMINDER_BEFORE_DAYS = 2;

/** The terms with the point each comes from, for jobs and for the text of a deadline shown. */
export const TERMS = {
  review: { workingDays: REVIEW_DAYS, point: 'R.23' },
  publication: { workingDays: PUBLICATION_DAYS, point: 'R.24' },
  teamFormation: { workingDays: TEAM_FORMATION_DAYS, point: 'R.30' },
  resultsPublication: { workingDays: RESULTS_PUBLICATION_DAYS, point: 'R.37' },
} as const;
export type TermKey = keyof typeof TERMS;
