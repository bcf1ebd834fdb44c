import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../api/common.ts';
import { DiffQuery } from '../../api/maps.ts';
import { MapParams } from '../../api/monitoring.ts';
import { policy } from '../../domain/auth/policy.ts';
import { buildRedlineDocumentModel } from '../../domain/documents/redline.document.ts';
import { AppError } from '../../domain/errors.ts';
import { diffMaps } from '../../domain/map/map.diff.ts';
import type { Db } from '../db/connect.ts';
import { requireActor } from '../http/context.ts';
import { findMap, findVersion } from '../maps/maps.queries.ts';
import { DocumentQuery, documentLocale, FORMAT_NAMES } from './document.request.ts';
import { referenceNames } from './documents.queries.ts';
import type { PdfPrinter } from './pdf.printer.ts';
import { DOCUMENT_FORMATS, safeFileName, sendDocument } from './send.ts';

/**
 * The redline between two versions of a map (R.41–R.42) as a document reviewers attach, from the
 * same diff as GET /api/maps/:mapId/diff and with the same visibility: both versions must be
 * visible to the caller (policy.viewVersion), else 404.
 */
export function redlineDocumentRoutes(app: FastifyInstance, deps: { db: Db; printer: PdfPrinter }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  for (const ext of DOCUMENT_FORMATS) {
    r.get(`/api/maps/:mapId/diff.${ext}`, {
      schema: {
        tags: ['maps'],
        summary: `The redline between two versions as a document (${FORMAT_NAMES[ext]}, kk or ru)`,
        params: MapParams,
        querystring: DiffQuery.extend(DocumentQuery.shape),
        response: { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 503: ErrorBody },
      },
      handler: async (req, reply) => {
        const actor = requireActor(req);
        const found = await findMap(db, req.params.mapId);
        const [a, b] = found
          ? await Promise.all([
              findVersion(db, found.map.id, req.query.from),
              findVersion(db, found.map.id, req.query.to),
            ])
          : [];
        const visible = (v: typeof a) =>
          v && found && policy.viewVersion(actor, { orgId: found.map.orgId, status: v.status });
        if (!found || !a || !b || !visible(a) || !visible(b)) throw new AppError('map.not_found');
        const names = new Map([
          ...(await referenceNames(db, a.content)),
          ...(await referenceNames(db, b.content)),
        ]);
        const locale = documentLocale(req, req.query.lang);
        const model = buildRedlineDocumentModel({
          locale,
          organisation: { name: found.org.name },
          from: { number: a.number, content: a.content },
          to: { number: b.number, content: b.content },
          diff: diffMaps(a.content, b.content),
          referenceNames: names,
        });
        return sendDocument(
          reply,
          model,
          ext,
          `dt-map-${safeFileName(found.org.code)}-diff-v${a.number}-v${b.number}-${locale}`,
          deps.printer,
        );
      },
    });
  }
}
