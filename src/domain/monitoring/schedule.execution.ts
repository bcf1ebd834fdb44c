import type { IsoDate } from '../calendar/calendar.ts';
import { effectiveRows } from '../map/map.gantt.ts';
import {
  type BusinessProcess,
  type Case,
  type Passport,
  quarterOf,
  SCHEDULE_CODES,
  type ScheduleCode,
} from '../map/map.schema.ts';
import { type CellState, quarterDates, rCellProgress } from '../reengineering/project.progress.ts';
import type { ProjectStage } from '../reengineering/project.workflow.ts';

/**
 * Execution of the plan-schedule (F 1.3; R.26: "digital transformation is implemented according
 * to the plan-schedule"): for every planned cell — R, F or D in a case's row or a process's row —
 * its actual state on a day. An R cell of a case that has a reengineering project takes its state
 * from the project (the semantics of rCellProgress: published → done, overdue → late); every other
 * cell takes the state the body reported for it. Late = the planned quarter has passed without done.
 */

export const EXECUTION_STATES = ['done', 'in_progress', 'not_started', 'late', 'upcoming'] as const;
export type ExecutionState = (typeof EXECUTION_STATES)[number];

/** What a body reports of a cell in a quarter's report. */
export const REPORTED_CELL_STATES = ['done', 'in_progress', 'not_started'] as const;
export type ReportedCellState = (typeof REPORTED_CELL_STATES)[number];

/** A planned cell of the plan-schedule. */
export interface PlannedCell {
  sectorId: string;
  caseId: string;
  /** null for the case's own row; the process id when the case's row is split by process. */
  processId: string | null;
  /** Index of the quarter in the map's period (0 = I quarter of the first year). */
  quarter: number;
  code: ScheduleCode;
}

/** A reported state of a cell. */
export interface ReportedCell {
  caseId: string;
  processId: string | null;
  quarter: number;
  state: ReportedCellState;
}

/** What the execution reads of a case's reengineering project. */
export interface ProjectProgress {
  stage: ProjectStage;
  reengineeringDue: IsoDate;
}

export interface CellExecution extends PlannedCell {
  year: number;
  /** The quarter's number in its year, 1–4. */
  q: 1 | 2 | 3 | 4;
  state: ExecutionState;
  /** Where the state comes from: the case's project, the body's report, or the plan alone. */
  source: 'project' | 'report' | 'plan';
  /** The last state the body reported for the cell (null when never reported). */
  reported: ReportedCellState | null;
}

const CODES: ReadonlySet<string> = new Set(SCHEDULE_CODES);
const isCode = (cell: string): cell is ScheduleCode => CODES.has(cell);

/** What a case contributes to the plan-schedule: its row, or its processes' rows when split. */
export type ScheduleCase = Pick<Case, 'id' | 'scheduleByProcess' | 'schedule'> & {
  processes: readonly Pick<BusinessProcess, 'id' | 'schedule'>[];
};

/**
 * What the execution reads of a map: its period and every case's plan-schedule rows. A whole
 * MapDocument fits, and so does the projection the national view loads instead of the whole
 * document (national.queries.ts).
 */
export interface ScheduleSource {
  passport: { period: Passport['period'] };
  sectors: readonly { id: string; cases: readonly ScheduleCase[] }[];
}

/** Every planned (non-empty) cell of the map's effective rows, sector by sector, row by row. */
export function plannedCells(doc: ScheduleSource): PlannedCell[] {
  const out: PlannedCell[] = [];
  // effectiveRows reads only the fields of ScheduleCase (the rule of split rows lives there once).
  for (const s of doc.sectors)
    for (const c of s.cases)
      for (const row of effectiveRows(c as Case))
        row.cells.forEach((cell, quarter) => {
          if (isCode(cell))
            out.push({ sectorId: s.id, caseId: c.id, processId: row.processId, quarter, code: cell });
        });
  return out;
}

export const cellKey = (c: { caseId: string; processId: string | null; quarter: number }) =>
  `${c.caseId}|${c.processId ?? ''}|${c.quarter}`;

/** The planned cells of the map by cellKey, for checking many reported cells at once. */
export function plannedCellIndex(doc: ScheduleSource): Map<string, PlannedCell> {
  return new Map(plannedCells(doc).map((c) => [cellKey(c), c]));
}

