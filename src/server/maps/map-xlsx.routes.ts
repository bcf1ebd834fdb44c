import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../api/common.ts';
import { VersionOut, VersionParams } from '../../api/maps.ts';
import { policy } from '../../domain/auth/policy.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../db/connect.ts';
import { requireActor, useCaseDeps } from '../http/context.ts';
import { requestLocale } from '../http/locale.ts';
import { listReference } from '../reference/reference.queries.ts';
import { mapWorkbook, XLSX_CONTENT_TYPE } from './map.xlsx.ts';
import { importMapWorkbook } from './map-xlsx.actions.ts';
import { presentVersion } from './maps.present.ts';
import { findMap, findVersion } from './maps.queries.ts';
import { versionContext } from './maps.routes.ts';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
};

export const ImportQuery = z.object({ baseRevision: z.coerce.number().int().min(0) });
/** The workbook travels base64-encoded in JSON, as the monitoring import does. */
export const ImportBody = z.object({
  file: z.object({ name: z.string().max(255), contentBase64: z.string().min(1) }),
});
export const ImportOut = z.object({
  /** The sections the import changed (none when the file matched the draft). */
  changed: z.array(z.string()),
  version: VersionOut,
});

/** A map version's cases, plan-schedule and indicators in and out of Excel. */
export function mapXlsxRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get('/api/maps/:mapId/versions/:number/map.xlsx', {
    schema: {
      tags: ['maps'],
      summary:
        "The version's cases, business processes, plan-schedule and indicators as an XLSX workbook (a draft's is its import template)",
      params: VersionParams,
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const found = await findMap(db, req.params.mapId);
      // Another body's map answers exactly like a missing one: its existence is not disclosed.
      if (!found) throw new AppError('map.not_found');
      const version = await findVersion(db, req.params.mapId, req.params.number);
      if (!version || !policy.viewVersion(actor, { orgId: found.map.orgId, status: version.status }))
        throw new AppError('map.not_found');
      const file = await mapWorkbook(version.content, requestLocale(req), {
        services: await listReference(db, 'public-services'),
        systems: await listReference(db, 'information-systems'),
      });
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="dt-map-${found.org.code}-${found.map.periodFrom}-v${version.number}.xlsx"`,
        )
        .send(file);
    },
  });

  r.post('/api/maps/:mapId/versions/:number/import.xlsx', {
    // A 5 MB workbook, base64-encoded.
    bodyLimit: 8 * 1024 * 1024,
    schema: {
      tags: ['maps'],
      summary:
        "Replace a draft's cases, business processes, plan-schedule and indicators from its XLSX workbook; any bad row refuses the file (nothing is imported), a stale baseRevision is 409",
      params: VersionParams,
      querystring: ImportQuery,
      body: ImportBody,
      response: { 200: ImportOut, ...errors },
    },
    handler: async (req) => {
      const d = useCaseDeps(req, db, deps.clock);
      const { version, changed } = await importMapWorkbook(d, {
        mapId: req.params.mapId,
        number: req.params.number,
        baseRevision: req.query.baseRevision,
        file: Buffer.from(req.body.file.contentBase64, 'base64'),
        locale: requestLocale(req),
      });
      const found = await findMap(db, req.params.mapId);
      return {
        changed,
        version: presentVersion(found!, version, d.actor, await versionContext(db, deps.clock, version)),
      };
    },
  });
}
