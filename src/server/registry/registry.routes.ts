import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, IdParams } from '../../api/common.ts';
import {
  CaseOption,
  CasesQuery,
  ProcessBody,
  ProcessDetailOut,
  ProcessListOut,
  ProcessListQuery,
  ProcessSaved,
  ProcessUpdateBody,
  RepeatedDataOut,
  RepeatedDataQuery,
} from '../../api/registry.ts';
import type { Db } from '../db/connect.ts';
import { requireActor, useCaseDeps } from '../http/context.ts';
import { requestLocale } from '../http/locale.ts';
import {
  createProcess,
  getProcess,
  listCases,
  listProcesses,
  listRepeatedData,
  updateProcess,
} from './registry.actions.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** The electronic registry of business processes (R.11.7) and the national list of repeated data requests (R.40). */
export function registryRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const actionDeps = (req: FastifyRequest) => useCaseDeps(req, db, deps.clock);

  r.get('/api/registry/processes', {
    schema: {
      tags: ['registry'],
      summary:
        "Business processes: the own body's, or every body's for the authorized body, the Center and the Commission",
      querystring: ProcessListQuery,
      response: { 200: ProcessListOut, ...errors },
    },
    handler: async (req) => listProcesses(db, requireActor(req), req.query, requestLocale(req)),
  });

  r.post('/api/registry/processes', {
    schema: {
      tags: ['registry'],
      summary: "Add a process to the own body's registry (the office or the data officer)",
      body: ProcessBody,
      response: { 201: ProcessSaved, ...errors },
    },
    handler: async (req, reply) => reply.status(201).send(await createProcess(actionDeps(req), req.body)),
  });

  r.get('/api/registry/processes/:id', {
    schema: {
      tags: ['registry'],
      summary: 'A process with its cases, references, variants and repeated data requests',
      params: IdParams,
      response: { 200: ProcessDetailOut, ...errors },
    },
    handler: async (req) => getProcess(db, requireActor(req), req.params.id, requestLocale(req)),
  });

  r.put('/api/registry/processes/:id', {
    schema: {
      tags: ['registry'],
      summary: 'Change a process; a stale revision gets 409 registry.conflict',
      params: IdParams,
      body: ProcessUpdateBody,
      response: { 200: ProcessSaved, ...errors },
    },
    handler: async (req) => updateProcess(actionDeps(req), req.params.id, req.body),
  });

  r.get('/api/registry/repeated-data', {
    schema: {
      tags: ['registry'],
      summary: 'Steps asking the applicant for data an information system already holds (national list)',
      querystring: RepeatedDataQuery,
      response: { 200: RepeatedDataOut, ...errors },
    },
    handler: async (req) => {
      requireActor(req);
      return listRepeatedData(db, req.query, requestLocale(req));
    },
  });

  r.get('/api/registry/cases', {
    schema: {
      tags: ['registry'],
      summary: "Cases of the bodies' maps a process can be linked to",
      querystring: CasesQuery,
      response: { 200: z.array(CaseOption), ...errors },
    },
    handler: async (req) => listCases(db, requireActor(req), req.query.orgId),
  });
}