/** The planned cell a report names, or null when the map plans nothing there. */
export function findPlannedCell(
  doc: ScheduleSource | Map<string, PlannedCell>,
  at: { caseId: string; processId: string | null; quarter: number },
): PlannedCell | null {
  const index = doc instanceof Map ? doc : plannedCellIndex(doc);
  return index.get(cellKey(at)) ?? null;
}

/** Whether the cell's state comes from a reengineering project rather than from reports. */
export const isProjectFed = (
  cell: Pick<PlannedCell, 'code' | 'caseId'>,
  projects: ReadonlyMap<string, unknown>,
) => cell.code === 'R' && projects.has(cell.caseId);

/** A project's R cell state in the monitoring's words. */
export function fromProjectState(state: CellState): ExecutionState {
  switch (state) {
    case 'done':
      return 'done';
    case 'overdue':
      return 'late';
    case 'in_progress':
      return 'in_progress';
    case 'not_started':
      return 'not_started';
    case 'upcoming':
      return 'upcoming';
  }
}

/**
 * A reported cell on `today`: done once reported done; late when its quarter has ended without
 * done; before its quarter starts upcoming unless already reported in progress; otherwise the
 * state reported (not started when nothing was).
 */
export function reportedExecution(
  reported: ReportedCellState | null,
  quarter: { start: IsoDate; end: IsoDate },
  today: IsoDate,
): ExecutionState {
  if (reported === 'done') return 'done';
  if (today > quarter.end) return 'late';
  if (reported === 'in_progress') return 'in_progress';
  if (today < quarter.start) return 'upcoming';
  return 'not_started';
}

/** The last state reported for each cell (by cellKey); `reports` in chronological order. */
function lastReported(reports: readonly ReportedCell[]): Map<string, ReportedCellState> {
  const latest = new Map<string, ReportedCellState>();
  for (const r of reports) latest.set(cellKey(r), r.state);
  return latest;
}

/**
 * A planned cell's state on `today`: an R cell of a case with a project from the project, any
 * other cell from the last state reported for it.
 */
function stateOn(
  period: { from: number },
  cell: { quarter: number; project: ProjectProgress | null; reported: ReportedCellState | null },
  dates: { start: IsoDate; end: IsoDate },
  today: IsoDate,
): { state: ExecutionState; source: CellExecution['source'] } {
  if (cell.project) {
    const [progress] = rCellProgress(period, [cell.quarter], cell.project, today);
    return { state: fromProjectState(progress!.state), source: 'project' };
  }
  return { state: reportedExecution(cell.reported, dates, today), source: cell.reported ? 'report' : 'plan' };
}

/**
 * The actual state of every planned cell on `today`. `reports` are in chronological order (older
 * periods first); the last state reported for a cell wins. `projects` maps a case id to its project.
 */
export function scheduleExecution(
  doc: ScheduleSource,
  projects: ReadonlyMap<string, ProjectProgress>,
  reports: readonly ReportedCell[],
  today: IsoDate,
): CellExecution[] {
  const period = doc.passport.period;
  const latest = lastReported(reports);
  const quarters = quartersOf(period);
  return plannedCells(doc).map((cell) => {
    const { year, q, dates } = quarters(cell.quarter);
    const reported = latest.get(cellKey(cell)) ?? null;
    const project = (cell.code === 'R' && projects.get(cell.caseId)) || null;
    return {
      ...cell,
      year,
      q,
      ...stateOn(period, { quarter: cell.quarter, project, reported }, dates, today),
      reported,
    };
  });
}

/**
 * Planned cells that are in the same state on every day: same quarter, and the same project (R
 * cells of a case with one) or the same last state reported. A map's thousands of cells fall into
 * a few dozen groups, so the execution's counts on any day come from the groups alone — the
 * national view keeps them per map and counts them again on each request (groupsSummary).
 */
export interface CellGroup {
  quarter: number;
  project: ProjectProgress | null;
  reported: ReportedCellState | null;
  cells: number;
}

