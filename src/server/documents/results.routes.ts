import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../api/common.ts';
import type { BpmnMetrics } from '../../domain/bpmn/bpmn.metrics.ts';
import type { DocumentLocale } from '../../domain/documents/form-labels.ts';
import { buildResultsDocumentModel } from '../../domain/documents/results.document.ts';
import { AppError } from '../../domain/errors.ts';
import { canViewProject, type VariantKind } from '../../domain/reengineering/project.workflow.ts';
import type { Db } from '../db/connect.ts';
import { requireActor } from '../http/context.ts';
import type { OrgRow } from '../maps/maps.queries.ts';
import { contentOf, subjectOf } from '../reengineering/projects.actions.ts';
import {
  currentVariants,
  findOrg,
  findProject,
  type ProjectRow,
  projectProcessRows,
} from '../reengineering/projects.queries.ts';
import { DocumentQuery, documentLocale, FORMAT_NAMES } from './document.request.ts';
import type { PdfPrinter } from './pdf.printer.ts';
import { legalActsByIds, organisationNames } from './results.queries.ts';
import { DOCUMENT_FORMATS, type DocumentFormat, safeFileName, sendDocument } from './send.ts';

const Params = z.object({ projectId: z.string().uuid() });

/** reengineering-results-<orgcode>-<project id prefix>-<lang> */
const fileName = (org: OrgRow, p: ProjectRow, locale: DocumentLocale) =>
  `reengineering-results-${safeFileName(org.code)}-${p.id.slice(0, 8)}-${locale}`;

/**
 * The results of a reengineering project (R.32, R.35–R.37) as an official document with its
 * diagrams. Internal: whoever may open the project's page (canViewProject, as GET /api/projects/:id),
 * with the team; public: published projects only, with what the portal shows (as-is and target
 * variants, justification, action plan) — the team and its protocols stay internal.
 */
export function resultsDocumentRoutes(app: FastifyInstance, deps: { db: Db; printer: PdfPrinter }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  async function visible(req: FastifyRequest, id: string) {
    const actor = requireActor(req);
    const p = await findProject(db, id);
    if (!p || !canViewProject(actor, subjectOf(p))) throw new AppError('project.not_found');
    const org = await findOrg(db, p.orgId);
    if (!org) throw new AppError('project.not_found');
    return { p, org };
  }

  async function published(id: string) {
    const p = await findProject(db, id);
    const org = p ? await findOrg(db, p.orgId) : undefined;
    if (!p || !org || p.stage !== 'published') throw new AppError('project.not_found');
    return { p, org };
  }

  async function send(
    reply: FastifyReply,
    loaded: { p: ProjectRow; org: OrgRow },
    audience: 'internal' | 'public',
    locale: DocumentLocale,
    format: DocumentFormat,
  ) {
    const { p, org } = loaded;
    const content = contentOf(p);
    const processes = await projectProcessRows(db, p.id);
    const variants = await currentVariants(
      db,
      processes.map((x) => x.id),
    );
    const model = buildResultsDocumentModel({
      locale,
      audience,
      organisation: { name: org.name },
      caseName: p.caseName,
      approvedOn: p.approvedOn,
      publishedOn: p.publishedOn,
      content,
      legalActs: await legalActsByIds(db, content.asIs.legalActIds),
      orgNames:
        audience === 'internal'
          ? await organisationNames(
              db,
              content.team.flatMap((m) => (m.orgId ? [m.orgId] : [])),
            )
          : new Map(),
      processes: processes.map((proc) => ({
        id: proc.id,
        name: proc.name,
        variants: variants
          .filter((v) => v.processId === proc.id)
          .map((v) => ({
            kind: v.kind as VariantKind,
            svg: v.svg,
            metrics: v.metrics as unknown as BpmnMetrics,
          })),
      })),
    });
    return sendDocument(reply, model, format, fileName(org, p, locale), deps.printer);
  }

  for (const ext of DOCUMENT_FORMATS) {
    r.get(`/api/projects/:projectId/results.${ext}`, {
      schema: {
        tags: ['reengineering'],
        summary: `The project's results with the diagrams, as an official document (${FORMAT_NAMES[ext]}, kk or ru)`,
        params: Params,
        querystring: DocumentQuery,
        response: { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 503: ErrorBody },
      },
      handler: async (req, reply) =>
        send(
          reply,
          await visible(req, req.params.projectId),
          'internal',
          documentLocale(req, req.query.lang),
          ext,
        ),
    });

    r.get(`/api/public/projects/:projectId/results.${ext}`, {
      schema: {
        tags: ['portal'],
        summary: `A published project's results (R.37) as an official document (${FORMAT_NAMES[ext]}, kk or ru)`,
        params: Params,
        querystring: DocumentQuery,
        response: { 400: ErrorBody, 404: ErrorBody, 503: ErrorBody },
      },
      handler: async (req, reply) =>
        send(
          reply,
          await published(req.params.projectId),
          'public',
          documentLocale(req, req.query.lang),
          ext,
        ),
    });
  }
}
