import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.ts';
import { validMapDocument } from '../map/map.fixture.ts';
import {
  type CellExecution,
  cellGroups,
  executionSummary,
  findPlannedCell,
  fromProjectState,
  groupsSummary,
  isProjectFed,
  type ProjectProgress,
  plannedCellIndex,
  plannedCells,
  type ReportedCell,
  reportedExecution,
  scheduleExecution,
} from './schedule.execution.ts';

/**
 * The fixture's plan-schedule: c1 (one row) .RRFFFFF.RRFFFFDD... ; c2 split by process:
 * bp2 ....RRFFFFFF........ and bp3 ............RRFFD... (index 0 = 2025 I quarter).
 */
const doc = validMapDocument();
const TODAY = '2026-04-20'; // in 2026-Q2 (index 5)
const noProjects = new Map<string, ProjectProgress>();
const cellAt = (cells: CellExecution[], caseId: string, processId: string | null, quarter: number) =>
  cells.find((c) => c.caseId === caseId && c.processId === processId && c.quarter === quarter)!;

describe('plannedCells', () => {
  it('lists every R/F/D cell of the effective rows, the case row or one row per process', () => {
    const cells = plannedCells(doc);
    expect(cells).toHaveLength(15 + 8 + 5);
    expect(cells[0]).toEqual({ sectorId: 's1', caseId: 'c1', processId: null, quarter: 1, code: 'R' });
    // c1's own process row is ignored (its row is not split); c2's case row is ignored (split).
    expect(cells.filter((c) => c.caseId === 'c1').every((c) => c.processId === null)).toBe(true);
    expect(cells.filter((c) => c.caseId === 'c2').every((c) => c.processId !== null)).toBe(true);
    expect(findPlannedCell(doc, { caseId: 'c2', processId: 'bp3', quarter: 16 })?.code).toBe('D');
    expect(findPlannedCell(doc, { caseId: 'c2', processId: 'bp3', quarter: 17 })).toBeNull();
    expect(findPlannedCell(doc, { caseId: 'c2', processId: null, quarter: 4 })).toBeNull();
    const index = plannedCellIndex(doc);
    expect(index.size).toBe(28);
    expect(findPlannedCell(index, { caseId: 'c2', processId: 'bp2', quarter: 4 })?.code).toBe('R');
  });
});

describe('reportedExecution (late = the planned quarter has passed without done)', () => {
  const q = { start: '2026-01-01', end: '2026-03-31' };
  it.each([
    ['done', '2026-05-01', 'done'],
    [null, '2026-04-01', 'late'],
    ['in_progress', '2026-04-01', 'late'],
    ['not_started', '2026-04-01', 'late'],
    [null, '2026-03-31', 'not_started'],
    ['in_progress', '2026-02-01', 'in_progress'],
    [null, '2025-12-31', 'upcoming'],
    ['in_progress', '2025-12-31', 'in_progress'],
    ['done', '2025-12-01', 'done'],
  ] as const)('reported %s on %s → %s', (reported, today, state) => {
    expect(reportedExecution(reported, q, today)).toBe(state);
  });
});

