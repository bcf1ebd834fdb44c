import type { SummaryOut } from '../../api/monitoring.ts';
import type { IsoDate } from '../../domain/calendar/calendar.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import { assessIndicator } from '../../domain/monitoring/indicator.status.ts';
import {
  type IndicatorSource,
  type MonitoredIndicator,
  monitoredIndicators,
} from '../../domain/monitoring/indicators.ts';
import {
  countByStatus,
  criteriaRollup,
  deputyHeadKpi,
  latestReportedPeriod,
} from '../../domain/monitoring/kpi.ts';
import { comparePeriods, formatPeriod, type Period, periodOf } from '../../domain/monitoring/period.ts';
import { countOutcomes, ruleTerm } from '../../domain/monitoring/rule.terms.ts';
import {
  type CellGroup,
  cellGroups,
  type ExecutionSummary,
  groupsSummary,
  type ProjectProgress,
  type ReportedCellState,
  type ScheduleSource,
} from '../../domain/monitoring/schedule.execution.ts';
import type { ProjectStage } from '../../domain/reengineering/project.workflow.ts';
import type { VersionSummary } from '../maps/maps.queries.ts';
import type { ActualRow, CellReportRow, PeriodRow, ProjectRow } from './monitoring.queries.ts';

/**
 * The figures of a map's monitoring computed from its rows, without I/O: the body's own summary
 * (monitoring.present.ts buildSummary) and the national view (national.routes.ts) both count with
 * these functions, so the national row of a body shows the numbers the body sees (R.28).
 */

/** What the figures read of each kind of row (the national view loads only these columns). */
export type PeriodFacts = Pick<PeriodRow, 'period' | 'status' | 'submittedAt'>;
export type ActualFacts = Pick<
  ActualRow,
  'period' | 'indicatorKind' | 'containerId' | 'indicatorId' | 'value'
>;
export type CellReportFacts = Pick<
  CellReportRow,
  'period' | 'caseId' | 'processId' | 'quarter' | 'state' | 'updatedAt'
>;
export type ProjectFacts = Pick<
  ProjectRow,
  | 'id'
  | 'caseId'
  | 'caseName'
  | 'stage'
  | 'reengineeringDue'
  | 'openedOn'
  | 'teamDue'
  | 'teamFormedOn'
  | 'approvedOn'
  | 'publicationDue'
  | 'publishedOn'
>;
export type VersionRowFacts = Pick<
  VersionSummary,
  'number' | 'receivedOn' | 'reviewDue' | 'decidedAt' | 'approvedOn' | 'publicationDue' | 'publishedOn'
>;
/** A version's dates as its terms read them: the decision as its day in Almaty. */
export type VersionTermFacts = Omit<VersionRowFacts, 'decidedAt'> & { decidedOn: IsoDate | null };

export const versionTermFacts = ({ decidedAt, ...v }: VersionRowFacts): VersionTermFacts => ({
  ...v,
  decidedOn: decidedAt ? almatyDate(decidedAt).date : null,
});

export const keyOfActual = (a: Pick<ActualFacts, 'indicatorKind' | 'containerId' | 'indicatorId'>) =>
  a.indicatorKind === 'performance'
    ? `performance:${a.indicatorId}`
    : `${a.indicatorKind}:${a.containerId}:${a.indicatorId}`;

/** The actual value of an indicator (by its key) in a period, from the actuals given. */
export function actualLookup(actuals: readonly ActualFacts[]): (key: string, p: Period) => number | null {
  const at = new Map(actuals.map((a) => [`${keyOfActual(a)}@${a.period}`, a.value]));
  return (key, p) => at.get(`${key}@${formatPeriod(p)}`) ?? null;
}

/** Cell reports in the order they were made: by period, then by time of writing. */
export function chronological<T extends Pick<CellReportFacts, 'period' | 'updatedAt'>>(
  reports: readonly T[],
): T[] {
  // A map has a few dozen periods and thousands of reports: order the periods once.
  const periods = [...new Set(reports.map((r) => r.period))]
    .map((text) => ({ text, period: periodOf(text) }))
    .sort((a, b) => comparePeriods(a.period, b.period));
  const order = new Map(periods.map((p, i) => [p.text, i]));
  return [...reports].sort(
    (a, b) => order.get(a.period)! - order.get(b.period)! || a.updatedAt.getTime() - b.updatedAt.getTime(),
  );
}

export const reportedCells = (reports: readonly CellReportFacts[]) =>
  reports.map((r) => ({
    caseId: r.caseId,
    processId: r.processId,
    quarter: r.quarter,
    state: r.state as ReportedCellState,
  }));

/** The projects of a map as the plan-schedule's execution reads them, by case id. */
export function projectProgress(
  projects: readonly Pick<ProjectFacts, 'id' | 'caseId' | 'stage' | 'reengineeringDue'>[],
): Map<string, ProjectProgress & { id: string }> {
  return new Map(
    projects.map((p) => [
      p.caseId,
      { id: p.id, stage: p.stage as ProjectStage, reengineeringDue: p.reengineeringDue },
    ]),
  );
}

/**
 * The statuses of every indicator in the latest reported period, the deputy head's KPI of R.25
 * (from the priority directions' target indicators) and the R.19 roll-up of the performance ones.
 */
