import type { z } from 'zod';
import type { CellOut, PeriodOut, PeriodStatus, ReportOut, SummaryOut } from '../../api/monitoring.ts';
import { policy } from '../../domain/auth/policy.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { type Calendar, workingDaysLeft } from '../../domain/calendar/calendar.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import { AppError } from '../../domain/errors.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { assessIndicator, directionOf, targetOf } from '../../domain/monitoring/indicator.status.ts';
import { type MonitoredIndicator, monitoredIndicators } from '../../domain/monitoring/indicators.ts';
import { REPORTED_PERIOD_STATUSES } from '../../domain/monitoring/kpi.ts';
import {
  comparePeriods,
  formatPeriod,
  type Period,
  periodDates,
  periodOf,
  scheduleIndexOf,
} from '../../domain/monitoring/period.ts';
import {
  type CellExecution,
  cellKey,
  executionSummary,
  scheduleExecution,
} from '../../domain/monitoring/schedule.execution.ts';
import { loadCalendar } from '../calendar/calendar.queries.ts';
import type { Db } from '../db/connect.ts';
import { presentOrg } from '../maps/maps.present.ts';
import { findVersionById, type MapRow, type OrgRow, userNames } from '../maps/maps.queries.ts';
import { listVersionSummaries } from '../workflow/workflow.queries.ts';
import { projectProgressOf } from './monitoring.actions.ts';
import {
  actualLookup,
  chronological,
  keyOfActual,
  lastSubmittedAt,
  latestFigures,
  projectProgress,
  reportedCells,
  ruleDeadlines,
  versionTermFacts,
} from './monitoring.figures.ts';
import {
  actualsOfMap,
  actualsOfPeriod,
  type CellReportRow,
  cellReportsOfMap,
  listPeriods,
  type PeriodRow,
  projectsOfMap,
  versionInForce,
} from './monitoring.queries.ts';

/** What the monitoring shows: a period with its due day and what the actor may do in it; reports; the summary. */

type Found = { map: MapRow; org: OrgRow };
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A period as the API shows it, with the actions the actor may take in it. */
export function presentPeriod(
  row: PeriodRow,
  ctx: { actor: Actor; cal: Calendar; today: string; versionNumber: number; names: Map<string, string> },
): PeriodOut {
  const p = periodOf(row.period);
  const status = row.status as PeriodStatus;
  const subject = { orgId: row.orgId };
  const actions: PeriodOut['allowedActions'] = [];
  if (status !== 'locked' && policy.reportIndicators(ctx.actor, subject)) actions.push('report_indicators');
  if (status !== 'locked' && p.kind === 'quarter' && policy.reportSchedule(ctx.actor, subject))
    actions.push('report_schedule');
  if (status === 'open' && policy.submitReport(ctx.actor, subject)) actions.push('submit');
  if (status === 'submitted' && policy.lockReport(ctx.actor, subject)) actions.push('lock');
  return {
    id: row.id,
    period: row.period,
    kind: p.kind,
    status,
    versionNumber: ctx.versionNumber,
    openedOn: row.openedOn,
    periodEnd: periodDates(p).end,
    due: row.due,
    daysLeft: status === 'open' ? workingDaysLeft(ctx.cal, ctx.today, row.due) : null,
    submittedAt: iso(row.submittedAt),
    submittedBy: row.submittedBy ? (ctx.names.get(row.submittedBy) ?? null) : null,
    lockedAt: iso(row.lockedAt),
    lockedBy: row.lockedBy ? (ctx.names.get(row.lockedBy) ?? null) : null,
    allowedActions: actions,
  };
}

/** The periods of a map, oldest first, presented. */
export async function presentPeriods(
  db: Db,
  mapId: string,
  rows: PeriodRow[],
  actor: Actor,
  now: Date,
): Promise<PeriodOut[]> {
  const cal = await loadCalendar(db);
  const versions = await listVersionSummaries(db, mapId);
  const numbers = new Map(versions.map((v) => [v.id, v.number]));
  const names = await userNames(
    db,
    rows.flatMap((r) => [r.submittedBy ?? '', r.lockedBy ?? '']),
  );
  const today = almatyDate(now).date;
  return [...rows]
    .sort((a, b) => comparePeriods(periodOf(a.period), periodOf(b.period)))
    .map((row) =>
      presentPeriod(row, { actor, cal, today, versionNumber: numbers.get(row.versionId) ?? 0, names }),
    );
}

