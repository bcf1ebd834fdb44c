import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../api/common.ts';
import { policy } from '../../domain/auth/policy.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../db/connect.ts';
import { requireActor } from '../http/context.ts';

export const JobOut = z.object({
  id: z.string(),
  name: z.string(),
  state: z.string(),
  data: z.unknown(),
  retryCount: z.number().int(),
  retryLimit: z.number().int(),
  startAfter: z.string(),
  completedOn: z.string().nullable(),
  /** The last error of a failed or retrying job. */
  output: z.unknown(),
});
type JobRow = {
  id: string;
  name: string;
  state: string;
  data: unknown;
  retry_count: number;
  retry_limit: number;
  start_after: Date | string;
  completed_on: Date | string | null;
  output: unknown;
};
const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** The job queue as an admin sees it: failed and retrying jobs first, so a stuck reminder is visible. */
export function jobsRoutes(app: FastifyInstance, deps: { db: Db }) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/admin/jobs', {
    schema: {
      tags: ['admin'],
      summary: 'Scheduled, retrying and failed jobs (reminders, escalations)',
      querystring: z.object({
        state: z.enum(['all', 'failed', 'retry', 'created', 'completed']).default('all'),
      }),
      response: { 200: z.array(JobOut), 401: ErrorBody, 403: ErrorBody },
    },
    handler: async (req) => {
      if (!policy.manageUsers(requireActor(req))) throw new AppError('auth.forbidden');
      const state = req.query.state;
      const res = await deps.db.execute<JobRow>(sql`
        SELECT id::text, name, state::text, data, retry_count, retry_limit, start_after, completed_on, output
        FROM pgboss.job
        WHERE name NOT LIKE '\\_\\_%' AND (${state} = 'all' OR state::text = ${state})
        ORDER BY CASE state::text WHEN 'failed' THEN 0 WHEN 'retry' THEN 1 ELSE 2 END, start_after DESC
        LIMIT 200`);
      return (res as unknown as { rows: JobRow[] }).rows.map((j) => ({
        id: j.id,
        name: j.name,
        state: j.state,
        data: j.data,
        retryCount: Number(j.retry_count),
        retryLimit: Number(j.retry_limit),
        startAfter: iso(j.start_after)!,
        completedOn: iso(j.completed_on),
        output: j.output,
      }));
    },
  });
}
