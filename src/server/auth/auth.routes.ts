import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LocaleBody, LoginBody, MeOut } from '../../api/auth.ts';
import { ErrorBody, Ok } from '../../api/common.ts';
import { policy } from '../../domain/auth/policy.ts';
import type { Db } from '../db/connect.ts';
import { auditContext, requireActor, SESSION_COOKIE } from '../http/context.ts';
import { presentOrg } from '../maps/maps.present.ts';
import { changeLocale, type LoginLockout, login, logout } from './auth.actions.ts';
import { findUserWithOrg } from './auth.queries.ts';

export function authRoutes(
  app: FastifyInstance,
  deps: {
    db: Db;
    clock: () => Date;
    sessionDays: number;
    secureCookies: boolean;
    loginRateLimitMax: number;
    lockout: LoginLockout;
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.post('/api/auth/login', {
    config: { rateLimit: { max: deps.loginRateLimitMax, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'],
      summary: 'Sign in with login and password',
      body: LoginBody,
      response: { 200: Ok, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody },
    },
    handler: async (req, reply) => {
      const { token, expiresAt } = await login(
        {
          db,
          now: deps.clock(),
          sessionDays: deps.sessionDays,
          audit: auditContext(req),
          lockout: deps.lockout,
        },
        req.body,
      );
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.secureCookies,
        expires: expiresAt,
      });
      return { ok: true as const };
    },
  });

  r.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out (the session is revoked)', response: { 200: Ok } },
    handler: async (req, reply) => {
      if (req.sessionToken) await logout({ db, audit: auditContext(req) }, req.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  r.get('/api/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: MeOut, 401: ErrorBody } },
    handler: async (req) => {
      const actor = requireActor(req);
      const found = (await findUserWithOrg(db, actor.userId))!;
      return {
        id: found.user.id,
        login: found.user.login,
        fullName: found.user.fullName,
        locale: req.session!.locale,
        organisation: presentOrg(found.org),
        roles: found.roles,
        can: {
          createMap: policy.createMap(actor),
          reviewMaps: policy.isReviewSide(actor),
          monitorAllBodies: policy.viewAllMonitoring(actor),
          manageUsers: policy.manageUsers(actor),
          manageReference: policy.manageReference(actor),
        },
      };
    },
  });

  r.put('/api/auth/me/locale', {
    schema: {
      tags: ['auth'],
      summary: "Save the user's interface language",
      body: LocaleBody,
      response: { 200: Ok, 400: ErrorBody, 401: ErrorBody },
    },
    handler: async (req) => {
      await changeLocale(db, requireActor(req), req.body.locale);
      return { ok: true as const };
    },
  });
}
