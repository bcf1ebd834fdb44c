import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { type Db, PGLITE_EXTENSIONS } from '../db/connect.ts';
import { acquireLock, releaseLock } from '../db/lock.ts';
import { type DatabaseHash, hashDatabase, hashInTransaction } from './db-hash.ts';

const run = promisify(execFile);

/** Where the backup goes: the embedded data folder, or a PostgreSQL server database. */
export type Target = { dataDir: string } | { url: string };

export interface BackupResult {
  file: string;
  bytes: number;
  kind: 'pglite' | 'postgres';
  hash: DatabaseHash;
}

const GZIP = Buffer.from([0x1f, 0x8b]);
const PGDMP = Buffer.from('PGDMP');

/** The backup's format, from its first bytes: a gzipped PGlite data folder or a pg_dump archive. */
export function backupKind(file: string): 'pglite' | 'postgres' {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(5);
  fs.readSync(fd, head, 0, 5, 0);
  fs.closeSync(fd);
  if (head.subarray(0, 2).equals(GZIP)) return 'pglite';
  if (head.equals(PGDMP)) return 'postgres';
  throw new Error(`${file} is not a DT Maps backup (neither a PGlite archive nor a pg_dump archive).`);
}

/** A default file name: backups/dtmaps-<UTC time>.<ext>. */
export function defaultBackupFile(target: Target, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return path.resolve('backups', `dtmaps-${stamp}.${'url' in target ? 'pgdump' : 'tar.gz'}`);
}

/** Writes through a temporary file and renames it: a crash never leaves a half-written backup. */
function writeAtomically(file: string, data: Uint8Array) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.partial`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/**
 * One file holding the whole database. Embedded: the PGlite data folder as a gzipped tarball,
 * taken under the folder's lock (so the app must be stopped — it holds the lock while it runs).
 * Server: `pg_dump --format=custom` of a snapshot, hashed in that same snapshot, so the printed
 * content hash describes exactly what the file holds even while the app keeps writing.
 */
export async function backup(target: Target, file: string): Promise<BackupResult> {
  if ('url' in target) {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { rows } = await client.query<{ s: string }>('SELECT pg_export_snapshot() AS s');
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      const tmp = `${file}.partial`;
      await run(process.env.PG_DUMP ?? 'pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--snapshot=${rows[0].s}`,
        `--file=${tmp}`,
        `--dbname=${target.url}`,
      ]);
      const hash = await hashInTransaction(drizzlePg(client) as unknown as Db);
      await client.query('COMMIT');
      fs.renameSync(tmp, file);
      return { file, bytes: fs.statSync(file).size, kind: 'postgres', hash };
    } finally {
      await client.end();
    }
  }
  const dir = path.resolve(target.dataDir);
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) throw new Error(`There is no database in ${dir}.`);
  const lock = acquireLock(dir);
  try {
    const client = await PGlite.create(dir, { extensions: PGLITE_EXTENSIONS });
    try {
      await client.exec('CHECKPOINT');
      const hash = await hashDatabase(drizzlePglite(client) as unknown as Db);
      const dump = await client.dumpDataDir('gzip');
      writeAtomically(file, new Uint8Array(await dump.arrayBuffer()));
      return { file, bytes: fs.statSync(file).size, kind: 'pglite', hash };
    } finally {
      await client.close();
    }
  } finally {
    releaseLock(lock);
  }
}

/**
 * Restores a backup into a fresh target — never over data: an embedded folder that does not exist
 * or is empty, or a server database without any table of the platform. The formats are not
 * interchangeable (a PGlite archive restores into DATA_DIR, a pg_dump archive into DATABASE_URL).
 */
export async function restore(target: Target, file: string): Promise<{ kind: string; hash: DatabaseHash }> {
  const kind = backupKind(file);
  if ('url' in target) {
    if (kind !== 'postgres')
      throw new Error(`${file} is an embedded (PGlite) backup: restore it with DATA_DIR, not DATABASE_URL.`);
    const pool = new pg.Pool({ connectionString: target.url, max: 1 });
    try {
      const { rows } = await pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname IN ('public', 'drizzle', 'pgboss')`,
      );
      if (rows[0].n > 0)
        throw new Error(
          'The target database already has tables: restore into a new, empty database (createdb …).',
        );
      await run(process.env.PG_RESTORE ?? 'pg_restore', [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${target.url}`,
        file,
      ]);
      return { kind, hash: await hashDatabase(drizzlePg(pool) as unknown as Db) };
    } finally {
      await pool.end();
    }
  }
  if (kind !== 'pglite')
    throw new Error(`${file} is a PostgreSQL server backup: restore it with DATABASE_URL (pg_restore).`);
  const dir = path.resolve(target.dataDir);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0)
    throw new Error(`${dir} is not empty: restore into a new folder (or move this one aside first).`);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lock = acquireLock(dir);
  try {
    const client = await PGlite.create(dir, {
      loadDataDir: new Blob([fs.readFileSync(file)]),
      extensions: PGLITE_EXTENSIONS,
    });
    try {
      return { kind, hash: await hashDatabase(drizzlePglite(client) as unknown as Db) };
    } finally {
      await client.close();
    }
  } finally {
    releaseLock(lock);
  }
}
