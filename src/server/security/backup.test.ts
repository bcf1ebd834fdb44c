import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { verifyAuditChain } from '../audit/audit.queries.ts';
import { type Database, openDatabase } from '../db/connect.ts';
import { diffHashes, hashDatabase } from '../scripts/db-hash.ts';
import { playDemoStory } from '../seed/demo-story.ts';
import { seedIfEmpty } from '../seed/seed.ts';
import { openTestDatabase } from '../test/test-db.ts';

// Issue 8, part 5: `npm run backup` / `npm run restore` round trips, checked by content hashes.
const exec = promisify(execFile);
const ROOT = path.resolve('.tmp', `backup-${randomBytes(4).toString('hex')}`);
const SERVER = process.env.DATABASE_URL;
afterAll(() => fs.rmSync(ROOT, { recursive: true, force: true }));

/** Runs one of the npm scripts the way `npm run` does (tsx), with the database in the environment. */
async function script(name: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  try {
    const { stdout } = await exec(
      process.execPath,
      ['--import', 'tsx', path.resolve(`src/server/scripts/${name}.ts`), ...args],
      { env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env } },
    );
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stderr: string; stdout: string };
    return { code: err.code, out: err.stderr + err.stdout };
  }
}
const printedHash = (out: string) => /content hash: ([0-9a-f]{64})/.exec(out)?.[1];

/** A database with real content: the demo, its story played (sessions, audit, jobs, projects). */
async function fill(database: Database) {
  await seedIfEmpty(database.db, { demo: true });
  const app = await buildApp({ database, loginRateLimitMax: 1000 });
  await playDemoStory(app, () => new Date());
  await app.close();
}

async function serverDb(url: string, name: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
async function dropServerDb(url: string, name: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

describe('the content hash', () => {
  it('is stable, covers every table and changes with any single changed row', async () => {
    const database = await openTestDatabase();
    try {
      await seedIfEmpty(database.db, { demo: false, adminPassword: 'admin-password-1' });
      const a = await hashDatabase(database.db);
      expect(await hashDatabase(database.db)).toEqual(a);
      expect(Object.keys(a.tables)).toEqual(
        expect.arrayContaining([
          'public.users',
          'public.audit_events',
          'public.map_versions',
          'drizzle.__drizzle_migrations',
        ]),
      );
      expect(a.tables['public.organisations']).toMatch(/^[1-9]\d*:[0-9a-f]{64}$/);
      await database.db.execute(sql`UPDATE organisations SET code = code || '-x' WHERE code = 'mo-justice'`);
      const b = await hashDatabase(database.db);
      expect(b.total).not.toBe(a.total);
      expect(diffHashes(a, b)).toEqual(['public.organisations']);
    } finally {
      await database.close();
    }
  });
});

describe('npm run backup / restore, embedded (PGlite)', () => {
  it('restores into a fresh folder a database with the same content hashes', async () => {
    const source = path.join(ROOT, 'source');
    const database = await openDatabase({ dataDir: source });
    await fill(database);
    const before = await hashDatabase(database.db);
    expect(Object.keys(before.tables)).toContain('pgboss.job');
    // The app is running: the backup refuses instead of copying a folder in use.
    const busy = await script('backup', [path.join(ROOT, 'busy.tar.gz')], { DATA_DIR: source });
    expect(busy.code).toBe(1);
    expect(busy.out).toMatch(/is in use by process/);
    await database.close();

    const file = path.join(ROOT, 'embedded.tar.gz');
    const made = await script('backup', [file], { DATA_DIR: source });
    expect(made.code).toBe(0);
    expect(printedHash(made.out)).toBe(before.total);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const target = path.join(ROOT, 'restored');
    const restored = await script('restore', [file], { DATA_DIR: target });
    expect(restored.code).toBe(0);
    expect(printedHash(restored.out)).toBe(before.total);

    const reopened = await openDatabase({ dataDir: target });
    try {
      const after = await hashDatabase(reopened.db);
      expect(diffHashes(before, after)).toEqual([]);
      expect(after.total).toBe(before.total);
      expect(await verifyAuditChain(reopened.db)).toBeNull();
      await reopened.db.execute(sql`UPDATE users SET full_name = full_name || '.' WHERE login = 'admin'`);
      expect(diffHashes(before, await hashDatabase(reopened.db))).toEqual(['public.users']);
    } finally {
      await reopened.close();
    }
    // Never over data: a folder that holds something is refused, and a server archive needs DATABASE_URL.
    const again = await script('restore', [file], { DATA_DIR: target });
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/is not empty/);
    fs.writeFileSync(path.join(ROOT, 'fake.pgdump'), 'PGDMP-not-really');
    const wrongKind = await script('restore', [path.join(ROOT, 'fake.pgdump')], {
      DATA_DIR: path.join(ROOT, 'other'),
    });
    expect(wrongKind.out).toMatch(/restore it with DATABASE_URL/);
  }, 120_000);
});

describe.runIf(SERVER)('npm run backup / restore, PostgreSQL server (DATABASE_URL)', () => {
  it('restores into a new empty database the same content hashes, from an online snapshot', async () => {
    const url = SERVER!;
    const tag = randomBytes(4).toString('hex');
    const [src, dst] = [`dtm_bk_src_${tag}`, `dtm_bk_dst_${tag}`];
    try {
      const sourceUrl = await serverDb(url, src);
      const database = await openDatabase({ url: sourceUrl });
      await fill(database);
      const before = await hashDatabase(database.db);
      // Online: the app keeps its connections open while the backup runs.
      const file = path.join(ROOT, 'server.pgdump');
      const made = await script('backup', [file], { DATABASE_URL: sourceUrl });
      expect(made.code).toBe(0);
      expect(printedHash(made.out)).toBe(before.total);
      await database.close();

      const targetUrl = await serverDb(url, dst);
      const restored = await script('restore', [file], { DATABASE_URL: targetUrl });
      expect(restored.code).toBe(0);
      expect(printedHash(restored.out)).toBe(before.total);
      const reopened = await openDatabase({ url: targetUrl });
      try {
        expect(diffHashes(before, await hashDatabase(reopened.db))).toEqual([]);
        expect(await verifyAuditChain(reopened.db)).toBeNull();
        await reopened.db.execute(sql`UPDATE users SET full_name = full_name || '.' WHERE login = 'admin'`);
        expect(diffHashes(before, await hashDatabase(reopened.db))).toEqual(['public.users']);
      } finally {
        await reopened.close();
      }
      const again = await script('restore', [file], { DATABASE_URL: targetUrl });
      expect(again.code).toBe(1);
      expect(again.out).toMatch(/already has tables/);
    } finally {
      await dropServerDb(url, src);
      await dropServerDb(url, dst);
    }
  }, 120_000);
});
