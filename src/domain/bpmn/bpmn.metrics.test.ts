import { describe, expect, it } from 'vitest';
import {
  applicantRequests,
  type BpmnMetrics,
  compareMetrics,
  computeMetrics,
  METRIC_KEYS,
} from './bpmn.metrics.ts';
import type { BpmnModel, BpmnNode } from './bpmn.model.ts';
import { fixtureModel } from './fixtures/fixtures.ts';

const ids = (m: BpmnMetrics) => Object.fromEntries(METRIC_KEYS.map((k) => [k, m[k].ids]));
const counts = (m: BpmnMetrics) => Object.fromEntries(METRIC_KEYS.map((k) => [k, m[k].count]));

/** A model with nothing but what a test gives. */
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
const node = (id: string, type: string, more: Partial<BpmnNode> = {}): BpmnNode => ({
  id,
  type,
  name: id,
  processId: 'P',
  laneId: null,
  participantId: null,
  eventKind: null,
  ...more,
});
const flow = (id: string, sourceId: string, targetId: string, name = '') => ({
  id,
  name,
  sourceId,
  targetId,
});

describe('computeMetrics on the fixtures', () => {
  it('as-is: the applicant submits papers to a body that hands the case between two lanes', async () => {
    const m = computeMetrics(await fixtureModel('as-is'));
    expect(counts(m)).toEqual({
      steps: 6,
      roles: 3,
      roleHandoffs: 3,
      bodyHandoffs: 2,
      applicantTouchpoints: 2,
      applicantDocuments: 3,
      waitingPoints: 2,
    });
    expect(ids(m)).toEqual({
      steps: ['Task_Submit', 'Task_Receive', 'Task_Check', 'Task_Decide', 'Task_Issue', 'Task_Notify'],
      roles: ['Participant_Applicant', 'Lane_CON', 'Lane_Akimat'],
      roleHandoffs: ['Flow_B2', 'Flow_B6', 'Flow_B7'],
      bodyHandoffs: ['MessageFlow_Submit', 'MessageFlow_Result'],
      applicantTouchpoints: ['MessageFlow_Submit', 'MessageFlow_Result'],
      applicantDocuments: ['DataObjectReference_Family', 'DataObjectReference_Id', 'MessageFlow_Submit'],
      waitingPoints: ['Event_Result', 'Event_Wait'],
    });
  });

  it('target: data from ГБД ФЛ instead of papers, no manual check, no waiting for an answer', async () => {
    const m = computeMetrics(await fixtureModel('target'));
    expect(counts(m)).toEqual({
      steps: 5,
      roles: 3,
      roleHandoffs: 3,
      bodyHandoffs: 2,
      applicantTouchpoints: 2,
      applicantDocuments: 1,
      waitingPoints: 1,
    });
    expect(ids(m)).toEqual({
      steps: ['Task_Submit', 'Task_Fetch', 'Task_Decide', 'Task_Issue', 'Task_Notify'],
      roles: ['Participant_Applicant', 'Lane_CON', 'Lane_Akimat'],
      roleHandoffs: ['Flow_B1', 'Flow_B7', 'Flow_B8'],
      bodyHandoffs: ['MessageFlow_Submit', 'MessageFlow_Result'],
      applicantTouchpoints: ['MessageFlow_Submit', 'MessageFlow_Result'],
      applicantDocuments: ['MessageFlow_Submit'],
      waitingPoints: ['Event_Result'],
    });
  });

  it('optimal: proactive, the citizen only hears the result', async () => {
    const m = computeMetrics(await fixtureModel('optimal'));
    expect(ids(m)).toEqual({
      steps: ['Task_Assign', 'Task_Notify'],
      roles: ['Participant_Body'],
      roleHandoffs: [],
      bodyHandoffs: ['MessageFlow_Notify'],
      applicantTouchpoints: ['MessageFlow_Notify'],
      applicantDocuments: [],
      waitingPoints: [],
    });
  });

  it('nested: lanes in lanes, a sub-process and a timer on it', async () => {
    const m = computeMetrics(await fixtureModel('nested'));
    expect(ids(m)).toEqual({
      steps: ['Sub_N', 'Sub_Task', 'Task_Approve'],
      roles: ['Lane_Specialist', 'Lane_Head'],
      roleHandoffs: ['F2'],
      bodyHandoffs: [],
      applicantTouchpoints: [],
      applicantDocuments: [],
      waitingPoints: ['Boundary_Timer'],
    });
  });

  it('compares two variants, lower being better', async () => {
    const asIs = computeMetrics(await fixtureModel('as-is'));
    const target = computeMetrics(await fixtureModel('target'));
    const optimal = computeMetrics(await fixtureModel('optimal'));
    expect(compareMetrics(asIs, target)).toEqual({
      steps: { a: 6, b: 5, delta: -1 },
      roles: { a: 3, b: 3, delta: 0 },
      roleHandoffs: { a: 3, b: 3, delta: 0 },
      bodyHandoffs: { a: 2, b: 2, delta: 0 },
      applicantTouchpoints: { a: 2, b: 2, delta: 0 },
      applicantDocuments: { a: 3, b: 1, delta: -2 },
      waitingPoints: { a: 2, b: 1, delta: -1 },
    });
    expect(Object.keys(compareMetrics(asIs, optimal))).toEqual([...METRIC_KEYS]);
    expect(compareMetrics(asIs, optimal).steps).toEqual({ a: 6, b: 2, delta: -4 });
  });
});

