import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGAL_ACT_KINDS } from '../../api/reference.ts';
import { informationSystems } from '../db/schema.ts';
import { DATA_OBJECTS, LEGAL_ACTS } from '../seed/registry.data.ts';
import { seedRegistryReference } from '../seed/seed.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let admin: { cookie: string };
let office: { cookie: string };
const system: Record<string, string> = {};

type Item = {
  id: string;
  code: string | null;
  name: { kk: string; ru: string };
  extra: string | null;
  isActive: boolean;
  synonyms?: string[];
};

beforeAll(async () => {
  t = await setupTestApp();
  await seedRegistryReference(t.database.db);
  for (const s of await t.database.db.select().from(informationSystems)) if (s.code) system[s.code] = s.id;
  admin = await t.userIn('mo-digital', ['admin']);
  office = await t.userIn('mo-healthcare', ['dt_office']);
});
afterAll(() => t.close());

const send = (method: 'POST' | 'PUT', url: string, cookie: string, payload: unknown) =>
  t.app.inject({ method, url, headers: { cookie, 'x-locale': 'ru' }, payload: payload as never });
const get = async (kind: string, cookie = admin.cookie): Promise<Item[]> => {
  const res = await t.app.inject({ method: 'GET', url: `/api/reference/${kind}`, headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.json();
};
const issues = (res: { json(): { issues: { path: unknown[]; rule: string }[] } }) =>
  res.json().issues.map((i) => [i.path, i.rule]);

describe('legal acts', () => {
  it('are seeded with their kind and, where certain, number and date', async () => {
    const acts = await get('legal-acts', office.cookie);
    expect(acts).toHaveLength(LEGAL_ACTS.length);
    expect(acts.every((a) => (LEGAL_ACT_KINDS as readonly string[]).includes(a.extra ?? ''))).toBe(true);
    expect(acts.find((a) => a.code === '№ 601/НҚ, 27.09.2024')).toMatchObject({
      extra: 'order',
      name: { ru: expect.stringContaining('Правила цифровой трансформации государственного управления') },
    });
    expect(acts.find((a) => a.code === '№ 251/НҚ, 26.05.2025')?.extra).toBe('order');
    expect(acts.find((a) => a.extra === 'code')?.name.ru).toBe(
      'Административный процедурно-процессуальный кодекс Республики Казахстан',
    );
  });

  it('lets an admin add and correct an act, its kind one of the legal act kinds', async () => {
    const created = await send('POST', '/api/reference/legal-acts', admin.cookie, {
      code: null,
      name: { kk: 'Сынақ бұйрығы', ru: 'Тестовый приказ' },
      extra: 'order',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const updated = await send('PUT', `/api/reference/legal-acts/${id}`, admin.cookie, {
      code: '№ 1, 01.01.2025',
      name: { kk: 'Сынақ қаулысы', ru: 'Тестовое постановление' },
      extra: 'government_decree',
      isActive: false,
    });
    expect(updated.statusCode).toBe(200);
    expect((await get('legal-acts')).find((a) => a.id === id)).toEqual({
      id,
      code: '№ 1, 01.01.2025',
      name: { kk: 'Сынақ қаулысы', ru: 'Тестовое постановление' },
      extra: 'government_decree',
      isActive: false,
    });
    const bad = await send('POST', '/api/reference/legal-acts', admin.cookie, {
      name: { kk: 'А', ru: 'Б' },
      extra: 'decree',
    });
    expect(bad.statusCode).toBe(400);
    expect(issues(bad)).toEqual([[['body', 'extra'], 'invalid_value']]);
  });

  it('can be archived while a process refers to it; the process keeps the reference', async () => {
    const act = (await get('legal-acts'))[0];
    const process = await send('POST', '/api/registry/processes', office.cookie, {
      name: { kk: 'Процесс', ru: 'Процесс' },
      legalActIds: [act.id],
    });
    expect(process.statusCode).toBe(201);
    const archived = await send('PUT', `/api/reference/legal-acts/${act.id}`, admin.cookie, {
      code: act.code,
      name: act.name,
      extra: act.extra,
      isActive: false,
    });
    expect(archived.statusCode).toBe(200);
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/registry/processes/${process.json().id}`,
      headers: { cookie: office.cookie },
    });
    expect(detail.json().legalActs).toEqual([expect.objectContaining({ id: act.id })]);
  });
});

describe('data objects', () => {
  it('are seeded for the seeded information systems, with synonyms in lower case', async () => {
    const objects = await get('data-objects', office.cookie);
    expect(objects).toHaveLength(DATA_OBJECTS.length);
    const address = objects.find((o) => o.code === 'registered-address')!;
    expect(address.extra).toBe(system['address-register']);
    expect(address.synonyms).toEqual(expect.arrayContaining(['адресная справка', 'мекенжай анықтамасы']));
    expect(objects.find((o) => o.code === 'iin')?.extra).toBe(system['gbd-fl']);
    expect(objects.find((o) => o.code === 'family-composition')?.synonyms).toContain(
      'справка о составе семьи',
    );
    for (const o of objects) expect(o.synonyms?.every((s) => s === s.toLocaleLowerCase('kk'))).toBe(true);
  });

  it('lets an admin add an object held by a system, cleaning its synonyms', async () => {
    const created = await send('POST', '/api/reference/data-objects', admin.cookie, {
      code: 'vehicle-registration',
      name: { kk: 'Көлік құралын тіркеу', ru: 'Регистрация транспортного средства' },
      extra: system['gbd-fl'],
      synonyms: [
        'Свидетельство о регистрации ТС',
        '  свидетельство   о регистрации тс ',
        'КӨЛІК ҚҰРАЛЫН ТІРКЕУ КУӘЛІГІ',
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const item = (await get('data-objects')).find((o) => o.id === id);
    expect(item).toMatchObject({
      code: 'vehicle-registration',
      extra: system['gbd-fl'],
      isActive: true,
      synonyms: ['свидетельство о регистрации тс', 'көлік құралын тіркеу куәлігі'],
    });
    // A change without synonyms (an older client) keeps them; with synonyms replaces them.
    const keep = await send('PUT', `/api/reference/data-objects/${id}`, admin.cookie, {
      code: 'vehicle-registration',
      name: { kk: 'Көлік құралын тіркеу', ru: 'Регистрация ТС' },
      extra: system['gbd-ul'],
    });
    expect(keep.statusCode).toBe(200);
    expect((await get('data-objects')).find((o) => o.id === id)).toMatchObject({
      name: { ru: 'Регистрация ТС' },
      extra: system['gbd-ul'],
      synonyms: ['свидетельство о регистрации тс', 'көлік құралын тіркеу куәлігі'],
    });
    const replace = await send('PUT', `/api/reference/data-objects/${id}`, admin.cookie, {
      code: 'vehicle-registration',
      name: { kk: 'Көлік құралын тіркеу', ru: 'Регистрация ТС' },
      extra: system['gbd-ul'],
      synonyms: [],
    });
    expect(replace.statusCode).toBe(200);
    expect((await get('data-objects')).find((o) => o.id === id)?.synonyms).toEqual([]);
  });

  it('needs a unique slug and an existing information system', async () => {
    const name = { kk: 'Деректер', ru: 'Данные' };
    const post = (body: object) =>
      send('POST', '/api/reference/data-objects', admin.cookie, { name, ...body });
    expect(issues(await post({}))).toEqual([
      [['body', 'code'], 'required'],
      [['body', 'extra'], 'required'],
    ]);
    expect(issues(await post({ code: 'has space', extra: system['gbd-fl'] }))).toEqual([
      [['body', 'code'], 'id'],
    ]);
    expect(issues(await post({ code: 'iin', extra: system['gbd-fl'] }))).toEqual([
      [['body', 'code'], 'code_taken'],
    ]);
    expect(issues(await post({ code: 'new-one', extra: 'not-a-uuid' }))).toEqual([
      [['body', 'extra'], 'unknown_reference'],
    ]);
    expect(issues(await post({ code: 'new-one', extra: '00000000-0000-4000-8000-000000000999' }))).toEqual([
      [['body', 'extra'], 'unknown_reference'],
    ]);
    expect((await get('data-objects')).some((o) => o.code === 'new-one')).toBe(false);
  });

  it('lets only an admin change them', async () => {
    const res = await send('POST', '/api/reference/data-objects', office.cookie, {
      code: 'x',
      name: { kk: 'А', ru: 'Б' },
      extra: system['gbd-fl'],
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('seeding', () => {
  it('seeds each table only while it is empty, keeping what an admin changed', async () => {
    const count = async (table: string) =>
      Number(
        (
          (await t.database.db.execute(
            sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`,
          )) as unknown as {
            rows: { n: number }[];
          }
        ).rows[0].n,
      );
    const before = [await count('legal_acts'), await count('data_objects')];
    await seedRegistryReference(t.database.db);
    expect([await count('legal_acts'), await count('data_objects')]).toEqual(before);
    const objects = await get('data-objects');
    expect(objects.find((o) => o.code === 'vehicle-registration')?.name.ru).toBe('Регистрация ТС');
  });

  it('lists only objects whose holding system is in the seed', async () => {
    const codes = new Set(Object.keys(system));
    expect(DATA_OBJECTS.filter((d) => !codes.has(d.systemCode))).toEqual([]);
    const rows = await t.database.db
      .select()
      .from(informationSystems)
      .where(eq(informationSystems.code, 'gbd-fl'));
    expect(rows).toHaveLength(1);
  });
});
