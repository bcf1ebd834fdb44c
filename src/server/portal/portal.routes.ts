import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, OrganisationOut } from '../../api/common.ts';
import { DiffQuery, VersionParams } from '../../api/maps.ts';
import { ReferenceItemOut, ReferenceParams } from '../../api/reference.ts';
import { AppError } from '../../domain/errors.ts';
import { LocalizedTextSchema } from '../../domain/locale.ts';
import { diffMaps } from '../../domain/map/map.diff.ts';
import { MapDocumentSchema } from '../../domain/map/map.schema.ts';
import type { Db } from '../db/connect.ts';
import { answeredNotModified, entityTag } from '../http/etag.ts';
import { acceptsGzip, sendJsonPieces } from '../http/gzip.ts';
import { presentOrg } from '../maps/maps.present.ts';
import { findVersionById } from '../maps/maps.queries.ts';
import { gzippedDocument, storedDocumentText } from '../maps/version.memo.ts';
import { listReference } from '../reference/reference.queries.ts';
import { findPublicVersion, listPublishedMaps, publicMapWithHistory } from './portal.queries.ts';

const PublicVersion = z.object({
  number: z.number().int(),
  status: z.enum(['published', 'superseded']),
  approvedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  amendmentGround: z.number().int().nullable(),
});
const PublicMapSummary = z.object({
  id: z.string(),
  organisation: OrganisationOut,
  title: LocalizedTextSchema,
  periodFrom: z.number().int(),
  versionNumber: z.number().int(),
  publishedOn: z.string().nullable(),
});
const MapParams = z.object({ mapId: z.string().uuid() });
const notFound = { 404: ErrorBody, 400: ErrorBody };

/**
 * The public portal's API (R.24): no session, and nothing but published versions — a map never
 * published does not exist here, and a draft or a version under review is never reachable.
 * Published content changes only by a new publication, so the map routes answer with an ETag
 * (`cache-control: public, no-cache`) and a 304 without a body when the client's copy is current.
 */
export function portalRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  /** A public version without its document: its id and revision decide the ETag of what is built from it. */
  const loadPublicVersion = async (mapId: string, number: number) => {
    const version = await findPublicVersion(db, mapId, number);
    if (!version) throw new AppError('map.not_found');
    return version;
  };
  const contentOf = async (id: string) => (await findVersionById(db, id))!.content;

  r.get('/api/public/maps', {
    schema: {
      tags: ['portal'],
      summary: 'Published maps of all bodies',
      response: { 200: z.array(PublicMapSummary) },
    },
    handler: async (req, reply) => {
      const body = (await listPublishedMaps(db)).map(({ map, org, version }) => ({
        id: map.id,
        organisation: presentOrg(org),
        title: version.title,
        periodFrom: map.periodFrom,
        versionNumber: version.number,
        publishedOn: version.publishedOn,
      }));
      if (answeredNotModified(req, reply, entityTag(JSON.stringify(body)))) return reply;
      return body;
    },
  });

  r.get('/api/public/maps/:mapId', {
    schema: {
      tags: ['portal'],
      summary: 'A published map and its history of published versions',
      params: MapParams,
      response: {
        200: z.object({
          id: z.string(),
          organisation: OrganisationOut,
          periodFrom: z.number().int(),
          versions: z.array(PublicVersion),
        }),
        ...notFound,
      },
    },
    handler: async (req, reply) => {
      const found = await publicMapWithHistory(db, req.params.mapId);
      if (!found) throw new AppError('map.not_found');
      const body = {
        id: found.map.id,
        organisation: presentOrg(found.org),
        periodFrom: found.map.periodFrom,
        versions: found.versions,
      };
      if (answeredNotModified(req, reply, entityTag(JSON.stringify(body)))) return reply;
      return body;
    },
  });

  r.get('/api/public/maps/:mapId/versions/:number', {
    schema: {
      tags: ['portal'],
      summary: 'A published version as the map document',
      params: VersionParams,
      response: { 200: MapDocumentSchema, ...notFound },
    },
    handler: async (req, reply) => {
      const version = await loadPublicVersion(req.params.mapId, req.params.number);
      if (answeredNotModified(req, reply, entityTag(version.id, version.revision))) return reply;
      // The stored text as it is (checked against the schema when written; never re-serialised).
      const document = await storedDocumentText(db, version);
      // Published versions never change: only a version deleted meanwhile has no text.
      if (!document) throw new AppError('map.not_found');
      const compressed = acceptsGzip(req.headers['accept-encoding'])
        ? await gzippedDocument(document)
        : undefined;
      return sendJsonPieces(req, reply, [{ bytes: document.json, compressed }]);
    },
  });

  r.get('/api/public/maps/:mapId/diff', {
    schema: {
      tags: ['portal'],
      summary: 'The redline between two published versions',
      params: MapParams,
      querystring: DiffQuery,
      response: { 200: z.unknown(), ...notFound },
    },
    handler: async (req, reply) => {
      const a = await loadPublicVersion(req.params.mapId, req.query.from);
      const b = await loadPublicVersion(req.params.mapId, req.query.to);
      if (answeredNotModified(req, reply, entityTag(a.id, a.revision, b.id, b.revision))) return reply;
      return diffMaps(await contentOf(a.id), await contentOf(b.id));
    },
  });

  r.get('/api/public/reference/:kind', {
    schema: {
      tags: ['portal'],
      summary: 'Reference tables the published maps point into',
      params: ReferenceParams,
      response: { 200: z.array(ReferenceItemOut), ...notFound },
    },
    handler: async (req) => listReference(db, req.params.kind),
  });
}
