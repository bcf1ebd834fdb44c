/** BPMN 2.0 process models: reading, roles, metrics, diffs, repeated data requests, pictures. */
export {
  type BpmnChange,
  type BpmnDiff,
  type DiffField,
  diffModels,
} from './bpmn.diff.ts';
export {
  type ApplicantRequest,
  applicantRequests,
  type BpmnMetrics,
  compareMetrics,
  computeMetrics,
  METRIC_KEYS,
  type Metric,
  type MetricComparison,
  type MetricKey,
} from './bpmn.metrics.ts';
export {
  ACTIVITY_TYPES,
  type BpmnDataObject,
  type BpmnEdge,
  type BpmnFlow,
  type BpmnLane,
  type BpmnModel,
  type BpmnNode,
  type BpmnParticipant,
  type BpmnPoint,
  type BpmnProcess,
  type BpmnShape,
  isActivityType,
} from './bpmn.model.ts';
export {
  BPMN_MAX_BYTES,
  BPMN_MODEL_NAMESPACE,
  BPMN_PROBLEM_CODES,
  type BpmnParseResult,
  type BpmnProblem,
  type BpmnProblemCode,
  parseBpmn,
} from './bpmn.parse.ts';
export {
  findRepeatedRequests,
  type RegistryDataObject,
  type RepeatedRequest,
} from './bpmn.repeated-data.ts';
export {
  APPLICANT_NAME_MARKERS,
  isApplicantName,
  isApplicantNode,
  type RoleIndex,
  roleIndex,
  roleOf,
} from './bpmn.roles.ts';
export { renderSvg } from './bpmn.svg.ts';
export { emptyDiagramXml } from './bpmn.templates.ts';
export { normalizeName } from './bpmn.text.ts';
