import type { Db } from './connect.ts';

/**
 * Statements run on nearly every request, prepared once per database handle: on the server each
 * pool connection parses and plans a named statement once instead of on every call (that was most
 * of PostgreSQL's time for these small statements), and the query is not rebuilt in JS each time.
 * `build` makes the drizzle prepared query with `sql.placeholder` parameters; `name` must be unique
 * in the app. Only for the top-level handle, not inside a transaction.
 */
const byDb = new WeakMap<Db, Map<string, unknown>>();

export function preparedOn<T>(db: Db, name: string, build: (db: Db) => T): T {
  let statements = byDb.get(db);
  if (!statements) {
    statements = new Map();
    byDb.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build(db);
    statements.set(name, statement);
  }
  return statement;
}
