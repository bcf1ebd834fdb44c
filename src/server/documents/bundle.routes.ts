import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { ErrorBody, IdParams } from '../../api/common.ts';
import { BundleBody, BundleOut } from '../../api/documents.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../db/connect.ts';
import { auditContext, requireActor } from '../http/context.ts';
import { type BundleSummary, bundleFile, findOwnBundle, listBundles, requestBundle } from './bundle.ts';

const present = (b: BundleSummary): BundleOut => ({
  id: b.id,
  status: b.status as BundleOut['status'],
  formats: b.formats,
  locales: b.locales,
  total: b.total,
  done: b.done,
  maps: b.maps,
  fileName: b.fileName,
  size: b.size,
  sha256: b.sha256,
  failed: b.status === 'failed',
  createdAt: b.createdAt.toISOString(),
  finishedAt: b.finishedAt?.toISOString() ?? null,
});

const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };

/**
 * The national bundle of published maps (a ZIP of DOCX/PDF), built by a job: ask for one, watch
 * its progress, download it. Every signed-in user may ask (the maps in it are public anyway);
 * each sees only their own bundles.
 */
export function bundleRoutes(app: FastifyInstance, deps: { db: Db; boss: PgBoss }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, boss } = deps;

  r.post('/api/documents/bundles', {
    schema: {
      tags: ['documents'],
      summary: 'Ask for the bundle of all published maps (queued as a job)',
      body: BundleBody,
      response: { 200: BundleOut, 202: BundleOut, ...errors },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const { bundle, created } = await requestBundle(db, boss, actor, req.body, auditContext(req));
      return reply.code(created ? 202 : 200).send(present(bundle));
    },
  });

  r.get('/api/documents/bundles', {
    schema: {
      tags: ['documents'],
      summary: 'My latest bundles, newest first',
      response: { 200: z.array(BundleOut), ...errors },
    },
    handler: async (req) => (await listBundles(db, requireActor(req).userId)).map(present),
  });

  r.get('/api/documents/bundles/:id', {
    schema: {
      tags: ['documents'],
      summary: 'A bundle and its progress',
      params: IdParams,
      response: { 200: BundleOut, ...errors },
    },
    handler: async (req) => {
      const found = await findOwnBundle(db, req.params.id, requireActor(req).userId);
      if (!found) throw new AppError('not_found');
      return present(found);
    },
  });

  r.get('/api/documents/bundles/:id/file', {
    schema: {
      tags: ['documents'],
      summary: 'The ZIP of a finished bundle',
      params: IdParams,
    },
    handler: async (req, reply) => {
      const found = await bundleFile(db, req.params.id, requireActor(req).userId);
      if (!found) throw new AppError('not_found');
      return reply
        .type('application/zip')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="${found.fileName}"`)
        .send(Buffer.from(found.file));
    },
  });
}
