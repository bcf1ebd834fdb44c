import type { ProjectProcessOut } from '../../../../api/reengineering.ts';
import {
  type AsIsPart,
  asIsChecklist,
  type ChecklistItem,
  type ProcessModels,
  planMissing,
} from '../../../../domain/reengineering/project.checklist.ts';
import type { AsIs, ProjectContent } from '../../../../domain/reengineering/project.schema.ts';
import { newRowId } from './team.logic.ts';

/**
 * The as-is description (R.32) in the editor: the six-part checklist computed live from the draft
 * (the same function as the server's), and the table of data at every step of the as-is models.
 */

/** What the checklist needs of each process: its as-is steps (null without a model) and a target model. */
export function processModels(processes: readonly ProjectProcessOut[]): ProcessModels[] {
  return processes.map((p) => ({
    processId: p.id,
    asIsSteps: p.asIsSteps,
    hasTarget: p.variants.some((v) => v.kind === 'target'),
  }));
}

/** The R.32 checklist of the draft. */
export function liveChecklist(
  content: ProjectContent,
  asIs: AsIs,
  processes: readonly ProjectProcessOut[],
): ChecklistItem[] {
  return asIsChecklist({ ...content, asIs }, processModels(processes));
}

/** What the plan still lacks (R.36) with the draft's justification and action plan. */
export function livePlanMissing(
  content: ProjectContent,
  plan: Pick<ProjectContent, 'justification' | 'actionPlan' | 'concernedOrgIds'>,
  processes: readonly ProjectProcessOut[],
): string[] {
  return planMissing({ ...content, ...plan }, processModels(processes));
}

/** "4 of 6 parts complete". */
export function checklistSummary(items: readonly ChecklistItem[]): { done: number; total: number } {
  return { done: items.filter((i) => i.done).length, total: items.length };
}

/** The id of a part's section on the page, for the checklist's jump links. */
export const partAnchor = (part: AsIsPart | number) => `pj-asis-part-${part}`;

export interface StepRow {
  processId: string;
  stepId: string;
  stepName: string;
  data: string;
}

/**
 * One row per step (activity) of each process's as-is model, with the kinds of data written for
 * it so far (R.32.3). Processes without an as-is model have no rows.
 */
export function stepRows(processes: readonly ProjectProcessOut[], stepData: AsIs['stepData']): StepRow[] {
  return processes.flatMap((p) =>
    (p.asIsSteps ?? []).map((s) => ({
      processId: p.id,
      stepId: s.id,
      stepName: s.name,
      data: stepData.find((d) => d.processId === p.id && d.stepId === s.id)?.data ?? '',
    })),
  );
}

/** Writes the data of one step: updates its row, or adds one (rows of steps no longer modelled stay). */
export function setStepData(
  stepData: AsIs['stepData'],
  processId: string,
  stepId: string,
  data: string,
  id: string = newRowId(),
): AsIs['stepData'] {
  const at = stepData.findIndex((d) => d.processId === processId && d.stepId === stepId);
  if (at === -1) return [...stepData, { id, processId, stepId, data }];
  return stepData.map((d, i) => (i === at ? { ...d, data } : d));
}

/** How many steps of a process still have no data. */
export function stepsMissingData(rows: readonly StepRow[], processId: string): number {
  return rows.filter((r) => r.processId === processId && r.data.trim() === '').length;
}

// ---------------------------------------------------------------------------------------------
// Lists of the as-is part (stakeholders, problems, interviews) and of the action plan

/** Replaces the item `id` with `patch` applied. */
export function updateRow<T extends { id: string }>(rows: readonly T[], id: string, patch: Partial<T>): T[] {
  return rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
}

export function removeRow<T extends { id: string }>(rows: readonly T[], id: string): T[] {
  return rows.filter((r) => r.id !== id);
}

/** An empty as-is description (a project whose content lacks one). */
export function emptyAsIs(): AsIs {
  return {
    legalActIds: [],
    otherDocuments: '',
    stakeholders: [],
    stepData: [],
    problems: [],
    interviews: [],
    journey: { persona: '', stages: [] },
  };
}
