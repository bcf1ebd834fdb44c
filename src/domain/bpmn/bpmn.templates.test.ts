import { describe, expect, it } from 'vitest';
import { parseBpmn } from './bpmn.parse.ts';
import { emptyDiagramXml } from './bpmn.templates.ts';

describe('emptyDiagramXml', () => {
  it('is a file parseBpmn accepts, with the name escaped', async () => {
    const name = 'Жаңа нұсқа <2> & "копия" \'Новый\'';
    const result = await parseBpmn(emptyDiagramXml(name));
    expect(result).toEqual({
      ok: true,
      model: {
        processes: [{ id: 'Process_1', name }],
        participants: [],
        lanes: [],
        nodes: [
          {
            id: 'StartEvent_1',
            type: 'StartEvent',
            name: '',
            processId: 'Process_1',
            laneId: null,
            participantId: null,
            eventKind: null,
          },
        ],
        sequenceFlows: [],
        messageFlows: [],
        dataObjects: [],
        shapes: [{ id: 'StartEvent_1', x: 152, y: 102, width: 36, height: 36 }],
        edges: [],
      },
    });
  });

  it('takes a process id', async () => {
    const result = await parseBpmn(emptyDiagramXml('Target', 'Process_target-2'));
    expect(result.ok && result.model.processes).toEqual([{ id: 'Process_target-2', name: 'Target' }]);
  });

  it('refuses a process id that is not an XML id or is taken by the template', () => {
    expect(() => emptyDiagramXml('x', '1abc')).toThrow(RangeError);
    expect(() => emptyDiagramXml('x', 'a"b')).toThrow(RangeError);
    expect(() => emptyDiagramXml('x', 'StartEvent_1')).toThrow(RangeError);
  });
});
