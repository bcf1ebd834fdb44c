import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminRoutes } from './admin/admin.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { calendarRoutes } from './calendar/calendar.routes.ts';
import type { Database } from './db/connect.ts';
import { bundleRoutes } from './documents/bundle.routes.ts';
import { startBundleWorker } from './documents/bundle.ts';
import { documentsRoutes } from './documents/documents.routes.ts';
import { monitoringDocumentRoutes } from './documents/monitoring-documents.routes.ts';
import { createPdfPrinter } from './documents/pdf.printer.ts';
import { redlineDocumentRoutes } from './documents/redline.routes.ts';
import { resultsDocumentRoutes } from './documents/results.routes.ts';
import { registerSessionHook } from './http/context.ts';
import { registerCsrfCheck } from './http/csrf.ts';
import { handleError } from './http/errors.ts';
import { createBoss } from './jobs/boss.ts';
import { DEADLINE_QUEUE, type DeadlineJob, runDeadlineJob } from './jobs/deadline.job.ts';
import { jobsRoutes } from './jobs/jobs.routes.ts';
import { mapXlsxRoutes } from './maps/map-xlsx.routes.ts';
import { mapsRoutes } from './maps/maps.routes.ts';
import {
  MONITORING_CRON,
  MONITORING_CRON_TZ,
  MONITORING_QUEUE,
  runMonitoringJob,
} from './monitoring/monitoring.job.ts';
import { monitoringRoutes, publicProgressRoutes } from './monitoring/monitoring.routes.ts';
import { nationalMonitoringRoutes } from './monitoring/national.routes.ts';
import { type MailConfig, startMailer } from './notifications/mailer.ts';
import { notificationsRoutes } from './notifications/notifications.routes.ts';
import { portalRoutes } from './portal/portal.routes.ts';
import { projectsRoutes, publicProjectsRoutes } from './reengineering/projects.routes.ts';
import { referenceRoutes } from './reference/reference.routes.ts';
import { registryRoutes } from './registry/registry.routes.ts';
import { workflowRoutes } from './workflow/workflow.routes.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface AppOptions {
  database: Database;
  clock?: () => Date;
  sessionDays?: number;
  secureCookies?: boolean;
  logLevel?: string;
  /** Serve the built web app from dist/web (off in API tests). */
  serveWeb?: boolean;
  /** E-mail notifications (optional). */
  mail?: MailConfig;
  /** How often the job worker looks for due jobs. */
  jobPollSeconds?: number;
  /** Login attempts per minute per client (default 10). */
  loginRateLimitMax?: number;
  /** Failed sign-ins of one login within `minutes` that lock it for `minutes` (default 5 in 15). */
  loginLockout?: { attempts: number; minutes: number };
  /** Requests per minute per client on the whole API (login has its own, stricter limit). */
  rateLimitMax?: number;
  /** Debian's Chromium, which prints the PDF documents. */
  chromiumPath?: string;
  /** Run the daily monitoring job once at start (the server process; off in tests). */
  catchUpJobs?: boolean;
}

