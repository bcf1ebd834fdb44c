import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { z } from 'zod';
import {
  type ActualsBody,
  type CellsBody,
  EVIDENCE_MAX_BYTES,
  type EvidenceIn,
} from '../../api/monitoring.ts';
import { policy } from '../../domain/auth/policy.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import {
  checkActualRows,
  monitoredIndicators,
  parseIndicatorKey,
} from '../../domain/monitoring/indicators.ts';
import {
  formatPeriod,
  periodDates,
  periodOf,
  periodsOpenOn,
  reportDue,
} from '../../domain/monitoring/period.ts';
import {
  cellKey,
  findPlannedCell,
  isProjectFed,
  type ProjectProgress,
  plannedCellIndex,
} from '../../domain/monitoring/schedule.execution.ts';
import { type AuditContext, appendAudit } from '../audit/audit.queries.ts';
import { loadCalendar } from '../calendar/calendar.queries.ts';
import type { Db, Tx } from '../db/connect.ts';
import { scheduleDeadline } from '../jobs/deadline.job.ts';
import type { Deps } from '../maps/maps.actions.ts';
import { findMap, findVersionById } from '../maps/maps.queries.ts';
import { notify, usersWithRoles } from '../notifications/notifications.queries.ts';
import { projectProgress } from './monitoring.figures.ts';
import {
  firstApprovedOn,
  insertActual,
  insertPeriodIfMissing,
  lockActual,
  lockPeriod,
  type PeriodRow,
  projectsOfMap,
  updateActual,
  updatePeriod,
  upsertCellReport,
  versionInForce,
} from './monitoring.queries.ts';

/**
 * The monitoring's use cases (R.25–R.28): periods open on a schedule, the office and the chief
 * data officer report actual values and the plan-schedule's execution, the office submits, the
 * deputy head locks. Every write locks the period row, checks, writes and audits in one transaction.
 */

export interface MonitoringDeps extends Deps {
  boss: PgBoss;
}

const dateOf = (now: Date) => almatyDate(now).date;

/** Jobs act for nobody in particular. */
export const SYSTEM_AUDIT: AuditContext = { actorId: null, orgId: null, ip: null };

/** The map if the actor may see its monitoring; otherwise 404 (another body's map is not disclosed). */
export async function visibleMap(db: Db | Tx, actor: Actor, mapId: string) {
  const found = await findMap(db, mapId);
  if (!found || !policy.viewMonitoring(actor, found.map)) throw new AppError('map.not_found');
  return found;
}

/** The projects of the map as the plan-schedule's execution reads them, by case id. */
export async function projectProgressOf(
  db: Db | Tx,
  mapId: string,
): Promise<Map<string, ProjectProgress & { id: string }>> {
  return projectProgress(await projectsOfMap(db, mapId));
}

/**
 * Opens every period of the map's version in force that is due on `now` and not open yet
 * (period.ts: the day after it ends, from the map's first approval on), and schedules the
 * reminder before its report is due and the escalation after (deadline.job.ts, term 'report').
 * Idempotent: an open period is left alone. Returns the periods this call opened.
 */
export async function openDuePeriods(
  tx: Tx,
  boss: PgBoss,
  now: Date,
  mapId: string,
  audit: AuditContext,
): Promise<PeriodRow[]> {
  const version = await versionInForce(tx, mapId);
  const since = await firstApprovedOn(tx, mapId);
  const found = await findMap(tx, mapId);
  if (!version || !since || !found) return [];
  const cal = await loadCalendar(tx);
  const today = dateOf(now);
  const opened: PeriodRow[] = [];
  for (const p of periodsOpenOn(version.content.passport.period, today, since)) {
    const { due } = reportDue(cal, p);
    const row = await insertPeriodIfMissing(tx, {
      orgId: found.map.orgId,
      mapId,
      versionId: version.id,
      period: formatPeriod(p),
      openedOn: today,
      due,
    });
    if (!row) continue;
    await scheduleDeadline(tx, boss, cal, { term: 'report', periodId: row.id, mapId, due }, now);
    await appendAudit(
      tx,
      audit,
      { type: 'reporting_period', id: row.id },
      { type: 'monitoring.period_opened', data: { period: row.period, due, versionNumber: version.number } },
    );
    opened.push(row);
  }
  return opened;
}

