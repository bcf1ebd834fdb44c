import type { ProjectContent } from './project.schema.ts';

/**
 * R.32: the as-is description has six parts; all must be complete before the target stage (R.35).
 * R.36–R.37: what the action plan needs before it goes for approval.
 */
export const AS_IS_PARTS = [1, 2, 3, 4, 5, 6] as const;
export type AsIsPart = (typeof AS_IS_PARTS)[number];

/** What the checklist knows of each process's as-is model: its steps, or null when none is saved. */
export interface ProcessModels {
  processId: string;
  asIsSteps: { id: string; name: string }[] | null;
  hasTarget: boolean;
}

export interface ChecklistItem {
  part: AsIsPart;
  done: boolean;
  /** What is still missing, as codes the web translates. */
  missing: string[];
  /** Steps of the as-is models without a description of their data (part 3). */
  stepsWithoutData?: { processId: string; stepId: string; name: string }[];
}

const filled = (s: string | null | undefined) => !!s && s.trim() !== '';

export function journeyComplete(journey: ProjectContent['asIs']['journey']): boolean {
  return (
    filled(journey.persona) &&
    journey.stages.length >= 2 &&
    journey.stages.every((s) => filled(s.name) && filled(s.actions) && filled(s.touchpoints)) &&
    journey.stages.some((s) => filled(s.painPoints))
  );
}

/** The six parts of R.32 with what each still lacks. */
export function asIsChecklist(content: ProjectContent, models: readonly ProcessModels[]): ChecklistItem[] {
  const a = content.asIs;
  const item = (part: AsIsPart, missing: string[], extra: Partial<ChecklistItem> = {}): ChecklistItem => ({
    part,
    done: missing.length === 0,
    missing,
    ...extra,
  });
  const noModel = models.length === 0 || models.some((m) => m.asIsSteps === null);
  const stepsWithoutData = models.flatMap((m) =>
    (m.asIsSteps ?? [])
      .filter(
        (s) => !a.stepData.some((d) => d.processId === m.processId && d.stepId === s.id && filled(d.data)),
      )
      .map((s) => ({ processId: m.processId, stepId: s.id, name: s.name })),
  );
  return [
    item(1, a.legalActIds.length === 0 ? ['legal_acts'] : []),
    item(2, [
      ...(a.stakeholders.length === 0 ? ['stakeholders'] : []),
      ...(a.stakeholders.some((s) => !filled(s.name) || !filled(s.touchpoints)) ? ['touchpoints'] : []),
    ]),
    item(3, [...(noModel ? ['as_is_model'] : []), ...(stepsWithoutData.length ? ['step_data'] : [])], {
      stepsWithoutData,
    }),
    item(4, a.problems.some((p) => filled(p.text)) ? [] : ['problems']),
    item(5, [
      ...(a.interviews.some((i) => filled(i.interviewee) && filled(i.summary)) ? [] : ['interviews']),
      ...(journeyComplete(a.journey) ? [] : ['journey']),
    ]),
    item(6, noModel ? ['as_is_model'] : []),
  ];
}

export const asIsComplete = (content: ProjectContent, models: readonly ProcessModels[]) =>
  asIsChecklist(content, models).every((i) => i.done);

/** What the target stage still lacks before the plan can be submitted (R.36): codes, empty when ready. */
export function planMissing(content: ProjectContent, models: readonly ProcessModels[]): string[] {
  const missing: string[] = [];
  if (models.length === 0 || models.some((m) => !m.hasTarget)) missing.push('target_model');
  if (!filled(content.justification)) missing.push('justification');
  if (content.actionPlan.length === 0) missing.push('action_plan');
  else if (content.actionPlan.some((i) => !filled(i.action) || !filled(i.responsible) || !i.due))
    missing.push('action_plan_item');
  return missing;
}
