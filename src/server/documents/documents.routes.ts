import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../api/common.ts';
import { VersionParams } from '../../api/maps.ts';
import { policy } from '../../domain/auth/policy.ts';
import type { DocumentLocale } from '../../domain/documents/form-labels.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../db/connect.ts';
import { requireActor } from '../http/context.ts';
import { entityTag } from '../http/etag.ts';
import { findMap, findVersion, findVersionById } from '../maps/maps.queries.ts';
import { findPublicVersion, publicMap } from '../portal/portal.queries.ts';
import { DocumentCache } from './document.cache.ts';
import { DocumentQuery, documentLocale, FORMAT_NAMES } from './document.request.ts';
import { referenceNames } from './documents.queries.ts';
import { documentFileName, type LoadedVersion, mapDocumentModel } from './map.model.ts';
import type { PdfPrinter } from './pdf.printer.ts';
import { DOCUMENT_FORMATS, type DocumentFormat, renderDocument, sendRendered } from './send.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/**
 * A map version as the official document of the Form (Order 251/НҚ): DOCX for editing in Word,
 * print HTML for PDF. Internal routes see what `GET /api/maps/:mapId/versions/:number` sees; the
 * public ones only published versions, like the rest of /api/public.
 */
export function documentsRoutes(app: FastifyInstance, deps: { db: Db; printer: PdfPrinter }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  async function loadVisible(req: FastifyRequest, mapId: string, number: number): Promise<LoadedVersion> {
    const actor = requireActor(req);
    const found = await findMap(db, mapId);
    // Another body's map answers exactly like a missing one (policy.viewVersion, as the editor's route).
    if (!found) throw new AppError('map.not_found');
    const version = await findVersion(db, mapId, number);
    if (!version || !policy.viewVersion(actor, { orgId: found.map.orgId, status: version.status }))
      throw new AppError('map.not_found');
    return {
      ...found,
      versionId: version.id,
      revision: version.revision,
      number: version.number,
      content: version.content,
    };
  }

  async function loadPublished(mapId: string, number: number): Promise<LoadedVersion> {
    const found = await publicMap(db, mapId);
    if (!found) throw new AppError('map.not_found');
    const version = await findPublicVersion(db, mapId, number);
    if (!version) throw new AppError('map.not_found');
    const row = (await findVersionById(db, version.id))!;
    return { ...found, versionId: row.id, revision: row.revision, number: row.number, content: row.content };
  }

  // Rendered documents by what they are made of: a published version's PDF is printed once.
  const rendered = new DocumentCache(128 * 1024 * 1024);

  const send = async (
    reply: FastifyReply,
    loaded: LoadedVersion,
    locale: DocumentLocale,
    format: DocumentFormat,
  ) => {
    // The names the document prints are part of its key: a renamed reference row is a new document.
    const names = await referenceNames(db, loaded.content);
    const key = entityTag(
      loaded.versionId,
      loaded.revision,
      locale,
      format,
      JSON.stringify(loaded.org.name),
      JSON.stringify([...names].sort(([a], [b]) => (a < b ? -1 : 1))),
    );
    const body = await rendered.get(key, async () =>
      renderDocument(await mapDocumentModel(db, loaded, locale, names), format, deps.printer),
    );
    return sendRendered(
      reply,
      body,
      format,
      documentFileName(loaded.org, loaded.map.periodFrom, loaded.number, locale),
    );
  };

  for (const ext of DOCUMENT_FORMATS) {
    const what = FORMAT_NAMES[ext];
    r.get(`/api/maps/:mapId/versions/:number/map.${ext}`, {
      schema: {
        tags: ['maps'],
        summary: `A version as the official map document (${what}, kk or ru)`,
        params: VersionParams,
        querystring: DocumentQuery,
        response: errors,
      },
      handler: async (req, reply) => {
        const loaded = await loadVisible(req, req.params.mapId, req.params.number);
        return send(reply, loaded, documentLocale(req, req.query.lang), ext);
      },
    });

    r.get(`/api/public/maps/:mapId/versions/:number/map.${ext}`, {
      schema: {
        tags: ['portal'],
        summary: `A published version as the official map document (${what}, kk or ru)`,
        params: VersionParams,
        querystring: DocumentQuery,
        response: { 400: ErrorBody, 404: ErrorBody },
      },
      handler: async (req, reply) => {
        const loaded = await loadPublished(req.params.mapId, req.params.number);
        return send(reply, loaded, documentLocale(req, req.query.lang), ext);
      },
    });
  }
}
