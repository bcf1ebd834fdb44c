import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, TEST_PASSWORD, type TestApp } from '../test/test-app.ts';
import { resolveSession } from './auth.actions.ts';

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(() => t.close());

describe('sessions', () => {
  it('signs in with argon2id-checked password and answers /me with organisation, roles and permissions', async () => {
    const { cookie, login } = await t.userIn('mo-healthcare', ['dt_office', 'data_officer']);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      login,
      roles: ['data_officer', 'dt_office'],
      organisation: { code: 'mo-healthcare', kind: 'central_state_body' },
      can: { createMap: true, reviewMaps: false, manageUsers: false, manageReference: false },
    });
  });

  it('resolves a session in one statement: the actor with sorted roles; nothing once expired or blocked', async () => {
    const { cookie, id } = await t.userIn('mo-finance', ['first_head', 'data_officer', 'dt_office']);
    const token = cookie.split('=')[1];
    const now = new Date();
    const session = await resolveSession(t.database.db, token, now);
    expect(session?.actor).toMatchObject({ userId: id, orgKind: 'central_state_body' });
    expect(session?.actor.roles).toEqual(['data_officer', 'dt_office', 'first_head']);
    expect(await resolveSession(t.database.db, 'unknown-token', now)).toBeUndefined();
    // Past its expiry (sessions last hours, not a year), and for a blocked user, there is no session.
    expect(
      await resolveSession(t.database.db, token, new Date(now.getTime() + 366 * 86_400_000)),
    ).toBeUndefined();
    await t.database.db.execute(sql`UPDATE users SET is_active = false WHERE id = ${id}`);
    expect(await resolveSession(t.database.db, token, now)).toBeUndefined();
  });

  it('sets an HttpOnly SameSite cookie and stores only the token hash', async () => {
    const { login } = await t.userIn('mo-justice', ['dt_office']);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password: TEST_PASSWORD },
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const token = setCookie.split(';')[0].split('=')[1];
    const rows = await t.database.db.execute(`SELECT token_hash FROM sessions` as never);
    const hashes = (rows as unknown as { rows: { token_hash: string }[] }).rows.map((r) => r.token_hash);
    expect(hashes).not.toContain(token);
    expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  });

  it('refuses a wrong password with the same answer as an unknown login, in the caller language', async () => {
    const { login } = await t.userIn('mo-healthcare', ['dt_office']);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'ru-RU,ru;q=0.9' },
      payload: { login, password: 'wrong-password-1' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'ru-RU,ru;q=0.9' },
      payload: { login: 'nobody', password: 'wrong-password-1' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().message).toBe('Неверный логин или пароль.');
  });

  it('revokes the session on logout', async () => {
    const { cookie } = await t.userIn('mo-healthcare', ['dt_office']);
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('auth.required');
  });

  it('saves the interface language and answers errors in it afterwards', async () => {
    const { cookie } = await t.userIn('mo-healthcare', ['deputy_head']);
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/me/locale',
      headers: { cookie },
      payload: { locale: 'fr' },
    });
    expect(bad.statusCode).toBe(400);
    await t.app.inject({
      method: 'PUT',
      url: '/api/auth/me/locale',
      headers: { cookie },
      payload: { locale: 'en' },
    });
    const forbidden = await t.app.inject({
      method: 'POST',
      url: '/api/maps',
      headers: { cookie },
      payload: {},
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().message).toBe('You are not allowed to do this.');
  });
});

describe('the service', () => {
  it('answers health with the database kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('serves the OpenAPI document and its browsable UI', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/maps',
        '/api/maps/{mapId}/versions/{number}/sections/{section}',
      ]),
    );
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toMatch(/swagger/i);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'x-locale': 'kk' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', message: 'Табылмады.' });
  });
});
