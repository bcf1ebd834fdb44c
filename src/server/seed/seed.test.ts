import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateMap } from '../../domain/map/map.validate.ts';
import { buildApp } from '../app.ts';
import type { Database } from '../db/connect.ts';
import { openTestDatabase } from '../test/test-db.ts';
import { playDemoStory } from './demo-story.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.ts';
import { DATA_OBJECTS, LEGAL_ACTS } from './registry.data.ts';
import { seedIfEmpty } from './seed.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('first-start seed', () => {
  it('seeds the directory, a user for every role and the two demo maps once', async () => {
    expect(await seedIfEmpty(database.db, { demo: true })).toBe(true);
    expect(await seedIfEmpty(database.db, { demo: true })).toBe(false);
  });

  it('seeds the legal acts and the data objects of the registry of business processes', async () => {
    const count = async (table: 'legal_acts' | 'data_objects') =>
      (
        (await database.db.execute(
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0].n;
    expect(Number(await count('legal_acts'))).toBe(LEGAL_ACTS.length);
    expect(Number(await count('data_objects'))).toBe(DATA_OBJECTS.length);
  });

  it('lets every demo user sign in', async () => {
    const app = await buildApp({ database, loginRateLimitMax: 1000 });
    const roles = new Set(DEMO_USERS.flatMap((u) => u.roles));
    expect([...roles].sort()).toEqual(
      [
        'admin',
        'authority_head',
        'center_expert',
        'commission_member',
        'data_officer',
        'deputy_head',
        'dt_office',
        'first_head',
        'reviewer',
      ].sort(),
    );
    for (const u of DEMO_USERS) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: u.login, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, u.login).toBe(200);
    }
    await app.close();
  });

  it('opens the healthcare office a complete map that the validator accepts', async () => {
    const app = await buildApp({ database });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'office@health', password: DEMO_PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const maps = (await app.inject({ method: 'GET', url: '/api/maps', headers: { cookie } })).json();
    expect(maps).toHaveLength(1);
    expect(maps[0].latestVersion).toMatchObject({ status: 'draft', blockingCount: 0 });
    const version = (
      await app.inject({ method: 'GET', url: `/api/maps/${maps[0].id}/versions/1`, headers: { cookie } })
    ).json();
    expect(validateMap(version.document).filter((f) => f.severity === 'blocking')).toEqual([]);
    expect(version.document.sectors.length).toBeGreaterThanOrEqual(3);
    await app.close();
  });

  it('gives the justice office an unfinished draft with blocking findings', async () => {
    const app = await buildApp({ database });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'office@justice', password: DEMO_PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const maps = (await app.inject({ method: 'GET', url: '/api/maps', headers: { cookie } })).json();
    expect(maps[0].latestVersion.blockingCount).toBeGreaterThan(0);
    await app.close();
  });

  it('plays the demo story: the agriculture map is approved and published, and its projects open', async () => {
    const app = await buildApp({ database, loginRateLimitMax: 1000 });
    await playDemoStory(app);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'office@agri', password: DEMO_PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const maps = (await app.inject({ method: 'GET', url: '/api/maps', headers: { cookie } })).json();
    expect(maps[0].latestVersion.status).toBe('published');
    const projects = (await app.inject({ method: 'GET', url: '/api/projects', headers: { cookie } })).json();
    expect(projects.map((p: { caseId: string; stage: string }) => [p.caseId, p.stage]).sort()).toEqual([
      ['c1', 'team'],
      ['c2', 'as_is'],
    ]);
    const portal = (await app.inject({ method: 'GET', url: '/api/public/maps' })).json();
    expect(JSON.stringify(portal)).toContain('Жер қатынастары');
    await app.close();
  });
});
