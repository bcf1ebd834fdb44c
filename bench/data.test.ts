import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { MapDocumentSchema } from '../src/domain/map/map.schema.ts';
import { validateMap } from '../src/domain/map/map.validate.ts';
import { openDatabase } from '../src/server/db/connect.ts';
import { INFORMATION_SYSTEMS } from '../src/server/seed/reference.data.ts';
import { LEGAL_ACTS } from '../src/server/seed/registry.data.ts';
import { batchHasher, generateInto } from './data.ts';
import { type BenchOptions, type BenchRefs, generate } from './generate.ts';

// Generating and migrating takes longer than the main suite's 30 s per test.
vi.setConfig({ testTimeout: 120_000 });

/** Reference rows as the seed would make them, with ids derived from their names (no database). */
function fakeRefs(): BenchRefs {
  const id = (s: string) => {
    const h = createHash('sha256').update(s).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  const services = (
    JSON.parse(
      fs.readFileSync(new URL('../src/server/seed/data/public-services.json', import.meta.url), 'utf8'),
    ) as {
      services: { name: { ru: string } }[];
    }
  ).services.map((s) => ({ id: id(`svc:${s.name.ru}`), name: { kk: s.name.ru, ru: s.name.ru } }));
  return {
    stateBodies: ['mo-a', 'mo-b', 'mo-c'].map((code) => ({
      id: id(code),
      code,
      name: { kk: code, ru: code },
    })),
    authorizedOrgId: id('mo-digital'),
    centerOrgId: id('center'),
    services,
    systems: INFORMATION_SYSTEMS.map((s) => ({ id: id(`sys:${s.code}`), code: s.code, name: s.name })),
    legalActIds: LEGAL_ACTS.map((a) => id(`act:${a.name.ru}`)),
    demo: {
      service: (ru) => id(`svc:${ru}`),
      system: (code) => id(`sys:${code}`),
      planningDocument: (c) => id(`doc:${c}`),
    },
  };
}

const TINY: BenchOptions = { seed: 1, scale: 0.01, sectors: 3, casesPerSector: 6, gridCases: 20, bodies: 2 };

async function run(opts: BenchOptions) {
  const gen = await generate(opts, fakeRefs());
  const hasher = batchHasher(new Map());
  const docs: unknown[] = [];
  for await (const batch of gen.batches) {
    hasher.add(batch);
    if (batch.table === 'map_versions') docs.push(...batch.rows.map((r) => r.content));
  }
  return { hash: hasher.digest(), docs, manifest: gen.manifest };
}

describe('bench data generator', () => {
  it('gives the same content for the same seed and other content for another seed', async () => {
    const a = await run(TINY);
    const b = await run(TINY);
    const c = await run({ ...TINY, seed: 2 });
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
  });

  it('writes documents of the Form with no blocking finding in the published versions', async () => {
    const { docs } = await run(TINY);
    expect(docs).toHaveLength(2 * 5 + 1);
    for (const doc of docs) expect(MapDocumentSchema.safeParse(doc).success).toBe(true);
    // The bodies' versions clone the complete demo sectors; the last document is the grid's draft for
    // 2030–2034, outside the Form's period on purpose (a second map of the same body).
    const blocking = docs
      .slice(0, -1)
      .flatMap((d) => validateMap(MapDocumentSchema.parse(d)).filter((f) => f.severity === 'blocking'));
    expect(blocking).toEqual([]);
  });

  it('fills a migrated database with every foreign key satisfied and a valid audit chain', async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      const res = await generateInto(database, { ...TINY, processes: 200, auditEvents: 300 });
      expect(res.auditChainBrokenAt).toBeNull();
      expect(res.blockingFindings).toBe(0);
      const n = async (table: string) =>
        Number(
          (
            (await database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as {
              rows: { n: number }[];
            }
          ).rows[0].n,
        );
      expect(await n('business_processes')).toBe(200);
      expect(await n('audit_events')).toBe(300);
      expect(await n('map_versions')).toBe(11);
      expect(await n('process_variants')).toBeGreaterThanOrEqual(200);
    } finally {
      await database.close();
    }
  }, 120_000);
});
