import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../api/common.ts';
import {
  type NationalBodyOut,
  type NationalOut,
  NationalOut as NationalOutSchema,
  NationalQuery,
  type NationalSort,
} from '../../api/monitoring.ts';
import { policy } from '../../domain/auth/policy.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import { type Locale, pickText } from '../../domain/locale.ts';
import { R19_CRITERIA } from '../../domain/map/map.schema.ts';
import type { StatusCounts } from '../../domain/monitoring/kpi.ts';
import { rank, sumStatusCounts, worstState } from '../../domain/monitoring/national.ts';
import { emptyExecutionCounts } from '../../domain/monitoring/schedule.execution.ts';
import type { Db } from '../db/connect.ts';
import { authorize, requireActor } from '../http/context.ts';
import { requestLocale } from '../http/locale.ts';
import { type NationalFacts, nationalFacts, nationalFiguresOn } from './monitoring.figures.ts';
import { nationalWorkbook, XLSX_TYPE } from './monitoring.xlsx.ts';
import { cacheFor, type KeyedCache } from './national.cache.ts';
import { type MapInForce, mapsInForceWithFingerprints, nationalInputsOf } from './national.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

type Row = NationalBodyOut & { name: string };

/** Reorders the ranked bodies by the chosen column; ties keep the ranking's order. */
function sortBodies(rows: Row[], sort: NationalSort): Row[] {
  const by: Record<NationalSort, (a: Row, b: Row) => number> = {
    rank: () => 0,
    kpi: () => 0,
    late: (a, b) => b.schedule.counts.late - a.schedule.counts.late,
    termsMissed: (a, b) => b.terms.missed - a.terms.missed,
    lastReport: (a, b) => (b.lastSubmittedAt ?? '').localeCompare(a.lastSubmittedAt ?? ''),
    name: (a, b) => a.name.localeCompare(b.name),
  };
  return [...rows].sort((a, b) => by[sort](a, b) || a.rank - b.rank);
}

/**
 * External monitoring (R.28) under GET /api/monitoring/national: one row per body with a map in
 * force — each counted as its internal monitoring counts it (monitoring.figures.ts, shared with
 * monitoring.present.ts buildSummary), so the KPI (R.25), the statuses, the plan-schedule's
 * execution and the terms are the numbers the body sees — ranked nationally, with the R.19
 * criteria summed over the bodies. Read-only; the authorized body and the Center only.
 */
