import type PgBoss from 'pg-boss';
import type { Role } from '../../domain/auth/roles.ts';
import { addWorkingDays, type Calendar, REMINDER_BEFORE_DAYS } from '../../domain/calendar/calendar.ts';
import type { Db, Tx } from '../db/connect.ts';
import { findMap } from '../maps/maps.queries.ts';
import { notify, usersWithRoles } from '../notifications/notifications.queries.ts';
import { inTransaction } from './boss.ts';

export const DEADLINE_QUEUE = 'deadline';

/**
 * The terms of the Rules that drive reminders: the map's review (R.23) and publication (R.24); a
 * reengineering project's team (R.30) and the publication of its results (R.37); and the
 * monitoring report of a reporting period (R.27–R.28; the platform's own term, period.ts).
 */
export type Term = 'review' | 'publication' | 'team' | 'results_publication' | 'report';
export type DeadlineJob = {
  kind: 'reminder' | 'escalation';
  due: string;
} & (
  | { term: 'review' | 'publication'; versionId: string; mapId: string }
  | { term: 'team' | 'results_publication'; projectId: string }
  | { term: 'report'; periodId: string; mapId: string }
);
type JobInput = DeadlineJob extends infer J ? (J extends unknown ? Omit<J, 'kind'> : never) : never;
const subjectId = (job: JobInput | DeadlineJob) =>
  'projectId' in job ? job.projectId : 'periodId' in job ? job.periodId : job.versionId;

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
  job: JobInput,
  now: Date,
): Promise<void> {
  const remindOn = addWorkingDays(cal, job.due, -REMINDER_BEFORE_DAYS);
  const escalateOn = addWorkingDays(cal, job.due, 1);
  for (const [kind, on] of [
    ['reminder', remindOn],
    ['escalation', escalateOn],
  ] as const) {
    const at = morningOf(on);
    await boss.send(DEADLINE_QUEUE, { ...job, kind } as DeadlineJob, {
      db: inTransaction(tx) as never,
      startAfter: at > now ? at : now,
      singletonKey: `${job.term}:${kind}:${subjectId(job)}`,
      retryLimit: 5,
      retryBackoff: true,
    });
  }
}

/** Who is reminded, and to whom it is escalated (R.23, R.24; SPEC §3). */
async function recipients(db: Db, job: DeadlineJob, orgId: string): Promise<string[]> {
  const inBody = (roles: Role[]) => usersWithRoles(db, { orgId }, roles);
  const authority = (roles: Role[]) => usersWithRoles(db, { orgKind: 'authorized_body' }, roles);
  // A monitoring report: the office and the chief data officer report (reminded); an overdue
  // report goes to the deputy head (internal monitoring, R.27) and the authorized body (R.28).
  if (job.term === 'report')
    return job.kind === 'reminder'
      ? inBody(['dt_office', 'data_officer'])
      : [...(await inBody(['deputy_head'])), ...(await authority(['reviewer']))];
  if (job.term === 'review')
    return job.kind === 'reminder'
      ? authority(['reviewer', 'authority_head'])
      : authority(['authority_head']);
  if (job.term === 'publication')
    return job.kind === 'reminder' ? inBody(['dt_office', 'first_head']) : inBody(['deputy_head']);
  // Reengineering (R.30, R.37): the office is reminded; an overdue term goes to the deputy head
  // for digitalisation and to the authorized body, which monitors the maps (R.28).
  return job.kind === 'reminder'
    ? inBody(['dt_office', 'deputy_head'])
    : [...(await inBody(['deputy_head'])), ...(await authority(['reviewer']))];
}

/** Sends the reminder or escalation if the step is still pending; a repeated run notifies nobody twice. */
export async function runDeadlineJob(db: Db, job: DeadlineJob): Promise<number> {
  if ('projectId' in job) return runProjectJob(db, job);
  if ('periodId' in job) return runReportJob(db, job);
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

/** A project term: still pending while the team is not formed (R.30) or the results are not published (R.37). */
async function runProjectJob(db: Db, job: Extract<DeadlineJob, { projectId: string }>): Promise<number> {
  const project = await db.query.reengineeringProjects.findFirst({
    where: (p, { eq }) => eq(p.id, job.projectId),
  });
  const pendingStage = job.term === 'team' ? 'team' : 'approved';
  if (!project || project.stage !== pendingStage) return 0;
  const org = await db.query.organisations.findFirst({ where: (o, { eq }) => eq(o.id, project.orgId) });
  const to = await recipients(db, job, project.orgId);
  return notify(
    db,
    to,
    `deadline.${job.term}_${job.kind}`,
    { projectId: project.id, caseName: project.caseName, due: job.due, organisation: org?.name },
    `${job.term}:${job.kind}:${job.projectId}`,
  );
}

/** A monitoring report: still pending while its period is open (neither submitted nor locked). */
async function runReportJob(db: Db, job: Extract<DeadlineJob, { periodId: string }>): Promise<number> {
  const period = await db.query.reportingPeriods.findFirst({ where: (p, { eq }) => eq(p.id, job.periodId) });
  if (period?.status !== 'open') return 0;
  const org = await db.query.organisations.findFirst({ where: (o, { eq }) => eq(o.id, period.orgId) });
  const to = await recipients(db, job, period.orgId);
  return notify(
    db,
    to,
    `deadline.${job.term}_${job.kind}`,
    {
      mapId: period.mapId,
      periodId: period.id,
      period: period.period,
      due: job.due,
      organisation: org?.name,
    },
    `${job.term}:${job.kind}:${job.periodId}`,
  );
}
