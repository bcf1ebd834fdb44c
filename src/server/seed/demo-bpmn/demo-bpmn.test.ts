import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffModels } from '../../../domain/bpmn/bpmn.diff.ts';
import { type BpmnMetrics, computeMetrics } from '../../../domain/bpmn/bpmn.metrics.ts';
import type { BpmnModel } from '../../../domain/bpmn/bpmn.model.ts';
import { parseBpmn } from '../../../domain/bpmn/bpmn.parse.ts';
import { findRepeatedRequests, type RegistryDataObject } from '../../../domain/bpmn/bpmn.repeated-data.ts';
import { DATA_OBJECTS } from '../registry.data.ts';

/**
 * The demo models of «Рассмотрение заявления на предоставление земельного участка» (the Ministry of
 * Agriculture's digital transformation map): as-is, target and optimal variants.
 */

const VARIANTS = ['land-as-is', 'land-target', 'land-optimal'] as const;
type Variant = (typeof VARIANTS)[number];

const url = (name: Variant) => new URL(`./${name}.bpmn`, import.meta.url);

async function model(name: Variant): Promise<BpmnModel> {
  const result = await parseBpmn(readFileSync(url(name), 'utf8'));
  if (!result.ok) throw new Error(`${name}.bpmn: ${result.error.code} ${result.error.detail ?? ''}`);
  return result.model;
}

const IIN: RegistryDataObject = {
  id: 'rdo-iin',
  code: 'iin',
  name: { kk: 'ЖСН', ru: 'ИИН' },
  synonyms: ['удостоверение личности'],
  informationSystemId: 'is-gbd-fl',
};

/** The seeded registry of e-government data, as the platform loads it. */
const SEED_REGISTRY: RegistryDataObject[] = DATA_OBJECTS.map((d) => ({
  id: d.code,
  code: d.code,
  name: d.name,
  synonyms: d.synonyms,
  informationSystemId: d.systemCode,
}));

const counts = (m: BpmnMetrics) =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.count])) as Record<keyof BpmnMetrics, number>;

describe('demo BPMN: land plot provision', () => {
  it.each(VARIANTS)('%s parses with a complete diagram and stays small', async (name) => {
    const result = await parseBpmn(readFileSync(url(name), 'utf8'));
    expect(result.ok ? 'ok' : result.error).toBe('ok');
    expect(statSync(url(name)).size).toBeLessThan(60 * 1024);
  });

  it.each(VARIANTS)('%s has an applicant pool and bilingual names', async (name) => {
    const m = await model(name);
    expect(m.participants.map((p) => p.name)).toEqual([
      'Заявитель / Өтініш беруші',
      'Местный исполнительный орган / Жергілікті атқарушы орган',
    ]);
    for (const n of [...m.nodes, ...m.lanes]) {
      if (n.name === '') continue;
      expect(n.name, n.id).toMatch(/ \/ /);
    }
  });

  it('improves as-is → target → optimal', async () => {
    const [asIs, target, optimal] = await Promise.all(VARIANTS.map(model));
    const [a, t, o] = [asIs, target, optimal].map((x) => counts(computeMetrics(x)));
    expect(a).toEqual({
      steps: 10,
      roles: 5,
      roleHandoffs: 7,
      bodyHandoffs: 4,
      applicantTouchpoints: 4,
      applicantDocuments: 5,
      waitingPoints: 3,
    });
    expect(t).toEqual({
      steps: 6,
      roles: 4,
      roleHandoffs: 4,
      bodyHandoffs: 3,
      applicantTouchpoints: 3,
      applicantDocuments: 2,
      waitingPoints: 1,
    });
    expect(o).toEqual({
      steps: 3,
      roles: 3,
      roleHandoffs: 1,
      bodyHandoffs: 2,
      applicantTouchpoints: 2,
      applicantDocuments: 1,
      waitingPoints: 1,
    });
    for (const key of ['steps', 'applicantTouchpoints', 'applicantDocuments', 'roleHandoffs'] as const) {
      expect(t[key], key).toBeLessThan(a[key]);
      expect(o[key], key).toBeLessThan(t[key]);
    }
    expect(t.waitingPoints).toBeLessThan(a.waitingPoints);
  });

  it('finds the identity document asked again in the as-is and nothing in the target', async () => {
    const [asIs, target, optimal] = await Promise.all(VARIANTS.map(model));
    expect(findRepeatedRequests(asIs, [IIN])).toEqual([
      {
        elementId: 'DataObject_IdCard',
        stepIds: ['Task_SubmitPaper'],
        elementName: 'Удостоверение личности / Жеке куәлік [iin]',
        dataObjectId: 'rdo-iin',
        informationSystemId: 'is-gbd-fl',
      },
    ]);
    expect(findRepeatedRequests(target, [IIN])).toEqual([]);

    // Against the seeded registry: identity (by code and by name), real estate rights, address.
    const found = findRepeatedRequests(asIs, SEED_REGISTRY).map((r) => [r.elementId, r.dataObjectId]);
    expect(found).toEqual([
      ['DataObject_IdCard', 'iin'],
      ['DataObject_IdCard', 'identity-document'],
      ['DataObject_RealEstate', 'real-estate-rights'],
      ['DataObject_Address', 'registered-address'],
    ]);
    expect(findRepeatedRequests(target, SEED_REGISTRY)).toEqual([]);
    expect(findRepeatedRequests(optimal, SEED_REGISTRY)).toEqual([]);
  });

  it('keeps the ids of the steps that stay, so the diff matches them', async () => {
    const [asIs, target, optimal] = await Promise.all(VARIANTS.map(model));
    const d = diffModels(asIs, target);
    expect(d.unchanged).toEqual(
      expect.arrayContaining(['Task_CheckDocuments', 'Gateway_Decision', 'DataObject_Scheme']),
    );
    expect(d.changed.map((c) => c.id)).toEqual(
      expect.arrayContaining(['Task_SignResolution', 'Task_ConsiderApplication']),
    );
    expect(d.changed.find((c) => c.id === 'Task_SignResolution')?.fields).toEqual(
      expect.arrayContaining(['name', 'type']),
    );
    expect(d.added).toEqual(expect.arrayContaining(['Task_SubmitEgov', 'Task_FetchStateData']));
    expect(d.removed).toEqual(
      expect.arrayContaining(['Lane_CON', 'Task_SubmitPaper', 'Task_AcceptApplication', 'Task_IssueResult']),
    );
    // The akim's e-signature stays as it is in the optimal variant.
    expect(diffModels(target, optimal).unchanged).toContain('Task_SignResolution');
  });
});
