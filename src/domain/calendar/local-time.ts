import type { IsoDate } from './calendar.ts';

/** Working hours end at 18:00 in Asia/Almaty (Labour Code: an 8-hour day from 9:00). */
export const WORKING_DAY_ENDS_AT_HOUR = 18;

/** Building a formatter loads time-zone data: one for the process (requests called this per row). */
const ALMATY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Almaty',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/**
 * The Asia/Almaty calendar date of an instant, and the date something received at that instant
 * counts from: received after working hours, it counts as received the next day — which
 * `deadline` then moves on to the next working day (APPK art. 64(3)).
 */
export function almatyDate(instant: Date): { date: IsoDate; receiptDate: IsoDate } {
  const parts = ALMATY.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  const afterHours = Number(get('hour')) >= WORKING_DAY_ENDS_AT_HOUR;
  if (!afterHours) return { date, receiptDate: date };
  const next = new Date(Date.UTC(Number(get('year')), Number(get('month')) - 1, Number(get('day')) + 1));
  return { date, receiptDate: next.toISOString().slice(0, 10) };
}
