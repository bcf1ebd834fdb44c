import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/connect.ts';
import { searchCondition } from '../src/server/registry/registry.queries.ts';

/**
 * The floors: the SQL that returns what a scenario returns, run over the app's own driver (the
 * same `db` handle: PGlite's one connection, or the same node-postgres pool) with the same
 * number of concurrent callers, for the same time. Latency percentiles like the HTTP side.
 */
export interface Measured {
  requests: number;
  seconds: number;
  throughput: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors?: number;
}

const pct = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]
    : null;

export function summarize(latencies: number[], seconds: number, errors = 0): Measured {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    seconds,
    throughput: sorted.length / seconds,
    p50: pct(sorted, 50),
    p95: pct(sorted, 95),
    p99: pct(sorted, 99),
    errors,
  };
}

/** Runs `query(i)` from `connections` concurrent loops for `durationSec` (or `amount` calls in all). */
export async function measureFloor(
  db: Db,
  query: (caller: number, n: number) => SQL,
  opts: { connections: number; durationSec: number; amount?: number },
): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const start = performance.now();
  const end = start + opts.durationSec * 1000;
  const loop = async (caller: number) => {
    for (let n = 0; ; n++) {
      if (opts.amount ? issued >= opts.amount : performance.now() >= end) return;
      issued++;
      const t0 = performance.now();
      try {
        await db.execute(query(caller, n));
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, (_, i) => loop(i)));
  return summarize(latencies, (performance.now() - start) / 1000, errors);
}

/** GET /api/maps/:mapId/versions/:n — the version with its map and organisation as one JSON text. */
export const mapReadSql = (mapId: string, number: number) => sql`
  SELECT json_build_object(
    'map', json_build_object('id', m.id, 'periodFrom', m.period_from,
      'organisation', json_build_object('id', o.id, 'code', o.code, 'kind', o.kind, 'name', o.name)),
    'version', json_build_object('id', v.id, 'number', v.number, 'status', v.status, 'revision', v.revision,
      'sectionRevisions', v.section_revisions, 'updatedAt', v.updated_at, 'updatedBy', u.full_name),
    'document', v.content)::text AS body
  FROM maps m JOIN organisations o ON o.id = m.org_id
  JOIN map_versions v ON v.map_id = m.id AND v.number = ${number}
  LEFT JOIN users u ON u.id = v.updated_by
  WHERE m.id = ${mapId}::uuid`;

/** PUT …/sections/sector:<id> — the same write as the app's: the sector replaced, the revisions bumped. */
export const sectionSaveSql = (
  versionId: string,
  sectorIndex: number,
  sectionKey: string,
  sectorJson: string,
) => sql`
  UPDATE map_versions SET
    content = jsonb_set(content, ${`{sectors,${sectorIndex}}`}::text[], ${sectorJson}::jsonb),
    revision = revision + 1,
    section_revisions = jsonb_set(section_revisions, ${`{${sectionKey}}`}::text[], to_jsonb(revision + 1)),
    updated_at = now()
  WHERE id = ${versionId}::uuid
  RETURNING revision`;

/**
 * GET /api/registry/processes?q= — the matching page with the total, by the C-collated name, with
 * the app's own match condition (the trigram-indexed search key, then the exact substring).
 */
export const registrySearchSql = (normalizedQuery: string, locale: 'kk' | 'ru') => sql`
  SELECT count(*) OVER () AS total, business_processes.id, business_processes.name, business_processes.status,
    business_processes.updated_at, o.code, o.name AS org_name
  FROM business_processes JOIN organisations o ON o.id = business_processes.org_id
  WHERE ${searchCondition(normalizedQuery)}
  ORDER BY business_processes.name->>${locale}, business_processes.id LIMIT 50`;

/** GET /api/monitoring/national — per body in force: latest period, its actuals, cell states, terms. */
export const nationalSql = () => sql`
  WITH f AS (
    SELECT DISTINCT ON (map_id) map_id, id, number, status FROM map_versions
    WHERE status IN ('approved', 'published') ORDER BY map_id, number DESC),
  latest AS (
    SELECT DISTINCT ON (map_id) map_id, id, period, submitted_at FROM reporting_periods
    WHERE status IN ('submitted', 'locked') ORDER BY map_id, period DESC)
  SELECT o.code, o.name, f.number, l.period, l.submitted_at,
    (SELECT count(*) FROM indicator_actuals a WHERE a.period_id = l.id) AS actuals,
    (SELECT json_object_agg(state, n) FROM (
       SELECT state, count(*) AS n FROM cell_reports c WHERE c.map_id = f.map_id GROUP BY state) s) AS cells,
    (SELECT count(*) FILTER (WHERE v.published_on <= v.publication_due) FROM map_versions v WHERE v.map_id = f.map_id) AS terms_met
  FROM f JOIN maps m ON m.id = f.map_id JOIN organisations o ON o.id = m.org_id
  LEFT JOIN latest l ON l.map_id = f.map_id`;

/** GET /api/public/maps — every published map with its title. */
export const publicListSql = () => sql`
  SELECT json_agg(json_build_object('id', m.id, 'organisation', json_build_object('id', o.id, 'code', o.code, 'name', o.name),
    'title', v.content->'passport'->'title', 'periodFrom', m.period_from, 'versionNumber', v.number,
    'publishedOn', v.published_on) ORDER BY v.published_at DESC)::text
  FROM maps m JOIN organisations o ON o.id = m.org_id JOIN map_versions v ON v.map_id = m.id AND v.status = 'published'`;

/** GET /api/public/maps/:id — the map and the list of its public versions (no content). */
export const publicMapSql = (mapId: string) => sql`
  SELECT json_build_object('id', m.id, 'periodFrom', m.period_from,
    'organisation', json_build_object('id', o.id, 'code', o.code, 'name', o.name),
    'versions', (SELECT json_agg(json_build_object('number', v.number, 'status', v.status, 'approvedOn', v.approved_on,
       'publishedOn', v.published_on, 'amendmentGround', v.amendment_ground) ORDER BY v.number)
       FROM map_versions v WHERE v.map_id = m.id AND v.status IN ('published', 'superseded')))::text
  FROM maps m JOIN organisations o ON o.id = m.org_id WHERE m.id = ${mapId}::uuid`;
