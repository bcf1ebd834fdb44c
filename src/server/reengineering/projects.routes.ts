import { inArray } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { ErrorBody } from '../../api/common.ts';
import {
  ActionBody,
  ActionParams,
  AsIsPartBody,
  CompareOut,
  CompareQuery,
  DeadlineChangeBody,
  DeadlineDecisionBody,
  DeadlineDecisionParams,
  MapReengineeringOut,
  OpenProjectBody,
  PartParams,
  PlanPartBody,
  ProjectIdParams,
  ProjectListQuery,
  ProjectOut,
  ProjectSummaryOut,
  PublicProjectOut,
  PublicProjectSummaryOut,
  SavedPartOut,
  SaveVariantBody,
  StageOut,
  TeamPartBody,
  VariantOut,
  VariantParams,
} from '../../api/reengineering.ts';
import { policy } from '../../domain/auth/policy.ts';
import { diffModels } from '../../domain/bpmn/bpmn.diff.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import { AppError } from '../../domain/errors.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { rCellProgress, reengineeringQuarters } from '../../domain/reengineering/project.progress.ts';
import {
  canViewProject,
  type ProjectStage,
  reengineeringStatusOf,
} from '../../domain/reengineering/project.workflow.ts';
import { loadCalendar } from '../calendar/calendar.queries.ts';
import type { Db } from '../db/connect.ts';
import { informationSystems } from '../db/schema.ts';
import { requireActor, useCaseDeps } from '../http/context.ts';
import { presentOrg } from '../maps/maps.present.ts';
import type { OrgRow } from '../maps/maps.queries.ts';
import { findMap, findVersionById } from '../maps/maps.queries.ts';
import {
  contentOf,
  decideDeadlineChange,
  openProjectByHand,
  type ProjectDeps,
  requestDeadlineChange,
  savePart,
  subjectOf,
  takeAction,
} from './projects.actions.ts';
import { presentProject, presentSummary, repeatedIn } from './projects.present.ts';
import {
  currentVariant,
  currentVariants,
  findOrg,
  findProcess,
  findProject,
  listDeadlineChanges,
  listProjects,
  modelOf,
  type ProjectRow,
  projectProcessRows,
  registryDataObjects,
} from './projects.queries.ts';
import { saveVariant } from './variants.actions.ts';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
};

