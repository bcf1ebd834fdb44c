import { describe, expect, it } from 'vitest';
import { diffModels } from './bpmn.diff.ts';
import type { BpmnModel, BpmnNode } from './bpmn.model.ts';
import { fixtureModel } from './fixtures/fixtures.ts';

const model = (parts: Partial<BpmnModel>): BpmnModel => ({
  processes: [{ id: 'P', name: '' }],
  participants: [],
  lanes: [],
  nodes: [],
  sequenceFlows: [],
  messageFlows: [],
  dataObjects: [],
  shapes: [],
  edges: [],
  ...parts,
});
const node = (id: string, name: string, more: Partial<BpmnNode> = {}): BpmnNode => ({
  id,
  type: 'UserTask',
  name,
  processId: 'P',
  laneId: null,
  participantId: null,
  eventKind: null,
  ...more,
});

describe('diffModels between the as-is and the target fixtures', () => {
  it('finds what was added, removed, changed and kept', async () => {
    const diff = diffModels(await fixtureModel('as-is'), await fixtureModel('target'));
    expect(diff.added).toEqual(['Task_Fetch', 'DataStoreReference_GBDFL']);
    expect(diff.removed).toEqual([
      'Task_Receive',
      'Task_Check',
      'Event_Wait',
      'Flow_B2',
      'Flow_B3',
      'DataObjectReference_Family',
      'DataObjectReference_Id',
      'DataStoreReference_Registry',
    ]);
    expect(diff.changed).toEqual([
      { id: 'Task_Submit', aId: 'Task_Submit', fields: ['name'] },
      // Moved from the ЦОН lane to the Акимат lane.
      { id: 'Task_Issue', aId: 'Task_Issue', fields: ['role'] },
      // Now goes to the added Task_Fetch instead of the removed Task_Receive.
      { id: 'Flow_B1', aId: 'Flow_B1', fields: ['target'] },
      { id: 'Flow_B4', aId: 'Flow_B4', fields: ['source'] },
      { id: 'MessageFlow_Submit', aId: 'MessageFlow_Submit', fields: ['name'] },
    ]);
    expect(diff.unchanged).toEqual([
      'Participant_Applicant',
      'Participant_Body',
      'Lane_CON',
      'Lane_Akimat',
      'StartEvent_A',
      'Event_Result',
      'EndEvent_A',
      'StartEvent_B',
      'Task_Decide',
      'Gateway_Ok',
      'Task_Notify',
      // EndEvent_B of the as-is, redrawn with another id: matched by its name.
      'Event_0q1w2e3',
      'Flow_A1',
      'Flow_A2',
      'Flow_A3',
      'Flow_B5',
      'Flow_B6',
      'Flow_B7',
      'Flow_B8',
      // Its target is the counterpart of EndEvent_B, so it is not changed.
      'Flow_B9',
      'MessageFlow_Result',
    ]);
  });

  it('is the mirror image the other way round', async () => {
    const asIs = await fixtureModel('as-is');
    const target = await fixtureModel('target');
    const forth = diffModels(asIs, target);
    const back = diffModels(target, asIs);
    expect([...back.added].sort()).toEqual([...forth.removed].sort());
    expect([...back.removed].sort()).toEqual([...forth.added].sort());
    expect(back.changed.map((c) => [c.id, c.fields])).toEqual(forth.changed.map((c) => [c.aId, c.fields]));
    expect(back.unchanged).toContain('EndEvent_B');
  });

  it('finds nothing between a model and itself', async () => {
    const m = await fixtureModel('as-is');
    const diff = diffModels(m, m);
    expect(diff).toMatchObject({ added: [], removed: [], changed: [] });
    expect(diff.unchanged).toHaveLength(2 + 2 + 13 + 12 + 2 + 3);
  });
});

