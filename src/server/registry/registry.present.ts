import type { NamedRef, ProcessListItem, RepeatedDataRow } from '../../api/registry.ts';
import { policy } from '../../domain/auth/policy.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import type { BpmnModel } from '../../domain/bpmn/bpmn.model.ts';
import { findRepeatedRequests, type RepeatedRequest } from '../../domain/bpmn/bpmn.repeated-data.ts';
import { type Locale, pickText } from '../../domain/locale.ts';
import {
  countedVariantKind,
  type ProcessStatus,
  VARIANT_KINDS,
  type VariantKind,
} from '../../domain/registry/registry.ts';
import { MAP_STATUSES, type MapStatus } from '../../domain/workflow/workflow.ts';
import type { Db, Tx } from '../db/connect.ts';
import { registryMemoOf } from './registry.cache.ts';
import {
  activeDataObjects,
  type CaseRow,
  casesOfMaps,
  currentVariantModels,
  type OrgRow,
  type PageRow,
  type ProcessListRow,
  type RefTable,
  refsByIds,
  type VersionCaseRow,
  type VersionVisibility,
  variantModels,
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
 * Which map versions the reader may see, as statuses for the own body's maps and for the others':
 * `policy.viewVersion` asked for every status, so the page statement applies the same rule.
 */
export function versionVisibility(reader: Actor): VersionVisibility {
  // Any id that is not the reader's stands for another body (policy compares the ids only).
  const other = `not ${reader.orgId}`;
  const visible = (orgId: string) =>
    MAP_STATUSES.filter((status) => policy.viewVersion(reader, { orgId, status }));
  return { orgId: reader.orgId, ownStatuses: visible(reader.orgId), otherStatuses: visible(other) };
}

type DataObjects = Awaited<ReturnType<typeof activeDataObjects>>;

/**
 * The number of repeated data requests of each counted variant. Under a registry stamp the data
 * objects and the counts are remembered (registry.cache.ts); without one everything is read.
 */
async function repeatedCounts(db: Db, variantIds: readonly string[], stamp: string | undefined) {
  const out = new Map<string, number>();
  if (!variantIds.length) return out;
  const memo = stamp === undefined ? undefined : registryMemoOf(db);
  const missing = variantIds.filter((id) => {
    const known = memo?.count(stamp!, id);
    if (known !== undefined) out.set(id, known);
    return known === undefined;
  });
  if (!missing.length) return out;
  const objects = memo
    ? await memo.value<DataObjects>(stamp!, 'data_objects', () => activeDataObjects(db))
    : await activeDataObjects(db);
  for (const m of await variantModels(db, missing)) {
    const n = repeatedIn(m.model, objects).length;
    out.set(m.id, n);
    memo?.remember(stamp!, m.id, n);
  }
  return out;
}

type Refs = Awaited<ReturnType<typeof refsByIds>>;
const REF_LISTS: [RefTable, (p: PageRow) => string[]][] = [
  ['public_services', (p) => p.publicServiceIds],
  ['information_systems', (p) => p.informationSystemIds],
  ['legal_acts', (p) => p.legalActIds],
];

/**
 * The rows the page's processes refer to, by table: under a registry stamp the whole (small)
 * tables, remembered; without one, the rows of the page's ids.
 */
async function pageReferences(db: Db, rows: readonly PageRow[], stamp: string | undefined) {
  const out = new Map<RefTable, Refs>();
  for (const [table, pick] of REF_LISTS)
    out.set(
      table,
      stamp === undefined
        ? await refsByIds(db, table, rows.flatMap(pick))
        : await registryMemoOf(db).value(stamp, table, () => refsByIds(db, table)),
    );
  return out;
}

/**
 * Registry rows (`processPage`) as the list shows them: case names from the newest map version
 * that has the case and the reader may see, names of the referenced rows, the current variants,
 * and the number of repeated data requests of the counted variant (target, else as-is).
 * `stamp`: the registry stamp the request read, under which the references and counts may be
 * remembered.
 */
export async function presentProcesses(
  db: Db,
  rows: readonly PageRow[],
  stamp?: string,
): Promise<ProcessListItem[]> {
  if (!rows.length) return [];
  const counted = new Map<string, string>();
  for (const r of rows) {
    const kind = countedVariantKind(r.variants.map((v) => v.kind));
    const variant = kind && r.variants.find((v) => v.kind === kind);
    if (variant) counted.set(r.id, variant.id);
  }
  const repeated = await repeatedCounts(db, [...new Set(counted.values())], stamp);
  const refs = await pageReferences(db, rows, stamp);
  const named = (table: RefTable, ids: readonly string[]): NamedRef[] =>
    ids.flatMap((id) => {
      const r = refs.get(table)?.get(id);
      return r ? [{ id: r.id, code: r.code, name: r.name }] : [];
    });

  return rows.map((p) => ({
    id: p.id,
    org: p.org,
    name: p.name,
    status: p.status as ProcessStatus,
    caseLinks: p.caseLinks.map(({ link, caseName, itemName }) => ({
      mapId: link.mapId,
      caseId: link.caseId,
      processItemId: link.processItemId,
      caseName: caseName ?? null,
      processItemName: link.processItemId ? (itemName ?? null) : null,
    })),
    publicServices: named('public_services', p.publicServiceIds),
    informationSystems: named('information_systems', p.informationSystemIds),
    legalActs: named('legal_acts', p.legalActIds),
    roles: p.roles,
    steps: p.steps,
    dataNames: p.dataNames,
    variants: [...p.variants]
      .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind))
      .map((v) => ({
        kind: v.kind as VariantKind,
        revision: v.revision,
        updatedAt: v.createdAt.toISOString(),
      })),
    repeatedDataCount: repeated.get(counted.get(p.id) ?? '') ?? 0,
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
