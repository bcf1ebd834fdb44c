import { and, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../domain/locale.ts';
import type { ReferenceTable } from '../../domain/map/map.references.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import type { Db, Tx } from '../db/connect.ts';
import { preparedOn } from '../db/prepared.ts';
import {
  informationSystems,
  maps,
  mapVersions,
  organisations,
  planningDocuments,
  publicServices,
  users,
} from '../db/schema.ts';

export type MapRow = typeof maps.$inferSelect;
export type VersionRow = typeof mapVersions.$inferSelect;
export type OrgRow = typeof organisations.$inferSelect;

const { content: _content, ...summaryColumns } = getTableColumns(mapVersions);
/**
 * Every column of map_versions but the document (`content`, ≈1.4 MB of JSONB at national scale):
 * select these wherever only numbers, statuses and dates are read.
 */
export const versionSummaryColumns = summaryColumns;
export type VersionSummary = Omit<VersionRow, 'content'>;
/** The document as the JSON text the database holds, and the ids of its sectors (its live sections). */
const documentTextColumn = sql<string>`${mapVersions.content}::text`;
const sectorIdsColumn = sql<string[]>`jsonb_path_query_array(${mapVersions.content}, '$.sectors[*].id')`;
/** The version's title, projected in SQL so the document does not leave the database. */
export const versionTitle = sql<LocalizedText>`${mapVersions.content}->'passport'->'title'`;

/** A map in a list: its organisation, one version without its document, and that version's title. */
const listedColumns = {
  map: maps,
  org: organisations,
  version: versionSummaryColumns,
  title: versionTitle,
};
export type ListedMap = { map: MapRow; org: OrgRow; version: VersionSummary; title: LocalizedText };

/** Maps of one organisation with their organisation and latest version. */
export async function listMapsOfOrg(db: Db, orgId: string): Promise<ListedMap[]> {
  const rows = await db
    .select(listedColumns)
    .from(maps)
    .innerJoin(organisations, eq(organisations.id, maps.orgId))
    .innerJoin(mapVersions, eq(mapVersions.mapId, maps.id))
    .where(
      and(
        eq(maps.orgId, orgId),
        eq(mapVersions.number, sql`(SELECT max(v.number) FROM map_versions v WHERE v.map_id = ${maps.id})`),
      ),
    )
    .orderBy(desc(maps.periodFrom));
  return rows;
}

/**
 * Maps of other organisations as the reviewing side sees them: each with its latest version that
 * has left the draft stage (drafts of other bodies are never shown).
 */
export async function listSubmittedMaps(db: Db, exceptOrgId: string): Promise<ListedMap[]> {
  return db
    .select(listedColumns)
    .from(maps)
    .innerJoin(organisations, eq(organisations.id, maps.orgId))
    .innerJoin(mapVersions, eq(mapVersions.mapId, maps.id))
    .where(
      and(
        sql`${maps.orgId} <> ${exceptOrgId}`,
        eq(
          mapVersions.number,
          sql`(SELECT max(v.number) FROM map_versions v WHERE v.map_id = ${maps.id} AND v.status <> 'draft')`,
        ),
      ),
    )
    .orderBy(desc(mapVersions.updatedAt));
}

export async function findVersionById(db: Db | Tx, id: string): Promise<VersionRow | undefined> {
  const rows = await db.select().from(mapVersions).where(eq(mapVersions.id, id));
  return rows[0];
}

/** Only the number of a version (the editor names the version a draft was based on). */
export async function findVersionNumber(db: Db | Tx, id: string): Promise<number | undefined> {
  const rows = await db
    .select({ number: mapVersions.number })
    .from(mapVersions)
    .where(eq(mapVersions.id, id));
  return rows[0]?.number;
}

/** The titles of versions with the revision each has now (the memo keys them by it). */
export async function findVersionTitles(
  db: Db | Tx,
  versions: { id: string }[],
): Promise<{ id: string; revision: number; title: LocalizedText }[]> {
  return db
    .select({ id: mapVersions.id, revision: mapVersions.revision, title: versionTitle })
    .from(mapVersions)
    .where(
      inArray(
        mapVersions.id,
        versions.map((v) => v.id),
      ),
    );
}

/** The title of a version, without loading its document. */
export async function findVersionTitle(db: Db | Tx, id: string): Promise<LocalizedText | undefined> {
  const rows = await db.select({ title: versionTitle }).from(mapVersions).where(eq(mapVersions.id, id));
  return rows[0]?.title;
}

export async function findMap(db: Db | Tx, mapId: string): Promise<{ map: MapRow; org: OrgRow } | undefined> {
  const rows = await db
    .select({ map: maps, org: organisations })
    .from(maps)
    .innerJoin(organisations, eq(organisations.id, maps.orgId))
    .where(eq(maps.id, mapId));
  return rows[0];
}

export async function findMapOfOrgForPeriod(db: Db | Tx, orgId: string, periodFrom: number) {
  const rows = await db
    .select()
    .from(maps)
    .where(and(eq(maps.orgId, orgId), eq(maps.periodFrom, periodFrom)));
  return rows[0];
}

export async function findVersion(
  db: Db | Tx,
  mapId: string,
  number: number,
): Promise<VersionRow | undefined> {
  const rows = await db
    .select()
    .from(mapVersions)
    .where(and(eq(mapVersions.mapId, mapId), eq(mapVersions.number, number)));
  return rows[0];
}

/**
 * What the editor's read of a version needs besides the document, in one statement: the map with
 * its organisation, the version's small columns, the name of who changed it last and the number
 * of the version it was based on. Undefined when the map has no such version.
 */
export async function findVersionForReading(db: Db, mapId: string, number: number) {
  const statement = preparedOn(db, 'version_for_reading', (d) => {
    const basedOn = alias(mapVersions, 'based_on');
    return d
      .select({
        map: maps,
        org: organisations,
        version: versionSummaryColumns,
        updatedByName: users.fullName,
        basedOnNumber: basedOn.number,
      })
      .from(mapVersions)
      .innerJoin(maps, eq(maps.id, mapVersions.mapId))
      .innerJoin(organisations, eq(organisations.id, maps.orgId))
      .leftJoin(users, eq(users.id, mapVersions.updatedBy))
      .leftJoin(basedOn, eq(basedOn.id, mapVersions.basedOnVersionId))
      .where(
        and(
          eq(mapVersions.mapId, sql.placeholder('mapId')),
          eq(mapVersions.number, sql.placeholder('number')),
        ),
      )
      .prepare('version_for_reading');
  });
  const rows = await statement.execute({ mapId, number });
  return rows[0];
}

/** A version's small columns with its document text, in one statement (so the two agree). */
export async function findVersionText(
  db: Db | Tx,
  mapId: string,
  number: number,
): Promise<(VersionSummary & { text: string; sectorIds: string[] }) | undefined> {
  const rows = await db
    .select({ ...versionSummaryColumns, text: documentTextColumn, sectorIds: sectorIdsColumn })
    .from(mapVersions)
    .where(and(eq(mapVersions.mapId, mapId), eq(mapVersions.number, number)));
  return rows[0];
}

/**
 * A version's document as the stored JSON text (no parse in the driver, no re-serialisation: routes
 * send it as it is) with the ids of its sectors, if the version still has the revision asked for.
 */
export async function findDocumentText(
  db: Db | Tx,
  version: { id: string; revision: number },
): Promise<{ text: string; sectorIds: string[] } | undefined> {
  const rows = await db
    .select({ text: documentTextColumn, sectorIds: sectorIdsColumn })
    .from(mapVersions)
    .where(and(eq(mapVersions.id, version.id), eq(mapVersions.revision, version.revision)));
  return rows[0];
}

/** The version row locked for the rest of the transaction, so concurrent writers queue up. */
export async function lockVersion(tx: Tx, mapId: string, number: number): Promise<VersionRow | undefined> {
  const rows = await tx
    .select()
    .from(mapVersions)
    .where(and(eq(mapVersions.mapId, mapId), eq(mapVersions.number, number)))
    .for('update');
  return rows[0];
}

export async function insertMap(tx: Tx, values: { orgId: string; periodFrom: number; createdBy: string }) {
  const [row] = await tx.insert(maps).values(values).returning();
  return row;
}

export async function insertVersion(
  tx: Tx,
  values: {
    mapId: string;
    number: number;
    content: MapDocument;
    createdBy: string;
    sectionRevisions: Record<string, number>;
  },
) {
  const [row] = await tx
    .insert(mapVersions)
    .values({ ...values, status: 'draft', revision: 1, updatedBy: values.createdBy })
    .returning();
  return row;
}

export async function updateVersionContent(
  tx: Tx,
  id: string,
  values: {
    content: MapDocument;
    revision: number;
    sectionRevisions: Record<string, number>;
    sectionAuthors: Record<string, { by: string; at: string }>;
    updatedBy: string;
    now: Date;
  },
) {
  const [row] = await tx
    .update(mapVersions)
    .set({
      content: values.content,
      revision: values.revision,
      sectionRevisions: values.sectionRevisions,
      sectionAuthors: values.sectionAuthors,
      updatedBy: values.updatedBy,
      updatedAt: values.now,
    })
    .where(eq(mapVersions.id, id))
    .returning();
  return row;
}

const TABLES = {
  public_services: publicServices,
  information_systems: informationSystems,
  planning_documents: planningDocuments,
} as const;

/** Of the given ids, those that exist in the reference table. */
export async function existingReferenceIds(
  db: Db | Tx,
  table: ReferenceTable,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const t = TABLES[table];
  const rows = await db
    .select({ id: t.id })
    .from(t)
    .where(inArray(t.id, [...new Set(ids)]));
  return new Set(rows.map((r) => r.id));
}

/** Full names of users, for "saved by" labels. */
export async function userNames(db: Db | Tx, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const rows = await db.execute<{ id: string; full_name: string }>(
    sql`SELECT id, full_name FROM users WHERE id IN (${sql.join(
      unique.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return new Map(
    (rows as unknown as { rows: { id: string; full_name: string }[] }).rows.map((r) => [r.id, r.full_name]),
  );
}
