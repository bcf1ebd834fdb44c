import { type SQL, sql } from 'drizzle-orm';
import { normalizeSearch } from '../src/domain/registry/registry.search.ts';
import type { Db } from '../src/server/db/connect.ts';
import {
  mapReadSql,
  nationalSql,
  publicListSql,
  publicMapSql,
  registrySearchSql,
  sectionSaveSql,
} from './floors.ts';

/** One HTTP request shape of a load-worker slot (each connection keeps one slot). */
export interface Slot {
  method: 'GET' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** A save: the body with "__BASE__" where the connection's current section revision goes. */
  bodyTemplate?: string;
  baseRevision?: number;
}

export interface Scenario {
  name: string;
  what: string;
  connections: number;
  /** Seconds; or a fixed number of requests for the slow documents. */
  duration?: number;
  amount?: number;
  timeout?: number;
  slots: Slot[];
  /** The request that warms the code paths before the measurement (default: the first slot). */
  warmup?: Slot;
  floor?: { what: string; query: (caller: number, n: number) => SQL };
  target?: {
    p95Ms?: number;
    p50Ms?: number;
    floorRatio?: number;
    /** No answer other than 2xx, no socket error, no timeout. */
    noErrors?: boolean;
    note: string;
    serverOnly?: boolean;
  };
}

export interface BenchData {
  bodies: {
    code: string;
    mapId: string;
    publishedNumber: number;
    draftNumber: number;
    draftId: string;
  }[];
  grid: { mapId: string; number: number; sectorId: string; ownerLogin: string; cases: number };
}

const rowsOf = <T>(res: unknown): T[] => (res as { rows: T[] }).rows;

/** What the generator wrote, read back from the database (bench users are `office@<org code>`). */
export async function discover(db: Db): Promise<BenchData> {
  const bodies = rowsOf<{
    code: string;
    mapId: string;
    publishedNumber: number;
    draftNumber: number;
    draftId: string;
  }>(
    await db.execute(sql`
      SELECT o.code, m.id AS "mapId",
        (SELECT number FROM map_versions v WHERE v.map_id = m.id AND v.status = 'published')::int AS "publishedNumber",
        (SELECT number FROM map_versions v WHERE v.map_id = m.id AND v.status = 'draft')::int AS "draftNumber",
        (SELECT id FROM map_versions v WHERE v.map_id = m.id AND v.status = 'draft') AS "draftId"
      FROM maps m JOIN organisations o ON o.id = m.org_id
      WHERE m.period_from = 2025 AND EXISTS (SELECT 1 FROM users u WHERE u.login = 'office@' || o.code)
      ORDER BY o.code`),
  );
  const [grid] = rowsOf<{ mapId: string; code: string; cases: number }>(
    await db.execute(sql`
      SELECT m.id AS "mapId", o.code, jsonb_array_length(v.content->'sectors'->0->'cases')::int AS cases
      FROM maps m JOIN organisations o ON o.id = m.org_id JOIN map_versions v ON v.map_id = m.id AND v.number = 1
      WHERE m.period_from = 2030 LIMIT 1`),
  );
  if (!bodies.length || !grid) throw new Error('no bench data here: run `npm run bench:data` first');
  return {
    bodies: bodies.map((b) => ({
      ...b,
      publishedNumber: Number(b.publishedNumber),
      draftNumber: Number(b.draftNumber),
    })),
    grid: {
      mapId: grid.mapId,
      number: 1,
      sectorId: 's1',
      ownerLogin: `office@${grid.code}`,
      cases: Number(grid.cases),
    },
  };
}

export const SEARCHES = [
  { locale: 'ru' as const, q: 'лиценз' },
  { locale: 'kk' as const, q: 'анықтама' },
];

