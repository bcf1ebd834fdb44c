import { escapeXml } from './bpmn.text.ts';

/**
 * The BPMN file of a new, empty variant: one process with one start event, laid out, so the
 * browser modeler opens it and `parseBpmn` accepts it as it is.
 */

/** An XML name usable as an id (ASCII subset of NCName). */
const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const RESERVED_IDS = new Set([
  'Definitions_1',
  'StartEvent_1',
  'StartEvent_1_di',
  'BPMNDiagram_1',
  'BPMNPlane_1',
]);

/**
 * The BPMN XML of a process named `name` (escaped) with one start event. `processId` must be an
 * XML id other than the template's own ids; a RangeError says otherwise (a programming error).
 */
export function emptyDiagramXml(name: string, processId = 'Process_1'): string {
  if (!ID_PATTERN.test(processId) || RESERVED_IDS.has(processId))
    throw new RangeError(`Not a usable process id: ${JSON.stringify(processId)}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${processId}" name="${escapeXml(name.trim())}" isExecutable="false">
    <bpmn:startEvent id="StartEvent_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="${processId}">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="152" y="102" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
