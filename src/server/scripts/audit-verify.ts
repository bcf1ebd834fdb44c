import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../audit/audit.queries.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';

/**
 * `npm run audit:verify`: recomputes the audit trail's hash chain on the configured database
 * (DATA_DIR or DATABASE_URL) and names the first broken link. Exit code 0 = intact, 1 = broken.
 */
async function main() {
  const config = loadConfig();
  const database = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.dataDir },
  );
  try {
    const count = await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`);
    const n = Number((count as unknown as { rows: { n: number }[] }).rows[0].n);
    const broken = await verifyAuditChain(database.db);
    if (broken === null) {
      console.log(`Audit trail intact: ${n} events, hash chain verified.`);
      return 0;
    }
    console.error(
      `Audit trail BROKEN at event #${broken}: its hash or its link to the previous event does not match.`,
    );
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
