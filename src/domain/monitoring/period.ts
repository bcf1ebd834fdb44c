import {
  addDays,
  addWorkingDays,
  type Calendar,
  type IsoDate,
  makeDate,
  workingDaysIn,
} from '../calendar/calendar.ts';
import type { Locale } from '../locale.ts';

/**
 * Reporting periods of the monitoring of a map (R.25–R.28): every quarter of the map's period and
 * every year, written 'YYYY-Qn' and 'YYYY'. A period opens for reporting the day after it ends,
 * and its report is due on the 10th working day after its last day. The Rules set no reporting
 * term: the 10 working days are the platform's choice, counted on the working-day calendar like
 * the terms of the Rules (SPEC §6).
 */

export type QuarterNumber = 1 | 2 | 3 | 4;
export type Period =
  | { kind: 'quarter'; year: number; quarter: QuarterNumber }
  | { kind: 'year'; year: number };
export type PeriodKind = Period['kind'];

/** 'YYYY-Qn' or 'YYYY'. */
export const PERIOD_PATTERN = /^(\d{4})(?:-Q([1-4]))?$/;

/** The report of a period is due on this working day after the period's last day. */
export const REPORT_DUE_WORKING_DAYS = 10;

/** The period written as 'YYYY-Qn' or 'YYYY', or null when `s` is neither. */
export function parsePeriod(s: string): Period | null {
  const m = PERIOD_PATTERN.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) return null;
  return m[2] ? { kind: 'quarter', year, quarter: Number(m[2]) as QuarterNumber } : { kind: 'year', year };
}

/** 'YYYY-Qn' or 'YYYY'. */
export function formatPeriod(p: Period): string {
  return p.kind === 'quarter' ? `${p.year}-Q${p.quarter}` : String(p.year);
}

/** Like parsePeriod, but throws a RangeError: for keys already checked at the edge. */
export function periodOf(s: string): Period {
  const p = parsePeriod(s);
  if (!p) throw new RangeError(`not a reporting period: ${s}`);
  return p;
}

/** The first and last day of the period. */
export function periodDates(p: Period): { start: IsoDate; end: IsoDate } {
  if (p.kind === 'year') return { start: makeDate(p.year, 1, 1), end: makeDate(p.year, 12, 31) };
  const startMonth = (p.quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(p.year, startMonth + 2, 0)).getUTCDate();
  return { start: makeDate(p.year, startMonth, 1), end: makeDate(p.year, startMonth + 2, lastDay) };
}

/** The day the period opens for reporting: the day after its last day. */
export const opensOn = (p: Period): IsoDate => addDays(periodDates(p).end, 1);

/** When a period's report is due, with the working days counted (every deadline shows its dates). */
export interface ReportDue {
  /** The period's last day: the count starts after it. */
  periodEnd: IsoDate;
  /** The REPORT_DUE_WORKING_DAYS-th working day after periodEnd. */
  due: IsoDate;
  /** The working days counted, periodEnd excluded, due included. */
  counted: IsoDate[];
}

/** The due date of the period's report on the calendar: holidays and days off are not counted. */
export function reportDue(cal: Calendar, p: Period): ReportDue {
  const periodEnd = periodDates(p).end;
  const due = addWorkingDays(cal, periodEnd, REPORT_DUE_WORKING_DAYS);
  return { periodEnd, due, counted: workingDaysIn(cal, periodEnd, due) };
}

/**
 * Order of periods: by last day; a year after the fourth quarter that ends with it (the annual
 * report is the final word on the year). Negative when a comes first.
 */
export function comparePeriods(a: Period, b: Period): number {
  const ea = periodDates(a).end;
  const eb = periodDates(b).end;
  if (ea !== eb) return ea < eb ? -1 : 1;
  if (a.kind === b.kind) return 0;
  return a.kind === 'quarter' ? -1 : 1;
}

/** Every reporting period of a map's period (R.16: five years), in order: 2025-Q1 … 2025-Q4, 2025, 2026-Q1 … */
export function periodsOfRange(range: { from: number; to: number }): Period[] {
  const out: Period[] = [];
  for (let year = range.from; year <= range.to; year++) {
    for (const quarter of [1, 2, 3, 4] as const) out.push({ kind: 'quarter', year, quarter });
    out.push({ kind: 'year', year });
  }
  return out;
}

/**
 * The periods open for reporting on `today`: those of the range that have ended (they open the
 * day after their last day) and that end on or after `since` — the day the map was first approved,
 * so a map approved in 2026 is not asked for reports on quarters before it existed.
 */
export function periodsOpenOn(range: { from: number; to: number }, today: IsoDate, since: IsoDate): Period[] {
  return periodsOfRange(range).filter((p) => opensOn(p) <= today && periodDates(p).end >= since);
}

/** The next period of the range to open after `today` (null when the range is over). */
export function nextPeriodToOpen(range: { from: number; to: number }, today: IsoDate): Period | null {
  return periodsOfRange(range).find((p) => opensOn(p) > today) ?? null;
}

/**
 * The index in the map's plan-schedule (0 = first quarter of the period) of a quarter, or of the
 * last quarter of a year; null outside the map's period.
 */
export function scheduleIndexOf(range: { from: number; to: number }, p: Period): number | null {
  if (p.year < range.from || p.year > range.to) return null;
  return (p.year - range.from) * 4 + (p.kind === 'quarter' ? p.quarter : 4) - 1;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** The period as officials write it: "I квартал 2026 года", "2026 жылғы I тоқсан", "Q1 2026". */
export function periodLabel(p: Period, locale: Locale): string {
  if (p.kind === 'year')
    return locale === 'kk' ? `${p.year} жыл` : locale === 'ru' ? `${p.year} год` : String(p.year);
  const q = ROMAN[p.quarter - 1];
  if (locale === 'kk') return `${p.year} жылғы ${q} тоқсан`;
  if (locale === 'ru') return `${q} квартал ${p.year} года`;
  return `Q${p.quarter} ${p.year}`;
}
