import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Ok } from '../../api/common.ts';
import type { Db } from '../db/connect.ts';
import { requireActor } from '../http/context.ts';
import { listNotifications, markRead, unreadCount } from './notifications.queries.ts';

export const NotificationOut = z.object({
  id: z.string(),
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  read: z.boolean(),
});

/** The in-app inbox: events that concern the user, rendered by the web in the reader's language. */
export function notificationsRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get('/api/notifications', {
    schema: {
      tags: ['notifications'],
      summary: "The user's inbox, newest first, with the unread count",
      response: {
        200: z.object({ unread: z.number().int(), items: z.array(NotificationOut) }),
        401: ErrorBody,
      },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      const rows = await listNotifications(db, actor.userId);
      return {
        unread: await unreadCount(db, actor.userId),
        items: rows.map((n) => ({
          id: n.id,
          type: n.type,
          data: n.data,
          createdAt: n.createdAt.toISOString(),
          read: n.readAt !== null,
        })),
      };
    },
  });

  r.post('/api/notifications/read', {
    schema: {
      tags: ['notifications'],
      summary: 'Mark notifications read (all when no ids are given)',
      body: z.object({ ids: z.array(z.string().uuid()).max(500).optional() }),
      response: { 200: Ok, 400: ErrorBody, 401: ErrorBody },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      await markRead(db, actor.userId, req.body.ids ?? 'all', deps.clock());
      return { ok: true as const };
    },
  });
}
