import { describe, expect, it, vi } from 'vitest';
import { BPMN_MAX_BYTES, BPMN_PROBLEM_CODES, type BpmnProblem, parseBpmn } from './bpmn.parse.ts';
import { type FixtureName, fixtureModel, fixtureXml } from './fixtures/fixtures.ts';

// Counts the documents handed to bpmn-moddle, to show what is refused before parsing.
const moddleCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('bpmn-moddle', async (importOriginal) => {
  const real = await importOriginal<typeof import('bpmn-moddle')>();
  function CountingModdle(...args: ConstructorParameters<typeof real.BpmnModdle>) {
    const moddle = new real.BpmnModdle(...args);
    const fromXML = moddle.fromXML.bind(moddle);
    moddle.fromXML = (...a: Parameters<typeof fromXML>) => {
      moddleCalls.count++;
      return fromXML(...a);
    };
    return moddle;
  }
  return { BpmnModdle: CountingModdle };
});

const refusal = async (xml: string): Promise<BpmnProblem | null> => {
  const result = await parseBpmn(xml);
  return result.ok ? null : result.error;
};

/** Removes the DI element of `id` (a shape or an edge) from a file. */
const withoutDi = (xml: string, id: string) => {
  const out = xml.replace(
    new RegExp(`<bpmndi:BPMN(Shape|Edge) id="${id}_di"[\\s\\S]*?</bpmndi:BPMN(Shape|Edge)>`),
    '',
  );
  expect(out).not.toBe(xml);
  return out;
};

