import { and, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { RegistryDataObject } from '../../domain/bpmn/bpmn.repeated-data.ts';
import type { LocalizedText } from '../../domain/locale.ts';
import { likeEscape } from '../../domain/registry/registry.search.ts';
import type { CaseLink } from '../../domain/registry/registry.ts';
import type { Db, Tx } from '../db/connect.ts';
import {
  businessProcesses,
  dataObjects,
  informationSystems,
  legalActs,
  organisations,
  processVariants,
  publicServices,
  registryGeneration,
} from '../db/schema.ts';

export type ProcessRow = typeof businessProcesses.$inferSelect;
export type OrgRow = typeof organisations.$inferSelect;
/** A process as the lists present it: without its description and the text it is searched in. */
export type ProcessListRow = Omit<ProcessRow, 'description' | 'searchText' | 'searchKey'>;
const {
  description: _description,
  searchText: _searchText,
  searchKey: _searchKey,
  ...listColumns
} = getTableColumns(businessProcesses);

const rowsOf = <T>(res: unknown): T[] => (res as { rows: T[] }).rows;
const uuidList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
/**
 * A list as one array literal parameter (for `unnest`): one bound value instead of one per item,
 * which PGlite parses and binds noticeably faster for a page's worth of items.
 */
const pgArray = (items: readonly string[]) =>
  `{${items.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
const jsonContains = (column: AnyPgColumn, value: unknown) =>
  sql`${column} @> ${JSON.stringify(value)}::jsonb`;

export interface ProcessFilter {
  /** Restricts to one body (a state body's own part of the registry); undefined = national. */
  visibleOrgId?: string;
  orgId?: string;
  mapId?: string;
  caseId?: string;
  publicServiceId?: string;
  informationSystemId?: string;
  legalActId?: string;
  status?: string;
  /** Already normalised with `normalizeSearch`; empty = no text filter. */
  q?: string;
}

/** Queries this long or longer go through the trigram index (shorter ones have no trigram). */
export const TRIGRAM_MIN_LENGTH = 3;

/**
 * The text condition of a normalised query: a substring of `search_text`. From three characters
 * on, the trigram index on `search_key` (the same text with Cyrillic spelt in ASCII, see migration
 * 0009) narrows the rows first; `search_text` then decides, so the answer is the same either way.
 */
export function searchCondition(normalizedQuery: string): SQL {
  const bp = businessProcesses;
  const pattern = `%${likeEscape(normalizedQuery)}%`;
  const exact = sql`${bp.searchText} LIKE ${pattern} ESCAPE '\\'`;
  if ([...normalizedQuery].length < TRIGRAM_MIN_LENGTH) return exact;
  return sql`${bp.searchKey} LIKE registry_search_key(${pattern}) ESCAPE '\\' AND ${exact}`;
}

/**
 * Every filter is SQL: the organisation on its index, the links by jsonb containment, the text by
 * `searchCondition`.
 */
function processConditions(f: ProcessFilter): SQL | undefined {
  const bp = businessProcesses;
  const where: SQL[] = [];
  if (f.visibleOrgId) where.push(eq(bp.orgId, f.visibleOrgId));
  if (f.orgId) where.push(eq(bp.orgId, f.orgId));
  if (f.mapId || f.caseId)
    where.push(
      jsonContains(bp.caseLinks, [
        { ...(f.mapId ? { mapId: f.mapId } : {}), ...(f.caseId ? { caseId: f.caseId } : {}) },
      ]),
    );
  if (f.publicServiceId) where.push(jsonContains(bp.publicServiceIds, [f.publicServiceId]));
  if (f.informationSystemId) where.push(jsonContains(bp.informationSystemIds, [f.informationSystemId]));
  if (f.legalActId) where.push(jsonContains(bp.legalActIds, [f.legalActId]));
  if (f.status) where.push(eq(bp.status, f.status));
  if (f.q) where.push(searchCondition(f.q));
  return where.length ? and(...where) : undefined;
}

/** What the list sorts matching processes by — a few small columns, not the whole row. */
export interface ProcessSortKey {
  id: string;
  orgId: string;
  name: LocalizedText;
  updatedAt: Date;
}

/**
 * The sort keys of the processes matching the filter. Sorting by name needs the reader's alphabet
 * (PGlite has only the C collation), so the caller sorts and pages, then loads the page's rows
 * with `processesByIds`.
 */
export async function matchProcesses(db: Db | Tx, f: ProcessFilter): Promise<ProcessSortKey[]> {
  const bp = businessProcesses;
  return db
    .select({ id: bp.id, orgId: bp.orgId, name: bp.name, updatedAt: bp.updatedAt })
    .from(bp)
    .where(processConditions(f));
}

/**
 * The registry's current stamp: replaced in the transaction of every write of the processes or
 * the organisations (migration 0010). Undefined only if the row is missing — then nothing may be
 * remembered.
 */
export async function registryStamp(db: Db | Tx): Promise<string | undefined> {
  const rows = await db
    .select({ stamp: registryGeneration.stamp })
    .from(registryGeneration)
    .where(eq(registryGeneration.id, 1));
  return rows[0]?.stamp;
}

/** Which map versions a reader may see: by status, for the own body's maps and for the others'. */
export interface VersionVisibility {
  orgId: string;
  ownStatuses: readonly string[];
  otherStatuses: readonly string[];
}

const jsonOf = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** A process of a page with everything the list shows of it, read in one statement (`processPage`). */
export interface PageRow {
  id: string;
  org: { id: string; code: string; name: LocalizedText };
  name: LocalizedText;
  status: string;
  /** Each link with the name of its case and item in the newest version the reader may see. */
  caseLinks: { link: CaseLink; caseName: LocalizedText | null; itemName: LocalizedText | null }[];
  /** The ids of the referenced rows, as stored (the app names them, `refsByIds`). */
  publicServiceIds: string[];
  informationSystemIds: string[];
  legalActIds: string[];
  roles: string[];
  steps: string[];
  dataNames: string[];
  /** The current variant of each kind (its highest revision), by kind. */
  variants: { id: string; kind: string; revision: number; createdAt: Date }[];
  revision: number;
  updatedAt: Date;
}

/**
 * A page of the registry list in one statement, in the order of `ids` (unknown ids are left out):
 * each process with its organisation, its case links named from the newest version of their map
 * that the reader may see (`visibility`, derived from `policy.viewVersion`), the ids it refers
 * to, and its current variants. The statement is the function `registry_list_page_v2` (0014),
 * which each connection plans once. With the page comes the registry stamp of the same snapshot.
 */
export async function processPage(
  db: Db | Tx,
  ids: readonly string[],
  visibility: VersionVisibility,
): Promise<{ rows: PageRow[]; stamp: string | undefined }> {
  const res = await db.execute(sql`
    SELECT registry_list_page_v2(${pgArray(ids)}::uuid[], ${visibility.orgId}::uuid,
      ${pgArray(visibility.ownStatuses)}::text[], ${pgArray(visibility.otherStatuses)}::text[]) AS "page",
      (SELECT stamp FROM registry_generation WHERE id = 1) AS "stamp"`);
  const [row] = rowsOf<{ page: string; stamp: string | null }>(res);
  const rows = jsonOf<
    (Omit<PageRow, 'variants' | 'updatedAt'> & {
      variants: (Omit<PageRow['variants'][number], 'createdAt'> & { createdAt: string })[];
      updatedAt: string;
    })[]
  >(row.page).map((r) => ({
    ...r,
    variants: r.variants.map((v) => ({ ...v, createdAt: new Date(v.createdAt) })),
    updatedAt: new Date(r.updatedAt),
  }));
  return { rows, stamp: row.stamp ?? undefined };
}

/** The models of the given variants, by variant id. */
export async function variantModels(
  db: Db | Tx,
  variantIds: readonly string[],
): Promise<{ id: string; model: Record<string, unknown> }[]> {
  if (!variantIds.length) return [];
  return db
    .select({ id: processVariants.id, model: processVariants.model })
    .from(processVariants)
    .where(inArray(processVariants.id, [...new Set(variantIds)]));
}

/** Processes matching the filter with their organisation (unsorted), as the lists present them. */
export async function findProcesses(
  db: Db | Tx,
  f: ProcessFilter,
): Promise<{ p: ProcessListRow; org: OrgRow }[]> {
  return db
    .select({ p: listColumns, org: organisations })
    .from(businessProcesses)
    .innerJoin(organisations, eq(organisations.id, businessProcesses.orgId))
    .where(processConditions(f));
}

export async function findProcess(
  db: Db | Tx,
  id: string,
): Promise<{ p: ProcessRow; org: OrgRow } | undefined> {
  const rows = await db
    .select({ p: businessProcesses, org: organisations })
    .from(businessProcesses)
    .innerJoin(organisations, eq(organisations.id, businessProcesses.orgId))
    .where(eq(businessProcesses.id, id));
  return rows[0];
}

/** The process row locked for the rest of the transaction, so concurrent writers queue up. */
export async function lockProcess(tx: Tx, id: string): Promise<ProcessRow | undefined> {
  const rows = await tx.select().from(businessProcesses).where(eq(businessProcesses.id, id)).for('update');
  return rows[0];
}

export async function insertProcess(
  tx: Tx,
  values: typeof businessProcesses.$inferInsert,
): Promise<ProcessRow> {
  const [row] = await tx.insert(businessProcesses).values(values).returning();
  return row;
}

export async function updateProcessRow(
  tx: Tx,
  id: string,
  values: Partial<typeof businessProcesses.$inferInsert>,
): Promise<ProcessRow> {
  const [row] = await tx
    .update(businessProcesses)
    .set(values)
    .where(eq(businessProcesses.id, id))
    .returning();
  return row;
}

export interface CaseRow {
  mapId: string;
  number: number;
  caseId: string;
  name: LocalizedText;
  processes: { id: string; name: LocalizedText }[];
}

export type VersionCaseRow = CaseRow & { orgId: string; status: string };

/**
 * Cases from the `map_version_cases` projection (kept by a trigger on every write of a version),
 * each with the owner and status of its version — so a reader is shown names only from the
 * versions they may see (another body's draft stays private). Newest version first per map, then
 * in the order of the document.
 */
async function versionCases(db: Db | Tx, scope: { join?: SQL; where?: SQL }): Promise<VersionCaseRow[]> {
  const res = await db.execute(sql`
    SELECT c.map_id AS "mapId", v.number AS "number", m.org_id AS "orgId", v.status AS "status",
           c.case_id AS "caseId", c.name AS "name", c.processes AS "processes"
    FROM map_version_cases c ${scope.join ?? sql``}
    JOIN map_versions v ON v.id = c.version_id
    JOIN maps m ON m.id = c.map_id
    WHERE ${scope.where ?? sql`true`}
    ORDER BY c.map_id, v.number DESC, c.sector_ord, c.case_ord`);
  return rowsOf<CaseRow & { number: number | string; orgId: string; status: string }>(res).map((r) => ({
    ...r,
    number: Number(r.number),
    processes: (r.processes ?? []).map((p) => ({ id: p.id, name: p.name })),
  }));
}

/** Every case of every version of the maps. */
export async function casesOfMaps(db: Db | Tx, mapIds: readonly string[]): Promise<VersionCaseRow[]> {
  if (!mapIds.length) return [];
  return versionCases(db, { where: sql`c.map_id IN (${uuidList([...new Set(mapIds)])})` });
}

/** The linked cases only, in every version of their maps that has them. */
export async function casesOfLinks(
  db: Db | Tx,
  links: readonly Pick<CaseLink, 'mapId' | 'caseId'>[],
): Promise<VersionCaseRow[]> {
  const pairs = [...new Map(links.map((l) => [`${l.mapId}/${l.caseId}`, l])).values()];
  if (!pairs.length) return [];
  const values = sql.join(
    pairs.map((l) => sql`(${l.mapId}::uuid, ${l.caseId}::text)`),
    sql`, `,
  );
  return versionCases(db, {
    join: sql`JOIN (VALUES ${values}) AS l(map_id, case_id) ON l.map_id = c.map_id AND l.case_id = c.case_id`,
  });
}

/** Maps (id, organisation, period) of one body, or of every body. */
export async function mapsOf(db: Db | Tx, orgId?: string) {
  const res = await db.execute(sql`
    SELECT m.id AS "mapId", m.org_id AS "orgId", m.period_from AS "periodFrom"
    FROM maps m ${orgId ? sql`WHERE m.org_id = ${orgId}::uuid` : sql``}`);
  return rowsOf<{ mapId: string; orgId: string; periodFrom: number }>(res);
}

export async function orgsByIds(db: Db | Tx, ids: readonly string[]): Promise<Map<string, OrgRow>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

const REF_TABLES = {
  public_services: publicServices,
  information_systems: informationSystems,
  legal_acts: legalActs,
} as const;
export type RefTable = keyof typeof REF_TABLES;

/** Rows (id, code, name, active) of a reference table among the given ids (all rows without `ids`). */
export async function refsByIds(
  db: Db | Tx,
  table: RefTable,
  ids?: readonly string[],
): Promise<Map<string, { id: string; code: string | null; name: LocalizedText; isActive: boolean }>> {
  if (ids && !ids.length) return new Map();
  const t = REF_TABLES[table];
  const rows = await db
    .select({ id: t.id, code: t.code, name: t.name, isActive: t.isActive })
    .from(t)
    .where(ids ? inArray(t.id, [...new Set(ids)]) : undefined);
  return new Map(rows.map((r) => [r.id, r]));
}

/** The models of the current variants of the processes (all processes when `processIds` is undefined). */
export async function currentVariantModels(
  db: Db | Tx,
  processIds?: readonly string[],
): Promise<{ processId: string; kind: string; model: Record<string, unknown> }[]> {
  if (processIds && !processIds.length) return [];
  return db
    .selectDistinctOn([processVariants.processId, processVariants.kind], {
      processId: processVariants.processId,
      kind: processVariants.kind,
      model: processVariants.model,
    })
    .from(processVariants)
    .where(processIds ? inArray(processVariants.processId, [...new Set(processIds)]) : undefined)
    .orderBy(processVariants.processId, processVariants.kind, desc(processVariants.revision));
}

/** The active data objects held by e-government systems, in the shape the repeated-data rule reads. */
export async function activeDataObjects(db: Db | Tx): Promise<(RegistryDataObject & { code: string })[]> {
  const rows = await db.select().from(dataObjects).where(eq(dataObjects.isActive, true));
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    synonyms: r.synonyms,
    informationSystemId: r.informationSystemId,
  }));
}

/** The organisation owning each of the linked maps (maps that do not exist are absent). */
export async function mapOwners(db: Db | Tx, links: readonly CaseLink[]): Promise<Map<string, string>> {
  const mapIds = [...new Set(links.map((l) => l.mapId))];
  if (!mapIds.length) return new Map();
  const res = await db.execute(sql`SELECT id, org_id FROM maps WHERE id IN (${uuidList(mapIds)})`);
  return new Map(rowsOf<{ id: string; org_id: string }>(res).map((r) => [r.id, r.org_id]));
}
