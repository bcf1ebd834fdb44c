import { addDays, addMonths, makeDate, parseDate } from '../../../domain/calendar/calendar.ts';

/** The years an administrator maintains (SPEC §6: seeded by rule for 2024–2030). */
export const CALENDAR_YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030] as const;

export type DayKind = 'holiday' | 'day_off' | 'working_day';

/** An entry of the calendar table (GET /api/calendar/:year). */
export interface CalendarEntry {
  date: string;
  kind: DayKind;
  name: { kk: string; ru: string; en: string };
  source: string;
}

/**
 * What a day is: an ordinary working day, a Saturday/Sunday, a public holiday, another day off
 * (a moved holiday, Orthodox Christmas, Kurban Ait, a transfer), or a weekend day made working.
 */
export type DayStatus = 'working' | 'weekend' | 'holiday' | 'day_off' | 'working_weekend';

export interface DayCell {
  date: string;
  day: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  status: DayStatus;
  entry: CalendarEntry | null;
}

export interface MonthGrid {
  year: number;
  /** 1–12. */
  month: number;
  /** Weeks from Monday to Sunday; days of the neighbouring months are null. */
  weeks: (DayCell | null)[][];
  workingDays: number;
  nonWorkingDays: number;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: string): number {
  return (parseDate(date).getUTCDay() + 6) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day's status from the calendar table: an entry wins, else Saturday and Sunday rest. */
export function dayStatus(date: string, entry: CalendarEntry | null | undefined): DayStatus {
  if (entry?.kind === 'holiday') return 'holiday';
  if (entry?.kind === 'day_off') return 'day_off';
  if (entry?.kind === 'working_day') return 'working_weekend';
  return weekdayOf(date) >= 5 ? 'weekend' : 'working';
}

export const isWorkingStatus = (s: DayStatus): boolean => s === 'working' || s === 'working_weekend';

/** The entries by date. */
export function indexEntries(entries: readonly CalendarEntry[]): Map<string, CalendarEntry> {
  return new Map(entries.map((e) => [e.date, e]));
}

/** One month as weeks Monday–Sunday, every day with its status and entry, and its totals. */
export function buildMonthGrid(year: number, month: number, byDate: Map<string, CalendarEntry>): MonthGrid {
  const weeks: (DayCell | null)[][] = [];
  let week: (DayCell | null)[] = Array.from({ length: weekdayOf(makeDate(year, month, 1)) }, () => null);
  let workingDays = 0;
  const total = daysInMonth(year, month);
  for (let day = 1; day <= total; day++) {
    const date = makeDate(year, month, day);
    const entry = byDate.get(date) ?? null;
    const status = dayStatus(date, entry);
    if (isWorkingStatus(status)) workingDays++;
    week.push({ date, day, weekday: weekdayOf(date), status, entry });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return { year, month, weeks, workingDays, nonWorkingDays: total - workingDays };
}

/** The twelve months of a year. */
export function buildYear(year: number, entries: readonly CalendarEntry[]): MonthGrid[] {
  const byDate = indexEntries(entries);
  return Array.from({ length: 12 }, (_, i) => buildMonthGrid(year, i + 1, byDate));
}

/** Every entry of the year, holidays/days off and working weekend days together, by date. */
export function yearEntries(data: {
  nonWorkingDays: readonly CalendarEntry[];
  workingWeekendDays: readonly CalendarEntry[];
}): CalendarEntry[] {
  return [...data.nonWorkingDays, ...data.workingWeekendDays].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Where the keyboard moves in the year's grid (the date-picker pattern of WAI-ARIA APG): arrows by
 * a day or a week, Home/End to the week's Monday/Sunday, PageUp/PageDown by a month. Never leaves
 * the year. Null for a key the grid does not handle.
 */
export function moveInYear(date: string, key: string, year: number): string | null {
  let next: string;
  switch (key) {
    case 'ArrowLeft':
      next = addDays(date, -1);
      break;
    case 'ArrowRight':
      next = addDays(date, 1);
      break;
    case 'ArrowUp':
      next = addDays(date, -7);
      break;
    case 'ArrowDown':
      next = addDays(date, 7);
      break;
    case 'Home':
      next = addDays(date, -weekdayOf(date));
      break;
    case 'End':
      next = addDays(date, 6 - weekdayOf(date));
      break;
    case 'PageUp':
      next = addMonths(date, -1);
      break;
    case 'PageDown':
      next = addMonths(date, 1);
      break;
    default:
      return null;
  }
  const first = makeDate(year, 1, 1);
  const last = makeDate(year, 12, 31);
  if (next < first) return first;
  if (next > last) return last;
  return next;
}

/** The day the grid starts on for a year: today when in that year, else 1 January. */
export function initialFocus(year: number, today: string): string {
  return today.startsWith(`${year}-`) ? today : makeDate(year, 1, 1);
}
