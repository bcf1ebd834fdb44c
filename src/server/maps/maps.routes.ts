import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../api/common.ts';
import {
  CreateMapBody,
  DeleteSectionQuery,
  MapSummaryOut,
  ReorderBody,
  SaveSectionBody,
  SaveSectionOut,
  SectionParams,
  ValidateBody,
  ValidateOut,
  VersionOut,
  VersionParams,
} from '../../api/maps.ts';
import { policy } from '../../domain/auth/policy.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import { AppError } from '../../domain/errors.ts';
import { MapDocumentSchema } from '../../domain/map/map.schema.ts';
import { validateMap } from '../../domain/map/map.validate.ts';
import { loadCalendar } from '../calendar/calendar.queries.ts';
import type { Db } from '../db/connect.ts';
import { requireActor, useCaseDeps } from '../http/context.ts';
import { answeredNotModified, entityTag } from '../http/etag.ts';
import { acceptsGzip, sendJsonPieces } from '../http/gzip.ts';
import { createMap, deleteSector, reorderMapSectors, saveSection } from './maps.actions.ts';
import { presentSummary, presentVersion, presentVersionMeta, type VersionContext } from './maps.present.ts';
import {
  findMap,
  findVersion,
  findVersionById,
  findVersionForReading,
  findVersionNumber,
  findVersionText,
  listMapsOfOrg,
  listSubmittedMaps,
  userNames,
  type VersionSummary,
} from './maps.queries.ts';
import {
  cachedFindings,
  type DocumentText,
  findingsOf,
  gzippedDocument,
  storedDocumentText,
} from './version.memo.ts';

/**
 * What presenting a version needs besides the row: names, the base version, the calendar, today.
 * `named`: the name and number already read with the version (findVersionForReading).
 */
export async function versionContext(
  db: Db,
  clock: () => Date,
  version: VersionSummary,
  named?: { updatedByName: string | null; basedOnNumber: number | null },
): Promise<VersionContext> {
  const byName = named
    ? named.updatedByName
    : version.updatedBy
      ? ((await userNames(db, [version.updatedBy])).get(version.updatedBy) ?? null)
      : null;
  // Only the base version's number: its document is not needed (and weighs as much as this one).
  const basedOnNumber = named
    ? named.basedOnNumber
    : version.basedOnVersionId
      ? await findVersionNumber(db, version.basedOnVersionId)
      : undefined;
  return {
    updatedByName: byName,
    basedOnNumber: basedOnNumber ?? null,
    calendar: await loadCalendar(db),
    today: almatyDate(clock()).date,
  };
}

/**
 * A version's small columns (with its map and what it names) and its document text, from this
 * process's memo when it holds that revision. A save between the two reads changes the revision,
 * so the text is not found: then the version and its text are read in one statement, which cannot
 * disagree.
 */
async function versionWithText(db: Db, mapId: string, number: number) {
  const found = await findVersionForReading(db, mapId, number);
  if (!found) return undefined;
  const stored = await storedDocumentText(db, found.version);
  if (stored) return { ...found, document: stored };
  const read = await findVersionText(db, mapId, number);
  if (!read) return undefined;
  const { text, sectorIds, ...version } = read;
  const document: DocumentText = { json: Buffer.from(text), sectorIds };
  // The save that came between may have another author (the base a version is made from never changes).
  const updatedByName = version.updatedBy
    ? ((await userNames(db, [version.updatedBy])).get(version.updatedBy) ?? null)
    : null;
  return { ...found, version, document, updatedByName };
}

