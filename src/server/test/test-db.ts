import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase, PGLITE_EXTENSIONS } from '../db/connect.ts';
import { TEMPLATE_PATH } from './global-setup.ts';

/**
 * A fresh, migrated database for one test file: a copy of the migrated PGlite template, or —
 * when DATABASE_URL is set — a new database created on that PostgreSQL server and dropped after.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `dtm_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openDatabase({ url: u.toString() });
    return {
      ...database,
      close: async () => {
        await database.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const blob = new Blob([fs.readFileSync(TEMPLATE_PATH)]);
  const client = await PGlite.create({ loadDataDir: blob, extensions: PGLITE_EXTENSIONS });
  const database = await openDatabase({ pglite: client });
  return { ...database, close: async () => client.close() };
}
