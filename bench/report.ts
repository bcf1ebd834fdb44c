/** `npx tsx bench/report.ts`: bench/results.json as Markdown tables (for docs/performance.md). */
import fs from 'node:fs';

const all = JSON.parse(fs.readFileSync(new URL('./results.json', import.meta.url), 'utf8'));
const f = (v: number | null | undefined, d = 0) =>
  v === null || v === undefined ? '—' : v < 10 && d === 0 ? v.toFixed(1) : v.toFixed(d);
for (const key of Object.keys(all)
  .filter((k) => k.includes('@'))
  .sort()) {
  const r = all[key];
  console.log(
    `\n### ${key} (${r.at.slice(0, 16)}, ${r.machine.cores} cores, ${r.durationSec} s or a fixed count per scenario)\n`,
  );
  console.log(
    '| scenario | conns | n | p50 ms | p95 ms | p99 ms | req/s | non-2xx or error | floor p50 | floor p95 | floor q/s | ×floor p50 | target | met |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const s of r.scenarios) {
    // Answers other than 2xx, and requests without an answer (socket errors, timeouts), as run.ts prints.
    const bad =
      Object.entries(s.http.statuses ?? {})
        .filter(([k]) => !k.startsWith('2'))
        .reduce((n, [, v]) => n + (v as number), 0) + (s.http.errors ?? 0);
    console.log(
      `| ${s.name} | ${s.connections} | ${s.http.requests} | ${f(s.http.p50)} | ${f(s.http.p95)} | ${f(s.http.p99)} | ${f(s.http.throughput, 1)} | ${bad} | ${f(s.floor?.p50)} | ${f(s.floor?.p95)} | ${f(s.floor?.throughput, 1)} | ${f(s.ratioP50, 2)} | ${s.target ?? ''} | ${s.met === null ? '' : s.met ? 'met' : '**missed**'} |`,
    );
  }
  if (r.grid)
    console.log(
      `| grid-500 (Chromium, median of ${r.grid.runs.length}) | 1 | ${r.grid.runs.length} | ${f(r.grid.median)} | | | | | | | | | ≤ 200 ms | ${r.grid.median <= 200 ? 'met' : '**missed**'} |\n` +
        `| grid-500: scroll to the last row (median) | 1 | ${r.grid.runs.length} | ${f(r.grid.lastRowMedian)} | | | | | | | | | | |`,
    );
  type ServerTimes = Record<string, { n: number; p50: number; p95: number; max: number }>;
  const load = (r.scenarios as { name: string; server?: ServerTimes }[]).find(
    (s) => s.name === 'load-200' && s.server,
  );
  if (load?.server) {
    console.log('\nload-200, the same requests timed inside the server (received → handed to the socket):\n');
    console.log('| route | n | p50 ms | p95 ms | max ms |');
    console.log('|---|---|---|---|---|');
    for (const [route, m] of Object.entries(load.server))
      console.log(`| \`${route}\` | ${m.n} | ${f(m.p50)} | ${f(m.p95)} | ${f(m.max)} |`);
  }
}
if (all.embeddedVsServer) {
  console.log('\n### embedded vs server (p95, target: embedded ≤ 3× server)\n');
  console.log('| scale | scenario | embedded p95 | server p95 | ratio | met |');
  console.log('|---|---|---|---|---|---|');
  for (const [scale, rows] of Object.entries(
    all.embeddedVsServer as Record<
      string,
      Record<string, { embeddedP95: number; serverP95: number; ratio: number; met: boolean }>
    >,
  ))
    for (const [name, x] of Object.entries(rows))
      console.log(
        `| ${scale} | ${name} | ${f(x.embeddedP95)} | ${f(x.serverP95)} | ${f(x.ratio, 2)} | ${x.met === null ? '' : x.met ? 'met' : '**missed**'} |`,
      );
}