const CLOSE = Buffer.from('}');

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Maps: authoring a draft section by section, the document as JSON in and out. */
export function mapsRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const actionDeps = (req: FastifyRequest) => useCaseDeps(req, db, deps.clock);

  async function loadVisible(req: FastifyRequest, mapId: string, number: number) {
    const actor = requireActor(req);
    const found = await findMap(db, mapId);
    // Another body's map answers exactly like a missing one: its existence is not disclosed.
    if (!found) throw new AppError('map.not_found');
    const version = await findVersion(db, mapId, number);
    if (!version || !policy.viewVersion(actor, { orgId: found.map.orgId, status: version.status }))
      throw new AppError('map.not_found');
    return { found, version, actor };
  }

  r.get('/api/maps', {
    schema: {
      tags: ['maps'],
      summary: "The maps of the user's organisation (and, for reviewers, every submitted map)",
      response: { 200: z.array(MapSummaryOut), 401: ErrorBody },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      // The reviewing side (authorized body, Center) also sees every map submitted for agreement.
      const rows = policy.isReviewSide(actor)
        ? [...(await listMapsOfOrg(db, actor.orgId)), ...(await listSubmittedMaps(db, actor.orgId))]
        : await listMapsOfOrg(db, actor.orgId);
      // The documents stay in the database unless this process has not checked that revision yet.
      const out = [];
      for (const row of rows) {
        const findings =
          cachedFindings(row.version) ??
          findingsOf(row.version, (await findVersionById(db, row.version.id))!.content);
        out.push(presentSummary(row, findings));
      }
      return out;
    },
  });

  r.post('/api/maps', {
    schema: {
      tags: ['maps'],
      summary: 'Create the map of the organisation: empty in the official form, or from a JSON document',
      body: CreateMapBody,
      response: { 201: VersionOut, ...errors },
    },
    handler: async (req, reply) => {
      const d = actionDeps(req);
      const { map, version } = await createMap(d, { document: req.body.document });
      const found = await findMap(db, map.id);
      return reply
        .status(201)
        .send(presentVersion(found!, version, d.actor, await versionContext(db, deps.clock, version)));
    },
  });

  r.post('/api/maps/validate', {
    schema: {
      tags: ['maps'],
      summary: 'Check a map document against the Rules and the Form',
      body: ValidateBody,
      response: { 200: ValidateOut, ...errors },
    },
    handler: async (req) => {
      requireActor(req);
      return { findings: validateMap(req.body.document) };
    },
  });

  r.get('/api/maps/:mapId/versions/:number', {
    schema: {
      tags: ['maps'],
      summary: 'A version of a map for the editor',
      params: VersionParams,
      response: { 200: VersionOut, ...errors },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const { mapId, number } = req.params;
      const read = await versionWithText(db, mapId, number);
      // Another body's map answers exactly like a missing one: its existence is not disclosed.
      if (!read || !policy.viewVersion(actor, { orgId: read.map.orgId, status: read.version.status }))
        throw new AppError('map.not_found');
      const { version, document } = read;
      const context = await versionContext(db, deps.clock, version, read);
      const meta = presentVersionMeta(read, version, actor, context, {
        sectorIds: document.sectorIds,
        findings: findingsOf(version, () => JSON.parse(document.json.toString('utf8'))),
      });
      // The document goes out as the database holds it: it was checked against the map schema
      // when it was written, so it is neither parsed nor re-serialised here (at national scale it
      // is ≈1.4 MB, and that work was most of the request). The rest depends on the reader and on
      // today, so it is part of the entity tag with the version's revision.
      const metaJson = JSON.stringify(meta);
      if (answeredNotModified(req, reply, entityTag(version.id, version.revision, metaJson), 'private'))
        return reply;
      // Bytes go out as they are (no response serialiser): the reader's part, then the document —
      // gzipped when the client takes it, the document's piece deflated once per revision.
      const compressed = acceptsGzip(req.headers['accept-encoding'])
        ? await gzippedDocument(document)
        : undefined;
      return sendJsonPieces(req, reply, [
        Buffer.from(`${metaJson.slice(0, -1)},"document":`),
        { bytes: document.json, compressed },
        CLOSE,
      ]);
    },
  });

  r.get('/api/maps/:mapId/versions/:number/document', {
    schema: {
      tags: ['maps'],
      summary: 'The version as the map JSON document (the exchange format)',
      params: VersionParams,
      response: { 200: MapDocumentSchema, ...errors },
    },
    handler: async (req, reply) => {
      const { found, version } = await loadVisible(req, req.params.mapId, req.params.number);
      reply.header(
        'content-disposition',
        `attachment; filename="dt-map-${found.org.code}-${found.map.periodFrom}-v${version.number}.json"`,
      );
      return version.content;
    },
  });

  r.put('/api/maps/:mapId/versions/:number/sections/:section', {
    schema: {
      tags: ['maps'],
      summary: 'Save one section (passport, sector:<id>, attachments) on the revision it was based on',
      params: SectionParams,
      body: SaveSectionBody,
      response: { 200: SaveSectionOut, ...errors },
    },
    handler: async (req) => {
      const { mapId, number, section } = req.params;
      const { version, sectionRevision } = await saveSection(actionDeps(req), {
        mapId,
        number,
        section,
        baseRevision: req.body.baseRevision,
        content: req.body.content,
      });
      return {
        sectionRevision,
        revision: version.revision,
        updatedAt: version.updatedAt.toISOString(),
        findings: findingsOf(version, version.content),
      };
    },
  });

  r.delete('/api/maps/:mapId/versions/:number/sections/:section', {
    schema: {
      tags: ['maps'],
      summary: 'Remove a sector from a draft',
      params: SectionParams,
      querystring: DeleteSectionQuery,
      response: { 200: SaveSectionOut, ...errors },
    },
    handler: async (req) => {
      const { mapId, number, section } = req.params;
      const { version, sectionRevision } = await deleteSector(actionDeps(req), {
        mapId,
        number,
        section,
        baseRevision: req.query.baseRevision,
      });
      return {
        sectionRevision,
        revision: version.revision,
        updatedAt: version.updatedAt.toISOString(),
        findings: findingsOf(version, version.content),
      };
    },
  });

  r.put('/api/maps/:mapId/versions/:number/sector-order', {
    schema: {
      tags: ['maps'],
      summary: 'Reorder the sectors of a draft',
      params: VersionParams,
      body: ReorderBody,
      response: { 200: SaveSectionOut, ...errors },
    },
    handler: async (req) => {
      const { version } = await reorderMapSectors(actionDeps(req), { ...req.params, order: req.body.order });
      return {
        sectionRevision: version.revision,
        revision: version.revision,
        updatedAt: version.updatedAt.toISOString(),
        findings: findingsOf(version, version.content),
      };
    },
  });
}
