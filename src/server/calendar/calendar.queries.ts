import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import {
  type Calendar,
  type CalendarDay,
  makeCalendar,
  seedCalendar,
} from '../../domain/calendar/calendar.ts';
import type { Db, Tx } from '../db/connect.ts';
import { preparedOn } from '../db/prepared.ts';
import { calendarDays, calendarGeneration } from '../db/schema.ts';

const toDay = (r: typeof calendarDays.$inferSelect): CalendarDay => ({
  date: r.date,
  kind: r.kind as CalendarDay['kind'],
  name: r.name,
  source: r.source,
});

/** The calendar this process built last, and the generation stamp it read before building it. */
let kept: { stamp: string; calendar: Calendar } | undefined;

/**
 * The whole calendar table as the domain's Calendar value (read-only: it is shared). Kept per
 * calendar generation (migration 0012): every write of the table replaces the stamp in its own
 * transaction, so the stamp is read first and the days only when it changed — what is kept under a
 * stamp is that stamp's calendar or a newer one, never an older one. A transaction that wrote the
 * calendar reads its own new stamp, which nobody else sees unless it commits.
 */
export async function loadCalendar(db: Db | Tx): Promise<Calendar> {
  const [generation] =
    db instanceof PgTransaction
      ? await db.select({ stamp: calendarGeneration.stamp }).from(calendarGeneration)
      : await preparedOn(db, 'calendar_stamp', (d) =>
          d.select({ stamp: calendarGeneration.stamp }).from(calendarGeneration).prepare('calendar_stamp'),
        ).execute();
  if (generation && kept?.stamp === generation.stamp) return kept.calendar;
  const calendar = makeCalendar((await db.select().from(calendarDays)).map(toDay));
  if (generation) kept = { stamp: generation.stamp, calendar };
  return calendar;
}

export async function listYear(db: Db | Tx, year: number): Promise<CalendarDay[]> {
  const rows = await db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.date, `${year}-01-01`), lte(calendarDays.date, `${year}-12-31`)))
    .orderBy(asc(calendarDays.date));
  return rows.map(toDay);
}

/** Seeds 2024–2030 by the statute rule and the known orders when the table is empty. */
export async function seedCalendarIfEmpty(db: Db | Tx): Promise<void> {
  const any = await db.select({ date: calendarDays.date }).from(calendarDays).limit(1);
  if (any.length) return;
  await db.insert(calendarDays).values(seedCalendar(2024, 2030));
}

export async function findDay(db: Db | Tx, date: string) {
  const rows = await db.select().from(calendarDays).where(eq(calendarDays.date, date));
  return rows[0] ? toDay(rows[0]) : undefined;
}

export async function upsertDay(tx: Tx, day: CalendarDay, userId: string, now: Date) {
  await tx
    .insert(calendarDays)
    .values({ ...day, updatedBy: userId, updatedAt: now })
    .onConflictDoUpdate({
      target: calendarDays.date,
      set: { kind: day.kind, name: day.name, source: day.source, updatedBy: userId, updatedAt: now },
    });
}

export async function deleteDay(tx: Tx, date: string) {
  await tx.delete(calendarDays).where(eq(calendarDays.date, date));
}
