import PgBoss from 'pg-boss';
import type { Database, Tx } from '../db/connect.ts';

/** pg-boss's way into the database: one function that runs SQL with positional parameters. */
interface ExecuteSql {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss on the app's own database. Embedded, it goes through PGlite's native API — the same
 * single connection as drizzle — never through a second access path (DESIGN §3).
 */
export function createBoss(database: Database): PgBoss {
  if (database.url) return new PgBoss({ connectionString: database.url, max: 4 });
  const pglite = database.pglite!;
  const db: ExecuteSql = {
    async executeSql(text, values) {
      if (values?.length) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
  };
  return new PgBoss({ db });
}

/**
 * The transaction as pg-boss's `db` option, so a job is sent in the same transaction as the
 * workflow step that schedules it: both commit or neither does. drizzle's transaction holds the
 * driver's own client (PGlite's transaction or node-postgres's pool client); both answer
 * `query(text, values)` with `{ rows }`.
 */
export function inTransaction(tx: Tx): ExecuteSql {
  const client = (
    tx as unknown as {
      session: { client: { query(t: string, v?: unknown[]): Promise<{ rows: unknown[] }> } };
    }
  ).session.client;
  return { executeSql: (text, values) => client.query(text, values ?? []) };
}
