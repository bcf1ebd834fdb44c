import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { sectionKeys } from '../../domain/map/map.sections.ts';
import type { Db, Tx } from '../db/connect.ts';
import { findingMessages, mapVersions, reviewFindings, users } from '../db/schema.ts';
import { type VersionSummary, versionSummaryColumns } from '../maps/maps.queries.ts';

export type VersionPatch = Partial<typeof mapVersions.$inferInsert>;

export async function updateVersion(tx: Tx, id: string, patch: VersionPatch) {
  const [row] = await tx.update(mapVersions).set(patch).where(eq(mapVersions.id, id)).returning();
  return row;
}

/**
 * The map's versions, oldest first, without their documents (numbers, statuses, dates, terms).
 * A caller that needs a version's content loads that one version (maps.queries.ts).
 */
export async function listVersionSummaries(db: Db | Tx, mapId: string): Promise<VersionSummary[]> {
  return db
    .select(versionSummaryColumns)
    .from(mapVersions)
    .where(eq(mapVersions.mapId, mapId))
    .orderBy(asc(mapVersions.number));
}

/** The map's draft in progress, if any: a map has at most one. */
export async function findOpenDraft(db: Db | Tx, mapId: string) {
  const rows = await db
    .select({ id: mapVersions.id, number: mapVersions.number })
    .from(mapVersions)
    .where(and(eq(mapVersions.mapId, mapId), eq(mapVersions.status, 'draft')));
  return rows[0];
}

/** A new draft copied from a version: the next number, every section at revision 1. */
export async function insertDraftCopy(
  tx: Tx,
  from: { mapId: string; id: string; content: MapDocument },
  values: { createdBy: string; amendmentGround?: number; amendmentJustification?: string },
) {
  const [last] = await tx
    .select({ number: mapVersions.number })
    .from(mapVersions)
    .where(eq(mapVersions.mapId, from.mapId))
    .orderBy(desc(mapVersions.number))
    .limit(1);
  const [row] = await tx
    .insert(mapVersions)
    .values({
      mapId: from.mapId,
      number: last.number + 1,
      status: 'draft',
      content: from.content,
      revision: 1,
      sectionRevisions: Object.fromEntries(sectionKeys(from.content).map((k) => [k, 1])),
      createdBy: values.createdBy,
      updatedBy: values.createdBy,
      basedOnVersionId: from.id,
      amendmentGround: values.amendmentGround ?? null,
      amendmentJustification: values.amendmentJustification ?? null,
    })
    .returning();
  return row;
}

/** Versions of the map in force: published ones other than `exceptId`. */
export async function publishedVersions(tx: Tx, mapId: string, exceptId: string) {
  return tx
    .select({ id: mapVersions.id })
    .from(mapVersions)
    .where(
      and(eq(mapVersions.mapId, mapId), eq(mapVersions.status, 'published'), ne(mapVersions.id, exceptId)),
    );
}

export async function insertFinding(
  tx: Tx,
  values: typeof reviewFindings.$inferInsert,
  body: string,
): Promise<typeof reviewFindings.$inferSelect> {
  const [row] = await tx.insert(reviewFindings).values(values).returning();
  await tx.insert(findingMessages).values({ findingId: row.id, authorId: values.authorId, body });
  return row;
}

export async function findFinding(db: Db | Tx, id: string) {
  const rows = await db.select().from(reviewFindings).where(eq(reviewFindings.id, id));
  return rows[0];
}

export async function addMessage(tx: Tx, findingId: string, authorId: string, body: string) {
  await tx.insert(findingMessages).values({ findingId, authorId, body });
}

export async function resolveFindingRow(tx: Tx, id: string, by: string, now: Date) {
  await tx
    .update(reviewFindings)
    .set({ status: 'resolved', resolvedAt: now, resolvedBy: by })
    .where(eq(reviewFindings.id, id));
}

/** The findings of the map's versions with their threads, oldest first. */
export async function listFindings(db: Db | Tx, mapId: string) {
  const findings = await db
    .select({ f: reviewFindings, author: users.fullName })
    .from(reviewFindings)
    .innerJoin(users, eq(users.id, reviewFindings.authorId))
    .where(eq(reviewFindings.mapId, mapId))
    .orderBy(asc(reviewFindings.createdAt));
  const ids = findings.map((r) => r.f.id);
  const messages = ids.length
    ? await db
        .select({ m: findingMessages, author: users.fullName, orgId: users.orgId })
        .from(findingMessages)
        .innerJoin(users, eq(users.id, findingMessages.authorId))
        .where(inArray(findingMessages.findingId, ids))
        .orderBy(asc(findingMessages.createdAt))
    : [];
  return findings.map(({ f, author }) => ({
    ...f,
    authorName: author,
    messages: messages.filter((m) => m.m.findingId === f.id).map((m) => ({ ...m.m, authorName: m.author })),
  }));
}

export async function openFindingIds(tx: Tx, versionId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: reviewFindings.id })
    .from(reviewFindings)
    .where(and(eq(reviewFindings.versionId, versionId), eq(reviewFindings.status, 'open')));
  return rows.map((r) => r.id);
}