export function nationalMonitoringRoutes(app: FastifyInstance, deps: { db: Db; clock: () => Date }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get('/api/monitoring/national', {
    schema: {
      tags: ['monitoring'],
      summary:
        'External monitoring: every body with a map in force — KPI, indicator statuses, plan-schedule execution by quarter, terms of the Rules, last report — ranked, with the national R.19 roll-up',
      querystring: NationalQuery,
      response: { 200: NationalOutSchema, ...errors },
    },
    handler: async (req): Promise<NationalOut> => {
      const actor = requireActor(req);
      authorize(policy.viewAllMonitoring(actor));
      return buildNational(db, actor, deps.clock(), requestLocale(req), req.query);
    },
  });

  r.get('/api/monitoring/national.xlsx', {
    schema: {
      tags: ['monitoring'],
      summary:
        'The national monitoring report as an XLSX workbook (one row per body, ranked; the R.19 roll-up)',
      querystring: NationalQuery,
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      authorize(policy.viewAllMonitoring(actor));
      const locale = requestLocale(req);
      const national = await buildNational(db, actor, deps.clock(), locale, req.query);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="monitoring-national-${national.today}.xlsx"`)
        .send(await nationalWorkbook(national, locale));
    },
  });
}

/** Past this many maps in force the least recently shown maps' facts are read again when shown. */
const CACHED_MAPS = 1000;
const caches = new WeakMap<object, KeyedCache<NationalFacts>>();

/**
 * The national facts of the maps (monitoring.figures.ts NationalFacts): cached ones whose
 * fingerprint still matches, the others read together in one batch (national.queries.ts) and
 * cached. The facts hold no day, so the fingerprint alone keys them.
 */
async function factsOf(db: Db, maps: readonly MapInForce[]): Promise<Map<string, NationalFacts>> {
  const cache = cacheFor(caches, db, CACHED_MAPS);
  const pending = new Map<string, Promise<NationalFacts>>();
  const missing: MapInForce[] = [];
  for (const m of maps) {
    const cached = cache.get(m.mapId, m.fingerprint);
    if (cached) pending.set(m.mapId, cached);
    else missing.push(m);
  }
  if (missing.length) {
    const read = nationalInputsOf(
      db,
      missing.map((m) => ({ mapId: m.mapId, versionId: m.version.id })),
    );
    for (const m of missing) {
      const one = read.then((inputs) => nationalFacts(inputs.get(m.mapId)!));
      cache.set(m.mapId, m.fingerprint, one);
      pending.set(m.mapId, one);
    }
  }
  const out = new Map<string, NationalFacts>();
  for (const [mapId, facts] of pending) out.set(mapId, await facts);
  return out;
}

/**
 * The national view: each body's monitoring figures — counted as its own summary counts them
 * (monitoring.figures.ts) — ranked, with the R.19 roll-up (R.28). The figures are the same for
 * every reader the caller has authorized, so what they are counted from is cached per map
 * (factsOf): a repeated request costs one statement over the maps in force and a count of a few
 * dozen cell groups per map on today.
 */
export async function buildNational(
  db: Db,
  _actor: Actor,
  now: Date,
  locale: Locale,
  query: { sort: NationalOut['sort']; orgKind?: string | undefined },
): Promise<NationalOut> {
  const { sort, orgKind } = query;
  const today = almatyDate(now).date;
  const maps = (await mapsInForceWithFingerprints(db)).filter((m) => !orgKind || m.org.kind === orgKind);
  const facts = await factsOf(db, maps);
  const rows: Omit<Row, 'rank'>[] = [];
  const byCriterion = new Map<number, StatusCounts[]>(R19_CRITERIA.map((c) => [c as number, []]));
  const unassigned: StatusCounts[] = [];
  for (const m of maps) {
    const s = nationalFiguresOn(facts.get(m.mapId)!, today);
    for (const c of s.latest.criteria) byCriterion.get(c.criterion)?.push(c.counts);
    unassigned.push(s.latest.unassignedCriterion);
    rows.push({
      name: pickText(m.org.name, locale),
      org: m.org,
      mapId: m.mapId,
      version: m.version,
      kpi: s.kpi,
      indicators: { period: s.latest.period, counts: s.latest.counts },
      schedule: {
        counts: s.schedule.counts,
        executedOnSchedule: s.schedule.executedOnSchedule,
        byQuarter: s.schedule.byQuarter.map((q) => ({ ...q, worst: worstState(q.counts) })),
      },
      terms: s.terms,
      lastSubmittedAt: s.lastSubmittedAt,
    });
  }
  const ranked = rank(
    rows.map((row) => ({ row, kpi: row.kpi.value, late: row.schedule.counts.late, name: row.name })),
  ).map((x) => ({ ...x.row, rank: x.rank }));
  const ordered = sortBodies(ranked, sort);

  const schedule = emptyExecutionCounts();
  for (const row of rows)
    for (const key of Object.keys(schedule) as (keyof typeof schedule)[])
      schedule[key] += row.schedule.counts[key];
  const terms = { met: 0, missed: 0, pending: 0 };
  for (const row of rows) {
    terms.met += row.terms.met;
    terms.missed += row.terms.missed;
    terms.pending += row.terms.pending;
  }
  return {
    today,
    sort,
    bodies: ordered.map(({ name: _name, ...row }) => row),
    criteria: [...byCriterion.entries()].map(([criterion, all]) => ({
      criterion,
      counts: sumStatusCounts(all),
    })),
    unassignedCriterion: sumStatusCounts(unassigned),
    totals: { indicators: sumStatusCounts(rows.map((r) => r.indicators.counts)), schedule, terms },
  };
}
