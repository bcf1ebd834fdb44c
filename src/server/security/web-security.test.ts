import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../admin/admin.queries.ts';
import { buildApp } from '../app.ts';
import { verifyAuditChain } from '../audit/audit.queries.ts';
import { hashPassword } from '../auth/auth.actions.ts';
import { organisations } from '../db/schema.ts';
import { seedDirectory } from '../seed/directory.ts';
import { setupTestApp, TEST_PASSWORD, type TestApp } from '../test/test-app.ts';
import { openTestDatabase } from '../test/test-db.ts';

// Issue 8, part 6: what a browser (or an attacker's page) sees of the server's web security.
const START = new Date('2026-03-02T05:00:00Z');
let now = START;
let t: TestApp;
let admin: { cookie: string; id: string };

beforeAll(async () => {
  t = await setupTestApp({ clock: () => now });
  // An unexpected failure deep inside (here: SQL on a table that does not exist) must not leak.
  t.app.get('/api/test/boom', async () => {
    await t.database.db.execute(sql`SELECT secret_column FROM no_such_table_xyz`);
    return { ok: true };
  });
  t.app.post('/api/test/throw', async () => {
    throw new Error('password=hunter2 at /srv/app/secret.ts:12');
  });
  admin = await t.userIn('mo-digital', ['admin']);
});
afterAll(() => t.close());
afterEach(() => {
  now = START;
});

const login = (name: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-locale': 'en', ...headers },
    payload: { login: name, password },
  });
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
const auditTypes = async (type: string) => {
  const res = await t.database.db.execute(
    sql`SELECT data FROM audit_events WHERE type = ${type} ORDER BY seq`,
  );
  return (res as unknown as { rows: { data: Record<string, unknown> }[] }).rows.map((r) => r.data);
};

describe('security headers', () => {
  it('sends a strict CSP, no framing, nosniff and no referrer on API and pages', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
    // Without TLS (SECURE_COOKIES=false) no HSTS: it would pin a plain-HTTP install.
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const notFound = await t.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(String(notFound.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });

  it('behind TLS (SECURE_COOKIES) adds HSTS and marks the session cookie Secure', async () => {
    const database = await openTestDatabase();
    const app = await buildApp({ database, secureCookies: true });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const orgIds = await database.db.transaction((tx) => seedDirectory(tx));
      const passwordHash = await hashPassword(TEST_PASSWORD);
      await database.db.transaction((tx) =>
        insertUser(tx, {
          login: 'tls-user',
          fullName: 'TLS',
          orgId: orgIds.get('mo-justice')!,
          roles: ['dt_office'],
          passwordHash,
        }),
      );
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'tls-user', password: TEST_PASSWORD },
      });
      expect(signIn.statusCode).toBe(200);
      expect(String(signIn.headers['set-cookie'])).toMatch(/; Secure/);
      expect(signIn.headers['strict-transport-security']).toBeDefined();
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, path /', async () => {
    const u = await t.userIn('mo-justice', ['dt_office']);
    const res = await login(u.login, TEST_PASSWORD);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^dtm_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });
});

