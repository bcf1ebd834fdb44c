import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { ErrorBody } from '../../api/common.ts';
import {
  ActualsBody,
  CellsBody,
  EvidenceParams,
  MapParams,
  PeriodListOut,
  PeriodOut,
  PeriodParams,
  ReportOut,
  SavedActualsOut,
  SavedCellsOut,
  SummaryOut,
} from '../../api/monitoring.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import { AppError } from '../../domain/errors.ts';
import { parseIndicatorKey } from '../../domain/monitoring/indicators.ts';
import { formatPeriod, nextPeriodToOpen, opensOn, reportDue } from '../../domain/monitoring/period.ts';
import { loadCalendar } from '../calendar/calendar.queries.ts';
import type { Db } from '../db/connect.ts';
import { requireActor, useCaseDeps } from '../http/context.ts';
import { requestLocale } from '../http/locale.ts';
import { presentOrg } from '../maps/maps.present.ts';
import { findMap, findVersionById } from '../maps/maps.queries.ts';
import { listProjects } from '../reengineering/projects.queries.ts';
import { listVersionSummaries } from '../workflow/workflow.queries.ts';
import {
  lockReport,
  type MonitoringDeps,
  openPeriodsByHand,
  saveActuals,
  saveCells,
  submitReport,
  visibleMap,
} from './monitoring.actions.ts';
import { buildReport, buildSummary, presentPeriods } from './monitoring.present.ts';
import { actualEvidence, findPeriod, listPeriods, versionInForce } from './monitoring.queries.ts';
import { actualsFromWorkbook, reportWorkbook, summaryWorkbook, XLSX_TYPE } from './monitoring.xlsx.ts';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
};

/**
 * The monitoring of a map (R.25–R.28) under /api/monitoring/maps/:mapId: reporting periods, a
 * period's report (indicators against targets, the plan-schedule's execution), writing actual
 * values and cell states, submitting and locking, and the summary of the internal monitoring.
 * The body reads and writes its own; the authorized body and the Center read every body's.
 */
