/**
 * `npm run bench -- --scale 1`: starts the app on the bench data (embedded PGlite in
 * .tmp/bench-data-<scale>, or the server database of DATABASE_URL), drives each scenario with
 * autocannon from a separate process on loopback, measures each floor (the SQL alone, the same
 * driver, the same concurrency) in this process, the 500-case grid in Chromium, prints a table and
 * merges the run into bench/results.json under "<embedded|postgres>@<scale>".
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { buildApp, WEB_DIST } from '../src/server/app.ts';
import { openDatabase } from '../src/server/db/connect.ts';
import { defaultDataDir, parseArgs } from './data.ts';
import { type Measured, measureFloor, summarize } from './floors.ts';
import { BENCH_PASSWORD } from './generate.ts';
import { type GridResult, measureGrid } from './grid.ts';
import { buildScenarios, discover, type Scenario } from './scenarios.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(here, 'results.json');

interface ScenarioResult {
  name: string;
  what: string;
  connections: number;
  http: Measured & { statuses?: Record<string, number>; errors?: number; timeouts?: number };
  floor: (Measured & { what: string }) | null;
  /** HTTP p50 / floor p50 (latency), floor req/s / HTTP req/s (throughput). */
  ratioP50: number | null;
  ratioThroughput: number | null;
  target: string | null;
  met: boolean | null;
  /**
   * The same requests timed inside the server (request received → response handed to the socket),
   * per route: where they are far below the client's figures, the time went to the load generator
   * and the sockets, not the app.
   */
  server?: Record<string, { n: number; p50: number | null; p95: number | null; max: number | null }>;
}

function load(
  spec: object,
): Promise<Measured & { statuses: Record<string, number>; errors: number; timeouts: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(here, 'load-worker.mjs'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m) => resolve(m as never));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`load worker exited with ${code}`)));
    child.send(spec);
  });
}

async function signIn(baseUrl: string, login: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in of ${login}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0];
}

const ms = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : v < 10 ? v.toFixed(2) : v.toFixed(0);
const num = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? '—' : v.toFixed(d));

function judge(s: Scenario, r: Omit<ScenarioResult, 'met' | 'target'>, mode: string): boolean | null {
  if (!s.target) return null;
  if (s.target.serverOnly && mode !== 'postgres') return null;
  let ok = true;
  if (s.target.p95Ms !== undefined) ok &&= (r.http.p95 ?? Infinity) <= s.target.p95Ms;
  if (s.target.floorRatio !== undefined) ok &&= (r.ratioP50 ?? Infinity) <= s.target.floorRatio;
  if (s.target.noErrors) {
    const bad = Object.entries(r.http.statuses ?? {})
      .filter(([k]) => !k.startsWith('2'))
      .reduce((n, [, v]) => n + v, 0);
    ok &&= bad === 0 && (r.http.errors ?? 0) === 0 && (r.http.timeouts ?? 0) === 0;
  }
  return ok;
}

