import { describe, expect, it } from 'vitest';
import type { ProjectProcessOut } from '../../../../api/reengineering.ts';
import { emptyProjectContent } from '../../../../domain/reengineering/project.schema.ts';
import {
  checklistSummary,
  emptyAsIs,
  liveChecklist,
  livePlanMissing,
  processModels,
  removeRow,
  setStepData,
  stepRows,
  stepsMissingData,
  updateRow,
} from './as-is.logic.ts';

const P1 = '11111111-1111-4111-8111-111111111111';
const P2 = '22222222-2222-4222-8222-222222222222';
const process = (
  id: string,
  steps: { id: string; name: string }[] | null,
  kinds: string[] = [],
): ProjectProcessOut => ({
  id,
  name: { kk: id, ru: id },
  variants: kinds.map((kind) => ({
    kind: kind as 'as_is',
    revision: 1,
    updatedAt: '2026-03-10T10:00:00Z',
    metrics: {},
    repeatedData: 0,
  })),
  asIsSteps: steps,
});

describe('data at every step (R.32.3)', () => {
  const processes = [
    process(P1, [
      { id: 'Task_1', name: 'Приём заявления' },
      { id: 'Task_2', name: 'Проверка' },
    ]),
    process(P2, null),
  ];

  it('lists the steps of each as-is model with what was written for them', () => {
    const rows = stepRows(processes, [{ id: 'a', processId: P1, stepId: 'Task_2', data: 'ИИН' }]);
    expect(rows).toEqual([
      { processId: P1, stepId: 'Task_1', stepName: 'Приём заявления', data: '' },
      { processId: P1, stepId: 'Task_2', stepName: 'Проверка', data: 'ИИН' },
    ]);
    expect(stepsMissingData(rows, P1)).toBe(1);
  });

  it('writes a step: updates its row, or adds one; rows of steps no longer modelled stay', () => {
    const kept = [{ id: 'old', processId: P1, stepId: 'Task_9', data: 'адрес' }];
    const added = setStepData(kept, P1, 'Task_1', 'ИИН', 'new');
    expect(added).toEqual([...kept, { id: 'new', processId: P1, stepId: 'Task_1', data: 'ИИН' }]);
    expect(setStepData(added, P1, 'Task_1', 'ИИН, адрес')[1]).toEqual({
      id: 'new',
      processId: P1,
      stepId: 'Task_1',
      data: 'ИИН, адрес',
    });
  });
});

describe('the live checklist (R.32) and what the plan lacks (R.36)', () => {
  it('computes the six parts from the draft, not the saved content', () => {
    const content = emptyProjectContent();
    const processes = [process(P1, [{ id: 'Task_1', name: 'Приём' }], ['as_is'])];
    const before = liveChecklist(content, emptyAsIs(), processes);
    expect(checklistSummary(before)).toEqual({ done: 1, total: 6 });
    const draft = {
      ...emptyAsIs(),
      legalActIds: ['33333333-3333-4333-8333-333333333333'],
      problems: [{ id: 'p', text: 'Очереди' }],
    };
    const after = liveChecklist(content, draft, processes);
    expect(after.filter((i) => i.done).map((i) => i.part)).toEqual([1, 4, 6]);
    expect(after.find((i) => i.part === 3)?.missing).toEqual(['step_data']);
  });

  it('the plan needs a target model of every process, a justification and complete items', () => {
    const content = emptyProjectContent();
    const processes = [process(P1, [], ['as_is'])];
    expect(
      livePlanMissing(content, { justification: '', actionPlan: [], concernedOrgIds: [] }, processes),
    ).toEqual(['target_model', 'justification', 'action_plan']);
    expect(
      livePlanMissing(
        content,
        {
          justification: 'Меньше этапов',
          actionPlan: [
            { id: 'i', action: 'Изменить приказ', responsible: '', due: null, draftsLegalAct: true },
          ],
          concernedOrgIds: [],
        },
        [process(P1, [], ['as_is', 'target'])],
      ),
    ).toEqual(['action_plan_item']);
    expect(processModels([process(P1, null, ['target'])])).toEqual([
      { processId: P1, asIsSteps: null, hasTarget: true },
    ]);
  });
});

describe('rows', () => {
  it('updates and removes by id', () => {
    const rows = [
      { id: 'a', text: '1' },
      { id: 'b', text: '2' },
    ];
    expect(updateRow(rows, 'b', { text: '3' })).toEqual([
      { id: 'a', text: '1' },
      { id: 'b', text: '3' },
    ]);
    expect(removeRow(rows, 'a')).toEqual([{ id: 'b', text: '2' }]);
  });
});
