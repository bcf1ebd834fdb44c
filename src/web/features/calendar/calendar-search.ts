import { CALENDAR_YEARS } from './calendar-grid.ts';

/** The search of /admin/calendar; apart from the page so the router does not load the page to read it. */
export interface CalendarSearch {
  year?: number;
}

export function validateCalendarSearch(search: Record<string, unknown>): CalendarSearch {
  const year = Number(search.year);
  return (CALENDAR_YEARS as readonly number[]).includes(year) ? { year } : {};
}
