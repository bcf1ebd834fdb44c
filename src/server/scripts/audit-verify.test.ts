import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connect.ts';

const run = promisify(execFile);
const script = path.resolve('src/server/scripts/audit-verify.ts');

async function verify(dataDir: string) {
  try {
    const { stdout } = await run('npx', ['tsx', script], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, out: err.stderr };
  }
}

describe('npm run audit:verify', () => {
  it('reports an intact chain, then names the first event whose row was altered', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dtm-audit-')), 'db');
    const database = await openDatabase({ dataDir: dir });
    for (const n of [1, 2, 3])
      await database.db.execute(
        sql`INSERT INTO audit_events (subject_type, subject_id, type, data, prev_hash, hash) VALUES ('map', 'm', 'map.created', ${JSON.stringify({ n })}::jsonb, '', '')`,
      );
    await database.close();
    expect(await verify(dir)).toMatchObject({
      code: 0,
      out: expect.stringContaining('3 events, hash chain verified'),
    });

    const again = await openDatabase({ dataDir: dir });
    await again.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
    await again.db.execute(sql`UPDATE audit_events SET data = '{"n": 20}' WHERE seq = 2`);
    await again.close();
    expect(await verify(dir)).toMatchObject({ code: 1, out: expect.stringContaining('BROKEN at event #2') });
  }, 60_000);
});
