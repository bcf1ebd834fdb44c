import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Ok, OrganisationOut } from '../../api/common.ts';
import {
  ReferenceItemBody,
  ReferenceItemOut,
  ReferenceItemParams,
  ReferenceParams,
} from '../../api/reference.ts';
import type { Db } from '../db/connect.ts';
import { organisations } from '../db/schema.ts';
import { requireActor, useCaseDeps } from '../http/context.ts';
import { presentOrg } from '../maps/maps.present.ts';
import { createReferenceItem, updateReferenceItem } from './reference.actions.ts';
import { listReference } from './reference.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Reference tables (public services, information systems, planning documents) and the organisations directory. */
export function referenceRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const actionDeps = (req: FastifyRequest) => useCaseDeps(req, db, deps.clock);

  r.get('/api/organisations', {
    schema: {
      tags: ['reference'],
      summary: 'The directory of organisations',
      response: { 200: z.array(OrganisationOut), 401: ErrorBody },
    },
    handler: async (req) => {
      requireActor(req);
      return (await db.select().from(organisations)).map(presentOrg);
    },
  });

  r.get('/api/reference/:kind', {
    schema: {
      tags: ['reference'],
      summary: 'A reference table',
      params: ReferenceParams,
      response: { 200: z.array(ReferenceItemOut), ...errors },
    },
    handler: async (req) => {
      requireActor(req);
      return listReference(db, req.params.kind);
    },
  });

  r.post('/api/reference/:kind', {
    schema: {
      tags: ['reference'],
      summary: 'Add a row (admin)',
      params: ReferenceParams,
      body: ReferenceItemBody,
      response: { 201: z.object({ id: z.string() }), ...errors },
    },
    handler: async (req, reply) => {
      const id = await createReferenceItem(actionDeps(req), req.params.kind, req.body);
      return reply.status(201).send({ id });
    },
  });

  r.put('/api/reference/:kind/:id', {
    schema: {
      tags: ['reference'],
      summary: 'Change a row (admin)',
      params: ReferenceItemParams,
      body: ReferenceItemBody,
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await updateReferenceItem(actionDeps(req), req.params.kind, req.params.id, req.body);
      return { ok: true as const };
    },
  });
}
