import { z } from 'zod';
import { isIsoDate } from '../domain/calendar/calendar.ts';

export const IsoDateSchema = z.string().refine(isIsoDate, 'iso_date');

export const DeadlineQuery = z.object({
  from: IsoDateSchema,
  workingDays: z.coerce.number().int().min(0).max(365),
});
export const DeadlineOut = z.object({
  from: z.string(),
  workingDays: z.number().int(),
  /** The working day the receipt counts from (APPK art. 64(3)). */
  received: z.string(),
  /** The first day of the term: the day after receipt (APPK art. 76(2)). */
  start: z.string(),
  /** The last day of the term, a working day (APPK art. 76(5)). */
  due: z.string(),
  counted: z.array(z.string()),
});

const DayName = z.object({
  kk: z.string().trim().min(1).max(200),
  ru: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});
export const CalendarDayOut = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'day_off', 'working_day']),
  name: DayName,
  source: z.string(),
});
export const CalendarYearOut = z.object({
  year: z.number().int(),
  /** Saturdays and Sundays are non-working unless listed in workingWeekendDays. */
  nonWorkingDays: z.array(CalendarDayOut),
  workingWeekendDays: z.array(CalendarDayOut),
});
export const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const DateParams = z.object({ date: IsoDateSchema });
export const CalendarDayBody = z.object({
  kind: z.enum(['holiday', 'day_off', 'working_day']),
  name: DayName,
  source: z.string().trim().min(1).max(500),
});