/** Reengineering projects (R.29–R.37) and the BPMN variants of registry processes. */
export function projectsRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date; boss: PgBoss }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const ctx = (req: FastifyRequest): ProjectDeps => ({
    ...useCaseDeps(req, db, deps.clock),
    boss: deps.boss,
  });

  /** The project if the actor may see it, else 404 (its existence is not disclosed). */
  async function visibleProject(req: FastifyRequest, id: string) {
    const actor = requireActor(req);
    const p = await findProject(db, id);
    if (!p || !canViewProject(actor, subjectOf(p))) throw new AppError('project.not_found');
    const org = await findOrg(db, p.orgId);
    if (!org) throw new AppError('project.not_found');
    return { p, org, actor };
  }

  r.get('/api/projects', {
    schema: {
      tags: ['reengineering'],
      summary:
        'Reengineering projects the user may see (own body; all for the authorized body, Center, Commission)',
      querystring: ProjectListQuery,
      response: { 200: z.array(ProjectSummaryOut), ...errors },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      const cal = await loadCalendar(db);
      const rows = await listProjects(db, { orgId: req.query.orgId, stage: req.query.stage });
      return rows
        .filter((x) => canViewProject(actor, subjectOf(x.project)))
        .map((x) => presentSummary(x.project, x.org, cal, deps.clock()));
    },
  });

  r.post('/api/projects', {
    schema: {
      tags: ['reengineering'],
      summary: 'Open a project by hand for a case of the approved map that has R cells',
      body: OpenProjectBody,
      response: { 201: z.object({ id: z.string() }), ...errors },
    },
    handler: async (req, reply) => {
      const p = await openProjectByHand(ctx(req), req.body.mapId, req.body.caseId);
      return reply.code(201).send({ id: p.id });
    },
  });

  r.get('/api/projects/:id', {
    schema: {
      tags: ['reengineering'],
      summary: 'A project with its checklist, models, agreements and allowed actions',
      params: ProjectIdParams,
      response: { 200: ProjectOut, ...errors },
    },
    handler: async (req) => {
      const { p, org, actor } = await visibleProject(req, req.params.id);
      return presentProject(db, p, org, actor, deps.clock());
    },
  });

  const partBodies = { team: TeamPartBody, asIs: AsIsPartBody, plan: PlanPartBody } as const;
  r.put('/api/projects/:id/parts/:part', {
    schema: {
      tags: ['reengineering'],
      summary: 'Save one part of the project (team, asIs, plan); 409 when it changed since baseRevision',
      params: PartParams,
      body: z.object({ baseRevision: z.number().int().min(0), value: z.unknown() }),
      response: { 200: SavedPartOut, ...errors },
    },
    handler: async (req) => {
      const parsed = partBodies[req.params.part].safeParse(req.body);
      if (!parsed.success)
        throw new AppError('validation.failed', {
          issues: parsed.error.issues.map((i) => ({
            path: ['body', ...i.path.map((x) => (typeof x === 'symbol' ? String(x) : x))],
            rule: i.code,
          })),
        });
      const row = await savePart(
        ctx(req),
        req.params.id,
        req.params.part,
        parsed.data.baseRevision,
        // The as-is part is sent as the description itself; the other parts as their content keys.
        (req.params.part === 'asIs' ? { asIs: parsed.data.value } : parsed.data.value) as never,
      );
      return { revision: row.revision, partRevisions: row.partRevisions };
    },
  });

  r.post('/api/projects/:id/actions/:action', {
    schema: {
      tags: ['reengineering'],
      summary: 'A step of the project life cycle (R.30–R.37)',
      params: ActionParams,
      body: ActionBody,
      response: { 200: StageOut, ...errors },
    },
    handler: async (req) => {
      const row = await takeAction(ctx(req), req.params.id, req.params.action, req.body ?? {});
      return { id: row.id, stage: row.stage as z.infer<typeof StageOut>['stage'] };
    },
  });

  r.post('/api/projects/:id/deadline-changes', {
    bodyLimit: 15 * 1024 * 1024,
    schema: {
      tags: ['reengineering'],
      summary:
        'Request to replace or extend the reengineering deadline (R.33–R.34), with the signed protocol',
      params: ProjectIdParams,
      body: DeadlineChangeBody,
      response: { 201: z.object({ id: z.string() }), ...errors },
    },
    handler: async (req, reply) => {
      const row = await requestDeadlineChange(ctx(req), req.params.id, req.body);
      return reply.code(201).send({ id: row.id });
    },
  });

  r.post('/api/projects/:id/deadline-changes/:changeId/decision', {
    schema: {
      tags: ['reengineering'],
      summary: 'The deputy head approves or rejects a deadline change',
      params: DeadlineDecisionParams,
      body: DeadlineDecisionBody,
      response: { 200: z.object({ status: z.string(), reengineeringDue: z.string() }), ...errors },
    },
    handler: async (req) =>
      decideDeadlineChange(ctx(req), req.params.id, req.params.changeId, req.body.decision, req.body.reason),
  });

  r.get('/api/projects/:id/deadline-changes/:changeId/file', {
    schema: {
      tags: ['reengineering'],
      summary: "The team's protocol file of a deadline change",
      params: DeadlineDecisionParams,
    },
    handler: async (req, reply) => {
      await visibleProject(req, req.params.id);
      const change = (await listDeadlineChanges(db, req.params.id)).find((c) => c.id === req.params.changeId);
      if (!change) throw new AppError('not_found');
      return reply
        .header('content-type', change.fileType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(change.fileName)}`)
        .send(Buffer.from(change.file));
    },
  });

  r.get('/api/maps/:mapId/reengineering', {
    schema: {
      tags: ['reengineering'],
      summary: "The map's reengineering by case: project stage, status and the actual state of each R cell",
      params: z.object({ mapId: z.string().uuid() }),
      response: { 200: MapReengineeringOut, ...errors },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      const found = await findMap(db, req.params.mapId);
      if (!found || !(policy.viewMap(actor, found.map) || policy.viewAllProcesses(actor)))
        throw new AppError('map.not_found');
      const today = almatyDate(deps.clock()).date;
      const rows = (await listProjects(db, {})).filter((x) => x.project.mapId === found.map.id);
      const out = [];
      for (const { project: p } of rows) {
        const version = await findVersionById(db, p.versionId);
        const doc = version?.content as MapDocument | undefined;
        const theCase = doc?.sectors.flatMap((s) => s.cases).find((c) => c.id === p.caseId);
        const stage = p.stage as ProjectStage;
        out.push({
          caseId: p.caseId,
          caseName: p.caseName,
          projectId: p.id,
          stage,
          reengineeringStatus: reengineeringStatusOf(stage),
          reengineeringDue: p.reengineeringDue,
          cells: rCellProgress(
            { from: doc?.passport.period.from ?? found.map.periodFrom },
            theCase ? reengineeringQuarters(theCase) : [],
            { stage, reengineeringDue: p.reengineeringDue },
            today,
          ),
        });
      }
      return out;
    },
  });

  // ---- BPMN variants of registry processes -------------------------------------------------

  async function visibleProcess(req: FastifyRequest, id: string) {
    const actor = requireActor(req);
    const process = await findProcess(db, id);
    if (!process || !policy.viewProcess(actor, process)) throw new AppError('not_found');
    return process;
  }

  r.get('/api/registry/processes/:id/variants/:kind', {
    schema: {
      tags: ['reengineering'],
      summary: 'The current BPMN variant of a process with its metrics and repeated data requests (R.40)',
      params: VariantParams,
      response: { 200: VariantOut, ...errors },
    },
    handler: async (req) => {
      await visibleProcess(req, req.params.id);
      const v = await currentVariant(db, req.params.id, req.params.kind);
      if (!v) throw new AppError('variant.not_found');
      return presentVariant(v);
    },
  });

  async function presentVariant(v: NonNullable<Awaited<ReturnType<typeof currentVariant>>>) {
    const registry = await registryDataObjects(db);
    const found = repeatedIn(v, registry);
    const systemIds = [...new Set(found.map((f) => f.informationSystemId))];
    const systems = systemIds.length
      ? await db.select().from(informationSystems).where(inArray(informationSystems.id, systemIds))
      : [];
    return {
      processId: v.processId,
      kind: v.kind as z.infer<typeof VariantOut>['kind'],
      revision: v.revision,
      xml: v.xml,
      updatedAt: v.createdAt.toISOString(),
      metrics: v.metrics as z.infer<typeof VariantOut>['metrics'],
      repeatedData: found.map((f) => {
        const d = registry.find((x) => x.id === f.dataObjectId);
        const s = systems.find((x) => x.id === f.informationSystemId);
        return {
          elementId: f.elementId,
          elementName: f.elementName,
          stepIds: f.stepIds,
          dataObject: { id: f.dataObjectId, code: d?.code ?? '', name: d?.name ?? { kk: '', ru: '' } },
          informationSystem: { id: f.informationSystemId, name: s?.name ?? { kk: '', ru: '' } },
        };
      }),
    };
  }

  r.get('/api/registry/processes/:id/variants/:kind/svg', {
    schema: {
      tags: ['reengineering'],
      summary: 'The SVG rendering of the current variant',
      params: VariantParams,
    },
    handler: async (req, reply) => {
      await visibleProcess(req, req.params.id);
      const v = await currentVariant(db, req.params.id, req.params.kind);
      if (!v) throw new AppError('variant.not_found');
      return reply.header('content-type', 'image/svg+xml; charset=utf-8').send(v.svg);
    },
  });

  r.put('/api/registry/processes/:id/variants/:kind', {
    bodyLimit: 4 * 1024 * 1024,
    schema: {
      tags: ['reengineering'],
      summary: 'Save (model or import) a BPMN variant; broken XML is refused and nothing is stored',
      params: VariantParams,
      body: SaveVariantBody,
      response: { 200: VariantOut, ...errors },
    },
    handler: async (req) => {
      const row = await saveVariant(
        ctx(req),
        req.params.id,
        req.params.kind,
        req.body.baseRevision,
        req.body.xml,
      );
      return presentVariant(row);
    },
  });

  r.get('/api/registry/processes/:id/compare', {
    schema: {
      tags: ['reengineering'],
      summary: 'The difference between two variants of a process (added / removed / changed elements)',
      params: ProjectIdParams,
      querystring: CompareQuery,
      response: { 200: CompareOut, ...errors },
    },
    handler: async (req) => {
      await visibleProcess(req, req.params.id);
      const [a, b] = await Promise.all([
        currentVariant(db, req.params.id, req.query.a),
        currentVariant(db, req.params.id, req.query.b),
      ]);
      if (!a || !b) throw new AppError('variant.not_found');
      const ma = modelOf(a);
      const mb = modelOf(b);
      const names: Record<string, string> = {};
      for (const m of [ma, mb])
        for (const el of [
          ...m.nodes,
          ...m.lanes,
          ...m.participants,
          ...m.sequenceFlows,
          ...m.messageFlows,
          ...m.dataObjects,
        ])
          if (el.name) names[el.id] = el.name;
      const diff = diffModels(ma, mb);
      return { a: req.query.a, b: req.query.b, diff, names };
    },
  });
}

/** The architecture portal's part (R.37): published projects only, read-only, without login. */
export function publicProjectsRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const summary = (p: ProjectRow, org: OrgRow) => ({
    id: p.id,
    org: presentOrg(org),
    caseName: p.caseName,
    approvedOn: p.approvedOn,
    publishedOn: p.publishedOn,
  });

  r.get('/api/public/projects', {
    schema: {
      tags: ['portal'],
      summary: 'Published reengineering results',
      response: { 200: z.array(PublicProjectSummaryOut) },
    },
    handler: async () =>
      (await listProjects(db, { stage: 'published' })).map((x) => summary(x.project, x.org)),
  });

  r.get('/api/public/projects/:projectId', {
    schema: {
      tags: ['portal'],
      summary: 'A published project: as-is and target variants and the action plan (R.37)',
      params: z.object({ projectId: z.string().uuid() }),
      response: { 200: PublicProjectOut, 404: ErrorBody },
    },
    handler: async (req) => {
      const p = await findProject(db, req.params.projectId);
      const org = p ? await findOrg(db, p.orgId) : undefined;
      if (!p || !org || p.stage !== 'published') throw new AppError('project.not_found');
      const processes = await projectProcessRows(db, p.id);
      const variants = await currentVariants(
        db,
        processes.map((x) => x.id),
      );
      const content = contentOf(p);
      return {
        ...summary(p, org),
        processes: processes.map((proc) => ({
          id: proc.id,
          name: proc.name,
          variants: variants
            .filter((v) => v.processId === proc.id && (v.kind === 'as_is' || v.kind === 'target'))
            .map((v) => ({
              kind: v.kind as 'as_is' | 'target',
              xml: v.xml,
              metrics: v.metrics as z.infer<
                typeof PublicProjectOut
              >['processes'][number]['variants'][number]['metrics'],
            })),
        })),
        actionPlan: content.actionPlan,
        justification: content.justification,
      };
    },
  });
}
