import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import { insertUser } from '../admin/admin.queries.ts';
import { buildApp } from '../app.ts';
import { hashPassword } from '../auth/auth.actions.ts';
import { type Database, openDatabase } from '../db/connect.ts';
import { informationSystems, notifications, planningDocuments, publicServices } from '../db/schema.ts';
import { seedDirectory } from '../seed/directory.ts';

/**
 * A real restart: the database is closed and opened again from its folder (or its server), and a
 * new app with a new pg-boss takes over the jobs the first one scheduled.
 */
const url = process.env.DATABASE_URL;
const name = `dtm_jobs_${randomBytes(4).toString('hex')}`;
const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dtm-jobs-')), 'db');
const target = () => {
  if (!url) return { dataDir: dir };
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { url: u.toString() };
};
afterAll(async () => {
  if (!url) return;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.end();
});

async function start(database: Database, pollSeconds: number) {
  // The app's clock is in March 2026, so the reminder and escalation fall due at once in real time.
  return buildApp({
    database,
    clock: () => new Date('2026-03-20T05:00:00Z'),
    jobPollSeconds: pollSeconds,
    sessionDays: 3650,
  });
}

const countNotifications = async (database: Database, type: string) => {
  const rows = await database.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.type, type));
  return rows.length;
};

describe('deadline jobs across a restart', () => {
  it('keeps the jobs a submission scheduled, runs them after the restart, and never notifies twice', async () => {
    if (url) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
    }
    let database = await openDatabase(target());
    const hash = await hashPassword('test-password-1');
    await database.db.transaction(async (tx) => {
      const orgIds = await seedDirectory(tx);
      const mk = (login: string, org: string, role: 'dt_office' | 'reviewer' | 'authority_head') =>
        insertUser(tx, {
          login,
          fullName: login,
          orgId: orgIds.get(org)!,
          roles: [role],
          passwordHash: hash,
        });
      await mk('office', 'mo-healthcare', 'dt_office');
      await mk('reviewer', 'mo-digital', 'reviewer');
      await mk('head', 'mo-digital', 'authority_head');
    });

    // 1. Submit with a worker that will not poll again for a minute: the jobs wait in the queue.
    let app = await start(database, 60);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'office', password: 'test-password-1' },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const doc = validMapDocument();
    const [doc0] = await database.db.select({ id: planningDocuments.id }).from(planningDocuments).limit(1);
    const services = await database.db.select({ id: publicServices.id }).from(publicServices);
    const systems = await database.db.select({ id: informationSystems.id }).from(informationSystems);
    doc.passport.planningDocumentIds = [doc0.id];
    for (const c of doc.sectors[0].cases) {
      c.publicServiceIds = c.publicServiceIds.map((_, i) => services[i].id);
      c.informationSystemIds = c.informationSystemIds.map((_, i) => systems[i].id);
    }
    for (const d of doc.attachments.dataList)
      d.informationSystemIds = d.informationSystemIds.map((_, i) => systems[i].id);
    const created = await app.inject({
      method: 'POST',
      url: '/api/maps',
      headers: { cookie, 'x-requested-with': 'dtmaps' },
      payload: { document: doc },
    });
    const mapId = created.json().map.id;
    const submitted = await app.inject({
      method: 'POST',
      url: `/api/maps/${mapId}/versions/1/submit`,
      headers: { cookie, 'x-requested-with': 'dtmaps' },
    });
    expect(submitted.statusCode).toBe(200);
    await app.close();
    await database.close();
    database = await openDatabase(target());
    expect(await countNotifications(database, 'deadline.review_reminder')).toBe(0);
    const queued = await database.db.execute(
      sql`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'deadline' AND state = 'created'`,
    );
    expect(Number((queued as unknown as { rows: { n: number }[] }).rows[0].n)).toBe(2);

    // 2. Restart: the new worker picks the jobs up and sends the reminder and the escalation once.
    app = await start(database, 0.5);
    await expect
      .poll(
        async () =>
          (await countNotifications(database, 'deadline.review_reminder')) +
          (await countNotifications(database, 'deadline.review_escalation')),
        {
          timeout: 20_000,
          interval: 250,
        },
      )
      .toBe(3); // reminder to the reviewer and the head, escalation to the head
    await app.close();
    await database.close();

    // 3. Another restart sends nothing more.
    database = await openDatabase(target());
    app = await start(database, 0.5);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await countNotifications(database, 'deadline.review_reminder')).toBe(2);
    expect(await countNotifications(database, 'deadline.review_escalation')).toBe(1);
    await app.close();
    await database.close();
  }, 90_000);
});
