import { type IsoDate, makeDate } from '../calendar/calendar.ts';
import { type Case, quarterOf, type ScheduleCell } from '../map/map.schema.ts';
import type { ProjectStage } from './project.workflow.ts';

/**
 * How a project feeds the map's plan-schedule (F 1.3): the R cells of its case, and for each the
 * actual state as of a day — which the monitoring of R.25–R.28 reads.
 */

/** The quarter indexes the case schedules for reengineering (its own row and its processes' rows). */
export function reengineeringQuarters(c: Pick<Case, 'schedule' | 'processes'>): number[] {
  const rows: ScheduleCell[][] = [c.schedule, ...c.processes.map((p) => p.schedule)];
  const set = new Set<number>();
  for (const row of rows) for (const [i, cell] of row.entries()) if (cell === 'R') set.add(i);
  return [...set].sort((a, b) => a - b);
}

export const hasReengineering = (c: Pick<Case, 'schedule' | 'processes'>) =>
  reengineeringQuarters(c).length > 0;

/** The first and last day of a quarter of the period. */
export function quarterDates(period: { from: number }, index: number): { start: IsoDate; end: IsoDate } {
  const { year, quarter } = quarterOf(period, index);
  const startMonth = (quarter - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return { start: makeDate(year, startMonth, 1), end: makeDate(year, endMonth, lastDay) };
}

/** The planned reengineering deadline: the last day of the last R quarter (null when the case has none). */
export function plannedReengineeringDue(
  period: { from: number },
  c: Pick<Case, 'schedule' | 'processes'>,
): IsoDate | null {
  const qs = reengineeringQuarters(c);
  const last = qs[qs.length - 1];
  return last === undefined ? null : quarterDates(period, last).end;
}

export const CELL_STATES = ['upcoming', 'not_started', 'in_progress', 'done', 'overdue'] as const;
export type CellState = (typeof CELL_STATES)[number];

export interface CellProgress {
  quarter: number;
  state: CellState;
}

/**
 * The actual state of each planned R cell on `today`: done once the results are published;
 * upcoming before the quarter starts; then not started (team not formed) or in progress, and
 * overdue when the quarter has ended without a team or the (possibly moved) deadline has passed.
 */
export function rCellProgress(
  period: { from: number },
  quarters: readonly number[],
  project: { stage: ProjectStage; reengineeringDue: IsoDate } | null,
  today: IsoDate,
): CellProgress[] {
  return quarters.map((quarter) => {
    const { start, end } = quarterDates(period, quarter);
    let state: CellState;
    if (project?.stage === 'published') state = 'done';
    else if (today < start) state = 'upcoming';
    else if (!project || project.stage === 'team') state = today > end ? 'overdue' : 'not_started';
    else state = today > project.reengineeringDue ? 'overdue' : 'in_progress';
    return { quarter, state };
  });
}
