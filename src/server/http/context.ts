import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/auth/roles.ts';
import { AppError } from '../../domain/errors.ts';
import type { AuditContext } from '../audit/audit.queries.ts';
import { resolveSession, type SessionUser } from '../auth/auth.actions.ts';
import type { Db } from '../db/connect.ts';

export const SESSION_COOKIE = 'dtm_session';

declare module 'fastify' {
  interface FastifyRequest {
    session?: SessionUser;
    sessionToken?: string;
  }
}

/** Resolves the session cookie on every /api request into `request.session`. */
export function registerSessionHook(app: FastifyInstance, db: Db, clock: () => Date) {
  app.addHook('onRequest', async (request) => {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    const session = await resolveSession(db, token, clock());
    if (session) {
      request.session = session;
      request.sessionToken = token;
      request.userLocale = session.locale;
    }
  });
}

/** The acting user, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.session) throw new AppError('auth.required');
  return request.session.actor;
}

/** 403 unless the predicate holds. */
export function authorize(allowed: boolean): void {
  if (!allowed) throw new AppError('auth.forbidden');
}

export function auditContext(request: FastifyRequest): AuditContext {
  return {
    actorId: request.session?.actor.userId ?? null,
    orgId: request.session?.actor.orgId ?? null,
    ip: request.ip ?? null,
  };
}

/** What a use case needs from a request: the database, the actor, the time and the audit context. */
export function useCaseDeps(request: FastifyRequest, db: Db, clock: () => Date) {
  return { db, actor: requireActor(request), now: clock(), audit: auditContext(request) };
}
