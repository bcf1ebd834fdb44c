/**
 * The normalized BPMN 2.0 model the platform works with (R.32–R.40): plain JSON, built by
 * `parseBpmn` from a BPMN file, stored with a process variant and sent to the browser as is.
 * It keeps only what the analyses need — who does what (pools, lanes, flow nodes), in which order
 * (sequence and message flows), with which data (data objects and stores) — and the diagram
 * interchange (DI) to draw it. Every name is the element's name trimmed, '' when absent; every
 * id is the element's id in the file, so results (metrics, diffs, findings) point back into the
 * diagram for highlighting.
 */

export interface BpmnProcess {
  id: string;
  name: string;
}

/** A pool of a collaboration; `processId` is null for a collapsed (black-box) pool. */
export interface BpmnParticipant {
  id: string;
  name: string;
  processId: string | null;
}

/** A lane; nested lanes are flattened (every lane of every level is listed). */
export interface BpmnLane {
  id: string;
  name: string;
  /** The pool showing the lane's process, null when the process is not in a collaboration. */
  participantId: string | null;
  processId: string;
}

/** A flow node (activity, event, gateway), including the ones inside sub-processes. */
export interface BpmnNode {
  id: string;
  /** The moddle type without the 'bpmn:' prefix: 'Task', 'UserTask', 'StartEvent', 'ExclusiveGateway'… */
  type: string;
  name: string;
  /** The process owning the node (for a node inside a sub-process, the sub-process's process). */
  processId: string;
  /** The innermost lane listing the node, else (inside a sub-process) its sub-process's lane, else null. */
  laneId: string | null;
  participantId: string | null;
  /**
   * For an event, its trigger from its event definitions: 'timer', 'message', 'signal',
   * 'conditional', 'error', 'escalation', 'compensate', 'link', 'cancel', 'terminate';
   * 'multiple' for more than one; null for none (and for every other node).
   */
  eventKind: string | null;
}

export interface BpmnFlow {
  id: string;
  name: string;
  /** A node id; for a message flow also a participant id (a flow from or to a pool's border). */
  sourceId: string;
  targetId: string;
}

/** A data object reference ('object') or a data store reference ('store'). */
export interface BpmnDataObject {
  id: string;
  name: string;
  kind: 'object' | 'store';
  /** Nodes with a data input association from it. */
  readBy: string[];
  /** Nodes with a data output association to it. */
  writtenBy: string[];
}

/** A rectangle of the diagram. */
export interface BpmnBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BpmnShape {
  /** The id of the element shown (the DI's bpmnElement), not the shape's own id. */
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  isHorizontal?: boolean;
  isExpanded?: boolean;
  /** Where the modeller placed the element's external label (BPMNLabel bounds), when it did. */
  label?: BpmnBounds;
  /**
   * Set for a shape drawn on another diagram than the first one (a collapsed sub-process's own
   * plane, as bpmn-js draws them): the id of the element that plane shows. Such shapes are not
   * drawn on the main diagram.
   */
  planeElementId?: string;
}

export interface BpmnPoint {
  x: number;
  y: number;
}

export interface BpmnEdge {
  /** The id of the element shown (the DI's bpmnElement), not the edge's own id. */
  id: string;
  waypoints: BpmnPoint[];
  /** Where the modeller placed the flow's label (BPMNLabel bounds), when it did. */
  label?: BpmnBounds;
  /** As for shapes: the element shown by the edge's plane when not the first diagram. */
  planeElementId?: string;
}

export interface BpmnModel {
  processes: BpmnProcess[];
  participants: BpmnParticipant[];
  lanes: BpmnLane[];
  nodes: BpmnNode[];
  sequenceFlows: BpmnFlow[];
  messageFlows: BpmnFlow[];
  dataObjects: BpmnDataObject[];
  shapes: BpmnShape[];
  edges: BpmnEdge[];
}

/** The activity types: what counts as a step of a process. */
export const ACTIVITY_TYPES: ReadonlySet<string> = new Set([
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
  // Specialised sub-processes are sub-processes too.
  'AdHocSubProcess',
  'Transaction',
]);

export const isActivityType = (type: string) => ACTIVITY_TYPES.has(type);
export const isEventType = (type: string) => type.endsWith('Event');
export const isGatewayType = (type: string) => type.endsWith('Gateway');