export function latestFigures(
  indicators: readonly MonitoredIndicator[],
  periods: readonly PeriodFacts[],
  actualIn: (key: string, p: Period) => number | null,
): { kpi: SummaryOut['kpi']; latest: SummaryOut['latest'] } {
  const latest = latestReportedPeriod(periods);
  const statuses = latest
    ? indicators.map((mi) => ({
        mi,
        status: assessIndicator(mi.indicator, latest, actualIn(mi.key, latest)).status,
      }))
    : [];
  const kpi = deputyHeadKpi(statuses.filter((s) => s.mi.kind === 'priority_direction').map((s) => s.status));
  const rollup = criteriaRollup(
    statuses
      .filter((s) => s.mi.kind === 'performance')
      .map((s) => ({ criterion: s.mi.criterion, status: s.status })),
  );
  const period = latest ? formatPeriod(latest) : null;
  return {
    kpi: { period, ...kpi },
    latest: {
      period,
      counts: countByStatus(statuses.map((s) => s.status)),
      criteria: rollup.criteria,
      unassignedCriterion: rollup.unassigned,
    },
  };
}

/** The deadlines of the Rules for the map's versions (R.23, R.24) and its projects (R.30, R.37). */
export function ruleDeadlines(
  versions: readonly VersionTermFacts[],
  projects: readonly ProjectFacts[],
  today: IsoDate,
): SummaryOut['deadlines'] {
  const terms: SummaryOut['deadlines']['terms'] = [];
  const forVersion = { projectId: null, caseName: null };
  for (const v of versions) {
    if (v.receivedOn && v.reviewDue)
      terms.push({
        ...ruleTerm('review', v.receivedOn, v.reviewDue, v.decidedOn, today),
        versionNumber: v.number,
        ...forVersion,
      });
    if (v.approvedOn && v.publicationDue)
      terms.push({
        ...ruleTerm('publication', v.approvedOn, v.publicationDue, v.publishedOn, today),
        versionNumber: v.number,
        ...forVersion,
      });
  }
  for (const p of projects) {
    const project = { versionNumber: null, projectId: p.id, caseName: p.caseName };
    terms.push({ ...ruleTerm('teamFormation', p.openedOn, p.teamDue, p.teamFormedOn, today), ...project });
    if (p.approvedOn && p.publicationDue)
      terms.push({
        ...ruleTerm('resultsPublication', p.approvedOn, p.publicationDue, p.publishedOn, today),
        ...project,
      });
  }
  return { terms, counts: countOutcomes(terms) };
}

/** When the map's latest report was submitted (ISO), or null. */
export function lastSubmittedAt(periods: readonly PeriodFacts[]): string | null {
  let last: Date | null = null;
  for (const p of periods) if (p.submittedAt && (!last || p.submittedAt > last)) last = p.submittedAt;
  return last ? last.toISOString() : null;
}

/** Everything the national figures of one map are computed from. */
export interface NationalInputs {
  doc: IndicatorSource & ScheduleSource;
  periods: readonly PeriodFacts[];
  /** The actuals of the latest reported period (the only ones the national figures read). */
  actuals: readonly ActualFacts[];
  cellReports: readonly CellReportFacts[];
  projects: readonly ProjectFacts[];
  versions: readonly VersionRowFacts[];
}

/**
 * What the national figures of a map are counted from on any day, worked out from its rows once:
 * the statuses of the latest reported period (no day in them), the plan-schedule's cells in groups
 * of the same state on every day, and the rows of the terms. The national view keeps these per
 * map; the day enters only in nationalFiguresOn, on each request.
 */
export interface NationalFacts {
  kpi: SummaryOut['kpi'];
  latest: SummaryOut['latest'];
  period: { from: number; to: number };
  cells: CellGroup[];
  versions: readonly VersionTermFacts[];
  projects: readonly ProjectFacts[];
  lastSubmittedAt: string | null;
}

export function nationalFacts(inputs: NationalInputs): NationalFacts {
  const { kpi, latest } = latestFigures(
    monitoredIndicators(inputs.doc),
    inputs.periods,
    actualLookup(inputs.actuals),
  );
  return {
    kpi,
    latest,
    period: inputs.doc.passport.period,
    cells: cellGroups(
      inputs.doc,
      projectProgress(inputs.projects),
      reportedCells(chronological(inputs.cellReports)),
    ),
    versions: inputs.versions.map(versionTermFacts),
    projects: inputs.projects,
    lastSubmittedAt: lastSubmittedAt(inputs.periods),
  };
}

/** What the national view shows of one map: the parts of its summary (SummaryOut) it compares. */
export interface NationalFigures {
  kpi: SummaryOut['kpi'];
  latest: SummaryOut['latest'];
  schedule: ExecutionSummary;
  terms: SummaryOut['deadlines']['counts'];
  lastSubmittedAt: string | null;
}

/** The national figures of a map on `today`, counted as its own summary counts them (R.28). */
export function nationalFiguresOn(facts: NationalFacts, today: IsoDate): NationalFigures {
  return {
    kpi: facts.kpi,
    latest: facts.latest,
    schedule: groupsSummary(facts.cells, facts.period, today),
    terms: ruleDeadlines(facts.versions, facts.projects, today).counts,
    lastSubmittedAt: facts.lastSubmittedAt,
  };
}