describe('computeMetrics rules', () => {
  it('counts every activity type as a step, and nothing else', () => {
    const types = [
      'Task',
      'UserTask',
      'ServiceTask',
      'ManualTask',
      'SendTask',
      'ReceiveTask',
      'ScriptTask',
      'BusinessRuleTask',
      'CallActivity',
      'SubProcess',
      'StartEvent',
      'EndEvent',
      'IntermediateThrowEvent',
      'ExclusiveGateway',
      'ParallelGateway',
    ];
    const m = computeMetrics(model({ nodes: types.map((t) => node(t, t)) }));
    expect(m.steps.ids).toEqual(types.slice(0, 10));
  });

  it('has no roles in a process without pools or lanes', () => {
    const m = computeMetrics(
      model({ nodes: [node('a', 'Task'), node('b', 'Task')], sequenceFlows: [flow('f', 'a', 'b')] }),
    );
    expect(counts(m)).toMatchObject({ roles: 0, roleHandoffs: 0, bodyHandoffs: 0, applicantTouchpoints: 0 });
  });

  it('counts a pool without lanes as one role, and a lane-less node of a pool with lanes as the pool', () => {
    const m = computeMetrics(
      model({
        participants: [
          { id: 'A', name: 'Applicant', processId: 'PA' },
          { id: 'B', name: 'Body', processId: 'P' },
          { id: 'C', name: 'Empty pool', processId: null },
        ],
        lanes: [{ id: 'L', name: 'Clerk', participantId: 'B', processId: 'P' }],
        nodes: [
          node('a', 'Task', { processId: 'PA', participantId: 'A' }),
          node('b', 'Task', { participantId: 'B', laneId: 'L' }),
          node('c', 'Task', { participantId: 'B' }),
        ],
        sequenceFlows: [flow('bc', 'b', 'c')],
        messageFlows: [flow('ab', 'a', 'b')],
      }),
    );
    expect(m.roles.ids).toEqual(['A', 'L', 'B']);
    expect(m.roleHandoffs.ids).toEqual(['bc']);
    expect(m.bodyHandoffs.ids).toEqual(['ab']);
  });

  it('counts a sequence flow between two pools as a body handoff', () => {
    const m = computeMetrics(
      model({
        participants: [
          { id: 'A', name: 'Akimat', processId: 'P' },
          { id: 'B', name: 'Ministry', processId: 'P' },
        ],
        nodes: [node('a', 'Task', { participantId: 'A' }), node('b', 'Task', { participantId: 'B' })],
        sequenceFlows: [flow('ab', 'a', 'b')],
      }),
    );
    expect(m.bodyHandoffs.ids).toEqual(['ab']);
    expect(m.roleHandoffs.ids).toEqual(['ab']);
  });

  it('recognises the applicant by a lane of a pool, both ways of flows, and flows to a pool border', () => {
    const m = computeMetrics(
      model({
        participants: [
          { id: 'S', name: 'Service', processId: 'P' },
          { id: 'X', name: 'Citizen', processId: null },
        ],
        lanes: [
          { id: 'LA', name: 'Услугополучатель', participantId: 'S', processId: 'P' },
          { id: 'LB', name: 'ЦОН', participantId: 'S', processId: 'P' },
        ],
        nodes: [
          node('a', 'UserTask', { participantId: 'S', laneId: 'LA' }),
          node('b', 'UserTask', { participantId: 'S', laneId: 'LB' }),
          node('c', 'SendTask', { participantId: 'S', laneId: 'LB' }),
        ],
        sequenceFlows: [flow('ab', 'a', 'b'), flow('ba', 'b', 'a'), flow('bc', 'b', 'c')],
        messageFlows: [flow('cx', 'c', 'X'), flow('xb', 'X', 'b', 'Паспорт')],
      }),
    );
    expect(m.applicantTouchpoints.ids).toEqual(['ab', 'ba', 'cx', 'xb']);
    expect(m.applicantDocuments.ids).toEqual(['xb']);
  });

  it('asks the applicant for data objects they write and named messages they send, not stores', () => {
    const applicant = { participantId: 'A', processId: 'PA' };
    const m = model({
      participants: [
        { id: 'A', name: 'Заявитель', processId: 'PA' },
        { id: 'B', name: 'Акимат', processId: 'P' },
      ],
      nodes: [node('a', 'UserTask', applicant), node('b', 'UserTask', { participantId: 'B' })],
      dataObjects: [
        { id: 'd1', name: 'Паспорт', kind: 'object', readBy: [], writtenBy: ['a'] },
        { id: 'd2', name: 'Архив', kind: 'store', readBy: [], writtenBy: ['a'] },
        { id: 'd3', name: 'Решение', kind: 'object', readBy: ['a'], writtenBy: ['b'] },
      ],
      messageFlows: [flow('m1', 'a', 'b', 'Заявление'), flow('m2', 'a', 'b'), flow('m3', 'b', 'a', 'Ответ')],
    });
    expect(applicantRequests(m)).toEqual([
      { elementId: 'd1', kind: 'dataObject', elementName: 'Паспорт', stepIds: ['a'] },
      { elementId: 'm1', kind: 'messageFlow', elementName: 'Заявление', stepIds: ['a'] },
    ]);
    expect(computeMetrics(m).applicantDocuments).toEqual({ count: 2, ids: ['d1', 'm1'] });
  });

  it('counts waiting: catch events, receive tasks, event-based gateways and timers on the boundary', () => {
    const m = computeMetrics(
      model({
        nodes: [
          node('catch', 'IntermediateCatchEvent', { eventKind: 'message' }),
          node('throw', 'IntermediateThrowEvent', { eventKind: 'message' }),
          node('receive', 'ReceiveTask'),
          node('gw', 'EventBasedGateway'),
          node('timer', 'BoundaryEvent', { eventKind: 'timer' }),
          node('error', 'BoundaryEvent', { eventKind: 'error' }),
        ],
      }),
    );
    expect(m.waitingPoints.ids).toEqual(['catch', 'receive', 'gw', 'timer']);
  });
});