describe('CSRF protection of the cookie session', () => {
  it("refuses a cross-site form post that rides on the user's cookie, and changes nothing", async () => {
    const office = await t.userIn('mo-healthcare', ['dt_office']);
    // What a hostile page's <form method=post action=".../api/maps"> makes the browser send.
    const res = await t.rawInject({
      method: 'POST',
      url: '/api/maps',
      headers: {
        cookie: office.cookie,
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
        'content-type': 'application/x-www-form-urlencoded',
        'x-locale': 'en',
      },
      payload: 'document=x',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({
      code: 'auth.csrf',
      message: 'Request refused: it was not sent by the app itself. Reload the page and try again.',
    });
    const maps = await t.app.inject({ method: 'GET', url: '/api/maps', headers: { cookie: office.cookie } });
    expect(maps.json()).toEqual([]);
  });

  it('refuses JSON without the header, and with it when the browser marks the request cross-site', async () => {
    const office = await t.userIn('mo-healthcare', ['dt_office']);
    const bare = await t.rawInject({
      method: 'PUT',
      url: '/api/auth/me/locale',
      headers: { cookie: office.cookie },
      payload: { locale: 'en' },
    });
    expect(bare.statusCode).toBe(403);
    expect(bare.json().code).toBe('auth.csrf');
    const crossSite = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/me/locale',
      headers: { cookie: office.cookie, 'sec-fetch-site': 'cross-site' },
      payload: { locale: 'en' },
    });
    expect(crossSite.json().code).toBe('auth.csrf');
    const logout = await t.rawInject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: office.cookie },
    });
    expect(logout.json().code).toBe('auth.csrf');
    expect((await me(office.cookie)).statusCode).toBe(200);
  });

  it("accepts the app's own calls (header, same-origin), reads, sign-in and calls without a cookie", async () => {
    const office = await t.userIn('mo-justice', ['dt_office']);
    const ok = await t.rawInject({
      method: 'PUT',
      url: '/api/auth/me/locale',
      headers: { cookie: office.cookie, 'x-requested-with': 'dtmaps', 'sec-fetch-site': 'same-origin' },
      payload: { locale: 'ru' },
    });
    expect(ok.statusCode).toBe(200);
    expect(
      (await t.rawInject({ method: 'GET', url: '/api/maps', headers: { cookie: office.cookie } })).statusCode,
    ).toBe(200);
    const signIn = await t.rawInject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: office.login, password: TEST_PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    // No cookie, no ambient authority: the answer is the plain 401.
    const anonymous = await t.rawInject({ method: 'POST', url: '/api/maps', payload: {} });
    expect(anonymous.json().code).toBe('auth.required');
  });
});

