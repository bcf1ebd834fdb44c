import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireLock, releaseLock } from './lock.ts';
import * as schema from './schema.ts';

export const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../migrations',
);

/**
 * The extensions the migrations create (pg_trgm: the registry's trigram index). PGlite loads an
 * extension only when the instance is created with it, so every `PGlite.create` passes these —
 * also for a data folder that is merely read (a backup), or its indexes could not be used.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };

/** The database handle every query function takes: one type for PGlite and the pg server. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The server's connection string (postgres) or the embedded instance (pglite), for pg-boss. */
  url?: string;
  pglite?: PGlite;
  close(): Promise<void>;
}

/**
 * Opens a PostgreSQL server (when `url` is given) or embedded PGlite (in `dataDir`, or in memory
 * when `dataDir` is 'memory://'), and applies the migrations. Embedded mode takes a lock file so
 * a second process on the same folder is refused instead of corrupting it.
 */
export async function openDatabase(opts: {
  url?: string;
  dataDir?: string;
  pglite?: PGlite;
}): Promise<Database> {
  if (opts.url) {
    // JIT off: the app's statements are short, and correlated subqueries inflate their cost
    // estimates past jit_above_cost, so PostgreSQL spent ~430 ms compiling a 30 ms statement
    // (the national view's fingerprint at national scale: EXPLAIN showed JIT as 93 % of it).
    const pool = new pg.Pool({ connectionString: opts.url, max: 10, options: '-c jit=off' });
    // An idle client the server drops (restart, failover, admin termination) must not crash the
    // process: node-postgres emits that on the pool, and the next query simply takes a new client.
    pool.on('error', (err) => {
      process.emitWarning(`PostgreSQL dropped an idle connection: ${err.message}`);
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    await migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db, kind: 'postgres', url: opts.url, close: () => pool.end() };
  }
  let client = opts.pglite;
  let lockPath: string | undefined;
  if (!client) {
    const dir = opts.dataDir ?? 'memory://';
    if (dir.startsWith('memory://')) client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    else {
      fs.mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
      lockPath = acquireLock(dir);
      client = await PGlite.create(dir, { extensions: PGLITE_EXTENSIONS });
    }
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  const owned = client;
  return {
    db,
    kind: 'pglite',
    pglite: owned,
    close: async () => {
      if (!opts.pglite) await owned.close();
      if (lockPath) releaseLock(lockPath);
    },
  };
}
