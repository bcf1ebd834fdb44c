import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/test-db.ts';

describe('the database connection', () => {
  // The server's JIT compiled the national view's fingerprint for ~430 ms on every request.
  it.runIf(process.env.DATABASE_URL)('turns PostgreSQL JIT compilation off for the app', async () => {
    const database = await openTestDatabase();
    try {
      const res = (await database.db.execute(sql`SHOW jit`)) as unknown as { rows: { jit: string }[] };
      expect(res.rows[0].jit).toBe('off');
    } finally {
      await database.close();
    }
  });
});
