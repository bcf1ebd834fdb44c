import type {
  CaseLinkOut,
  NamedRef,
  ProcessListItem,
  RepeatedDataRow,
  VariantSummary,
} from '../../api/registry.ts';
import { policy } from '../../domain/auth/policy.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import type { BpmnModel } from '../../domain/bpmn/bpmn.model.ts';
import { findRepeatedRequests, type RepeatedRequest } from '../../domain/bpmn/bpmn.repeated-data.ts';
import { type Locale, pickText } from '../../domain/locale.ts';
import {
  type CaseLink,
  countedVariantKind,
  type ProcessStatus,
  VARIANT_KINDS,
  type VariantKind,
} from '../../domain/registry/registry.ts';
import type { MapStatus } from '../../domain/workflow/workflow.ts';
import type { Db, Tx } from '../db/connect.ts';
import {
  activeDataObjects,
  type CaseHead,
  type CaseRow,
  caseHeadsOfLinks,
  casesAt,
  casesOfMaps,
  currentVariantHeads,
  currentVariantModels,
  type OrgRow,
  type ProcessListRow,
  type RefTable,
  refsByIds,
  type VersionCaseRow,
} from './registry.queries.ts';

export const presentOrgRef = (org: OrgRow) => ({ id: org.id, code: org.code, name: org.name });

/**
 * The newest record of each case that the reader may see (`policy.viewVersion`: the own body's
 * drafts, otherwise submitted versions on): key `${mapId}/${caseId}`. Rows come newest version
 * first, so the first visible row of a case is its newest wording.
 */
function newestVisible(rows: readonly VersionCaseRow[], reader: Actor): Map<string, CaseRow> {
  const out = new Map<string, CaseRow>();
  for (const row of rows) {
    const key = `${row.mapId}/${row.caseId}`;
    if (!out.has(key) && policy.viewVersion(reader, { orgId: row.orgId, status: row.status as MapStatus }))
      out.set(key, row);
  }
  return out;
}

/** The newest visible record of every case of the maps. */
export async function newestCases(
  db: Db | Tx,
  mapIds: readonly string[],
  reader: Actor,
): Promise<Map<string, CaseRow>> {
  return newestVisible(await casesOfMaps(db, mapIds), reader);
}

/**
 * The newest visible record of the linked cases only (what a page of the registry names): the
 * versions are chosen from the cases' places, and only the chosen cases are read with their names
 * and items — not every version's copy of them.
 */
export async function newestLinkedCases(
  db: Db | Tx,
  links: readonly CaseLink[],
  reader: Actor,
): Promise<Map<string, CaseRow>> {
  const chosen = new Map<string, CaseHead>();
  for (const head of await caseHeadsOfLinks(db, links)) {
    const key = `${head.mapId}/${head.caseId}`;
    if (
      !chosen.has(key) &&
      policy.viewVersion(reader, { orgId: head.orgId, status: head.status as MapStatus })
    )
      chosen.set(key, head);
  }
  const place = (h: { versionId: string; sectorOrd: number; caseOrd: number }) =>
    `${h.versionId}/${h.sectorOrd}/${h.caseOrd}`;
  const read = new Map((await casesAt(db, [...chosen.values()])).map((c) => [place(c), c]));
  const out = new Map<string, CaseRow>();
  for (const [key, head] of chosen) {
    const c = read.get(place(head));
    if (c)
      out.set(key, {
        mapId: head.mapId,
        number: head.number,
        caseId: head.caseId,
        name: c.name,
        processes: c.processes,
      });
  }
  return out;
}

function presentCaseLinks(links: readonly CaseLink[], cases: Map<string, CaseRow>): CaseLinkOut[] {
  return links.map((l) => {
    const c = cases.get(`${l.mapId}/${l.caseId}`);
    const item = l.processItemId ? c?.processes.find((p) => p.id === l.processItemId) : undefined;
    return {
      mapId: l.mapId,
      caseId: l.caseId,
      processItemId: l.processItemId,
      caseName: c?.name ?? null,
      processItemName: item?.name ?? null,
    };
  });
}

/** Repeated data requests of one model; a stored model the rule cannot read yields none. */
export function repeatedIn(
  model: Record<string, unknown>,
  objects: Parameters<typeof findRepeatedRequests>[1],
): RepeatedRequest[] {
  try {
    return findRepeatedRequests(model as unknown as BpmnModel, objects);
  } catch {
    return [];
  }
}

const kindOrder = (k: string) => VARIANT_KINDS.indexOf(k as VariantKind);

/**
 * Registry rows as the list shows them: case names from the newest map version that has the
 * case, names of the referenced rows, the current variants, and the number of repeated data
 * requests of the counted variant (target, else as-is).
 */
