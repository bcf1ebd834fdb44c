import { createHash } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import JSZip from 'jszip';
import type PgBoss from 'pg-boss';
import type { BUNDLE_FORMATS } from '../../api/documents.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import type { DocumentLocale } from '../../domain/documents/form-labels.ts';
import type { AuditContext } from '../audit/audit.queries.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { Db } from '../db/connect.ts';
import { documentBundles } from '../db/schema.ts';
import { inTransaction } from '../jobs/boss.ts';
import { findVersionById } from '../maps/maps.queries.ts';
import { listPublishedMaps } from '../portal/portal.queries.ts';
import { documentFileName, mapDocumentModel } from './map.model.ts';
import type { PdfPrinter } from './pdf.printer.ts';
import { renderDocument, safeFileName } from './send.ts';

/**
 * The national bundle (issue 6, part 5): every published map as DOCX and/or PDF in kk and/or ru,
 * one ZIP. Building it takes a while (a PDF per map and language), so a request only records the
 * bundle and queues a pg-boss job; the job writes its progress (files made of files to make) to the
 * row after every file, and the ZIP when it is done. The requester polls the row.
 */

export const BUNDLE_QUEUE = 'document-bundle';
export type BundleFormat = (typeof BUNDLE_FORMATS)[number];
export type BundleRow = typeof documentBundles.$inferSelect;
const ACTIVE = ['queued', 'running'];

/**
 * Records a bundle and queues its job in one transaction. A user has at most one bundle in the
 * making: asking again while one is queued or running returns that one.
 */
export async function requestBundle(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  ask: { formats: BundleFormat[]; locales: DocumentLocale[] },
  audit: AuditContext,
): Promise<{ bundle: BundleRow; created: boolean }> {
  return db.transaction(async (tx) => {
    const [active] = await tx
      .select()
      .from(documentBundles)
      .where(and(eq(documentBundles.requestedBy, actor.userId), inArray(documentBundles.status, ACTIVE)))
      .limit(1);
    if (active) return { bundle: active, created: false };
    const [bundle] = await tx
      .insert(documentBundles)
      .values({
        requestedBy: actor.userId,
        formats: [...new Set(ask.formats)],
        locales: [...new Set(ask.locales)],
      })
      .returning();
    await boss.send(
      BUNDLE_QUEUE,
      { bundleId: bundle!.id },
      {
        db: inTransaction(tx) as never,
        retryLimit: 2,
        retryDelay: 5,
      },
    );
    await appendAudit(
      tx,
      audit,
      { type: 'document_bundle', id: bundle!.id },
      { type: 'documents.bundle_requested', data: { formats: bundle!.formats, locales: bundle!.locales } },
    );
    return { bundle: bundle!, created: true };
  });
}

/** The user's latest bundles, newest first (without their files). */
export async function listBundles(db: Db, userId: string, limit = 10) {
  return db
    .select(bundleColumns)
    .from(documentBundles)
    .where(eq(documentBundles.requestedBy, userId))
    .orderBy(desc(documentBundles.createdAt))
    .limit(limit);
}

/** One bundle of the user (undefined for another user's: it answers like a missing one). */
export async function findOwnBundle(db: Db, id: string, userId: string) {
  const [row] = await db
    .select(bundleColumns)
    .from(documentBundles)
    .where(and(eq(documentBundles.id, id), eq(documentBundles.requestedBy, userId)));
  return row;
}

export async function bundleFile(db: Db, id: string, userId: string) {
  const [row] = await db
    .select({
      file: documentBundles.file,
      fileName: documentBundles.fileName,
      status: documentBundles.status,
    })
    .from(documentBundles)
    .where(and(eq(documentBundles.id, id), eq(documentBundles.requestedBy, userId)));
  return row?.status === 'done' && row.file && row.fileName
    ? { file: row.file, fileName: row.fileName }
    : null;
}

const { file: _file, ...bundleColumns } = {
  file: documentBundles.file,
  id: documentBundles.id,
  status: documentBundles.status,
  formats: documentBundles.formats,
  locales: documentBundles.locales,
  total: documentBundles.total,
  done: documentBundles.done,
  maps: documentBundles.maps,
  fileName: documentBundles.fileName,
  size: documentBundles.size,
  sha256: documentBundles.sha256,
  error: documentBundles.error,
  createdAt: documentBundles.createdAt,
  startedAt: documentBundles.startedAt,
  finishedAt: documentBundles.finishedAt,
};
export type BundleSummary = Awaited<ReturnType<typeof listBundles>>[number];

/**
 * The job: every published map's version in force, in each asked format and language, into one
 * ZIP (a folder per body). Progress is written after every file; a retried job starts over.
 */
export async function runBundleJob(db: Db, printer: PdfPrinter, bundleId: string, now: () => Date) {
  const [bundle] = await db.select().from(documentBundles).where(eq(documentBundles.id, bundleId));
  if (!bundle || bundle.status === 'done') return;
  const maps = await listPublishedMaps(db);
  const formats = bundle.formats as BundleFormat[];
  const locales = bundle.locales as DocumentLocale[];
  const total = maps.length * formats.length * locales.length;
  await db
    .update(documentBundles)
    .set({ status: 'running', startedAt: now(), total, done: 0, maps: maps.length, error: null })
    .where(eq(documentBundles.id, bundleId));
  try {
    const zip = new JSZip();
    let done = 0;
    for (const m of maps) {
      // One document in memory at a time: the list carries titles, not contents.
      const row = (await findVersionById(db, m.version.id))!;
      const loaded = {
        map: m.map,
        org: m.org,
        versionId: row.id,
        revision: row.revision,
        number: row.number,
        content: row.content,
      };
      for (const locale of locales) {
        const model = await mapDocumentModel(db, loaded, locale);
        const base = documentFileName(m.org, m.map.periodFrom, m.version.number, locale);
        for (const format of formats) {
          zip.file(
            `${safeFileName(m.org.code)}/${base}.${format}`,
            await renderDocument(model, format, printer),
          );
          done++;
          await db.update(documentBundles).set({ done }).where(eq(documentBundles.id, bundleId));
        }
      }
    }
    const file = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const day = now().toISOString().slice(0, 10);
    await db
      .update(documentBundles)
      .set({
        status: 'done',
        file,
        size: file.length,
        sha256: createHash('sha256').update(file).digest('hex'),
        fileName: `dt-maps-published-${day}.zip`,
        finishedAt: now(),
      })
      .where(eq(documentBundles.id, bundleId));
  } catch (e) {
    await db
      .update(documentBundles)
      .set({
        status: 'failed',
        error: e instanceof Error ? e.message.slice(0, 2000) : String(e),
        finishedAt: now(),
      })
      .where(eq(documentBundles.id, bundleId));
    throw e;
  }
}

/** The worker of the bundle queue: one job at a time (each one prints many PDFs). */
export async function startBundleWorker(
  boss: PgBoss,
  db: Db,
  printer: PdfPrinter,
  opts: { pollSeconds: number; clock: () => Date },
) {
  await boss.createQueue(BUNDLE_QUEUE);
  await boss.work<{ bundleId: string }>(
    BUNDLE_QUEUE,
    { pollingIntervalSeconds: opts.pollSeconds, batchSize: 1 },
    async (jobs) => {
      for (const job of jobs) await runBundleJob(db, printer, job.data.bundleId, opts.clock);
    },
  );
}