/** The planned cells grouped (CellGroup); arguments as scheduleExecution's. */
export function cellGroups(
  doc: ScheduleSource,
  projects: ReadonlyMap<string, ProjectProgress>,
  reports: readonly ReportedCell[],
): CellGroup[] {
  const latest = lastReported(reports);
  const groups = new Map<string, CellGroup>();
  for (const cell of plannedCells(doc)) {
    const project = (cell.code === 'R' && projects.get(cell.caseId)) || null;
    const reported = project ? null : (latest.get(cellKey(cell)) ?? null);
    const key = project
      ? `${cell.quarter}|${project.stage}|${project.reengineeringDue}`
      : `${cell.quarter}||${reported ?? ''}`;
    const group = groups.get(key);
    if (group) group.cells++;
    else groups.set(key, { quarter: cell.quarter, project, reported, cells: 1 });
  }
  return [...groups.values()];
}

type QuarterFacts = { year: number; q: 1 | 2 | 3 | 4; dates: { start: IsoDate; end: IsoDate } };
const quarterTables = new Map<number, QuarterFacts[]>();

/**
 * The year, number and dates of each quarter of a period starting in `period.from`, worked out
 * once per starting year (a handful in the country) rather than once per cell.
 */
function quartersOf(period: { from: number }): (index: number) => QuarterFacts {
  let table = quarterTables.get(period.from);
  if (!table) {
    table = [];
    quarterTables.set(period.from, table);
  }
  const known = table;
  return (index: number) => {
    let found = known[index];
    if (!found) {
      const { year, quarter } = quarterOf(period, index);
      found = { year, q: quarter, dates: quarterDates(period, index) };
      known[index] = found;
    }
    return found;
  };
}

export type ExecutionCounts = Record<ExecutionState, number> & { total: number };

export const emptyExecutionCounts = (): ExecutionCounts => ({
  done: 0,
  in_progress: 0,
  not_started: 0,
  late: 0,
  upcoming: 0,
  total: 0,
});

export interface ExecutionSummary {
  counts: ExecutionCounts;
  /** Per quarter of the period that has planned cells (the rows of a heat map). */
  byQuarter: { quarter: number; year: number; q: 1 | 2 | 3 | 4; counts: ExecutionCounts }[];
  /**
   * Percent (one decimal) of the cells whose quarter has ended that are done:
   * 100 × done / (done + late) among them; null when no planned quarter has ended.
   */
  executedOnSchedule: number | null;
}

/** Counts of the cells by state, overall and per quarter, and the share done of those due. */
export function executionSummary(
  cells: readonly CellExecution[],
  period: { from: number },
  today: IsoDate,
): ExecutionSummary {
  return tally(
    cells.map((c) => ({ quarter: c.quarter, state: c.state, cells: 1 })),
    period,
    today,
  );
}

/** executionSummary of the cells in the groups (cellGroups) on `today`. */
export function groupsSummary(
  groups: readonly CellGroup[],
  period: { from: number },
  today: IsoDate,
): ExecutionSummary {
  const quarters = quartersOf(period);
  return tally(
    groups.map((g) => ({
      quarter: g.quarter,
      state: stateOn(period, g, quarters(g.quarter).dates, today).state,
      cells: g.cells,
    })),
    period,
    today,
  );
}

function tally(
  items: readonly { quarter: number; state: ExecutionState; cells: number }[],
  period: { from: number },
  today: IsoDate,
): ExecutionSummary {
  const counts = emptyExecutionCounts();
  const quarters = quartersOf(period);
  const byQuarter = new Map<number, ExecutionCounts>();
  let due = 0;
  let doneOfDue = 0;
  for (const c of items) {
    counts[c.state] += c.cells;
    counts.total += c.cells;
    const q = byQuarter.get(c.quarter) ?? emptyExecutionCounts();
    q[c.state] += c.cells;
    q.total += c.cells;
    byQuarter.set(c.quarter, q);
    if (quarters(c.quarter).dates.end < today) {
      due += c.cells;
      if (c.state === 'done') doneOfDue += c.cells;
    }
  }
  return {
    counts,
    byQuarter: [...byQuarter.entries()]
      .sort(([a], [b]) => a - b)
      .map(([quarter, c]) => {
        const { year, q } = quarters(quarter);
        return { quarter, year, q, counts: c };
      }),
    executedOnSchedule: due ? Math.round((1000 * doneOfDue) / due) / 10 : null,
  };
}