export async function presentProcesses(
  db: Db | Tx,
  rows: readonly { p: ProcessListRow; org: OrgRow }[],
  reader: Actor,
): Promise<ProcessListItem[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.p.id);
  const cases = await newestLinkedCases(
    db,
    rows.flatMap((r) => r.p.caseLinks),
    reader,
  );
  const refs = async (table: RefTable, pick: (p: ProcessListRow) => string[]) =>
    refsByIds(
      db,
      table,
      rows.flatMap((r) => pick(r.p)),
    );
  const services = await refs('public_services', (p) => p.publicServiceIds);
  const systems = await refs('information_systems', (p) => p.informationSystemIds);
  const acts = await refs('legal_acts', (p) => p.legalActIds);
  const named = (map: Awaited<typeof services>, list: string[]): NamedRef[] =>
    list.flatMap((id) => {
      const r = map.get(id);
      return r ? [{ id: r.id, code: r.code, name: r.name }] : [];
    });

  const heads = await currentVariantHeads(db, ids);
  const variantsOf = new Map<string, VariantSummary[]>();
  for (const h of heads.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind)))
    variantsOf.set(h.processId, [
      ...(variantsOf.get(h.processId) ?? []),
      { kind: h.kind as VariantKind, revision: h.revision, updatedAt: h.createdAt.toISOString() },
    ]);

  const counted = new Map(
    ids.map((id) => [id, countedVariantKind((variantsOf.get(id) ?? []).map((v) => v.kind))] as const),
  );
  const repeatedCount = new Map<string, number>();
  const withModels = ids.filter((id) => counted.get(id));
  if (withModels.length) {
    const objects = await activeDataObjects(db);
    for (const m of await currentVariantModels(db, withModels))
      if (counted.get(m.processId) === m.kind)
        repeatedCount.set(m.processId, repeatedIn(m.model, objects).length);
  }

  return rows.map(({ p, org }) => ({
    id: p.id,
    org: presentOrgRef(org),
    name: p.name,
    status: p.status as ProcessStatus,
    caseLinks: presentCaseLinks(p.caseLinks, cases),
    publicServices: named(services, p.publicServiceIds),
    informationSystems: named(systems, p.informationSystemIds),
    legalActs: named(acts, p.legalActIds),
    roles: p.roles,
    steps: p.steps,
    dataNames: p.dataNames,
    variants: variantsOf.get(p.id) ?? [],
    repeatedDataCount: repeatedCount.get(p.id) ?? 0,
    revision: p.revision,
    updatedAt: p.updatedAt.toISOString(),
  }));
}

/**
 * Repeated data requests (R.40, R.5.7) in every current variant of the processes: one row per
 * requested element and registry data object, sorted by organisation, process, variant, element.
 */
export async function repeatedDataRows(
  db: Db | Tx,
  rows: readonly { p: ProcessListRow; org: OrgRow }[],
  locale: Locale,
  informationSystemId?: string,
): Promise<RepeatedDataRow[]> {
  if (!rows.length) return [];
  const byId = new Map(rows.map((r) => [r.p.id, r]));
  const models = await currentVariantModels(
    db,
    rows.map((r) => r.p.id),
  );
  if (!models.length) return [];
  const objects = await activeDataObjects(db);
  const objectById = new Map(objects.map((o) => [o.id, o]));
  const found = models.flatMap((m) =>
    (VARIANT_KINDS as readonly string[]).includes(m.kind)
      ? repeatedIn(m.model, objects)
          .filter((r) => !informationSystemId || r.informationSystemId === informationSystemId)
          .map((r) => ({ processId: m.processId, kind: m.kind as VariantKind, r }))
      : [],
  );
  const systems = await refsByIds(
    db,
    'information_systems',
    found.map((f) => f.r.informationSystemId),
  );
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return found
    .flatMap(({ processId, kind, r }) => {
      const { p, org } = byId.get(processId)!;
      const object = objectById.get(r.dataObjectId);
      const system = systems.get(r.informationSystemId);
      if (!object || !system) return [];
      return [
        {
          process: { id: p.id, name: p.name, org: presentOrgRef(org) },
          variantKind: kind,
          elementId: r.elementId,
          elementName: r.elementName,
          dataObject: { id: object.id, code: object.code, name: object.name },
          informationSystem: { id: system.id, name: system.name },
        },
      ];
    })
    .sort(
      (a, b) =>
        collator.compare(pickText(a.process.org.name, locale), pickText(b.process.org.name, locale)) ||
        collator.compare(pickText(a.process.name, locale), pickText(b.process.name, locale)) ||
        a.process.id.localeCompare(b.process.id) ||
        kindOrder(a.variantKind) - kindOrder(b.variantKind) ||
        collator.compare(a.elementName, b.elementName) ||
        collator.compare(pickText(a.dataObject.name, locale), pickText(b.dataObject.name, locale)),
    );
}