/** The office (or the deputy head) opens the due periods now rather than waiting for the daily job. */
export async function openPeriodsByHand(deps: MonitoringDeps, mapId: string): Promise<PeriodRow[]> {
  const found = await visibleMap(deps.db, deps.actor, mapId);
  if (!policy.reportIndicators(deps.actor, found.map) && !policy.lockReport(deps.actor, found.map))
    throw new AppError('auth.forbidden');
  return deps.db.transaction(async (tx) => {
    if (!(await versionInForce(tx, mapId))) throw new AppError('monitoring.no_map_in_force');
    return openDuePeriods(tx, deps.boss, deps.now, mapId, deps.audit);
  });
}

/** The period locked for a write: 404 when not open for the map, 409 once locked. */
async function periodForWrite(tx: Tx, mapId: string, period: string): Promise<PeriodRow> {
  const row = await lockPeriod(tx, mapId, period);
  if (!row) throw new AppError('monitoring.period_not_found', { period });
  if (row.status === 'locked') throw new AppError('monitoring.period_locked', { period });
  return row;
}

/** Magic numbers of the evidence types (a renamed file is refused). */
function looksLike(type: string, bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8);
  if (type === 'application/pdf') return head.subarray(0, 5).toString('latin1') === '%PDF-';
  if (type === 'image/png') return head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (type === 'image/jpeg') return head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  // DOCX and XLSX are ZIP containers.
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

interface EvidenceFile {
  bytes: Buffer;
  name: string;
  type: string;
  sha256: string;
}

function decodeEvidence(e: z.infer<typeof EvidenceIn>, row: number): EvidenceFile {
  const bytes = Buffer.from(e.contentBase64, 'base64');
  if (bytes.length > EVIDENCE_MAX_BYTES)
    throw new AppError('monitoring.evidence_too_large', { row, limit: EVIDENCE_MAX_BYTES });
  if (bytes.length === 0 || !looksLike(e.type, bytes))
    throw new AppError('monitoring.evidence_invalid', { row, type: e.type });
  return { bytes, name: e.name, type: e.type, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Saves a batch of actual values of one period. Every row is checked first (domain
 * checkActualRows: a known indicator, a finite number in its unit) and every row's revision is
 * compared with the one it was based on; one bad or stale row refuses the whole batch and nothing
 * is stored.
 */
export async function saveActuals(deps: MonitoringDeps, mapId: string, period: string, body: ActualsBody) {
  const found = await visibleMap(deps.db, deps.actor, mapId);
  if (!policy.reportIndicators(deps.actor, found.map)) throw new AppError('auth.forbidden');
  // Files first: a bad file refuses the batch before anything is written.
  const files = body.actuals.map((r, i) => (r.evidence ? decodeEvidence(r.evidence, i + 1) : null));
  return deps.db.transaction(async (tx) => {
    const row = await periodForWrite(tx, mapId, period);
    const version = await findVersionById(tx, row.versionId);
    const indicators = monitoredIndicators(version!.content);
    const issues = checkActualRows(body.actuals, indicators, ['body', 'actuals']);
    if (issues.length) throw new AppError('monitoring.rows_invalid', { issues });
    const periodEnd = periodDates(periodOf(period)).end;
    const saved: { key: string; revision: number; evidenceSha256: string | null }[] = [];
    for (const [i, r] of body.actuals.entries()) {
      const ref = parseIndicatorKey(r.key)!;
      const dbRef = {
        indicatorKind: ref.kind,
        containerId: ref.containerId ?? '',
        indicatorId: ref.indicatorId,
      };
      const existing = await lockActual(tx, row.id, dbRef);
      const current = existing?.revision ?? 0;
      if (current !== r.baseRevision)
        throw new AppError('monitoring.actual_conflict', {
          row: i + 1,
          key: r.key,
          revision: current,
          stored: existing
            ? {
                value: existing.value,
                valueDate: existing.valueDate,
                source: existing.source,
                comment: existing.comment,
                updatedAt: existing.updatedAt.toISOString(),
              }
            : null,
        });
      const file = files[i];
      const values = {
        value: r.value as number,
        valueDate: r.valueDate ?? periodEnd,
        source: r.source,
        comment: r.comment,
        revision: current + 1,
        updatedBy: deps.actor.userId,
        updatedAt: deps.now,
        ...(file
          ? {
              evidence: file.bytes,
              evidenceName: file.name,
              evidenceType: file.type,
              evidenceSha256: file.sha256,
              evidenceSize: file.bytes.length,
            }
          : {}),
      };
      if (existing) await updateActual(tx, existing.id, values);
      else await insertActual(tx, { mapId, periodId: row.id, period, ...dbRef, ...values });
      saved.push({ key: r.key, revision: current + 1, evidenceSha256: file?.sha256 ?? null });
    }
    await appendAudit(
      tx,
      deps.audit,
      { type: 'reporting_period', id: row.id },
      { type: 'monitoring.actuals_saved', data: { period, rows: saved } },
    );
    return { period, saved: saved.map(({ key, revision }) => ({ key, revision })) };
  });
}

/**
 * Saves the reported state of plan-schedule cells in a quarter's report. A row must name a
 * planned cell of the period's version; an R cell whose case has a reengineering project takes
 * its state from the project and is refused here. One bad row refuses the batch.
 */
export async function saveCells(deps: MonitoringDeps, mapId: string, period: string, body: CellsBody) {
  const found = await visibleMap(deps.db, deps.actor, mapId);
  if (!policy.reportSchedule(deps.actor, found.map)) throw new AppError('auth.forbidden');
  return deps.db.transaction(async (tx) => {
    const row = await periodForWrite(tx, mapId, period);
    if (periodOf(period).kind !== 'quarter')
      throw new AppError('monitoring.rows_invalid', {
        issues: [{ path: ['params', 'period'], rule: 'quarter_only' }],
      });
    const planned = plannedCellIndex((await findVersionById(tx, row.versionId))!.content);
    const projects = await projectProgressOf(tx, mapId);
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    body.cells.forEach((c, i) => {
      const at = (rule: string, field?: string) =>
        issues.push({
          path: ['body', 'cells', i, ...(field ? [field] : [])],
          rule,
          params: { row: i + 1, ...(field ? { field } : {}) },
        });
      const cell = findPlannedCell(planned, c);
      if (!cell) at('unknown_cell');
      else if (isProjectFed(cell, projects)) at('from_project');
      else if (seen.has(cellKey(c))) at('duplicate_row', 'quarter');
      seen.add(cellKey(c));
    });
    if (issues.length) throw new AppError('monitoring.rows_invalid', { issues });
    for (const c of body.cells)
      await upsertCellReport(tx, {
        mapId,
        periodId: row.id,
        period,
        caseId: c.caseId,
        processId: c.processId,
        quarter: c.quarter,
        state: c.state,
        comment: c.comment,
        updatedBy: deps.actor.userId,
        updatedAt: deps.now,
      });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'reporting_period', id: row.id },
      { type: 'monitoring.cells_saved', data: { period, count: body.cells.length } },
    );
    return { period, saved: body.cells.length };
  });
}

