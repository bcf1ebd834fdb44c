import type PgBoss from 'pg-boss';
import type { Role } from '../../domain/auth/roles.ts';
import { addWorkingDays, type Calendar, REMINDER_BEFORE_DAYS } from '../../domain/calendar/calendar.ts';
import type { Db, Tx } from '../db/connect.ts';
import { findMap } from '../maps/maps.queries.ts';
import { notify, usersWithRoles } from '../notifications/notifications.queries.ts';
import { inTransaction } from './boss.ts';

export const DEADLINE_QUEUE = 'deadline';

/** The terms of the Rules that drive reminders: review (R.23) and publication (R.24). */
export type Term = 'review' | 'publication';
export interface DeadlineJob {
  term: Term;
  kind: 'reminder' | 'escalation';
  versionId: string;
  mapId: string;
  due: string;
}

/** 09:00 in Asia/Almaty (UTC+5) on a date: when a reminder or an escalation goes out. */
const morningOf = (date: string) => new Date(`${date}T04:00:00Z`);

/**
 * Schedules the reminder (2 working days before the due date) and the escalation (the morning
 * after it) in the caller's transaction. The singleton key makes a second scheduling of the same
 * step a no-op; the handler checks the step is still pending, so a job outliving its step is harmless.
 */
export async function scheduleDeadline(
  tx: Tx,
  boss: PgBoss,
  cal: Calendar,
  job: Omit<DeadlineJob, 'kind'>,
  now: Date,
): Promise<void> {
  const remindOn = addWorkingDays(cal, job.due, -REMINDER_BEFORE_DAYS);
  const escalateOn = addWorkingDays(cal, job.due, 1);
  for (const [kind, on] of [
    ['reminder', remindOn],
    ['escalation', escalateOn],
  ] as const) {
    const at = morningOf(on);
    await boss.send(DEADLINE_QUEUE, { ...job, kind } satisfies DeadlineJob, {
      db: inTransaction(tx) as never,
      startAfter: at > now ? at : now,
      singletonKey: `${job.term}:${kind}:${job.versionId}`,
      retryLimit: 5,
      retryBackoff: true,
    });
  }
}

/** Who is reminded, and to whom it is escalated (R.23, R.24; SPEC §3). */
async function recipients(db: Db, job: DeadlineJob, orgId: string): Promise<string[]> {
  const inBody = (roles: Role[]) => usersWithRoles(db, { orgId }, roles);
  const authority = (roles: Role[]) => usersWithRoles(db, { orgKind: 'authorized_body' }, roles);
  if (job.term === 'review')
    return job.kind === 'reminder'
      ? authority(['reviewer', 'authority_head'])
      : authority(['authority_head']);
  return job.kind === 'reminder' ? inBody(['dt_office', 'first_head']) : inBody(['deputy_head']);
}

/** Sends the reminder or escalation if the step is still pending; a repeated run notifies nobody twice. */
export async function runDeadlineJob(db: Db, job: DeadlineJob): Promise<number> {
  const pendingStatus = job.term === 'review' ? 'under_review' : 'approved';
  const found = await findMap(db, job.mapId);
  const version = found
    ? ((await db.query.mapVersions.findFirst({ where: (v, { eq }) => eq(v.id, job.versionId) })) ?? null)
    : null;
  if (!found || !version || version.status !== pendingStatus) return 0;
  const to = await recipients(db, job, found.map.orgId);
  return notify(
    db,
    to,
    `deadline.${job.term}_${job.kind}`,
    { mapId: job.mapId, versionNumber: version.number, due: job.due, organisation: found.org.name },
    `${job.term}:${job.kind}:${job.versionId}`,
  );
}