export function monitoringRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date; boss: PgBoss }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const ctx = (req: FastifyRequest): MonitoringDeps => ({
    ...useCaseDeps(req, db, deps.clock),
    boss: deps.boss,
  });
  const base = '/api/monitoring/maps/:mapId';

  /** The periods of the map with the version in force; 409 before the map is approved. */
  async function periodList(req: FastifyRequest, mapId: string) {
    const actor = requireActor(req);
    const found = await visibleMap(db, actor, mapId);
    const version = await versionInForce(db, mapId);
    if (!version) throw new AppError('monitoring.no_map_in_force');
    const now = deps.clock();
    const next = nextPeriodToOpen(version.content.passport.period, almatyDate(now).date);
    const cal = await loadCalendar(db);
    return {
      mapId,
      org: presentOrg(found.org),
      version: { id: version.id, number: version.number, status: version.status },
      periods: await presentPeriods(db, mapId, await listPeriods(db, mapId), actor, now),
      next: next
        ? { period: formatPeriod(next), opensOn: opensOn(next), due: reportDue(cal, next).due }
        : null,
    };
  }

  r.get(`${base}/periods`, {
    schema: {
      tags: ['monitoring'],
      summary: 'Reporting periods of the map (quarters and years) with their status and due day',
      params: MapParams,
      response: { 200: PeriodListOut, ...errors },
    },
    handler: async (req) => periodList(req, req.params.mapId),
  });

  r.post(`${base}/periods/open`, {
    schema: {
      tags: ['monitoring'],
      summary: 'Open the periods that are due now (the daily job does the same); schedules reminders',
      params: MapParams,
      response: { 200: PeriodListOut, ...errors },
    },
    handler: async (req) => {
      await openPeriodsByHand(ctx(req), req.params.mapId);
      return periodList(req, req.params.mapId);
    },
  });

  /** The period of a visible map, or 404. */
  async function visiblePeriod(req: FastifyRequest, mapId: string, period: string) {
    const actor = requireActor(req);
    const found = await visibleMap(db, actor, mapId);
    const row = await findPeriod(db, mapId, period);
    if (!row) throw new AppError('monitoring.period_not_found', { period });
    return { found, row, actor };
  }

  r.get(`${base}/periods/:period`, {
    schema: {
      tags: ['monitoring'],
      summary: "A period's report: indicators against (pro-rated) targets and the plan-schedule's cells",
      params: PeriodParams,
      response: { 200: ReportOut, ...errors },
    },
    handler: async (req) => {
      const { found, row, actor } = await visiblePeriod(req, req.params.mapId, req.params.period);
      return buildReport(db, found, row, actor, deps.clock());
    },
  });

  r.put(`${base}/periods/:period/actuals`, {
    // One evidence file of up to 10 MB travels base64-encoded (≈ 13.4 MB).
    bodyLimit: 15 * 1024 * 1024,
    schema: {
      tags: ['monitoring'],
      summary:
        'Save actual values (a batch, each row with its baseRevision); any bad or stale row refuses the batch',
      params: PeriodParams,
      body: ActualsBody,
      response: { 200: SavedActualsOut, ...errors },
    },
    handler: async (req) => saveActuals(ctx(req), req.params.mapId, req.params.period, req.body),
  });

  r.get(`${base}/periods/:period/actuals.xlsx`, {
    schema: {
      tags: ['monitoring'],
      summary:
        "The period's indicators as an XLSX workbook to fill in (targets and the values stored so far)",
      params: PeriodParams,
    },
    handler: async (req, reply) => {
      const { found, row, actor } = await visiblePeriod(req, req.params.mapId, req.params.period);
      const report = await buildReport(db, found, row, actor, deps.clock());
      const file = await reportWorkbook(report, requestLocale(req));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="monitoring-${row.period}.xlsx"`)
        .send(file);
    },
  });

  r.post(`${base}/periods/:period/actuals/import`, {
    bodyLimit: 8 * 1024 * 1024,
    schema: {
      tags: ['monitoring'],
      summary:
        'Import actual values from the XLSX workbook; any row that does not match an indicator or has a bad value refuses the file',
      params: PeriodParams,
      body: z.object({ file: z.object({ name: z.string().max(255), contentBase64: z.string().min(1) }) }),
      response: { 200: SavedActualsOut, ...errors },
    },
    handler: async (req) => {
      const { found, row, actor } = await visiblePeriod(req, req.params.mapId, req.params.period);
      const report = await buildReport(db, found, row, actor, deps.clock());
      const version = await findVersionById(db, row.versionId);
      const body = await actualsFromWorkbook(
        Buffer.from(req.body.file.contentBase64, 'base64'),
        report,
        version!.content,
      );
      return saveActuals(ctx(req), req.params.mapId, req.params.period, body);
    },
  });

  r.get(`${base}/periods/:period/actuals/:key/evidence`, {
    schema: {
      tags: ['monitoring'],
      summary: 'The evidence file of an actual value',
      params: EvidenceParams,
    },
    handler: async (req, reply) => {
      const { row } = await visiblePeriod(req, req.params.mapId, req.params.period);
      const ref = parseIndicatorKey(req.params.key);
      const file = ref
        ? await actualEvidence(db, row.id, {
            indicatorKind: ref.kind,
            containerId: ref.containerId ?? '',
            indicatorId: ref.indicatorId,
          })
        : undefined;
      if (!file?.file || !file.name || !file.type) throw new AppError('not_found');
      return reply
        .header('content-type', file.type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .send(Buffer.from(file.file));
    },
  });

  r.put(`${base}/periods/:period/cells`, {
    schema: {
      tags: ['monitoring'],
      summary: "Save the reported state of plan-schedule cells in a quarter's report",
      params: PeriodParams,
      body: CellsBody,
      response: { 200: SavedCellsOut, ...errors },
    },
    handler: async (req) => saveCells(ctx(req), req.params.mapId, req.params.period, req.body),
  });

  const step = (action: 'submit' | 'lock') =>
    r.post(`${base}/periods/:period/${action}`, {
      schema: {
        tags: ['monitoring'],
        summary:
          action === 'submit'
            ? "The office submits the period's report"
            : 'The deputy head locks the submitted report (R.27)',
        params: PeriodParams,
        response: { 200: PeriodOut, ...errors },
      },
      handler: async (req) => {
        const d = ctx(req);
        const row = await (action === 'submit' ? submitReport : lockReport)(
          d,
          req.params.mapId,
          req.params.period,
        );
        const [out] = await presentPeriods(db, req.params.mapId, [row], d.actor, d.now);
        return out!;
      },
    });
  step('submit');
  step('lock');

  r.get(`${base}/summary`, {
    schema: {
      tags: ['monitoring'],
      summary:
        "Internal monitoring of the map: the deputy head's KPI (R.25), indicators by year, the plan-schedule's execution, the Rules' deadlines",
      params: MapParams,
      response: { 200: SummaryOut, ...errors },
    },
    handler: async (req) => {
      const actor = requireActor(req);
      const found = await visibleMap(db, actor, req.params.mapId);
      return buildSummary(db, found, actor, deps.clock());
    },
  });

  r.get(`${base}/summary.xlsx`, {
    schema: {
      tags: ['monitoring'],
      summary:
        "The body's monitoring report as an XLSX workbook: indicators per year against targets, the plan-schedule's cells",
      params: MapParams,
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const found = await visibleMap(db, actor, req.params.mapId);
      const s = await buildSummary(db, found, actor, deps.clock());
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="monitoring-${s.today}.xlsx"`)
        .send(await summaryWorkbook(s, requestLocale(req)));
    },
  });
}

/**
 * The portal's progress view of a published map: its indicators against targets and its
 * plan-schedule's execution, from the reports that are in (submitted or locked) — without login.
 */
export function publicProgressRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  r.get('/api/public/maps/:mapId/progress', {
    schema: {
      tags: ['portal'],
      summary: "A published map's progress: indicators against targets and the plan-schedule's execution",
      params: MapParams,
      response: { 200: SummaryOut, 404: ErrorBody },
    },
    handler: async (req) => {
      const found = await findMap(db, req.params.mapId);
      const published =
        found &&
        (await listVersionSummaries(db, found.map.id)).some((v) =>
          ['published', 'superseded'].includes(v.status),
        );
      if (!found || !published) throw new AppError('map.not_found');
      const summary = await buildSummary(db, found, null, deps.clock());
      // The public may follow a late item only to a project whose results are published (R.37).
      const publicProjects = new Set(
        (await listProjects(db, { orgId: found.map.orgId, stage: 'published' })).map((x) => x.project.id),
      );
      const shown = (id: string | null) => (id && publicProjects.has(id) ? id : null);
      return {
        ...summary,
        schedule: {
          ...summary.schedule,
          cells: summary.schedule.cells.map((c) => ({ ...c, projectId: shown(c.projectId) })),
        },
        deadlines: {
          ...summary.deadlines,
          terms: summary.deadlines.terms.map((x) => ({ ...x, projectId: shown(x.projectId) })),
        },
      };
    },
  });
}
