import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';
import { maps, mapVersions, organisations } from '../db/schema.ts';

/** Statuses the public may read: the version in force and the ones it replaced (R.24). */
export const PUBLIC_STATUSES = ['published', 'superseded'] as const;

/** Every map with a published version, with its version in force. */
export async function listPublishedMaps(db: Db) {
  return db
    .select({ map: maps, org: organisations, version: mapVersions })
    .from(maps)
    .innerJoin(organisations, eq(organisations.id, maps.orgId))
    .innerJoin(mapVersions, and(eq(mapVersions.mapId, maps.id), eq(mapVersions.status, 'published')))
    .orderBy(desc(mapVersions.publishedAt));
}

/** The public versions of one map, oldest first (empty when nothing was ever published). */
export async function publicVersions(db: Db, mapId: string) {
  return db
    .select()
    .from(mapVersions)
    .where(and(eq(mapVersions.mapId, mapId), inArray(mapVersions.status, [...PUBLIC_STATUSES])))
    .orderBy(asc(mapVersions.number));
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
