import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';

/** The schemas that hold the platform's data: its tables, the migrations journal and the job queue. */
export const DATA_SCHEMAS = ['public', 'drizzle', 'pgboss'] as const;

export interface DatabaseHash {
  /** "schema.table" → `rows:sha256` of the table's rows in a canonical order. */
  tables: Record<string, string>;
  /** The sequences' current values, so a restore that resets an id counter is caught too. */
  sequences: Record<string, string | null>;
  /** One hash over all of the above. */
  total: string;
}

const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Content hashes of every table: each row as its jsonb text, the rows sorted bytewise (COLLATE "C",
 * so PGlite and a server with another locale agree), timestamps rendered in UTC. Two databases
 * with the same hashes hold the same rows — whatever their physical layout.
 */
export async function hashDatabase(db: Db): Promise<DatabaseHash> {
  return db.transaction((tx) => hashInTransaction(tx as unknown as Db));
}

/** The same, inside a transaction the caller holds (e.g. the snapshot pg_dump reads). */
export async function hashInTransaction(tx: Db): Promise<DatabaseHash> {
  await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
  const schemas = sql.join(
    DATA_SCHEMAS.map((s) => sql`${s}`),
    sql`, `,
  );
  const relations = rowsOf<{ schema: string; name: string }>(
    await tx.execute(sql`
      SELECT n.nspname AS schema, c.relname AS name
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname IN (${schemas})
      ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"`),
  );
  const tables: Record<string, string> = {};
  for (const { schema, name } of relations) {
    const [row] = rowsOf<{ n: number; h: string }>(
      await tx.execute(
        sql.raw(`
        SELECT count(*)::int AS n,
               encode(sha256(convert_to(coalesce(string_agg(r, E'\\n' ORDER BY r COLLATE "C"), ''), 'UTF8')), 'hex') AS h
        FROM (SELECT to_jsonb(t)::text AS r FROM ${ident(schema)}.${ident(name)} t) s`),
      ),
    );
    tables[`${schema}.${name}`] = `${Number(row.n)}:${row.h}`;
  }
  const sequences: Record<string, string | null> = {};
  for (const s of rowsOf<{ schema: string; name: string; value: string | null }>(
    await tx.execute(sql`
      SELECT schemaname AS schema, sequencename AS name, last_value::text AS value
      FROM pg_sequences WHERE schemaname IN (${schemas})
      ORDER BY schemaname COLLATE "C", sequencename COLLATE "C"`),
  ))
    sequences[`${s.schema}.${s.name}`] = s.value;
  const total = createHash('sha256').update(JSON.stringify({ tables, sequences })).digest('hex');
  return { tables, sequences, total };
}

/** The tables (and sequences) whose hashes differ between two databases. */
export function diffHashes(a: DatabaseHash, b: DatabaseHash): string[] {
  const keys = new Set([...Object.keys(a.tables), ...Object.keys(b.tables)]);
  const tables = [...keys].filter((k) => a.tables[k] !== b.tables[k]);
  const seqKeys = new Set([...Object.keys(a.sequences), ...Object.keys(b.sequences)]);
  const seqs = [...seqKeys].filter((k) => a.sequences[k] !== b.sequences[k]);
  return [...tables, ...seqs].sort();
}