/** The office submits the period's report: the reminders stop, the deputy head is told (R.27). */
export async function submitReport(deps: MonitoringDeps, mapId: string, period: string) {
  const found = await visibleMap(deps.db, deps.actor, mapId);
  if (!policy.submitReport(deps.actor, found.map)) throw new AppError('auth.forbidden');
  return deps.db.transaction(async (tx) => {
    const row = await lockPeriod(tx, mapId, period);
    if (!row) throw new AppError('monitoring.period_not_found', { period });
    if (row.status !== 'open') throw new AppError('monitoring.period_status', { status: row.status, period });
    const updated = await updatePeriod(tx, row.id, {
      status: 'submitted',
      submittedAt: deps.now,
      submittedBy: deps.actor.userId,
    });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'reporting_period', id: row.id },
      { type: 'monitoring.period_submitted', data: { period } },
    );
    await notify(
      tx,
      await usersWithRoles(tx, { orgId: row.orgId }, ['deputy_head']),
      'monitoring.report_submitted',
      { mapId, periodId: row.id, period, organisation: found.org.name },
    );
    return updated;
  });
}

/** The deputy head locks a submitted report (internal monitoring, R.27): no write is accepted after. */
export async function lockReport(deps: MonitoringDeps, mapId: string, period: string) {
  const found = await visibleMap(deps.db, deps.actor, mapId);
  if (!policy.lockReport(deps.actor, found.map)) throw new AppError('auth.forbidden');
  return deps.db.transaction(async (tx) => {
    const row = await lockPeriod(tx, mapId, period);
    if (!row) throw new AppError('monitoring.period_not_found', { period });
    if (row.status !== 'submitted')
      throw new AppError('monitoring.period_status', { status: row.status, period });
    const updated = await updatePeriod(tx, row.id, {
      status: 'locked',
      lockedAt: deps.now,
      lockedBy: deps.actor.userId,
    });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'reporting_period', id: row.id },
      { type: 'monitoring.period_locked', data: { period } },
    );
    await notify(
      tx,
      await usersWithRoles(tx, { orgId: row.orgId }, ['dt_office']),
      'monitoring.report_locked',
      { mapId, periodId: row.id, period, organisation: found.org.name },
    );
    return updated;
  });
}
