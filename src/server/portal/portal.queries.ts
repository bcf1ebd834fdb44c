import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';
import { maps, mapVersions, organisations } from '../db/schema.ts';
import { type VersionSummary, versionSummaryColumns } from '../maps/maps.queries.ts';
import { titlesOf } from '../maps/version.memo.ts';

/** Statuses the public may read: the version in force and the ones it replaced (R.24). */
export const PUBLIC_STATUSES = ['published', 'superseded'] as const;

const isPublic = () => inArray(mapVersions.status, [...PUBLIC_STATUSES]);

/**
 * Every map with a published version, with its version in force: number, date and title only
 * (the list never shows the document; a caller that needs it loads it by `version.id`).
 */
export async function listPublishedMaps(db: Db) {
  const rows = await db
    .select({
      map: maps,
      org: organisations,
      version: {
        id: mapVersions.id,
        revision: mapVersions.revision,
        number: mapVersions.number,
        publishedOn: mapVersions.publishedOn,
      },
    })
    .from(maps)
    .innerJoin(organisations, eq(organisations.id, maps.orgId))
    .innerJoin(mapVersions, and(eq(mapVersions.mapId, maps.id), eq(mapVersions.status, 'published')))
    .orderBy(desc(mapVersions.publishedAt));
  // Titles from the memo: reading them in SQL decompresses every published document.
  const titles = await titlesOf(
    db,
    rows.map((r) => r.version),
  );
  return rows.map((r) => ({ ...r, version: { ...r.version, title: titles.get(r.version.id)! } }));
}

/** What the public history of a map lists of each public version. */
export interface PublicHistoryEntry {
  number: number;
  status: 'published' | 'superseded';
  approvedOn: string | null;
  publishedOn: string | null;
  amendmentGround: number | null;
}

/**
 * A published map with its organisation and the history of its public versions, oldest first, in
 * one statement; undefined when the map does not exist or was never published.
 */
export async function publicMapWithHistory(db: Db, mapId: string) {
  const rows = await db
    .select({
      map: maps,
      org: organisations,
      versions: sql<PublicHistoryEntry[]>`json_agg(json_build_object(
        'number', ${mapVersions.number}, 'status', ${mapVersions.status},
        'approvedOn', ${mapVersions.approvedOn}, 'publishedOn', ${mapVersions.publishedOn},
        'amendmentGround', ${mapVersions.amendmentGround}) ORDER BY ${mapVersions.number})`,
    })
    .from(maps)
    .innerJoin(organisations, eq(organisations.id, maps.orgId))
    .innerJoin(mapVersions, and(eq(mapVersions.mapId, maps.id), isPublic()))
    .where(eq(maps.id, mapId))
    .groupBy(maps.id, organisations.id);
  const row = rows[0];
  if (!row) return undefined;
  // json_agg arrives parsed from node-postgres and as text from some drivers.
  const versions = (
    typeof row.versions === 'string' ? JSON.parse(row.versions) : row.versions
  ) as PublicHistoryEntry[];
  return { ...row, versions };
}

/** One public version without its document, or undefined when it is not public (or missing). */
export async function findPublicVersion(
  db: Db,
  mapId: string,
  number: number,
): Promise<VersionSummary | undefined> {
  const rows = await db
    .select(versionSummaryColumns)
    .from(mapVersions)
    .where(and(eq(mapVersions.mapId, mapId), eq(mapVersions.number, number), isPublic()));
  return rows[0];
}

export async function publicMap(db: Db, mapId: string) {
  const rows = await db
    .select({ map: maps, org: organisations })
    .from(maps)
    .innerJoin(organisations, eq(organisations.id, maps.orgId))
    .where(
      and(
        eq(maps.id, mapId),
        sql`EXISTS (SELECT 1 FROM map_versions v WHERE v.map_id = ${maps.id} AND v.status IN ('published', 'superseded'))`,
      ),
    );
  return rows[0];
}
