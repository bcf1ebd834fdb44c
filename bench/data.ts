/**
 * `npm run bench:data -- --seed 1 --scale 1`: the national-scale data set, deterministic from the
 * seed, written through the app's own migrations and reference seed into DATABASE_URL (a server
 * database, dropped and created anew — its name must contain "bench") or a PGlite folder
 * (DATA_DIR, default .tmp/bench-data-<scale>, removed first). Rows go in as multi-row INSERTs.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { validateMap } from '../src/domain/map/map.validate.ts';
import { verifyAuditChain } from '../src/server/audit/audit.queries.ts';
import { hashPassword } from '../src/server/auth/auth.actions.ts';
import { type Database, type Db, openDatabase } from '../src/server/db/connect.ts';
import { PLANNING_DOCUMENTS } from '../src/server/seed/reference.data.ts';
import { seedIfEmpty } from '../src/server/seed/seed.ts';
import {
  type Batch,
  type BenchManifest,
  type BenchOptions,
  type BenchRefs,
  type Generated,
  generate,
  JSON_COLUMNS,
  PASSWORD_PLACEHOLDER,
  type Row,
} from './generate.ts';

const rowsOf = <T>(res: unknown): T[] => (res as { rows: T[] }).rows;

/** The seeded reference rows in a stable order, and a map from their random ids to stable names (for hashing). */
export async function loadRefs(db: Db): Promise<{ refs: BenchRefs; canon: Map<string, string> }> {
  const q = async <T>(text: string) => rowsOf<T>(await db.execute(sql.raw(text)));
  type Named = { id: string; code: string | null; kind: string; name: { kk: string; ru: string } };
  const orgs = await q<Named>('SELECT id, code, kind, name FROM organisations ORDER BY code');
  const services = await q<Named>(
    "SELECT id, code, '' AS kind, name FROM public_services ORDER BY name->>'ru', id",
  );
  const systems = await q<Named>("SELECT id, code, '' AS kind, name FROM information_systems ORDER BY code");
  const docs = await q<Named>(
    "SELECT id, '' AS code, kind, name FROM planning_documents ORDER BY name->>'ru'",
  );
  const acts = await q<Named>("SELECT id, code, kind, name FROM legal_acts ORDER BY name->>'ru'");
  const canon = new Map<string, string>();
  for (const o of orgs) canon.set(o.id, `org:${o.code}`);
  for (const s of services) canon.set(s.id, `svc:${s.name.ru}`);
  for (const s of systems) canon.set(s.id, `sys:${s.code}`);
  for (const d of docs) canon.set(d.id, `doc:${d.name.ru}`);
  for (const a of acts) canon.set(a.id, `act:${a.name.ru}`);
  const need = (v: string | undefined, what: string) => {
    if (!v) throw new Error(`bench data: the seed has no ${what}`);
    return v;
  };
  const docByCode = new Map(
    PLANNING_DOCUMENTS.map((d) => [d.code, docs.find((r) => r.name.ru === d.name.ru)?.id]),
  );
  const refs: BenchRefs = {
    stateBodies: orgs
      .filter((o) => o.kind === 'central_state_body' || o.kind === 'authorized_body')
      .map((o) => ({ id: o.id, code: o.code!, name: o.name })),
    authorizedOrgId: need(orgs.find((o) => o.kind === 'authorized_body')?.id, 'authorized body'),
    centerOrgId: need(orgs.find((o) => o.kind === 'support_center')?.id, 'support center'),
    services: services.map((s) => ({ id: s.id, name: s.name })),
    systems: systems.map((s) => ({ id: s.id, code: s.code, name: s.name })),
    legalActIds: acts.map((a) => a.id),
    demo: {
      service: (ru) => need(services.find((s) => s.name.ru === ru)?.id, `public service "${ru}"`),
      system: (code) => need(systems.find((s) => s.code === code)?.id, `information system "${code}"`),
      planningDocument: (code) => need(docByCode.get(code), `planning document "${code}"`),
    },
  };
  return { refs, canon };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** A running SHA-256 of the batches, with the seed's random reference ids replaced by stable names. */
export function batchHasher(canon: Map<string, string>) {
  const h = createHash('sha256');
  return {
    add(batch: Batch | { table: string; rows: unknown[] }) {
      h.update(JSON.stringify(batch).replace(UUID, (m) => canon.get(m) ?? m));
    },
    digest: () => h.digest('hex'),
  };
}

function param(table: string, column: string, value: unknown) {
  if (value === null || value === undefined) return sql`NULL`;
  if ((JSON_COLUMNS[table] ?? []).includes(column)) return sql`${JSON.stringify(value)}::jsonb`;
  return sql`${value}`;
}

/** One multi-row INSERT per batch (process variants join the BPMN templates in SQL). */
export async function writeBatch(db: Db, batch: Batch, passwordHash: string): Promise<void> {
  if (!batch.rows.length) return;
  if (batch.table === 'process_variants') {
    const values = sql.join(
      batch.rows.map(
        (r) =>
          sql`(${r.id}::uuid, ${r.process_id}::uuid, ${r.kind}::text, ${r.revision}::int, ${r.template}::int, ${r.created_by}::uuid, ${r.created_at}::timestamptz)`,
      ),
      sql`, `,
    );
    await db.execute(sql`
      INSERT INTO process_variants (id, process_id, kind, revision, xml, svg, model, metrics, created_by, created_at)
      SELECT v.id, v.process_id, v.kind, v.revision, t.xml, t.svg, t.model, t.metrics, v.created_by, v.created_at
      FROM (VALUES ${values}) AS v(id, process_id, kind, revision, template, created_by, created_at)
      JOIN bench_variant_templates t ON t.i = v.template`);
    return;
  }
  const columns = Object.keys(batch.rows[0]);
  const rows = batch.rows.map(
    (r: Row) =>
      sql`(${sql.join(
        columns.map((c) =>
          param(batch.table, c, c === 'password_hash' && r[c] === PASSWORD_PLACEHOLDER ? passwordHash : r[c]),
        ),
        sql`, `,
      )})`,
  );
  await db.execute(
    sql`INSERT INTO ${sql.identifier(batch.table)} (${sql.join(
      columns.map((c) => sql.identifier(c)),
      sql`, `,
    )}) VALUES ${sql.join(rows, sql`, `)}`,
  );
}

export interface GenerateResult {
  manifest: BenchManifest;
  hash: string;
  rows: Record<string, number>;
  seconds: number;
  blockingFindings: number;
  auditChainBrokenAt: number | null;
}

/** Seeds the reference tables (as a first start without the demo does) and writes the bench data. */
export async function generateInto(
  database: Database,
  opts: BenchOptions,
  log: (s: string) => void = () => {},
): Promise<GenerateResult> {
  const started = Date.now();
  const db = database.db;
  await seedIfEmpty(db, { demo: false });
  const { refs, canon } = await loadRefs(db);
  const gen: Generated = await generate(opts, refs);
  const hasher = batchHasher(canon);
  hasher.add({ table: 'bench_variant_templates', rows: gen.templates });
  const passwordHash = await hashPassword(gen.manifest.logins.password);
  await db.execute(sql`DROP TABLE IF EXISTS bench_variant_templates`);
  await db.execute(
    sql`CREATE TABLE bench_variant_templates (i int PRIMARY KEY, xml text NOT NULL, svg text NOT NULL, model jsonb NOT NULL, metrics jsonb NOT NULL)`,
  );
  await writeBatch(
    db,
    {
      table: 'bench_variant_templates',
      rows: gen.templates.map((t, i) => ({ i, xml: t.xml, svg: t.svg, model: t.model, metrics: t.metrics })),
    },
    passwordHash,
  );
  const counts: Record<string, number> = {};
  let blocking = 0;
  let last = Date.now();
  for await (const batch of gen.batches) {
    hasher.add(batch);
    if (batch.table === 'map_versions')
      for (const r of batch.rows)
        if (r.status === 'published')
          blocking += validateMap(r.content as never).filter((f) => f.severity === 'blocking').length;
    await writeBatch(db, batch, passwordHash);
    counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
    if (Date.now() - last > 5000) {
      last = Date.now();
      log(`  ${((last - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);
    }
  }
  await db.execute(sql`DROP TABLE bench_variant_templates`);
  log('  analyze…');
  await db.execute(sql`ANALYZE`);
  const broken = await verifyAuditChain(db);
  return {
    manifest: gen.manifest,
    hash: hasher.digest(),
    rows: counts,
    seconds: (Date.now() - started) / 1000,
    blockingFindings: blocking,
    auditChainBrokenAt: broken,
  };
}

export function parseArgs(argv: string[]): { seed: number; scale: number; rest: Record<string, string> } {
  const rest: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const [k, inline] = a.slice(2).split('=');
    rest[k] = inline ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
  }
  return { seed: Number(rest.seed ?? 1), scale: Number(rest.scale ?? 1), rest };
}

export const defaultDataDir = (scale: number) => `.tmp/bench-data-${scale}`;

/** Drops and creates the server database named in the URL (only a "bench" database). */
async function resetServerDatabase(url: string) {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!/bench/.test(name))
    throw new Error(`refusing to reset "${name}": the bench database's name must contain "bench"`);
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

async function main() {
  const { seed, scale, rest } = parseArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL || undefined;
  const dataDir = path.resolve(process.env.DATA_DIR ?? defaultDataDir(scale));
  if (url) await resetServerDatabase(url);
  else {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.lock`, { force: true });
  }
  console.log(
    `bench data: seed ${seed}, scale ${scale} → ${url ? url.replace(/\/\/[^@]*@/, '//') : dataDir}`,
  );
  const database = await openDatabase(url ? { url } : { dataDir });
  try {
    const opts: BenchOptions = { seed, scale };
    if (rest.processes) opts.processes = Number(rest.processes);
    if (rest.audit) opts.auditEvents = Number(rest.audit);
    const res = await generateInto(database, opts, console.log);
    console.log(JSON.stringify({ rows: res.rows, seconds: res.seconds, hash: res.hash }, null, 1));
    console.log(
      `published versions' blocking findings: ${res.blockingFindings}; audit chain: ${res.auditChainBrokenAt === null ? 'valid' : `broken at ${res.auditChainBrokenAt}`}`,
    );
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
