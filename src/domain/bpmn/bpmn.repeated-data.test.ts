import { describe, expect, it } from 'vitest';
import type { BpmnModel } from './bpmn.model.ts';
import { findRepeatedRequests, type RegistryDataObject } from './bpmn.repeated-data.ts';
import { fixtureModel } from './fixtures/fixtures.ts';

const REGISTRY: RegistryDataObject[] = [
  {
    id: 'rdo-iin',
    code: 'iin',
    name: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' },
    synonyms: ['индивидуальный идентификационный номер'],
    informationSystemId: 'is-gbd-fl',
  },
  {
    id: 'rdo-family',
    code: 'family-composition',
    name: { kk: 'Отбасы құрамы туралы мәліметтер', ru: 'Сведения о составе семьи' },
    synonyms: ['справка о составе семьи'],
    informationSystemId: 'is-gbd-fl',
  },
  {
    id: 'rdo-address',
    code: 'address',
    name: { kk: 'Тіркелген мекенжайы', ru: 'Адрес регистрации', en: '' },
    synonyms: [],
    informationSystemId: 'is-ar',
  },
];

/** An applicant who writes data objects of the given names and sends messages of the given names. */
const applicantModel = (dataNames: string[], messageNames: string[] = []): BpmnModel => ({
  processes: [{ id: 'PA', name: '' }],
  participants: [
    { id: 'A', name: 'Өтініш беруші', processId: 'PA' },
    { id: 'B', name: 'Акимат', processId: null },
  ],
  lanes: [],
  nodes: [
    {
      id: 'a',
      type: 'UserTask',
      name: 'Submit',
      processId: 'PA',
      laneId: null,
      participantId: 'A',
      eventKind: null,
    },
  ],
  sequenceFlows: [],
  messageFlows: messageNames.map((name, i) => ({ id: `m${i}`, name, sourceId: 'a', targetId: 'B' })),
  dataObjects: dataNames.map((name, i) => ({
    id: `d${i}`,
    name,
    kind: 'object',
    readBy: [],
    writtenBy: ['a'],
  })),
  shapes: [],
  edges: [],
});

const matched = (m: BpmnModel) =>
  findRepeatedRequests(m, REGISTRY).map((r) => [r.elementName, r.dataObjectId]);

describe('findRepeatedRequests on the fixtures', () => {
  it('finds the family certificate and the identity card asked in the as-is', async () => {
    expect(findRepeatedRequests(await fixtureModel('as-is'), REGISTRY)).toEqual([
      {
        elementId: 'DataObjectReference_Family',
        stepIds: ['Task_Submit'],
        elementName: 'Справка о составе семьи',
        dataObjectId: 'rdo-family',
        informationSystemId: 'is-gbd-fl',
      },
      {
        elementId: 'DataObjectReference_Id',
        stepIds: ['Task_Submit'],
        elementName: 'Удостоверение личности [iin]',
        dataObjectId: 'rdo-iin',
        informationSystemId: 'is-gbd-fl',
      },
    ]);
  });

  it('finds nothing in the target and the optimal', async () => {
    expect(findRepeatedRequests(await fixtureModel('target'), REGISTRY)).toEqual([]);
    expect(findRepeatedRequests(await fixtureModel('optimal'), REGISTRY)).toEqual([]);
  });

  it('finds nothing against an empty registry', async () => {
    expect(findRepeatedRequests(await fixtureModel('as-is'), [])).toEqual([]);
  });
});

describe('findRepeatedRequests matching', () => {
  it('matches a name equal to a kk, ru or en name or a synonym, ignoring case, ё and punctuation', () => {
    expect(
      matched(
        applicantModel([
          'отбасы құрамы туралы мәліметтер',
          'СВЕДЕНИЯ О СОСТАВЕ СЕМЬИ',
          'Iin',
          'Индивидуальный  идентификационный номёр',
        ]),
      ),
    ).toEqual([
      ['отбасы құрамы туралы мәліметтер', 'rdo-family'],
      ['СВЕДЕНИЯ О СОСТАВЕ СЕМЬИ', 'rdo-family'],
      ['Iin', 'rdo-iin'],
      ['Индивидуальный  идентификационный номёр', 'rdo-iin'],
    ]);
  });

  it('matches a name containing one as whole words, not as part of a word', () => {
    expect(
      matched(
        applicantModel([
          'Копия: справка о составе семьи (оригинал)',
          'ИИН заявителя',
          'ИИНН',
          'Адрес регистрации по месту жительства',
          'Адресная справка',
        ]),
      ),
    ).toEqual([
      ['Копия: справка о составе семьи (оригинал)', 'rdo-family'],
      ['ИИН заявителя', 'rdo-iin'],
      ['Адрес регистрации по месту жительства', 'rdo-address'],
    ]);
  });

  it('matches a code in square brackets, in any case', () => {
    expect(
      matched(applicantModel(['Паспорт [IIN]', 'Справка [Family-Composition]', 'Адрес (address)'])),
    ).toEqual([
      ['Паспорт [IIN]', 'rdo-iin'],
      ['Справка [Family-Composition]', 'rdo-family'],
    ]);
  });

  it('gives one result per registry object an element repeats', () => {
    expect(matched(applicantModel(['ИИН и адрес регистрации']))).toEqual([
      ['ИИН и адрес регистрации', 'rdo-iin'],
      ['ИИН и адрес регистрации', 'rdo-address'],
    ]);
  });

  it('checks named messages the applicant sends, with the sender as the step', () => {
    const result = findRepeatedRequests(applicantModel([], ['ЖСН', '']), REGISTRY);
    expect(result).toEqual([
      {
        elementId: 'm0',
        stepIds: ['a'],
        elementName: 'ЖСН',
        dataObjectId: 'rdo-iin',
        informationSystemId: 'is-gbd-fl',
      },
    ]);
  });

  it('does not check data the applicant does not give', () => {
    const m = applicantModel(['ИИН']);
    m.dataObjects[0].writtenBy = [];
    m.dataObjects[0].readBy = ['a'];
    expect(findRepeatedRequests(m, REGISTRY)).toEqual([]);
  });
});
