import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let admin: { cookie: string };
let orgIds: Record<string, string>;

beforeAll(async () => {
  t = await setupTestApp();
  admin = await t.userIn('mo-digital', ['admin']);
  const orgs = await t.app.inject({
    method: 'GET',
    url: '/api/organisations',
    headers: { cookie: admin.cookie },
  });
  orgIds = Object.fromEntries(orgs.json().map((o: { code: string; id: string }) => [o.code, o.id]));
});
afterAll(() => t.close());

const post = (url: string, cookie: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url, headers: { cookie, 'x-locale': 'ru' }, payload: payload as never });

describe('user administration', () => {
  it('seeds the whole directory of organisations', () => {
    expect(Object.keys(orgIds)).toHaveLength(32);
    expect(orgIds).toHaveProperty('mo-healthcare');
    expect(orgIds).toHaveProperty('dgsc');
  });

  it('creates a user with roles the organisation can grant, who can then sign in', async () => {
    const res = await post('/api/admin/users', admin.cookie, {
      login: 'new.office@energy',
      fullName: 'Әлия Серікова',
      orgId: orgIds['mo-energy'],
      roles: ['dt_office'],
      password: 'strong-pass-42',
    });
    expect(res.statusCode).toBe(201);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'new.office@energy', password: 'strong-pass-42' },
    });
    expect(login.statusCode).toBe(200);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/admin/users',
      headers: { cookie: admin.cookie },
    });
    expect(list.json().find((u: { login: string }) => u.login === 'new.office@energy')).toMatchObject({
      fullName: 'Әлия Серікова',
      roles: ['dt_office'],
      organisation: { code: 'mo-energy' },
    });
  });

  it('refuses a role the organisation cannot grant, naming the field', async () => {
    const res = await post('/api/admin/users', admin.cookie, {
      login: 'wrong.role',
      fullName: 'X',
      orgId: orgIds['mo-energy'],
      roles: ['dt_office', 'authority_head'],
      password: 'strong-pass-42',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'user.role_not_allowed_for_org',
      issues: [{ path: ['body', 'roles', 1] }],
    });
  });

  it('refuses unknown roles, weak passwords and taken logins with field messages', async () => {
    const unknownRole = await post('/api/admin/users', admin.cookie, {
      login: 'a.b',
      fullName: 'X',
      orgId: orgIds['mo-energy'],
      roles: ['superuser'],
      password: 'strong-pass-42',
    });
    expect(unknownRole.statusCode).toBe(400);
    expect(unknownRole.json().issues[0]).toMatchObject({ path: ['body', 'roles', 0], rule: 'invalid_value' });
    const weak = await post('/api/admin/users', admin.cookie, {
      login: 'a.b',
      fullName: 'X',
      orgId: orgIds['mo-energy'],
      roles: ['dt_office'],
      password: 'onlyletters',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().issues[0]).toMatchObject({ path: ['body', 'password'], rule: 'password_digit' });
    expect(weak.json().issues[0].message).toBe('Пароль должен содержать хотя бы одну цифру.');
    const taken = await post('/api/admin/users', admin.cookie, {
      login: 'new.office@energy',
      fullName: 'X',
      orgId: orgIds['mo-energy'],
      roles: ['dt_office'],
      password: 'strong-pass-42',
    });
    expect(taken.statusCode).toBe(409);
  });

  it('blocks a user and ends the user sessions', async () => {
    const user = await t.userIn('mo-transport', ['dt_office']);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      headers: { cookie: admin.cookie },
      payload: { isActive: false },
    });
    expect(res.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: user.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('lets only admins manage users and reference data', async () => {
    const office = await t.userIn('mo-healthcare', ['dt_office']);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie: office.cookie } }))
        .statusCode,
    ).toBe(403);
    const ref = await post('/api/reference/information-systems', office.cookie, {
      name: { kk: 'Жүйе', ru: 'Система' },
    });
    expect(ref.statusCode).toBe(403);
  });
});

describe('reference tables', () => {
  it('seeds the register of public services, information systems and planning documents', async () => {
    for (const kind of ['public-services', 'information-systems', 'planning-documents']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/reference/${kind}`,
        headers: { cookie: admin.cookie },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().length).toBeGreaterThan(3);
    }
  });

  it('lets an admin add and correct an information system with its owner', async () => {
    const created = await post('/api/reference/information-systems', admin.cookie, {
      code: 'test-is',
      name: { kk: 'Сынақ жүйесі', ru: 'Тестовая система' },
      extra: 'mo-healthcare',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const updated = await t.app.inject({
      method: 'PUT',
      url: `/api/reference/information-systems/${id}`,
      headers: { cookie: admin.cookie },
      payload: {
        code: 'test-is',
        name: { kk: 'Сынақ жүйесі 2', ru: 'Тестовая система 2' },
        extra: 'mo-justice',
      },
    });
    expect(updated.statusCode).toBe(200);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/reference/information-systems',
      headers: { cookie: admin.cookie },
    });
    expect(list.json().find((r: { id: string }) => r.id === id)).toMatchObject({
      name: { ru: 'Тестовая система 2' },
      extra: 'mo-justice',
    });
  });

  it('refuses an unknown owner organisation and a blank Kazakh name', async () => {
    const owner = await post('/api/reference/information-systems', admin.cookie, {
      name: { kk: 'А', ru: 'Б' },
      extra: 'no-such-org',
    });
    expect(owner.statusCode).toBe(400);
    expect(owner.json().issues[0]).toMatchObject({ path: ['body', 'extra'], rule: 'unknown_organisation' });
    const blank = await post('/api/reference/public-services', admin.cookie, {
      name: { kk: ' ', ru: 'Услуга' },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().issues[0].path).toEqual(['body', 'name', 'kk']);
  });
});