/** The scenarios of the issue, built on the discovered data and the signed-in cookies. */
export async function buildScenarios(
  db: Db,
  data: BenchData,
  cookies: { office: Map<string, string>; national: string },
  duration: number,
): Promise<Scenario[]> {
  // The web client's CSRF header (server/http/csrf.ts) goes with every unsafe request.
  const json = { 'content-type': 'application/json', 'x-requested-with': 'dtmaps' };
  const readSlots: Slot[] = data.bodies.map((b) => ({
    method: 'GET',
    path: `/api/maps/${b.mapId}/versions/${b.publishedNumber}`,
    headers: { cookie: cookies.office.get(b.code)! },
  }));

  // Saves: every connection owns one (draft, sector) pair — sectors of one draft never conflict.
  const drafts = rowsOf<{ id: string; sectors: { id: string }[]; revs: Record<string, number> }>(
    await db.execute(sql`
      SELECT id, content->'sectors' AS sectors, section_revisions AS revs FROM map_versions
      WHERE id IN (${sql.join(
        data.bodies.map((b) => sql`${b.draftId}::uuid`),
        sql`, `,
      )})`),
  );
  const draftById = new Map(drafts.map((d) => [d.id, d]));
  const saveSlots: (Slot & { versionId: string; sectorIndex: number; key: string; sectorJson: string })[] =
    [];
  const sectorCount = drafts[0].sectors.length;
  for (let s = 0; s < sectorCount; s++)
    for (const b of data.bodies) {
      const d = draftById.get(b.draftId)!;
      const sector = d.sectors[s];
      const key = `sector:${sector.id}`;
      const sectorJson = JSON.stringify(sector);
      saveSlots.push({
        method: 'PUT',
        path: `/api/maps/${b.mapId}/versions/${b.draftNumber}/sections/${encodeURIComponent(key)}`,
        headers: { cookie: cookies.office.get(b.code)!, ...json },
        bodyTemplate: `{"baseRevision":"__BASE__","content":${sectorJson}}`,
        baseRevision: d.revs[key] ?? 1,
        versionId: b.draftId,
        sectorIndex: s,
        key,
        sectorJson,
      });
    }
  const saveConnections = Math.min(50, saveSlots.length);

  const national = { cookie: cookies.national };
  const first = data.bodies[0];
  const scenarios: Scenario[] = [
    {
      name: 'empty-route',
      what: 'GET an empty route of the app (its hooks: helmet, rate limit, session lookup skipped)',
      connections: 50,
      duration,
      slots: [{ method: 'GET', path: '/bench/empty' }],
    },
    {
      name: 'map-read',
      what: 'GET /api/maps/:mapId/versions/:n (published, 10×30 cases) as the body’s office',
      connections: 50,
      duration,
      slots: readSlots,
      floor: {
        what: 'one SELECT building the same JSON (map, organisation, version, document) as text',
        query: (c) => {
          const b = data.bodies[c % data.bodies.length];
          return mapReadSql(b.mapId, b.publishedNumber);
        },
      },
      target: {
        p95Ms: 50,
        floorRatio: 2,
        note: 'p95 ≤ 50 ms and ≤ 2× floor at 50 clients (server)',
        serverOnly: true,
      },
    },
    {
      name: 'section-save',
      what: `PUT …/sections/sector:<id> with baseRevision; ${saveConnections} clients, each its own (draft, sector)`,
      connections: saveConnections,
      duration,
      slots: saveSlots.map(({ versionId: _v, sectorIndex: _s, key: _k, sectorJson: _j, ...slot }) => slot),
      floor: {
        what: 'the same UPDATE (jsonb_set of the sector, revisions bumped) per (draft, sector)',
        query: (c) => {
          const s = saveSlots[c % saveSlots.length];
          return sectionSaveSql(s.versionId, s.sectorIndex, s.key, s.sectorJson);
        },
      },
    },
    ...SEARCHES.map(
      (s): Scenario => ({
        name: `registry-search-${s.locale}`,
        what: `GET /api/registry/processes?q=${s.q} (national reader, page of 50, sorted by name in ${s.locale})`,
        connections: 5,
        duration,
        timeout: 300,
        slots: [
          {
            method: 'GET',
            path: `/api/registry/processes?q=${encodeURIComponent(s.q)}&pageSize=50&lang=${s.locale}`,
            headers: national,
          },
        ],
        floor: {
          what: 'the LIKE over search_text with count(*) OVER () and LIMIT 50',
          query: () => registrySearchSql(normalizeSearch(s.q), s.locale),
        },
        target: { p95Ms: 50, note: 'p95 ≤ 50 ms' },
      }),
    ),
    {
      name: 'national-dashboard',
      what: 'GET /api/monitoring/national (authorized body)',
      connections: 5,
      duration,
      timeout: 600,
      slots: [{ method: 'GET', path: '/api/monitoring/national', headers: national }],
      floor: {
        what: 'one aggregate over versions in force, periods, actuals, cell reports',
        query: () => nationalSql(),
      },
      target: { p95Ms: 100, note: 'p95 ≤ 100 ms' },
    },
    {
      name: 'public-list',
      what: 'GET /api/public/maps',
      connections: 5,
      duration,
      timeout: 300,
      slots: [{ method: 'GET', path: '/api/public/maps' }],
      floor: {
        what: 'one SELECT json_agg of the published maps with their titles',
        query: () => publicListSql(),
      },
    },
    {
      name: 'public-map',
      what: 'GET /api/public/maps/:mapId',
      connections: 10,
      duration,
      slots: data.bodies.map((b) => ({ method: 'GET', path: `/api/public/maps/${b.mapId}` })),
      floor: {
        what: 'one SELECT of the map and its public version list',
        query: (c) => publicMapSql(data.bodies[c % data.bodies.length].mapId),
      },
    },
    {
      name: 'map-docx',
      what: 'GET /api/maps/:mapId/versions/:n/map.docx?lang=kk (full published map, rendered by the warm-up, then from the cache)',
      connections: 2,
      amount: 8,
      timeout: 300,
      slots: [
        {
          method: 'GET',
          path: `/api/maps/${first.mapId}/versions/${first.publishedNumber}/map.docx?lang=kk`,
          headers: { cookie: cookies.office.get(first.code)! },
        },
      ],
      target: { p95Ms: 1000, note: 'DOCX ≤ 1 s' },
    },
    {
      // The same target on documents no process has rendered yet: every published map in both
      // languages but the one the warm-up renders, one at a time (the cache cannot help).
      name: 'map-docx-first',
      what: 'GET …/map.docx of each published map in kk and ru, each rendered for the first time',
      connections: 1,
      amount: Math.min(20, data.bodies.length * 2 - 1),
      timeout: 300,
      warmup: {
        method: 'GET',
        path: `/api/maps/${first.mapId}/versions/${first.publishedNumber}/map.docx?lang=kk`,
        headers: { cookie: cookies.office.get(first.code)! },
      },
      slots: data.bodies
        .flatMap((b) =>
          (['kk', 'ru'] as const).map(
            (lang): Slot => ({
              method: 'GET',
              path: `/api/maps/${b.mapId}/versions/${b.publishedNumber}/map.docx?lang=${lang}`,
              headers: { cookie: cookies.office.get(b.code)! },
            }),
          ),
        )
        .slice(1),
      target: { p95Ms: 1000, note: 'DOCX ≤ 1 s (first rendering)' },
    },
    {
      name: 'map-pdf',
      what: 'GET /api/maps/:mapId/versions/:n/map.pdf?lang=ru (Chromium prints)',
      connections: 2,
      amount: 4,
      timeout: 600,
      slots: [
        {
          method: 'GET',
          path: `/api/maps/${first.mapId}/versions/${first.publishedNumber}/map.pdf?lang=ru`,
          headers: { cookie: cookies.office.get(first.code)! },
        },
      ],
    },
    {
      // Issue 8, part 7: 200 users at once for a minute, the mix of a working day — the public
      // reading the portal (list, map pages, versions), offices reading their maps, the
      // authorized body on the national page and the registry — each connection cycling through
      // the mix. Zero errors is the target; the latencies are reported.
      name: 'load-200',
      what: '200 users for 60 s: portal list/map/version, own map reads, national dashboard, registry page',
      connections: 200,
      duration: 60,
      timeout: 60,
      slots: [
        ...data.bodies.flatMap((b): Slot[] => [
          { method: 'GET', path: `/api/public/maps/${b.mapId}` },
          { method: 'GET', path: `/api/public/maps/${b.mapId}/versions/${b.publishedNumber}` },
          { method: 'GET', path: '/api/public/maps' },
          {
            method: 'GET',
            path: `/api/maps/${b.mapId}/versions/${b.publishedNumber}`,
            headers: { cookie: cookies.office.get(b.code)! },
          },
          { method: 'GET', path: '/api/auth/me', headers: { cookie: cookies.office.get(b.code)! } },
        ]),
        { method: 'GET', path: '/api/monitoring/national', headers: national },
        { method: 'GET', path: '/api/registry/processes?pageSize=20', headers: national },
      ],
      target: { noErrors: true, note: 'zero errors at 200 users for 60 s' },
    },
  ];
  return scenarios;
}
