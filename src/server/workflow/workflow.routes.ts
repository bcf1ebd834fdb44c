import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { ErrorBody, IdParams, Ok } from '../../api/common.ts';
import {
  AddFindingBody,
  AmendmentBody,
  DecisionBody,
  DiffQuery,
  FindingMessageBody,
  MapOut,
  ReviewFindingOut,
  StepOut,
  VersionParams,
} from '../../api/maps.ts';
import { policy } from '../../domain/auth/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { diffMaps } from '../../domain/map/map.diff.ts';
import { reasonRefused, type Subject } from '../../domain/workflow/workflow.ts';
import type { Db } from '../db/connect.ts';
import { requireActor, useCaseDeps } from '../http/context.ts';
import { presentOrg } from '../maps/maps.present.ts';
import { findMap, findVersion, findVersionTitle } from '../maps/maps.queries.ts';
import {
  addFinding,
  approve,
  decide,
  publish,
  replyToFinding,
  resolveFinding,
  startAmendment,
  startDraft,
  submitVersion,
  threadStatus,
  type WorkflowDeps,
} from './workflow.actions.ts';
import { listFindings, listVersionSummaries } from './workflow.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const MapParams = z.object({ mapId: z.string().uuid() });

/** The map's life cycle: submission, review findings, decision, approval, publication, amendments. */
export function workflowRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date; boss: PgBoss }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const wf = (req: FastifyRequest): WorkflowDeps => ({
    ...useCaseDeps(req, db, deps.clock),
    boss: deps.boss,
  });
  const step = (row: { mapId: string; number: number; status: string }) => ({
    mapId: row.mapId,
    number: row.number,
    status: row.status,
  });

  const post = <B extends z.ZodTypeAny | undefined>(
    path: string,
    summary: string,
    body: B,
    run: (
      req: FastifyRequest<{ Params: { mapId: string; number: number } }>,
      body: B extends z.ZodTypeAny ? z.infer<B> : undefined,
    ) => Promise<{ mapId: string; number: number; status: string }>,
  ) =>
    r.post(`/api/maps/:mapId/versions/:number/${path}`, {
      schema: {
        tags: ['workflow'],
        summary,
        params: VersionParams,
        ...(body ? { body } : {}),
        response: { 200: StepOut, ...errors },
      },
      handler: async (req) => step(await run(req as never, req.body as never)),
    });

  post('submit', 'Submit the draft for agreement with the authorized body (R.22, R.23)', undefined, (req) =>
    submitVersion(wf(req), req.params.mapId, req.params.number),
  );
  post('start-draft', 'Start the next draft from a version under review or returned', undefined, (req) =>
    startDraft(wf(req), req.params.mapId, req.params.number),
  );
  post(
    'decision',
    'Agree the draft or return it for revision, with a reason (R.23)',
    DecisionBody,
    async (req, body) => (await decide(wf(req), req.params.mapId, req.params.number, body)).version,
  );
  post('approve', "Approve the agreed map (the body's first head, R.23)", undefined, (req) =>
    approve(wf(req), req.params.mapId, req.params.number),
  );
  post('publish', 'Publish the approved map on the portal (R.24)', undefined, (req) =>
    publish(wf(req), req.params.mapId, req.params.number),
  );
  post('amendments', 'Start an amendment on a ground of R.41 (R.42)', AmendmentBody, (req, body) =>
    startAmendment(wf(req), req.params.mapId, req.params.number, {
      ground: body.ground as 1,
      justification: body.justification,
    }),
  );

  r.get('/api/maps/:mapId', {
    schema: {
      tags: ['maps'],
      summary: 'A map with the versions the user may see',
      params: MapParams,
      response: { 200: MapOut, ...errors },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      const found = await findMap(db, req.params.mapId);
      if (!found) throw new AppError('map.not_found');
      const visible = (await listVersionSummaries(db, found.map.id)).filter((v) =>
        policy.viewVersion(actor, { orgId: found.map.orgId, status: v.status }),
      );
      if (!visible.length) throw new AppError('map.not_found');
      return {
        id: found.map.id,
        organisation: presentOrg(found.org),
        periodFrom: found.map.periodFrom,
        title: (await findVersionTitle(db, visible[visible.length - 1].id))!,
        versions: visible.map((v) => ({
          number: v.number,
          status: v.status,
          updatedAt: v.updatedAt.toISOString(),
          submittedAt: v.submittedAt?.toISOString() ?? null,
          approvedOn: v.approvedOn,
          publishedOn: v.publishedOn,
          amendmentGround: v.amendmentGround,
        })),
      };
    },
  });

  r.get('/api/maps/:mapId/diff', {
    schema: {
      tags: ['maps'],
      summary: 'The redline between two versions, item by item and cell by cell',
      params: MapParams,
      querystring: DiffQuery,
      response: { 200: z.unknown(), ...errors },
    },
    handler: async (req) => {
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
      if (!visible(a) || !visible(b)) throw new AppError('map.not_found');
      return diffMaps(a!.content, b!.content);
    },
  });

  r.get('/api/maps/:mapId/versions/:number/findings', {
    schema: {
      tags: ['workflow'],
      summary: "The review's findings on this version and the versions before it, with their threads",
      params: VersionParams,
      response: { 200: z.array(ReviewFindingOut), ...errors },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      const found = await findMap(db, req.params.mapId);
      const version = found ? await findVersion(db, found.map.id, req.params.number) : undefined;
      if (
        !found ||
        !version ||
        !policy.viewVersion(actor, { orgId: found.map.orgId, status: version.status })
      )
        throw new AppError('map.not_found');
      const versions = await listVersionSummaries(db, found.map.id);
      const numberOf = new Map(versions.map((v) => [v.id, v]));
      return (await listFindings(db, found.map.id))
        .filter((f) => (numberOf.get(f.versionId)?.number ?? 0) <= version.number)
        .map((f) => {
          const raisedOn = numberOf.get(f.versionId)!;
          const subject: Subject = { orgId: found.map.orgId, status: threadStatus(raisedOn, versions) };
          return {
            id: f.id,
            versionNumber: raisedOn.number,
            section: f.sectionKey,
            path: f.path,
            itemId: f.itemId,
            status: f.status as 'open' | 'resolved',
            authorName: f.authorName,
            authorOrgKind: f.authorOrgKind,
            createdAt: f.createdAt.toISOString(),
            resolvedAt: f.resolvedAt?.toISOString() ?? null,
            messages: f.messages.map((m) => ({
              id: m.id,
              authorName: m.authorName,
              body: m.body,
              createdAt: m.createdAt.toISOString(),
            })),
            canReply:
              f.status === 'open' &&
              (reasonRefused(actor, 'answer_finding', subject) === null ||
                reasonRefused(actor, 'add_finding', subject) === null),
            canResolve:
              f.status === 'open' &&
              reasonRefused(actor, 'resolve_finding', {
                ...subject,
                findingAuthorOrgKind: f.authorOrgKind as never,
              }) === null,
          };
        });
    },
  });

  r.post('/api/maps/:mapId/versions/:number/findings', {
    schema: {
      tags: ['workflow'],
      summary: 'Raise a finding on a section or item (reviewers, Center experts)',
      params: VersionParams,
      body: AddFindingBody,
      response: { 201: z.object({ id: z.string() }), ...errors },
    },
    handler: async (req, reply) => {
      const row = await addFinding(wf(req), req.params.mapId, req.params.number, req.body);
      return reply.status(201).send({ id: row.id });
    },
  });

  r.post('/api/findings/:id/messages', {
    schema: {
      tags: ['workflow'],
      summary: "Answer in a finding's thread",
      params: IdParams,
      body: FindingMessageBody,
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await replyToFinding(wf(req), req.params.id, req.body.text);
      return { ok: true as const };
    },
  });

  r.post('/api/findings/:id/resolve', {
    schema: {
      tags: ['workflow'],
      summary: 'Close a finding (the side that raised it)',
      params: IdParams,
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await resolveFinding(wf(req), req.params.id);
      return { ok: true as const };
    },
  });
}