function indicatorBase(mi: MonitoredIndicator) {
  return {
    key: mi.key,
    kind: mi.kind,
    containerId: mi.containerId,
    containerName: mi.containerName,
    indicatorId: mi.indicator.id,
    name: mi.indicator.name,
    unit: mi.indicator.unit,
    criterion: mi.criterion,
    direction: directionOf(mi.indicator),
    baselineValue: mi.indicator.baselineValue,
    baselineYear: mi.indicator.baselineYear,
  };
}

/** The cells with their case and process names, the last comment reported and the feeding project. */
function presentCells(
  doc: MapDocument,
  cells: CellExecution[],
  reports: CellReportRow[],
  projects: Map<string, { id: string }>,
): z.infer<typeof CellOut>[] {
  const lastComment = new Map<string, string>();
  for (const r of reports) lastComment.set(cellKey(r), r.comment);
  const cases = new Map(doc.sectors.flatMap((s) => s.cases).map((c) => [c.id, c]));
  return cells.map((c) => {
    const theCase = cases.get(c.caseId)!;
    return {
      sectorId: c.sectorId,
      caseId: c.caseId,
      caseName: theCase.name,
      processId: c.processId,
      processName: c.processId ? (theCase.processes.find((p) => p.id === c.processId)?.name ?? null) : null,
      quarter: c.quarter,
      year: c.year,
      q: c.q,
      code: c.code,
      state: c.state,
      source: c.source,
      reported: c.reported,
      comment: lastComment.get(cellKey(c)) ?? null,
      projectId: c.source === 'project' ? (projects.get(c.caseId)?.id ?? null) : null,
    };
  });
}

/**
 * A period's report: every indicator of the period's version with its target, the pro-rated
 * expected value, the actual, the deviation and the status (indicator.status.ts); and every planned
 * cell up to the period's last quarter with its actual state — R cells of cases with a project from
 * the project (as GET /api/maps/:mapId/reengineering shows them), the others from the reports made
 * up to this period. Cells are computed as of today, or of the due day once it has passed, so an
 * old report keeps its picture.
 */
export async function buildReport(
  db: Db,
  found: Found,
  row: PeriodRow,
  actor: Actor,
  now: Date,
): Promise<ReportOut> {
  const p = periodOf(row.period);
  const [period] = await presentPeriods(db, found.map.id, [row], actor, now);
  const doc = (await findVersionById(db, row.versionId))!.content;
  const today = almatyDate(now).date;
  const asOf = today < row.due ? today : row.due;
  const actuals = await actualsOfPeriod(db, row.id);
  const names = await userNames(
    db,
    actuals.map((a) => a.updatedBy ?? ''),
  );
  const byKey = new Map(actuals.map((a) => [keyOfActual(a), a]));
  const indicators = monitoredIndicators(doc).map((mi) => {
    const a = byKey.get(mi.key);
    const assessed = assessIndicator(mi.indicator, p, a ? a.value : null);
    return {
      ...indicatorBase(mi),
      target: assessed.target,
      expected: assessed.expected,
      actual: a
        ? {
            value: a.value,
            valueDate: a.valueDate,
            source: a.source,
            comment: a.comment,
            evidence:
              a.evidenceName && a.evidenceType && a.evidenceSha256
                ? {
                    name: a.evidenceName,
                    type: a.evidenceType,
                    size: a.evidenceSize ?? 0,
                    sha256: a.evidenceSha256,
                  }
                : null,
            revision: a.revision,
            updatedAt: a.updatedAt.toISOString(),
            updatedBy: a.updatedBy ? (names.get(a.updatedBy) ?? null) : null,
          }
        : null,
      deviation: assessed.deviation,
      achievement: assessed.achievement,
      status: assessed.status,
    };
  });
  const projects = await projectProgressOf(db, found.map.id);
  const reports = chronological(
    (await cellReportsOfMap(db, found.map.id)).filter((r) => comparePeriods(periodOf(r.period), p) <= 0),
  );
  const last = scheduleIndexOf(doc.passport.period, p) ?? -1;
  const cells = scheduleExecution(doc, projects, reportedCells(reports), asOf).filter(
    (c) => c.quarter <= last,
  );
  return {
    mapId: found.map.id,
    org: presentOrg(found.org),
    period: period!,
    asOf,
    indicators,
    cells: presentCells(doc, cells, reports, projects),
  };
}

