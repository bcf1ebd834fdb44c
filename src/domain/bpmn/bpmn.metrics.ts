import { type BpmnFlow, type BpmnModel, isActivityType } from './bpmn.model.ts';
import { type RoleIndex, roleIndex } from './bpmn.roles.ts';

/**
 * Measures of a process model used to compare its as-is, target and optimal variants (R.34–R.38:
 * fewer steps, fewer handoffs, fewer visits and documents asked of the applicant, less waiting).
 * Each metric is a count and the ids of the elements counted, so the diagram can highlight them.
 * Lower is better for every metric.
 *
 * - `steps`: activities (tasks of every type, call activities, sub-processes), the applicant's
 *   own included; the nodes inside a sub-process count as well as the sub-process.
 * - `roles`: lanes, and pools without a lane for the node, that hold at least one node.
 * - `roleHandoffs`: sequence flows between nodes of two different roles.
 * - `bodyHandoffs`: message flows between two different pools (a node stands for its pool), and
 *   sequence flows between nodes of two different pools.
 * - `applicantTouchpoints`: sequence and message flows between an applicant role and another
 *   role, in either direction.
 * - `applicantDocuments`: what the applicant is asked for: data objects (not stores) written by
 *   an applicant node, and named message flows sent by the applicant (a message's name is the
 *   document or data it carries).
 * - `waitingPoints`: intermediate catch events, receive tasks, event-based gateways and timer
 *   boundary events.
 */

export const METRIC_KEYS = [
  'steps',
  'roles',
  'roleHandoffs',
  'bodyHandoffs',
  'applicantTouchpoints',
  'applicantDocuments',
  'waitingPoints',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export interface Metric {
  count: number;
  ids: string[];
}

export type BpmnMetrics = Record<MetricKey, Metric>;

export interface MetricComparison {
  a: number;
  b: number;
  /** b − a: negative is an improvement. */
  delta: number;
}

/** Something the applicant is asked for: a data object they write or a named message they send. */
export interface ApplicantRequest {
  /** The data object or the message flow. */
  elementId: string;
  kind: 'dataObject' | 'messageFlow';
  elementName: string;
  /** The applicant's nodes writing the data object; the sender of the message flow. */
  stepIds: string[];
}

const metric = (ids: string[]): Metric => ({ count: ids.length, ids });

/** What the applicant is asked for, data objects first, each list in the model's order. */
export function applicantRequests(model: BpmnModel, roles: RoleIndex = roleIndex(model)): ApplicantRequest[] {
  const out: ApplicantRequest[] = [];
  for (const d of model.dataObjects) {
    if (d.kind !== 'object') continue;
    const stepIds = d.writtenBy.filter((id) => roles.isApplicant(id));
    if (stepIds.length) out.push({ elementId: d.id, kind: 'dataObject', elementName: d.name, stepIds });
  }
  for (const f of model.messageFlows) {
    if (f.name === '' || !roles.isApplicant(f.sourceId)) continue;
    out.push({ elementId: f.id, kind: 'messageFlow', elementName: f.name, stepIds: [f.sourceId] });
  }
  return out;
}

export function computeMetrics(model: BpmnModel): BpmnMetrics {
  const roles = roleIndex(model);

  const steps = model.nodes.filter((n) => isActivityType(n.type)).map((n) => n.id);

  const roleIds: string[] = [];
  for (const n of model.nodes) {
    const role = roles.roleOf(n.id);
    if (role !== null && !roleIds.includes(role)) roleIds.push(role);
  }

  const differ = (f: BpmnFlow, of: (id: string) => string | null) => {
    const s = of(f.sourceId);
    const t = of(f.targetId);
    return s !== null && t !== null && s !== t;
  };
  const roleOf = (id: string) => roles.roleOf(id);
  const poolOf = (id: string) => roles.participantOf(id);

  const roleHandoffs = model.sequenceFlows.filter((f) => differ(f, roleOf)).map((f) => f.id);
  const bodyHandoffs = [
    ...model.messageFlows.filter((f) => differ(f, poolOf)),
    ...model.sequenceFlows.filter((f) => differ(f, poolOf)),
  ].map((f) => f.id);

  const crossesApplicant = (f: BpmnFlow) =>
    roleOf(f.sourceId) !== null &&
    roleOf(f.targetId) !== null &&
    roles.isApplicant(f.sourceId) !== roles.isApplicant(f.targetId);
  const applicantTouchpoints = [...model.sequenceFlows, ...model.messageFlows]
    .filter(crossesApplicant)
    .map((f) => f.id);

  const waitingPoints = model.nodes
    .filter(
      (n) =>
        n.type === 'IntermediateCatchEvent' ||
        n.type === 'ReceiveTask' ||
        n.type === 'EventBasedGateway' ||
        (n.type === 'BoundaryEvent' && n.eventKind === 'timer'),
    )
    .map((n) => n.id);

  return {
    steps: metric(steps),
    roles: metric(roleIds),
    roleHandoffs: metric(roleHandoffs),
    bodyHandoffs: metric(bodyHandoffs),
    applicantTouchpoints: metric(applicantTouchpoints),
    applicantDocuments: metric(applicantRequests(model, roles).map((r) => r.elementId)),
    waitingPoints: metric(waitingPoints),
  };
}

/** The metrics of two variants side by side, per key in display order. */
export function compareMetrics(a: BpmnMetrics, b: BpmnMetrics): Record<MetricKey, MetricComparison> {
  const out = {} as Record<MetricKey, MetricComparison>;
  for (const key of METRIC_KEYS) {
    out[key] = { a: a[key].count, b: b[key].count, delta: b[key].count - a[key].count };
  }
  return out;
}
