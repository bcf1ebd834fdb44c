import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../api/common.ts';
import { policy } from '../../domain/auth/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { LocalizedTextSchema } from '../../domain/locale.ts';
import { canViewProject } from '../../domain/reengineering/project.workflow.ts';
import type { Db } from '../db/connect.ts';
import { auditEvents, organisations, users } from '../db/schema.ts';
import { requireActor } from '../http/context.ts';
import { findMap } from '../maps/maps.queries.ts';
import { subjectOf } from '../reengineering/projects.actions.ts';
import { findProject } from '../reengineering/projects.queries.ts';
import { listVersionSummaries } from '../workflow/workflow.queries.ts';

const HistoryItem = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
});

/** An event of a project's history: who (and for which body) did what, and the process a model save was about. */
const ProjectHistoryItem = HistoryItem.extend({
  orgName: LocalizedTextSchema.nullable(),
  processId: z.string().nullable(),
});

/** A map's history: its audit events as typed data, rendered by the web in the reader's language. */
export function auditRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  r.get('/api/maps/:mapId/history', {
    schema: {
      tags: ['maps'],
      summary: "The map's audit trail (section saves, submissions, decisions, approvals, publications)",
      params: z.object({ mapId: z.string().uuid() }),
      response: { 200: z.array(HistoryItem), 401: ErrorBody, 404: ErrorBody },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      const found = await findMap(db, req.params.mapId);
      if (!found) throw new AppError('map.not_found');
      const visible = (await listVersionSummaries(db, found.map.id)).filter((v) =>
        policy.viewVersion(actor, { orgId: found.map.orgId, status: v.status }),
      );
      if (!visible.length) throw new AppError('map.not_found');
      // The reviewing side sees the history of the versions it may see, not of other bodies' drafts.
      const numbers = new Set(visible.map((v) => v.number));
      const rows = await db
        .select({ e: auditEvents, actorName: users.fullName })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorId))
        .where(and(eq(auditEvents.subjectType, 'map'), eq(auditEvents.subjectId, found.map.id)))
        .orderBy(asc(auditEvents.seq));
      return rows
        .filter(({ e }) => {
          const n = (e.data as { versionNumber?: number }).versionNumber;
          return n === undefined || numbers.has(n);
        })
        .map(({ e, actorName }) => ({
          seq: Number(e.seq),
          at: e.at.toISOString(),
          actorName,
          type: e.type,
          data: e.data as Record<string, unknown>,
        }));
    },
  });
  r.get('/api/audit/project/:id', {
    schema: {
      tags: ['reengineering'],
      summary:
        "A reengineering project's audit trail: opening, part saves, stage changes, answers, the Commission, deadline changes and model saves",
      params: z.object({ id: z.string().uuid() }),
      response: { 200: z.array(ProjectHistoryItem), 401: ErrorBody, 404: ErrorBody },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      const project = await findProject(db, req.params.id);
      if (!project || !canViewProject(actor, subjectOf(project))) throw new AppError('project.not_found');
      const rows = await db
        .select({ e: auditEvents, actorName: users.fullName, orgName: organisations.name })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorId))
        .leftJoin(organisations, eq(organisations.id, auditEvents.orgId))
        .where(
          or(
            and(eq(auditEvents.subjectType, 'project'), eq(auditEvents.subjectId, project.id)),
            // Model saves are events of the process; they name the project they were made in.
            and(
              eq(auditEvents.subjectType, 'process'),
              eq(auditEvents.type, 'variant.saved'),
              sql`${auditEvents.data}->>'projectId' = ${project.id}`,
            ),
          ),
        )
        .orderBy(asc(auditEvents.seq));
      return rows.map(({ e, actorName, orgName }) => ({
        seq: Number(e.seq),
        at: e.at.toISOString(),
        actorName,
        orgName: orgName ?? null,
        type: e.type,
        data: e.data as Record<string, unknown>,
        processId: e.subjectType === 'process' ? e.subjectId : null,
      }));
    },
  });
}