/** Builds the HTTP application from its dependencies; tests call this with an in-memory database. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const clock = opts.clock ?? (() => new Date());
  const db = opts.database.db;
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'silent' },
    bodyLimit: 5 * 1024 * 1024,
    trustProxy: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((req, reply) => {
    if (!req.url.startsWith('/api/') && req.method === 'GET' && opts.serveWeb)
      return reply.sendFile('index.html');
    return handleError(Object.assign(new Error('not found'), { statusCode: 404 }), req, reply);
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: opts.secureCookies ? { maxAge: 31_536_000 } : false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { max: opts.rateLimitMax ?? 1000, timeWindow: '1 minute' });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'DT Maps API',
        version: '0.1.0',
        description: 'Digital Transformation Maps of Kazakhstan state bodies',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerCsrfCheck(app);
  registerSessionHook(app, db, clock);

  // Jobs (reminders, escalations) on pg-boss in the same database; they survive restarts.
  const boss = createBoss(opts.database);
  boss.on('error', (err) => app.log.error({ err }, 'job queue error'));
  await boss.start();
  await boss.createQueue(DEADLINE_QUEUE);
  await boss.work<DeadlineJob>(
    DEADLINE_QUEUE,
    { pollingIntervalSeconds: opts.jobPollSeconds ?? 5 },
    async (jobs) => {
      for (const job of jobs) await runDeadlineJob(db, job.data);
    },
  );
  // Monitoring (R.27–R.28): every night the reporting periods that ended open for every map in force.
  await boss.createQueue(MONITORING_QUEUE);
  await boss.schedule(MONITORING_QUEUE, MONITORING_CRON, {}, { tz: MONITORING_CRON_TZ });
  await boss.work(MONITORING_QUEUE, { pollingIntervalSeconds: opts.jobPollSeconds ?? 5 }, async () => {
    await runMonitoringJob(db, boss, clock());
  });
  // A server that was down at the nightly run catches up before it starts serving (the job is
  // idempotent; a failure is logged and left to the nightly run).
  if (opts.catchUpJobs)
    app.addHook('onReady', async () => {
      await runMonitoringJob(db, boss, clock()).catch((err) =>
        app.log.error({ err }, 'monitoring catch-up failed'),
      );
    });
  // Official documents as PDF: one warm Chromium for the process, print jobs queued (issue 6);
  // the national bundle of published maps is built by a job with its progress in the database.
  const printer = createPdfPrinter({ executablePath: opts.chromiumPath ?? '/usr/bin/chromium' });
  app.addHook('onClose', () => printer.close());
  await startBundleWorker(boss, db, printer, { pollSeconds: opts.jobPollSeconds ?? 5, clock });
  const mailer = opts.mail
    ? startMailer(db, opts.mail, { log: (err) => app.log.warn({ err }, 'mail not sent') })
    : null;
  app.addHook('onClose', async () => {
    mailer?.stop();
    await boss.stop({ graceful: false, wait: true });
  });

  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    schema: {
      tags: ['system'],
      summary: 'Liveness and the database in use',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
    },
    handler: async () => ({ status: 'ok' as const, database: opts.database.kind }),
  });

  authRoutes(app, {
    db,
    clock,
    sessionDays: opts.sessionDays ?? 7,
    secureCookies: opts.secureCookies ?? false,
    loginRateLimitMax: opts.loginRateLimitMax ?? 10,
    lockout: opts.loginLockout ?? { attempts: 5, minutes: 15 },
  });
  mapsRoutes(app, { db, clock });
  mapXlsxRoutes(app, { db, clock });
  documentsRoutes(app, { db, printer });
  resultsDocumentRoutes(app, { db, printer });
  monitoringDocumentRoutes(app, { db, printer, clock });
  redlineDocumentRoutes(app, { db, printer });
  bundleRoutes(app, { db, boss });
  referenceRoutes(app, { db, clock });
  registryRoutes(app, { db, clock });
  adminRoutes(app, { db, clock });
  workflowRoutes(app, { db, clock, boss });
  projectsRoutes(app, { db, clock, boss });
  monitoringRoutes(app, { db, clock, boss });
  nationalMonitoringRoutes(app, { db, clock });
  notificationsRoutes(app, { db, clock });
  portalRoutes(app, { db });
  publicProjectsRoutes(app, { db });
  publicProgressRoutes(app, { db, clock });
  auditRoutes(app, { db });
  jobsRoutes(app, { db });
  calendarRoutes(app, { db, clock });

  if (opts.serveWeb) {
    if (fs.existsSync(path.join(WEB_DIST, 'index.html')))
      await app.register(fastifyStatic, {
        root: WEB_DIST,
        wildcard: false,
        index: 'index.html',
        cacheControl: false,
        // Vite names every built asset by its content's hash: a browser may keep it for good and
        // never ask again (a page load revalidated 40 code files one by one). The page itself,
        // which names the current assets, is always revalidated.
        setHeaders: (res, filePath) => {
          const hashed = path.relative(WEB_DIST, filePath).startsWith(`assets${path.sep}`);
          res.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
    // `npm start` builds first; a bare `tsx src/server/main.ts` (development) serves the API alone.
    else app.log.warn(`The web app is not built (${WEB_DIST}): serving the API only; run "npm run build".`);
  }
  return app;
}