describe('parseBpmn: the as-is fixture', () => {
  it('reads pools, lanes and processes, keeping kk and ru names', async () => {
    const m = await fixtureModel('as-is');
    expect(m.processes).toEqual([
      { id: 'Process_Applicant', name: 'Получение справки заявителем' },
      { id: 'Process_Body', name: 'Выдача справки (как есть)' },
    ]);
    expect(m.participants).toEqual([
      { id: 'Participant_Applicant', name: 'Заявитель / Өтініш беруші', processId: 'Process_Applicant' },
      {
        id: 'Participant_Body',
        name: 'Местный исполнительный орган / Жергілікті атқарушы орган',
        processId: 'Process_Body',
      },
    ]);
    expect(m.lanes).toEqual([
      { id: 'Lane_CON', name: 'ЦОН', participantId: 'Participant_Body', processId: 'Process_Body' },
      { id: 'Lane_Akimat', name: 'Акимат', participantId: 'Participant_Body', processId: 'Process_Body' },
    ]);
  });

  it('reads flow nodes with their type, lane, pool and event kind', async () => {
    const m = await fixtureModel('as-is');
    expect(m.nodes.map((n) => n.id)).toEqual([
      'StartEvent_A',
      'Task_Submit',
      'Event_Result',
      'EndEvent_A',
      'StartEvent_B',
      'Task_Receive',
      'Task_Check',
      'Event_Wait',
      'Task_Decide',
      'Gateway_Ok',
      'Task_Issue',
      'Task_Notify',
      'EndEvent_B',
    ]);
    const node = (id: string) => m.nodes.find((n) => n.id === id);
    expect(node('Task_Submit')).toEqual({
      id: 'Task_Submit',
      type: 'UserTask',
      name: 'Подать заявление / Өтініш беру',
      processId: 'Process_Applicant',
      laneId: null,
      participantId: 'Participant_Applicant',
      eventKind: null,
    });
    expect(node('Task_Receive')).toMatchObject({ name: 'Өтінішті қабылдау', laneId: 'Lane_CON' });
    expect(node('Event_Wait')).toMatchObject({
      type: 'IntermediateCatchEvent',
      name: 'Ожидание ответа',
      laneId: 'Lane_Akimat',
      participantId: 'Participant_Body',
      eventKind: 'timer',
    });
    expect(node('StartEvent_B')).toMatchObject({ type: 'StartEvent', eventKind: 'message' });
    expect(node('Gateway_Ok')).toMatchObject({ type: 'ExclusiveGateway', name: 'Решение положительное?' });
    expect(node('Task_Notify')).toMatchObject({ type: 'SendTask' });
  });

  it('reads sequence flows, message flows and data with who reads and writes it', async () => {
    const m = await fixtureModel('as-is');
    expect(m.sequenceFlows).toHaveLength(12);
    expect(m.sequenceFlows.find((f) => f.id === 'Flow_B6')).toEqual({
      id: 'Flow_B6',
      name: 'Да',
      sourceId: 'Gateway_Ok',
      targetId: 'Task_Issue',
    });
    expect(m.messageFlows).toEqual([
      {
        id: 'MessageFlow_Submit',
        name: 'Заявление и документы / Өтініш және құжаттар',
        sourceId: 'Task_Submit',
        targetId: 'StartEvent_B',
      },
      {
        id: 'MessageFlow_Result',
        name: 'Уведомление о результате',
        sourceId: 'Task_Notify',
        targetId: 'Event_Result',
      },
    ]);
    expect(m.dataObjects).toEqual([
      {
        id: 'DataObjectReference_Family',
        name: 'Справка о составе семьи',
        kind: 'object',
        readBy: [],
        writtenBy: ['Task_Submit'],
      },
      {
        id: 'DataObjectReference_Id',
        name: 'Удостоверение личности [iin]',
        kind: 'object',
        readBy: [],
        writtenBy: ['Task_Submit'],
      },
      {
        id: 'DataStoreReference_Registry',
        name: 'Журнал регистрации / Тіркеу журналы',
        kind: 'store',
        readBy: ['Task_Check'],
        writtenBy: ['Task_Receive'],
      },
    ]);
  });

  it('reads the diagram interchange by the id of the element shown', async () => {
    const m = await fixtureModel('as-is');
    // 2 pools, 2 lanes, 13 nodes, 3 data; 12 sequence flows, 2 message flows, 4 data associations.
    expect(m.shapes).toHaveLength(20);
    expect(m.edges).toHaveLength(18);
    expect(m.shapes[0]).toEqual({
      id: 'Participant_Applicant',
      x: 160,
      y: 80,
      width: 1400,
      height: 250,
      isHorizontal: true,
    });
    expect(m.shapes.find((s) => s.id === 'Gateway_Ok')).toEqual({
      id: 'Gateway_Ok',
      x: 965,
      y: 700,
      width: 50,
      height: 50,
    });
    expect(m.edges.find((e) => e.id === 'Flow_B2')).toEqual({
      id: 'Flow_B2',
      waypoints: [
        { x: 540, y: 495 },
        { x: 630, y: 495 },
        { x: 630, y: 685 },
      ],
    });
  });

  it('is plain JSON', async () => {
    const m = await fixtureModel('as-is');
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});

describe('parseBpmn: other shapes of models', () => {
  it('flattens nested lanes and puts a node in the innermost lane listing it', async () => {
    const m = await fixtureModel('nested');
    expect(m.lanes.map((l) => [l.id, l.name, l.participantId])).toEqual([
      ['Lane_Parent', 'Отдел / Бөлім', 'Participant_N'],
      ['Lane_Specialist', 'Специалист / Маман', 'Participant_N'],
      ['Lane_Head', 'Руководитель / Басшы', 'Participant_N'],
    ]);
    expect(m.nodes.find((n) => n.id === 'Start_N')?.laneId).toBe('Lane_Specialist');
    expect(m.nodes.find((n) => n.id === 'Task_Approve')?.laneId).toBe('Lane_Head');
  });

  it('includes the nodes and flows of a sub-process, in its process and its lane', async () => {
    const m = await fixtureModel('nested');
    expect(m.nodes.filter((n) => n.id.startsWith('Sub_'))).toEqual([
      {
        id: 'Sub_N',
        type: 'SubProcess',
        name: 'Подготовка ответа',
        processId: 'Process_N',
        laneId: 'Lane_Specialist',
        participantId: 'Participant_N',
        eventKind: null,
      },
      ...[
        ['Sub_Start', 'StartEvent', ''],
        ['Sub_Task', 'ScriptTask', 'Рассчитать сумму'],
        ['Sub_End', 'EndEvent', ''],
      ].map(([id, type, name]) => ({
        id,
        type,
        name,
        processId: 'Process_N',
        laneId: 'Lane_Specialist',
        participantId: 'Participant_N',
        eventKind: null,
      })),
    ]);
    expect(m.sequenceFlows.map((f) => f.id)).toEqual(['Sub_F1', 'Sub_F2', 'F1', 'F2', 'F3', 'F4']);
    expect(m.shapes.find((s) => s.id === 'Sub_N')).toMatchObject({ isExpanded: true });
  });

  it('reads a boundary timer and its attachment-free position in the flow', async () => {
    const m = await fixtureModel('nested');
    expect(m.nodes.find((n) => n.id === 'Boundary_Timer')).toMatchObject({
      type: 'BoundaryEvent',
      name: 'Срок истёк',
      eventKind: 'timer',
    });
  });

  it('reads a collapsed pool and a message flow to its border', async () => {
    const m = await fixtureModel('optimal');
    expect(m.participants[0]).toEqual({
      id: 'Participant_Citizen',
      name: 'Получатель услуги / Көрсетілетін қызметті алушы',
      processId: null,
    });
    expect(m.messageFlows).toEqual([
      {
        id: 'MessageFlow_Notify',
        name: 'SMS-уведомление',
        sourceId: 'Task_Notify',
        targetId: 'Participant_Citizen',
      },
    ]);
    expect(m.nodes[0]).toMatchObject({ id: 'StartEvent_Life', eventKind: 'signal', laneId: null });
  });

  it('reads a process without a collaboration', async () => {
    const xml = fixtureXml('unknown-element').replace(/humanTask/g, 'task');
    const result = await parseBpmn(xml);
    expect(result.ok && result.model).toMatchObject({
      participants: [],
      lanes: [],
      nodes: [
        { id: 'StartEvent_1', participantId: null, laneId: null },
        { id: 'Task_1', type: 'Task', name: 'Приём заявления', participantId: null, laneId: null },
      ],
    });
  });

  it('ignores a byte order mark and trims names', async () => {
    const xml = fixtureXml('as-is').replace('name="Акимат"', 'name="  Акимат \n"');
    const result = await parseBpmn(`\uFEFF${xml}`);
    expect(result.ok && result.model.lanes[1].name).toBe('Акимат');
  });

  it('names several event definitions "multiple"', async () => {
    const xml = fixtureXml('as-is').replace(
      '<bpmn:timerEventDefinition id="Event_Wait_def" />',
      '<bpmn:timerEventDefinition id="Event_Wait_def" /><bpmn:conditionalEventDefinition id="Event_Wait_c" />',
    );
    const result = await parseBpmn(xml);
    expect(result.ok && result.model.nodes.find((n) => n.id === 'Event_Wait')?.eventKind).toBe('multiple');
  });
});

describe('parseBpmn: refusals', () => {
  it('lists its problem codes', () => {
    expect(BPMN_PROBLEM_CODES).toEqual([
      'too_large',
      'empty',
      'malformed',
      'not_bpmn',
      'invalid',
      'no_process',
      'no_diagram',
    ]);
  });

  it.each<{ file: FixtureName; error: BpmnProblem }>([
    {
      file: 'not-xml',
      error: {
        code: 'malformed',
        detail:
          'missing start tag: unparsable content Это не файл BPMN. This is not a BPMN file, just text. detected (line 1, column 1)',
      },
    },
    {
      file: 'malformed',
      error: {
        code: 'malformed',
        detail: 'closing tag mismatch: unparsable content </bpmn:process> detected (line 10, column 3)',
      },
    },
    {
      file: 'not-bpmn',
      error: {
        code: 'not_bpmn',
        detail: 'unexpected element <note>: unparsable content <note> detected (line 2, column 1)',
      },
    },
    {
      file: 'unknown-element',
      error: {
        code: 'invalid',
        detail:
          'unknown type <bpmn:HumanTask>: unparsable content <bpmn:humanTask> detected (line 7, column 5)',
      },
    },
    { file: 'no-di', error: { code: 'no_diagram' } },
    { file: 'missing-ref', error: { code: 'invalid', detail: 'unresolved reference <Task_Missing>' } },
  ])('the $file file is refused as $error.code', async ({ file, error }) => {
    expect(await refusal(fixtureXml(file))).toEqual(error);
  });

  it('refuses an empty or blank file', async () => {
    expect(await refusal('')).toEqual({ code: 'empty' });
    expect(await refusal(' \n\t ')).toEqual({ code: 'empty' });
  });

  it('refuses a file over the limit without parsing it', async () => {
    const before = moddleCalls.count;
    const padding = 'x'.repeat(BPMN_MAX_BYTES);
    expect(await refusal(fixtureXml('as-is').replace('</bpmn:definitions>', `<!--${padding}-->$&`))).toEqual({
      code: 'too_large',
      detail: '2097152',
    });
    // Under the limit in characters, over it in UTF-8 bytes (ә takes two).
    const kk = 'ә'.repeat(BPMN_MAX_BYTES / 2 + 1);
    expect(kk.length).toBeLessThan(BPMN_MAX_BYTES);
    expect(await refusal(kk)).toEqual({ code: 'too_large', detail: '2097152' });
    expect(moddleCalls.count).toBe(before);
  });

  it('parses a file of exactly the limit', async () => {
    const before = moddleCalls.count;
    expect((await refusal('a'.repeat(BPMN_MAX_BYTES)))?.code).toBe('malformed');
    expect(moddleCalls.count).toBe(before + 1);
  });

  it('cuts a long quote of the content short', async () => {
    const detail = (await refusal('слово '.repeat(1000)))?.detail ?? '';
    expect(detail.length).toBeLessThan(300);
    expect(detail).toMatch(/^missing start tag: unparsable content слово слово .*… \(line 1, column 1\)$/);
  });

  it('refuses BPMN of another namespace, and another root element', async () => {
    const other = fixtureXml('as-is').replace(
      'http://www.omg.org/spec/BPMN/20100524/MODEL',
      'http://www.omg.org/spec/BPMN/20100501/MODEL',
    );
    expect((await refusal(other))?.code).toBe('not_bpmn');
    const process =
      '<bpmn:process xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="P"><bpmn:task id="T"/></bpmn:process>';
    expect((await refusal(process))?.code).toBe('not_bpmn');
  });

  it('treats every moddle warning as an error', async () => {
    const xml = fixtureXml('as-is');
    const cases: [string, string][] = [
      [
        xml.replace('<bpmn:task id="Task_Issue"', '<bpmn:task foo="1" id="Task_Issue"'),
        'unknown attribute <foo>',
      ],
      [
        xml.replace('id="Task_Issue"', 'id="Task_Decide"'),
        'duplicate ID <Task_Decide>: unparsable content <bpmn:task> detected (line 89, column 5)',
      ],
      [
        xml.replace('</bpmn:definitions>', 'stray text</bpmn:definitions>'),
        'unexpected body text < stray text>: unparsable content stray text detected (line 251, column 11)',
      ],
    ];
    for (const [text, detail] of cases) expect(await refusal(text)).toEqual({ code: 'invalid', detail });
  });

  it('refuses a flow that does not connect what it must', async () => {
    const fromData = fixtureXml('as-is').replace(
      'sourceRef="Task_Check" targetRef="Event_Wait"',
      'sourceRef="DataStoreReference_Registry" targetRef="Event_Wait"',
    );
    expect(await refusal(fromData)).toEqual({
      code: 'invalid',
      detail: 'Flow_B3: a sequence flow must connect two flow nodes',
    });
    const noTarget = fixtureXml('as-is').replace(' targetRef="Event_Result" />', ' />');
    expect(await refusal(noTarget)).toEqual({
      code: 'invalid',
      detail: 'MessageFlow_Result: a message flow needs a source and a target',
    });
  });

  it('refuses a file without a flow node', async () => {
    const xml =
      '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D">' +
      '<bpmn:process id="P" /></bpmn:definitions>';
    expect(await refusal(xml)).toEqual({ code: 'no_process' });
  });

  it.each([
    ['a flow node', 'Task_Check'],
    ['a lane', 'Lane_CON'],
    ['a pool', 'Participant_Body'],
    ['a sequence flow', 'Flow_B9'],
    ['a message flow', 'MessageFlow_Result'],
  ])('refuses a file where %s is not drawn', async (_, id) => {
    expect(await refusal(withoutDi(fixtureXml('as-is'), id))).toEqual({ code: 'no_diagram', detail: id });
  });

  it('accepts undrawn data objects', async () => {
    const result = await parseBpmn(withoutDi(fixtureXml('as-is'), 'DataObjectReference_Family'));
    expect(result.ok).toBe(true);
  });
});