describe('diffModels matching', () => {
  it('matches left-over elements by kind, type and normalized name when unique on both sides', () => {
    const a = model({ nodes: [node('a1', 'Приём  Заявления'), node('a2', 'Ёлка')] });
    const b = model({ nodes: [node('b1', 'приём заявления'), node('b2', 'Елка')] });
    expect(diffModels(a, b)).toEqual({
      added: [],
      removed: [],
      changed: [
        { id: 'b1', aId: 'a1', fields: ['name'] },
        { id: 'b2', aId: 'a2', fields: ['name'] },
      ],
      unchanged: [],
    });
  });

  it('does not match by name when the name is ambiguous, or blank, or of another type', () => {
    const a = model({
      nodes: [node('a1', 'Проверка'), node('a2', 'Проверка'), node('a3', ''), node('a4', 'Решение')],
    });
    const b = model({
      nodes: [node('b1', 'Проверка'), node('b3', ''), node('b4', 'Решение', { type: 'ServiceTask' })],
    });
    expect(diffModels(a, b)).toEqual({
      added: ['b1', 'b3', 'b4'],
      removed: ['a1', 'a2', 'a3', 'a4'],
      changed: [],
      unchanged: [],
    });
  });

  it('matches by name among the elements left after matching by id', () => {
    const a = model({ nodes: [node('t1', 'Проверка'), node('t2', 'Проверка')] });
    const b = model({ nodes: [node('t1', 'Проверка'), node('t9', 'Проверка')] });
    expect(diffModels(a, b)).toMatchObject({ unchanged: ['t1', 't9'], added: [], removed: [] });
  });

  it('does not match by id across kinds', () => {
    const a = model({ nodes: [node('x', 'X')] });
    const b = model({ dataObjects: [{ id: 'x', name: 'X', kind: 'object', readBy: [], writtenBy: [] }] });
    expect(diffModels(a, b)).toMatchObject({ added: ['x'], removed: ['x'] });
  });

  it('reports a changed type, and a role by the name of the lane, not its id', () => {
    const lanes = (id: string, name: string) => [{ id, name, participantId: null, processId: 'P' }];
    const a = model({ lanes: lanes('L1', 'ЦОН'), nodes: [node('n', 'Проверка', { laneId: 'L1' })] });
    const sameName = model({
      lanes: lanes('L2', 'цон'),
      nodes: [node('n', 'Проверка', { laneId: 'L2', type: 'ServiceTask' })],
    });
    expect(diffModels(a, sameName).changed).toEqual([
      { id: 'L2', aId: 'L1', fields: ['name'] },
      { id: 'n', aId: 'n', fields: ['type'] },
    ]);
    const otherLane = model({
      lanes: lanes('L1', 'Акимат'),
      nodes: [node('n', 'Проверка', { laneId: 'L1' })],
    });
    expect(diffModels(a, otherLane).changed).toEqual([
      { id: 'L1', aId: 'L1', fields: ['name'] },
      { id: 'n', aId: 'n', fields: ['role'] },
    ]);
  });

  it('compares the ends of flows through the matching', () => {
    const a = model({
      nodes: [node('s', 'Начало'), node('t', 'Конец'), node('u', 'Другое')],
      sequenceFlows: [{ id: 'f', name: '', sourceId: 's', targetId: 't' }],
      messageFlows: [{ id: 'm', name: 'Письмо', sourceId: 's', targetId: 't' }],
    });
    const b = model({
      nodes: [node('s2', 'Начало'), node('t', 'Конец'), node('u', 'Другое')],
      sequenceFlows: [{ id: 'f', name: '', sourceId: 's2', targetId: 'u' }],
      messageFlows: [{ id: 'm2', name: 'Письмо', sourceId: 's2', targetId: 't' }],
    });
    expect(diffModels(a, b)).toEqual({
      added: [],
      removed: [],
      changed: [{ id: 'f', aId: 'f', fields: ['target'] }],
      unchanged: ['s2', 't', 'u', 'm2'],
    });
  });
});