async function main() {
  const { scale, rest } = parseArgs(process.argv.slice(2));
  const duration = Number(rest.duration ?? 10);
  const only = rest.only ? new Set(rest.only.split(',')) : null;
  const gridRuns = Number(rest['grid-runs'] ?? 5);
  const url = process.env.DATABASE_URL || undefined;
  const mode = url ? 'postgres' : 'embedded';
  const dataDir = path.resolve(process.env.DATA_DIR ?? defaultDataDir(scale));
  if (!url && !fs.existsSync(dataDir))
    throw new Error(`${dataDir} does not exist: run npm run bench:data -- --scale ${scale}`);
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html')))
    throw new Error(
      'dist/web is not built: run `npx vite build` first (the grid is measured on the built app)',
    );

  const database = await openDatabase(url ? { url } : { dataDir });
  const app = await buildApp({
    database,
    serveWeb: true,
    rateLimitMax: 1_000_000_000,
    loginRateLimitMax: 100_000,
    jobPollSeconds: 3600,
    logLevel: 'silent',
  });
  // The HTTP floor inside the app (its global hooks run), and a bare Fastify beside it.
  app.get('/bench/empty', async () => ({}));
  // Server-side time of every request, per route, for the scenario being measured.
  let serverTimes = new Map<string, number[]>();
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    const list = serverTimes.get(route) ?? [];
    list.push(reply.elapsedTime);
    serverTimes.set(route, list);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const bare = Fastify();
  bare.get('/bench/empty', async () => ({}));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;

  const results: ScenarioResult[] = [];
  let grid: GridResult | null = null;
  try {
    const data = await discover(database.db);
    const office = new Map<string, string>();
    for (const b of data.bodies) office.set(b.code, await signIn(baseUrl, `office@${b.code}`));
    const national = await signIn(baseUrl, 'reviewer@bench');
    const scenarios = await buildScenarios(database.db, data, { office, national }, duration);
    scenarios.splice(1, 0, {
      name: 'empty-bare-fastify',
      what: 'GET an empty route of a bare Fastify in the same process (no plugins)',
      connections: 50,
      duration,
      slots: [{ method: 'GET', path: '/bench/empty' }],
    });
    console.log(
      `bench: ${mode}, scale ${scale}, ${data.bodies.length} bodies, ${duration} s per scenario, ${os.cpus().length} cores`,
    );
    // The grid first, while the server is idle: after the load scenario its database queue is
    // still draining the requests the load gave up on.
    if (!only || only.has('grid-500')) {
      process.stdout.write(`  grid-500 (${data.grid.cases} cases, ${gridRuns} runs) … `);
      try {
        grid = await measureGrid({
          baseUrl,
          login: data.grid.ownerLogin,
          password: BENCH_PASSWORD,
          mapId: data.grid.mapId,
          number: data.grid.number,
          sectorId: data.grid.sectorId,
          cases: data.grid.cases,
          runs: gridRuns,
        });
        console.log(
          `median ${ms(grid.median)} ms (runs ${grid.runs.map((r) => ms(r)).join(', ')}), API ${ms(grid.apiMedian)} ms, ` +
            `last row shown ${ms(grid.lastRowMedian)} ms after scrolling, ${grid.domRows} rows in the DOM`,
        );
      } catch (err) {
        console.log(`failed: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    for (const s of scenarios) {
      if (only && !only.has(s.name)) continue;
      const target = s.name === 'empty-bare-fastify' ? bareUrl : baseUrl;
      // One request first: the first DOCX/PDF warms Chromium and the code paths.
      const warmup = s.warmup ?? s.slots[0];
      await fetch(`${target}${warmup.path}`, {
        method: warmup.method,
        headers: warmup.headers,
        body: warmup.bodyTemplate?.replace('"__BASE__"', String(warmup.baseRevision)) ?? warmup.body,
      }).then((r) => r.arrayBuffer());
      if (s.name === 'section-save') {
        // The warm-up moved the first slot's section on by one revision.
        const revs = await fetch(`${baseUrl}${s.slots[0].path.replace(/\/sections\/.*$/, '')}`, {
          headers: s.slots[0].headers,
        }).then((r) => r.json() as Promise<{ version: { sectionRevisions: Record<string, number> } }>);
        for (const slot of s.slots) {
          const key = decodeURIComponent(slot.path.split('/sections/')[1]);
          const draft = slot.path.replace(/\/sections\/.*$/, '');
          if (draft === s.slots[0].path.replace(/\/sections\/.*$/, ''))
            slot.baseRevision = revs.version.sectionRevisions[key];
        }
      }
      process.stdout.write(`  ${s.name} … `);
      serverTimes = new Map();
      let http: Awaited<ReturnType<typeof load>>;
      try {
        http = await load({
          url: target,
          connections: s.connections,
          duration: s.duration,
          amount: s.amount,
          timeout: s.timeout ?? 30,
          slots: s.slots,
        });
      } catch (err) {
        console.log(`failed: ${(err as Error).message}`);
        continue;
      }
      let floor: ScenarioResult['floor'] = null;
      if (s.floor) {
        const f = await measureFloor(database.db, s.floor.query, {
          connections: s.connections,
          durationSec: s.duration ?? duration,
          amount: s.amount,
        });
        floor = { ...f, what: s.floor.what };
      }
      const base = {
        name: s.name,
        what: s.what,
        connections: s.connections,
        http,
        floor,
        ratioP50: floor?.p50 && http.p50 ? http.p50 / floor.p50 : null,
        ratioThroughput: floor && http.throughput ? floor.throughput / http.throughput : null,
      };
      const server = Object.fromEntries(
        [...serverTimes].map(([route, times]) => {
          const m = summarize(times, 1);
          return [
            route,
            {
              n: m.requests,
              p50: m.p50,
              p95: m.p95,
              max: times.length ? times.reduce((a, b) => (a > b ? a : b)) : null,
            },
          ];
        }),
      );
      results.push({ ...base, target: s.target?.note ?? null, met: judge(s, base, mode), server });
      console.log(
        `p50 ${ms(http.p50)} ms, p95 ${ms(http.p95)} ms, ${num(http.throughput)} req/s, statuses ${JSON.stringify(http.statuses)}${floor ? `; floor p50 ${ms(floor.p50)} ms, ${num(floor.throughput)} q/s` : ''}`,
      );
      // The load run's per-route server times, under its line.
      if (s.name === 'load-200')
        for (const [route, m] of Object.entries(server))
          console.log(
            `    server ${route}: ${m.n} × p50 ${ms(m.p50)} ms, p95 ${ms(m.p95)} ms, max ${ms(m.max)} ms`,
          );
    }
  } finally {
    await bare.close();
    await app.close();
    await database.close();
  }

  printTable(mode, scale, results, grid);
  const all = fs.existsSync(RESULTS) ? JSON.parse(fs.readFileSync(RESULTS, 'utf8')) : {};
  const key = `${mode}@${scale}`;
  const previous = all[key]?.scenarios ?? [];
  const merged = only
    ? [...previous.filter((p: ScenarioResult) => !results.some((r) => r.name === p.name)), ...results]
    : results;
  all[key] = {
    at: new Date().toISOString(),
    mode,
    scale,
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    durationSec: duration,
    scenarios: merged,
    grid: grid ?? all[key]?.grid ?? null,
  };
  all.embeddedVsServer = compareModes(all);
  fs.writeFileSync(RESULTS, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`\nwritten ${path.relative(process.cwd(), RESULTS)} [${key}]`);
}

/** The "embedded within 3× of server PostgreSQL" check: p95 of each scenario, per scale. */
function compareModes(all: Record<string, { scenarios?: ScenarioResult[]; grid?: GridResult | null }>) {
  const out: Record<
    string,
    Record<
      string,
      { embeddedP95: number | null; serverP95: number | null; ratio: number | null; met: boolean | null }
    >
  > = {};
  for (const key of Object.keys(all)) {
    if (!key.startsWith('embedded@')) continue;
    const scale = key.slice('embedded@'.length);
    const server = all[`postgres@${scale}`];
    if (!server?.scenarios) continue;
    out[scale] = {};
    for (const e of all[key].scenarios ?? []) {
      const s = server.scenarios.find((x) => x.name === e.name);
      const ratio = s?.http.p95 && e.http.p95 ? e.http.p95 / s.http.p95 : null;
      out[scale][e.name] = {
        embeddedP95: e.http.p95,
        serverP95: s?.http.p95 ?? null,
        ratio,
        met: ratio === null ? null : ratio <= 3,
      };
    }
  }
  return out;
}

function printTable(mode: string, scale: number, results: ScenarioResult[], grid: GridResult | null) {
  const rows = [
    [
      'scenario',
      'conns',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'req/s',
      'non-2xx/err',
      'floor p50',
      'floor p95',
      'floor q/s',
      '×floor p50',
      'target',
      'met',
    ],
    ...results.map((r) => {
      const bad =
        Object.entries(r.http.statuses ?? {})
          .filter(([k]) => !k.startsWith('2'))
          .reduce((n, [, v]) => n + v, 0) + (r.http.errors ?? 0);
      return [
        r.name,
        String(r.connections),
        ms(r.http.p50),
        ms(r.http.p95),
        ms(r.http.p99),
        num(r.http.throughput),
        String(bad),
        ms(r.floor?.p50),
        ms(r.floor?.p95),
        num(r.floor?.throughput),
        num(r.ratioP50, 2),
        r.target ?? '',
        r.met === null ? '' : r.met ? 'met' : 'MISSED',
      ];
    }),
  ];
  if (grid) {
    // The grid has a latency and a target only: the columns between stay empty.
    const gridRow = (name: string, value: string, target = '', met = '') => [
      name,
      '1',
      value,
      ...Array<string>(8).fill(''),
      target,
      met,
    ];
    rows.push(
      gridRow('grid-500 (Chromium)', ms(grid.median), '≤ 200 ms', grid.median <= 200 ? 'met' : 'MISSED'),
    );
    rows.push(gridRow('grid-500: scroll to last row', ms(grid.lastRowMedian)));
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`\n${mode} @ scale ${scale}`);
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
