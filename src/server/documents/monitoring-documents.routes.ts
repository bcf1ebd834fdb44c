import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../api/common.ts';
import { MapParams, NationalQuery } from '../../api/monitoring.ts';
import { policy } from '../../domain/auth/policy.ts';
import {
  buildMonitoringDocumentModel,
  buildNationalDocumentModel,
} from '../../domain/documents/monitoring.document.ts';
import type { Db } from '../db/connect.ts';
import { authorize, requireActor } from '../http/context.ts';
import { visibleMap } from '../monitoring/monitoring.actions.ts';
import { buildSummary } from '../monitoring/monitoring.present.ts';
import { buildNational } from '../monitoring/national.routes.ts';
import { DocumentQuery, documentLocale, FORMAT_NAMES } from './document.request.ts';
import type { PdfPrinter } from './pdf.printer.ts';
import { DOCUMENT_FORMATS, safeFileName, sendDocument } from './send.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 503: ErrorBody };

/**
 * The monitoring reports as official documents, siblings of the XLSX workbooks: a body's report
 * (R.27) from the same summary as GET …/summary and …/summary.xlsx, with the same visibility
 * (visibleMap); the national report (R.28) from the same builder as /api/monitoring/national,
 * for the authorized body and the Center only.
 */
export function monitoringDocumentRoutes(
  app: FastifyInstance,
  deps: { db: Db; printer: PdfPrinter; clock: () => Date },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  for (const ext of DOCUMENT_FORMATS) {
    r.get(`/api/monitoring/maps/:mapId/summary.${ext}`, {
      schema: {
        tags: ['monitoring'],
        summary: `The body's monitoring report: KPI (R.25), indicators by year, the plan-schedule, the terms, R.19 (${FORMAT_NAMES[ext]}, kk or ru)`,
        params: MapParams,
        querystring: DocumentQuery,
        response: errors,
      },
      handler: async (req, reply) => {
        const actor = requireActor(req);
        const found = await visibleMap(db, actor, req.params.mapId);
        const summary = await buildSummary(db, found, actor, deps.clock());
        const locale = documentLocale(req, req.query.lang);
        return sendDocument(
          reply,
          buildMonitoringDocumentModel(summary, locale),
          ext,
          `monitoring-${safeFileName(found.org.code)}-${summary.today}-${locale}`,
          deps.printer,
        );
      },
    });

    r.get(`/api/monitoring/national.${ext}`, {
      schema: {
        tags: ['monitoring'],
        summary: `The national monitoring report (R.28): the bodies ranked, the totals, the R.19 roll-up (${FORMAT_NAMES[ext]}, kk or ru)`,
        querystring: NationalQuery.extend(DocumentQuery.shape),
        response: errors,
      },
      handler: async (req, reply) => {
        const actor = requireActor(req);
        authorize(policy.viewAllMonitoring(actor));
        const locale = documentLocale(req, req.query.lang);
        const national = await buildNational(db, actor, deps.clock(), locale, req.query);
        return sendDocument(
          reply,
          buildNationalDocumentModel(national, locale),
          ext,
          `monitoring-national-${national.today}-${locale}`,
          deps.printer,
        );
      },
    });
  }
}
