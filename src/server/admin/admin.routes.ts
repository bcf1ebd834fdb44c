import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateUserBody, UpdateUserBody, UserOut } from '../../api/admin.ts';
import { ErrorBody, IdParams, Ok } from '../../api/common.ts';
import { policy } from '../../domain/auth/policy.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../db/connect.ts';
import { requireActor, useCaseDeps } from '../http/context.ts';
import { presentOrg } from '../maps/maps.present.ts';
import { createUser, updateUser } from './admin.actions.ts';
import { listUsers } from './admin.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Administration of users and their roles. */
export function adminRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const actionDeps = (req: FastifyRequest) => useCaseDeps(req, db, deps.clock);

  r.get('/api/admin/users', {
    schema: {
      tags: ['admin'],
      summary: 'All users with organisations and roles',
      response: { 200: z.array(UserOut), ...errors },
    },
    handler: async (req) => {
      if (!policy.manageUsers(requireActor(req))) throw new AppError('auth.forbidden');
      return (await listUsers(db)).map(({ user, org, roles }) => ({
        id: user.id,
        login: user.login,
        fullName: user.fullName,
        organisation: presentOrg(org),
        roles,
        email: user.email,
        isActive: user.isActive,
      }));
    },
  });

  r.post('/api/admin/users', {
    schema: {
      tags: ['admin'],
      summary: 'Create a user',
      body: CreateUserBody,
      response: { 201: z.object({ id: z.string() }), ...errors },
    },
    handler: async (req, reply) => {
      const user = await createUser(actionDeps(req), req.body);
      return reply.status(201).send({ id: user.id });
    },
  });

  r.patch('/api/admin/users/:id', {
    schema: {
      tags: ['admin'],
      summary: 'Change roles, block, reset password',
      params: IdParams,
      body: UpdateUserBody,
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await updateUser(actionDeps(req), req.params.id, req.body);
      return { ok: true as const };
    },
  });
}