/**
 * The internal monitoring of a map (R.27): the deputy head's KPI (R.25) and the statuses in the
 * latest reported period with the R.19 roll-up; every indicator year by year, target against
 * actual; the plan-schedule's execution on today; the terms of the Rules met or missed; the
 * periods. Indicators and cells are those of the version in force. The counting is
 * monitoring.figures.ts, shared with the external monitoring (R.28, national.routes.ts). For the
 * public (`actor` null, R.28's openness of published maps) only reports that are in — submitted
 * or locked — count, and no period list.
 */
export async function buildSummary(
  db: Db,
  found: Found,
  actor: Actor | null,
  now: Date,
): Promise<SummaryOut> {
  const version = await versionInForce(db, found.map.id);
  if (!version) throw new AppError('monitoring.no_map_in_force');
  const doc = version.content;
  const range = doc.passport.period;
  const today = almatyDate(now).date;
  const periodRows = await listPeriods(db, found.map.id);
  const reportedPeriods = new Set(
    periodRows
      .filter((r) => (REPORTED_PERIOD_STATUSES as readonly string[]).includes(r.status))
      .map((r) => r.period),
  );
  const shown = (period: string) => actor !== null || reportedPeriods.has(period);
  const actualIn = actualLookup((await actualsOfMap(db, found.map.id)).filter((a) => shown(a.period)));
  const indicators = monitoredIndicators(doc);
  const { kpi, latest } = latestFigures(indicators, periodRows, actualIn);

  const years: number[] = [];
  for (let y = range.from; y <= range.to; y++) years.push(y);
  const perYear = indicators.map((mi) => ({
    ...indicatorBase(mi),
    years: years.map((year) => {
      // The annual report, else the latest quarter of the year that has a value.
      const candidates: Period[] = [
        { kind: 'year', year },
        ...([4, 3, 2, 1] as const).map((quarter) => ({ kind: 'quarter' as const, year, quarter })),
      ];
      const from = candidates.find((p) => actualIn(mi.key, p) !== null) ?? null;
      const assessed = assessIndicator(
        mi.indicator,
        from ?? { kind: 'year', year },
        from ? actualIn(mi.key, from) : null,
      );
      return {
        year,
        target: targetOf(mi.indicator, year),
        actual: assessed.actual,
        period: from ? formatPeriod(from) : null,
        expected: assessed.expected,
        status: assessed.status,
      };
    }),
  }));

  const projectRows = await projectsOfMap(db, found.map.id);
  const projects = projectProgress(projectRows);
  const reports = chronological((await cellReportsOfMap(db, found.map.id)).filter((r) => shown(r.period)));
  const cells = scheduleExecution(doc, projects, reportedCells(reports), today);
  const execution = executionSummary(cells, range, today);
  // Only the version in force carries its document; the others give their terms (no content).
  const versions = await listVersionSummaries(db, found.map.id);

  return {
    mapId: found.map.id,
    org: presentOrg(found.org),
    version: { id: version.id, number: version.number, status: version.status },
    today,
    kpi,
    latest,
    indicators: perYear,
    schedule: {
      cells: presentCells(doc, cells, reports, projects),
      counts: execution.counts,
      byQuarter: execution.byQuarter,
      executedOnSchedule: execution.executedOnSchedule,
    },
    deadlines: ruleDeadlines(versions.map(versionTermFacts), projectRows, today),
    periods: actor ? await presentPeriods(db, found.map.id, periodRows, actor, now) : [],
    lastSubmittedAt: lastSubmittedAt(periodRows),
  };
}