describe('sign-in lockout', () => {
  it('locks an account after 5 failed attempts in 15 minutes, even for the right password, and audits it', async () => {
    const u = await t.userIn('mo-healthcare', ['deputy_head']);
    for (let i = 0; i < 4; i++) {
      const res = await login(u.login, 'wrong-password-1');
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('auth.invalid_credentials');
    }
    const fifth = await login(u.login, 'wrong-password-1');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json()).toMatchObject({
      code: 'auth.locked',
      message:
        'Too many failed sign-in attempts: the account is locked for 15 min. Try again later or contact an administrator.',
      details: { minutes: 15, lockedUntil: '2026-03-02T05:15:00.000Z' },
    });
    now = new Date(START.getTime() + 10 * 60_000);
    const right = await login(u.login, TEST_PASSWORD, { 'x-locale': 'ru' });
    expect(right.statusCode).toBe(429);
    expect(right.json().message).toBe(
      'Слишком много неудачных попыток входа: учётная запись заблокирована на 5 мин. Повторите позже или обратитесь к администратору.',
    );
    expect(right.headers['set-cookie']).toBeUndefined();
    expect(await auditTypes('auth.locked')).toContainEqual({
      login: u.login,
      failures: 5,
      until: '2026-03-02T05:15:00.000Z',
    });
    // When the lock ends the right password works, and the count starts again from zero.
    now = new Date(START.getTime() + 15 * 60_000 + 1);
    expect((await login(u.login, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(u.login, 'wrong-password-1')).statusCode).toBe(401);
    expect((await login(u.login, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts failures in a 15-minute window: slow guessing does not lock', async () => {
    const u = await t.userIn('mo-healthcare', ['first_head']);
    for (let i = 0; i < 4; i++) expect((await login(u.login, 'wrong-password-1')).statusCode).toBe(401);
    now = new Date(START.getTime() + 16 * 60_000);
    for (let i = 0; i < 4; i++) expect((await login(u.login, 'wrong-password-1')).statusCode).toBe(401);
    expect((await login(u.login, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('answers an unknown login exactly like a known one, so the lock does not reveal accounts', async () => {
    const u = await t.userIn('mo-justice', ['dt_office']);
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      const a = await login(u.login, 'wrong-password-1');
      const b = await login('nobody-at-all', 'wrong-password-1');
      known.push([a.statusCode, a.json()]);
      unknown.push([b.statusCode, b.json()]);
    }
    expect(unknown).toEqual(known);
    expect(known.map((k) => (k as [number])[0])).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('locks once under parallel guessing, and an admin password reset lifts the lock', async () => {
    const u = await t.userIn('mo-healthcare', ['data_officer']);
    const before = (await auditTypes('auth.locked')).length;
    const answers = await Promise.all(Array.from({ length: 12 }, () => login(u.login, 'wrong-password-1')));
    const codes = answers.map((a) => a.json().code);
    expect(codes.filter((c) => c === 'auth.invalid_credentials')).toHaveLength(4);
    expect(codes.filter((c) => c === 'auth.locked')).toHaveLength(8);
    expect((await auditTypes('auth.locked')).length).toBe(before + 1);
    const reset = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${u.id}`,
      headers: { cookie: admin.cookie },
      payload: { password: 'new-password-22' },
    });
    expect(reset.statusCode).toBe(200);
    expect((await login(u.login, 'new-password-22')).statusCode).toBe(200);
    expect(await verifyAuditChain(t.database.db)).toBeNull();
  });
});

describe('sessions', () => {
  it('refuses an expired session', async () => {
    const u = await t.userIn('mo-justice', ['dt_office']);
    expect((await me(u.cookie)).statusCode).toBe(200);
    // The test app's sessions last 365 days.
    now = new Date(START.getTime() + 365 * 86_400_000 + 1000);
    const res = await me(u.cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('auth.required');
  });

  it('revokes the session on logout: the same cookie is refused afterwards', async () => {
    const u = await t.userIn('mo-justice', ['dt_office']);
    const second = String((await login(u.login, TEST_PASSWORD)).headers['set-cookie']).split(';')[0];
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: u.cookie } });
    expect((await me(u.cookie)).statusCode).toBe(401);
    const write = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/me/locale',
      headers: { cookie: u.cookie },
      payload: { locale: 'en' },
    });
    expect(write.statusCode).toBe(401);
    // Only that session: the user's other device stays signed in.
    expect((await me(second)).statusCode).toBe(200);
  });

  it('ends every session of a user an admin blocks or gives a new password', async () => {
    const blocked = await t.userIn('mo-healthcare', ['dt_office']);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${blocked.id}`,
      headers: { cookie: admin.cookie },
      payload: { isActive: false },
    });
    expect(res.statusCode).toBe(200);
    expect((await me(blocked.cookie)).statusCode).toBe(401);
    expect((await login(blocked.login, TEST_PASSWORD)).json().code).toBe('auth.user_inactive');
    // Unblocking does not bring the old session back.
    await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${blocked.id}`,
      headers: { cookie: admin.cookie },
      payload: { isActive: true },
    });
    expect((await me(blocked.cookie)).statusCode).toBe(401);

    const reset = await t.userIn('mo-healthcare', ['deputy_head']);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${reset.id}`,
      headers: { cookie: admin.cookie },
      payload: { password: 'another-password-3' },
    });
    expect((await me(reset.cookie)).statusCode).toBe(401);
    expect((await login(reset.login, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(reset.login, 'another-password-3')).statusCode).toBe(200);
  });
});

describe('password policy', () => {
  const create = (password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { cookie: admin.cookie, 'x-locale': 'en' },
      payload: {
        login: `pw-${Math.random().toString(36).slice(2, 10)}`,
        fullName: 'Password Policy',
        orgId: adminOrg,
        roles: ['dt_office'],
        password,
      },
    });
  let adminOrg: string;
  beforeAll(async () => {
    const orgs = await t.database.db.select().from(organisations);
    adminOrg = orgs.find((o) => o.code === 'mo-justice')!.id;
  });

  it.each([
    ['short-1', 'too_small'],
    ['no-digits-here', 'password_digit'],
    ['1234567890', 'password_letter'],
    [`${'x'.repeat(199)}12`, 'too_big'],
  ])('refuses %j (%s) naming the rule', async (password, rule) => {
    const res = await create(password);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'validation.failed',
      issues: [expect.objectContaining({ path: ['body', 'password'], rule })],
    });
    expect(res.json().issues[0].message).toEqual(expect.any(String));
  });

  it('accepts 10+ characters with a letter and a digit, also on a password reset', async () => {
    expect((await create('пароль-123456')).statusCode).toBe(201);
    const u = await t.userIn('mo-justice', ['dt_office']);
    const weak = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${u.id}`,
      headers: { cookie: admin.cookie },
      payload: { password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect((await me(u.cookie)).statusCode).toBe(200);
  });
});

describe('upload limits', () => {
  it('answers an oversized body with 413 and the error body, before any work', async () => {
    const office = await t.userIn('mo-justice', ['dt_office']);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/maps',
      headers: { cookie: office.cookie, 'content-type': 'application/json', 'x-locale': 'en' },
      payload: JSON.stringify({ document: { pad: 'x'.repeat(6 * 1024 * 1024) } }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ code: 'request.too_large', message: 'The request is too large.' });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/maps', headers: { cookie: office.cookie } })).json(),
    ).toEqual([]);
  });

  it('checks uploaded files by their magic numbers, not by the declared type or name', async () => {
    const office = await t.userIn('mo-agriculture', ['dt_office']);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const protocol = await t.app.inject({
      method: 'POST',
      url: '/api/projects/00000000-0000-4000-8000-000000000000/deadline-changes',
      headers: { cookie: office.cookie, 'x-locale': 'en' },
      payload: {
        ground: 1,
        newDue: '2027-01-01',
        reasons: 'x',
        protocolNumber: '1',
        protocolDate: '2026-03-01',
        signedByLeader: true,
        file: { name: 'protocol.pdf', type: 'application/pdf', contentBase64: png.toString('base64') },
      },
    });
    expect(protocol.statusCode).toBe(400);
    expect(protocol.json().code).toBe('deadline_change.file_invalid');

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/maps',
      headers: { cookie: office.cookie },
      payload: {},
    });
    const { map, version } = created.json();
    const workbook = await t.app.inject({
      method: 'POST',
      url: `/api/maps/${map.id}/versions/1/import.xlsx?baseRevision=${version.revision}`,
      headers: { cookie: office.cookie, 'x-locale': 'en' },
      payload: {
        file: { name: 'map.xlsx', contentBase64: Buffer.from('%PDF-1.7 not a workbook').toString('base64') },
      },
    });
    expect(workbook.statusCode).toBe(400);
    expect(workbook.json().code).toBe('xlsx.not_xlsx');
  });
});

describe('errors leak no internals', () => {
  it('answers a failed SQL statement with a generic 500', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/test/boom', headers: { 'x-locale': 'en' } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 'internal', message: 'Internal error. Try again later.' });
    expect(res.body).not.toMatch(/no_such_table|secret_column|SELECT|stack|\.ts:/i);
  });

  it('answers any thrown error with a generic 500, in the caller language', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/test/throw', headers: { 'x-locale': 'ru' } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 'internal', message: 'Внутренняя ошибка. Повторите позже.' });
    expect(res.body).not.toMatch(/hunter2|secret|\/srv/);
  });

  it('answers malformed JSON as a validation failure without parser details', async () => {
    const office = await t.userIn('mo-justice', ['dt_office']);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/me/locale',
      headers: { cookie: office.cookie, 'content-type': 'application/json' },
      payload: '{"locale": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation.failed');
    expect(res.body).not.toMatch(/Unexpected end|JSON\.parse|position/i);
  });
});