describe('scheduleExecution', () => {
  it('without projects or reports: past quarters late, the current not started, later ones upcoming', () => {
    const cells = scheduleExecution(doc, noProjects, [], TODAY);
    expect(cellAt(cells, 'c1', null, 1)).toMatchObject({ state: 'late', source: 'plan', year: 2025, q: 2 });
    expect(cellAt(cells, 'c2', 'bp2', 4)).toMatchObject({ code: 'R', state: 'late', source: 'plan' });
    expect(cellAt(cells, 'c2', 'bp2', 5)).toMatchObject({ state: 'not_started' });
    expect(cellAt(cells, 'c2', 'bp3', 12)).toMatchObject({ state: 'upcoming' });
  });

  it('takes the last reported state of a cell', () => {
    const reports: ReportedCell[] = [
      { caseId: 'c1', processId: null, quarter: 3, state: 'in_progress' },
      { caseId: 'c1', processId: null, quarter: 3, state: 'done' },
      { caseId: 'c2', processId: 'bp2', quarter: 5, state: 'done' },
      { caseId: 'c2', processId: 'bp2', quarter: 5, state: 'in_progress' },
      { caseId: 'c2', processId: 'bp3', quarter: 12, state: 'in_progress' },
      { caseId: 'c2', processId: 'bp2', quarter: 4, state: 'in_progress' },
    ];
    const cells = scheduleExecution(doc, noProjects, reports, TODAY);
    expect(cellAt(cells, 'c1', null, 3)).toMatchObject({
      code: 'F',
      state: 'done',
      source: 'report',
      reported: 'done',
    });
    expect(cellAt(cells, 'c2', 'bp2', 5)).toMatchObject({ state: 'in_progress', reported: 'in_progress' });
    expect(cellAt(cells, 'c2', 'bp3', 12)).toMatchObject({ state: 'in_progress' }); // started early
    expect(cellAt(cells, 'c2', 'bp2', 4)).toMatchObject({ state: 'late', reported: 'in_progress' });
  });

  it('feeds the R cells of a case with a project from the project, the other cells from reports', () => {
    const inProgress = new Map([
      ['c1', { stage: 'as_is', reengineeringDue: '2027-09-30' } as ProjectProgress],
    ]);
    const reports: ReportedCell[] = [{ caseId: 'c1', processId: null, quarter: 1, state: 'done' }];
    const cells = scheduleExecution(doc, inProgress, reports, TODAY);
    // The project's own deadline (the last R quarter, 2027-Q3) governs its R cells (rCellProgress).
    expect(cellAt(cells, 'c1', null, 1)).toMatchObject({
      state: 'in_progress',
      source: 'project',
      reported: 'done',
    });
    expect(cellAt(cells, 'c1', null, 9)).toMatchObject({ state: 'upcoming', source: 'project' });
    expect(cellAt(cells, 'c1', null, 3)).toMatchObject({ code: 'F', state: 'late', source: 'plan' });
    expect(isProjectFed({ code: 'R', caseId: 'c1' }, inProgress)).toBe(true);
    expect(isProjectFed({ code: 'F', caseId: 'c1' }, inProgress)).toBe(false);
    expect(isProjectFed({ code: 'R', caseId: 'c2' }, inProgress)).toBe(false);

    const published = new Map([
      ['c1', { stage: 'published', reengineeringDue: '2027-09-30' } as ProjectProgress],
    ]);
    const done = scheduleExecution(doc, published, [], TODAY).filter(
      (c) => c.caseId === 'c1' && c.code === 'R',
    );
    expect(done.every((c) => c.state === 'done')).toBe(true);

    const noTeam = new Map([['c1', { stage: 'team', reengineeringDue: '2027-09-30' } as ProjectProgress]]);
    expect(cellAt(scheduleExecution(doc, noTeam, [], TODAY), 'c1', null, 1).state).toBe('late');
    const overdue = new Map([['c1', { stage: 'target', reengineeringDue: '2026-03-31' } as ProjectProgress]]);
    expect(cellAt(scheduleExecution(doc, overdue, [], TODAY), 'c1', null, 2).state).toBe('late');
  });

  it('maps every project cell state', () => {
    expect(
      (['done', 'overdue', 'in_progress', 'not_started', 'upcoming'] as const).map(fromProjectState),
    ).toEqual(['done', 'late', 'in_progress', 'not_started', 'upcoming']);
  });
});

describe('executionSummary', () => {
  it('counts by state and quarter, and the share done of the cells already due', () => {
    const reports: ReportedCell[] = [
      { caseId: 'c1', processId: null, quarter: 1, state: 'done' },
      { caseId: 'c1', processId: null, quarter: 2, state: 'done' },
    ];
    const cells = scheduleExecution(doc, noProjects, reports, TODAY);
    const s = executionSummary(cells, doc.passport.period, TODAY);
    expect(s.counts.total).toBe(28);
    // Due by 20 April 2026 (quarters 1–4 ended): c1 quarters 1–4 and bp2 quarter 4 → 5 cells, 2 done.
    expect(s.counts).toMatchObject({ done: 2, late: 3, not_started: 2 });
    expect(s.executedOnSchedule).toBe(40);
    expect(s.byQuarter[0]).toMatchObject({ quarter: 1, year: 2025, q: 2, counts: { done: 1, total: 1 } });
    expect(s.byQuarter.find((b) => b.quarter === 4)?.counts).toMatchObject({ late: 2, total: 2 });
    expect(executionSummary([], doc.passport.period, TODAY).executedOnSchedule).toBeNull();
  });
});

describe('cellGroups and groupsSummary (the national view counts groups, not cells)', () => {
  const projects = new Map<string, ProjectProgress>([
    ['c1', { stage: 'as_is', reengineeringDue: '2027-06-30' }],
  ]);
  const reports: ReportedCell[] = [
    { caseId: 'c1', processId: null, quarter: 3, state: 'in_progress' },
    { caseId: 'c1', processId: null, quarter: 3, state: 'done' },
    { caseId: 'c1', processId: null, quarter: 4, state: 'not_started' },
    { caseId: 'c2', processId: 'bp2', quarter: 6, state: 'in_progress' },
    { caseId: 'c2', processId: 'bp3', quarter: 12, state: 'done' },
  ];

  it('gives the counts of every cell on every day of the period and around it', () => {
    for (const [label, projectsOf] of [
      ['without projects', noProjects],
      ['with a project', projects],
    ] as const) {
      const groups = cellGroups(doc, projectsOf, reports);
      expect(
        groups.reduce((n, g) => n + g.cells, 0),
        label,
      ).toBe(plannedCells(doc).length);
      for (let day = '2024-12-25'; day <= '2030-01-10'; day = addDays(day, 1))
        expect(groupsSummary(groups, doc.passport.period, day), `${label} on ${day}`).toEqual(
          executionSummary(scheduleExecution(doc, projectsOf, reports, day), doc.passport.period, day),
        );
    }
  });

  it('makes fewer groups than cells', () => {
    expect(cellGroups(doc, projects, reports).length).toBeLessThan(plannedCells(doc).length);
  });
});
