import { computeMetrics } from '../src/domain/bpmn/bpmn.metrics.ts';
import { isActivityType } from '../src/domain/bpmn/bpmn.model.ts';
import { parseBpmn } from '../src/domain/bpmn/bpmn.parse.ts';
import { roleIndex } from '../src/domain/bpmn/bpmn.roles.ts';
import { renderSvg } from '../src/domain/bpmn/bpmn.svg.ts';
import { escapeXml } from '../src/domain/bpmn/bpmn.text.ts';
import type { LocalizedText } from '../src/domain/locale.ts';
import type { Rng } from './prng.ts';

/**
 * Small but valid BPMN variants, in the shape of the `optimal.bpmn` fixture (a citizen pool, the
 * body's pool with a start event, two tasks, an end event and a data store). Each is parsed by the
 * app's own `parseBpmn`, and the stored columns (svg, model, metrics) and the registry's derived
 * roles/steps/data names are computed exactly as `saveVariant` and `refreshDerived` do.
 */
export interface VariantTemplate {
  xml: string;
  svg: string;
  model: Record<string, unknown>;
  metrics: Record<string, unknown>;
  roles: string[];
  steps: string[];
  dataNames: string[];
}

const both = (t: LocalizedText) => `${t.ru} / ${t.kk}`;

function xmlOf(p: {
  process: string;
  citizen: string;
  body: string;
  task1: string;
  task2: string;
  data: string;
}) {
  const e = escapeXml;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:collaboration id="Collaboration_1">
    <bpmn:participant id="Participant_Citizen" name="${e(p.citizen)}" />
    <bpmn:participant id="Participant_Body" name="${e(p.body)}" processRef="Process_Body" />
    <bpmn:messageFlow id="MessageFlow_Notify" sourceRef="Task_2" targetRef="Participant_Citizen" />
  </bpmn:collaboration>
  <bpmn:process id="Process_Body" name="${e(p.process)}" isExecutable="false">
    <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="Task_1" name="${e(p.task1)}">
      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
      <bpmn:property id="Task_1_placeholder" name="__targetRef_placeholder" />
      <bpmn:dataInputAssociation id="DataInput_1"><bpmn:sourceRef>DataStore_1</bpmn:sourceRef><bpmn:targetRef>Task_1_placeholder</bpmn:targetRef></bpmn:dataInputAssociation>
    </bpmn:userTask>
    <bpmn:sendTask id="Task_2" name="${e(p.task2)}"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:sendTask>
    <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
    <bpmn:dataStoreReference id="DataStore_1" name="${e(p.data)}" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_1" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_1" targetRef="Task_2" />
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_2" targetRef="EndEvent_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">
      <bpmndi:BPMNShape id="Participant_Citizen_di" bpmnElement="Participant_Citizen" isHorizontal="true"><dc:Bounds x="160" y="80" width="700" height="60" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Participant_Body_di" bpmnElement="Participant_Body" isHorizontal="true"><dc:Bounds x="160" y="190" width="700" height="250" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="232" y="282" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_1_di" bpmnElement="Task_1"><dc:Bounds x="320" y="260" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_2_di" bpmnElement="Task_2"><dc:Bounds x="480" y="260" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1"><dc:Bounds x="632" y="282" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="DataStore_1_di" bpmnElement="DataStore_1"><dc:Bounds x="345" y="370" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="DataInput_1_di" bpmnElement="DataInput_1"><di:waypoint x="370" y="370" /><di:waypoint x="370" y="340" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="268" y="300" /><di:waypoint x="320" y="300" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="420" y="300" /><di:waypoint x="480" y="300" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="580" y="300" /><di:waypoint x="632" y="300" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="MessageFlow_Notify_di" bpmnElement="MessageFlow_Notify"><di:waypoint x="530" y="260" /><di:waypoint x="530" y="140" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

/** `count` distinct templates; throws if the app's parser refuses one (then the generator is wrong). */
export async function buildVariantTemplates(
  rng: Rng,
  count: number,
  words: { processNames: LocalizedText[]; roles: LocalizedText[]; dataNames: LocalizedText[] },
): Promise<VariantTemplate[]> {
  const out: VariantTemplate[] = [];
  for (let i = 0; i < count; i++) {
    const [r1, r2] = [rng.pick(words.roles), rng.pick(words.roles)];
    const xml = xmlOf({
      process: both(rng.pick(words.processNames)),
      citizen: both(r1),
      body: both(r2),
      task1: both(rng.pick(words.processNames)),
      task2: both(rng.pick(words.processNames)),
      data: rng.pick(words.dataNames).ru,
    });
    const parsed = await parseBpmn(xml);
    if (!parsed.ok)
      throw new Error(`bench BPMN template ${i}: ${parsed.error.code} ${parsed.error.detail ?? ''}`);
    const model = parsed.model;
    const index = roleIndex(model);
    out.push({
      xml,
      svg: renderSvg(model),
      model: model as unknown as Record<string, unknown>,
      metrics: computeMetrics(model) as unknown as Record<string, unknown>,
      roles: [...new Set(model.nodes.map((n) => index.roleName(index.roleOf(n.id))).filter((r) => r !== ''))],
      steps: model.nodes.filter((n) => isActivityType(n.type)).map((n) => n.name || n.id),
      dataNames: [...new Set(model.dataObjects.map((d) => d.name).filter(Boolean))],
    });
  }
  return out;
}
