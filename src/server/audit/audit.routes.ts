import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../api/common.ts';
import { policy } from '../../domain/auth/policy.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../db/connect.ts';
import { auditEvents, users } from '../db/schema.ts';
import { requireActor } from '../http/context.ts';
import { findMap } from '../maps/maps.queries.ts';
import { listVersions } from '../workflow/workflow.queries.ts';

const HistoryItem = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
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
      const visible = (await listVersions(db, found.map.id)).filter((v) =>
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
}
