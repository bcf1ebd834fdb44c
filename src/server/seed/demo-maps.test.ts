import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../domain/locale.ts';
import { documentRefs, type ReferenceTable } from '../../domain/map/map.references.ts';
import { type MapDocument, MapDocumentSchema } from '../../domain/map/map.schema.ts';
import { hasBlocking, validateMap } from '../../domain/map/map.validate.ts';
import { demoHealthcareMap } from './demo-healthcare.ts';
import { demoDraftJusticeMap } from './demo-justice.ts';
import type { DemoRefs } from './demo-refs.ts';
import { INFORMATION_SYSTEMS, PLANNING_DOCUMENTS, PUBLIC_SERVICE_KK_NAMES } from './reference.data.ts';

// The seed's own copy of shared/data (the app must not depend on files outside the repository).
const sharedData = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'data');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(sharedData, file), 'utf8'));
const SERVICE_NAMES: string[] = readJson('public-services.json').services.map(
  (s: { name: { ru: string } }) => s.name.ru,
);
const ORG_CODES: string[] = readJson('organisations.json').organisations.map((o: { code: string }) => o.code);

const fakeUuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A DemoRefs over the seed lists, with uuid-shaped ids, remembering which table each id is in. */
function buildRefs() {
  const tables: Record<ReferenceTable, Map<string, string>> = {
    public_services: new Map(SERVICE_NAMES.map((name, i) => [name, fakeUuid(1 + i)])),
    information_systems: new Map(INFORMATION_SYSTEMS.map((s, i) => [s.code, fakeUuid(101 + i)])),
    planning_documents: new Map(PLANNING_DOCUMENTS.map((d, i) => [d.code, fakeUuid(201 + i)])),
  };
  const lookup = (table: ReferenceTable, key: string) => {
    const id = tables[table].get(key);
    if (!id) throw new Error(`unknown ${table} entry: ${key}`);
    return id;
  };
  const refs: DemoRefs = {
    service: (ruName) => lookup('public_services', ruName),
    system: (code) => lookup('information_systems', code),
    planningDocument: (code) => lookup('planning_documents', code),
  };
  const ids = (table: ReferenceTable) => new Set(tables[table].values());
  return { refs, ids };
}

const { refs, ids: tableIds } = buildRefs();
const healthcare = demoHealthcareMap(refs);
const justice = demoDraftJusticeMap(refs);
const demos: [string, MapDocument][] = [
  ['healthcare', healthcare],
  ['justice draft', justice],
];

/** Every `id` of a repeated item anywhere in a document. */
function itemIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(itemIds);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'id' && typeof v === 'string' ? [v] : itemIds(v),
    );
  }
  return [];
}

/** Every localized text of a document, with its path. */
function texts(value: unknown, at = ''): [string, LocalizedText][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.kk === 'string' && typeof o.ru === 'string') return [[at, o as unknown as LocalizedText]];
    return Object.entries(o).flatMap(([k, v]) => texts(v, `${at}.${k}`));
  }
  return [];
}

describe('reference data', () => {
  it('has unique codes and known owners', () => {
    const systemCodes = INFORMATION_SYSTEMS.map((s) => s.code);
    expect(new Set(systemCodes).size).toBe(systemCodes.length);
    expect(INFORMATION_SYSTEMS.length).toBeGreaterThanOrEqual(20);
    for (const s of INFORMATION_SYSTEMS) {
      if (s.ownerOrgCode !== null) expect(ORG_CODES).toContain(s.ownerOrgCode);
      expect(s.name.kk && s.name.ru && s.name.en).toBeTruthy();
    }
    const docCodes = PLANNING_DOCUMENTS.map((d) => d.code);
    expect(new Set(docCodes).size).toBe(docCodes.length);
    expect(PLANNING_DOCUMENTS.length).toBeGreaterThanOrEqual(8);
  });

  it('names Kazakh public services only by exact Russian names of the register file', () => {
    for (const [ru, kk] of Object.entries(PUBLIC_SERVICE_KK_NAMES)) {
      expect(SERVICE_NAMES).toContain(ru);
      expect(kk.trim()).not.toBe('');
      expect(kk).not.toBe(ru);
    }
  });
});

describe.each(demos)('demo map: %s', (_, doc) => {
  it('is a document of the schema, defaults applied', () => {
    expect(MapDocumentSchema.parse(doc)).toEqual(doc);
  });

  it('has item ids unique within the document', () => {
    const all = itemIds(doc);
    const dupes = all.filter((id, i) => all.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('points only at rows of the seeded reference tables', () => {
    const uses = documentRefs(doc);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(tableIds(use.table), use.path.join('.')).toContain(use.id);
  });
});

describe('healthcare demo map', () => {
  it('covers every life-cycle stage of every subject by a case of its sector', () => {
    for (const sector of healthcare.sectors) {
      const covered = new Set(sector.cases.flatMap((c) => c.lifeCycleStageIds));
      const stages = sector.subjects.flatMap((s) => s.lifeCycle.map((st) => st.id));
      expect(stages.length).toBeGreaterThan(0);
      expect(stages.filter((id) => !covered.has(id))).toEqual([]);
    }
  });

  it('has the shape the brief asks for', () => {
    expect(healthcare.sectors.map((s) => s.id)).toEqual(['phc', 'hosp', 'drug']);
    expect(healthcare.passport.principles.map((p) => p.code)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(healthcare.attachments.performanceIndicators.map((k) => k.criterion))).toEqual(
      new Set([1, 2, 3, 4, 5]),
    );
    const cases = healthcare.sectors.flatMap((s) => s.cases);
    expect(cases.some((c) => c.scheduleByProcess)).toBe(true);
    expect(cases.some((c) => c.reengineeredEarlier)).toBe(true);
    for (const s of healthcare.sectors) {
      expect(s.fastTrack.length).toBeGreaterThan(0);
      expect(s.technologies.some((tech) => tech.isAi)).toBe(true);
    }
  });

  it('is written in Kazakh and Russian, not one copied into the other', () => {
    const copied = texts(healthcare).filter(
      ([, v]) => v.kk.trim() !== '' && v.kk === v.ru && !/^[\d\s%.,]*$/.test(v.kk),
    );
    expect(copied.map(([at]) => at)).toEqual([]);
    const blank = texts(healthcare).filter(([, v]) => v.kk.trim() === '' || v.ru.trim() === '');
    expect(blank.map(([at]) => at)).toEqual([]);
  });

  it('passes the validator without any finding', () => {
    const findings = validateMap(healthcare);
    if (findings.length) console.log(JSON.stringify(findings, null, 2));
    expect(hasBlocking(findings)).toBe(false);
    expect(findings).toEqual([]);
  });
});

describe('justice demo draft', () => {
  it('is unfinished: the validator blocks its submission', () => {
    const findings = validateMap(justice);
    expect(hasBlocking(findings)).toBe(true);
    const codes = new Set(findings.map((f) => f.code));
    expect(codes).toContain('sector.description_missing');
    expect(codes).toContain('indicator.target_missing');
    expect(codes).toContain('schedule.empty');
  });

  it('still has its title and goal in both languages', () => {
    for (const text of [justice.passport.title, justice.passport.goal]) {
      expect(text.kk.trim()).not.toBe('');
      expect(text.ru.trim()).not.toBe('');
    }
  });
});
