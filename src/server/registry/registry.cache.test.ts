import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessListQuery } from '../../api/registry.ts';
import type { Actor, OrgKind, Role } from '../../domain/auth/roles.ts';
import type { Locale } from '../../domain/locale.ts';
import { PartialOrder } from '../../domain/registry/registry.order.ts';
import { processSearchText } from '../../domain/registry/registry.search.ts';
import { businessProcesses, dataObjects, organisations, processVariants } from '../db/schema.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { listProcesses } from './registry.actions.ts';
import { RegistryMemo, registryMemoOf, SearchOrders, searchOrdersOf } from './registry.cache.ts';
import { registryStamp } from './registry.queries.ts';

// The registry remembers the order of a search per registry stamp (issue 7). Whatever it
// remembers, every answer must be the one the uncached path gives at that moment: the same rows,
// in the same order, with the same total — also right after any write that changes a match or
// the order.

describe('SearchOrders', () => {
  const orderOf = (...items: number[]) => new PartialOrder(items, (a, b) => a - b);

  it('remembers an order under its stamp, and forgets everything when the stamp changes', async () => {
    const cache = new SearchOrders<number>(100);
    let builds = 0;
    const build = async () => {
      builds++;
      return orderOf(3, 1, 2);
    };
    const first = await cache.get('s1', 'q', build);
    expect(await cache.get('s1', 'q', build)).toBe(first);
    expect(builds).toBe(1);
    await cache.get('s1', 'other', build);
    expect(cache.size).toBe(2);
    expect(cache.newest).toBe('s1');
    expect(cache.peek('s1', 'q')).toBe(first);
    expect(await cache.get('s2', 'q', build)).not.toBe(first);
    expect(builds).toBe(3);
    expect(cache.size).toBe(1);
    // Peeking under another stamp than the newest finds nothing and drops nothing.
    expect(cache.newest).toBe('s2');
    expect(cache.peek('s1', 'q')).toBeUndefined();
    expect(cache.peek('s2', 'q')).toBeDefined();
    expect(cache.peek('s2', 'other')).toBeUndefined();
  });

  it('builds a search once for concurrent requests, and keeps no failure', async () => {
    const cache = new SearchOrders<number>(100);
    let builds = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const build = async () => {
      builds++;
      await gate;
      return orderOf(1, 2);
    };
    const both = Promise.all([cache.get('s', 'q', build), cache.get('s', 'q', build)]);
    release();
    const [a, b] = await both;
    expect(a).toBe(b);
    expect(builds).toBe(1);
    const failing = async () => {
      throw new Error('db down');
    };
    await expect(cache.get('s', 'bad', failing)).rejects.toThrow('db down');
    expect(await cache.get('s', 'bad', async () => orderOf(5))).toMatchObject({ length: 1 });
  });

  it('does not remember an answer of a stamp that was replaced while it was being built', async () => {
    const cache = new SearchOrders<number>(100);
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const late = cache.get('old', 'q', async () => {
      await gate;
      return orderOf(1);
    });
    await cache.get('new', 'other', async () => orderOf(2));
    release();
    await late;
    let rebuilt = false;
    await cache.get('new', 'q', async () => {
      rebuilt = true;
      return orderOf(1);
    });
    expect(rebuilt).toBe(true);
  });

  it('keeps at most its limit of matches, the least recently used out first, and no single huge one', async () => {
    const cache = new SearchOrders<number>(10);
    const sized = (n: number) => async () => orderOf(...Array.from({ length: n }, (_, i) => i));
    await cache.get('s', 'a', sized(4));
    await cache.get('s', 'b', sized(4));
    await cache.get('s', 'a', sized(4)); // a is now the most recently used
    await cache.get('s', 'c', sized(4)); // 12 > 10: b goes
    await cache.get('s', 'huge', sized(6)); // more than half the limit: never remembered
    expect(cache.size).toBe(2);
    let rebuilt: string[] = [];
    for (const key of ['a', 'b', 'c'])
      await cache.get('s', key, async () => {
        rebuilt.push(key);
        return orderOf(1);
      });
    expect(rebuilt).toEqual(['b']);
    rebuilt = [];
    await cache.get('s', 'huge', async () => {
      rebuilt.push('huge');
      return orderOf(1);
    });
    expect(rebuilt).toEqual(['huge']);
  });
});

type User = { cookie: string; id: string; actor: Actor };
let t: TestApp;
let national: User;
let health: User;
let justice: User;
const orgIds: Record<string, string> = {};
let services: string[] = [];

const WORDS = [
  'Лицензия',
  'Выдача',
  'Справка',
  'Өтініш',
  'Әкімдік',
  'Учёт',
  'Приём',
  'Ёлка',
  'Ұлттық',
  'Іздеу',
];

async function userOf(code: string, roles: Role[]): Promise<User> {
  const u = await t.userIn(code, roles);
  const [org] = await t.database.db.select().from(organisations).where(eq(organisations.code, code));
  return { ...u, actor: { userId: u.id, orgId: org.id, orgKind: org.kind as OrgKind, roles } };
}

/** The list through the app's route: cached. */
async function listed(user: User, qs: string, locale: Locale) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/registry/processes?${qs}`,
    headers: { cookie: user.cookie, 'x-locale': locale },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { id: string }[]; total: number; canCreate: boolean };
}

/** The same list without the cache, as the route would serialise it. */
async function reference(user: User, qs: string, locale: Locale) {
  const query = ProcessListQuery.parse(Object.fromEntries(new URLSearchParams(qs)));
  const out = await listProcesses(t.database.db, user.actor, query, locale, { cached: false });
  return JSON.parse(JSON.stringify(out)) as Awaited<ReturnType<typeof listed>>;
}

/** The cached answer equals the uncached one, and is not empty when `nonEmpty`. */
async function same(user: User, qs: string, locale: Locale = 'ru', nonEmpty = false) {
  const want = await reference(user, qs, locale);
  const got = await listed(user, qs, locale);
  expect(got, `${qs} (${locale})`).toEqual(want);
  if (nonEmpty) expect(got.items.length, qs).toBeGreaterThan(0);
  return got;
}

const ids = (out: { items: { id: string }[] }) => out.items.map((i) => i.id);

beforeAll(async () => {
  t = await setupTestApp();
  const db = t.database.db;
  for (const o of await db.select().from(organisations)) orgIds[o.code] = o.id;
  services = (await t.refs()).services;
  national = await userOf('mo-digital', ['reviewer']);
  health = await userOf('mo-healthcare', ['dt_office']);
  justice = await userOf('mo-justice', ['dt_office']);
  // 90 processes of three bodies: names from a few words (so searches match many, and some names
  // are equal — the id decides), a few change times shared, services and statuses spread.
  const bodies = ['mo-healthcare', 'mo-justice', 'mo-education'];
  const rows = Array.from({ length: 90 }, (_, i) => {
    const name = {
      kk: `${WORDS[(i * 3) % WORDS.length]} ${WORDS[(i * 7 + 1) % WORDS.length].toLowerCase()} ${i % 4}`,
      ru: `${WORDS[(i * 5 + 2) % WORDS.length]} ${WORDS[i % WORDS.length].toLowerCase()}`,
      ...(i % 6 === 0 ? { en: `Licence ${i % 9}` } : {}),
    };
    return {
      orgId: orgIds[bodies[i % 3]],
      name,
      status: i % 5 === 0 ? 'in_reengineering' : 'current',
      publicServiceIds: i % 4 === 0 ? [services[0]] : [],
      searchText: processSearchText({ name, roles: [], steps: [], dataNames: [] }),
      updatedAt: new Date(Date.UTC(2026, 0, 1 + (i % 30))),
    };
  });
  await db.insert(businessProcesses).values(rows);
});
afterAll(() => t.close());

describe('the remembered registry search', () => {
  const QUERIES = [
    '',
    'pageSize=7&page=3',
    'q=лиценз',
    `q=${encodeURIComponent('ЁЛКА')}&sort=-name`,
    `q=${encodeURIComponent('өтініш')}&pageSize=5&page=2`,
    'q=%D0%B2&sort=updated&pageSize=10',
    'sort=-updated&pageSize=15&page=2',
    'sort=org&pageSize=20&page=2',
    `status=in_reengineering&q=${encodeURIComponent('а')}`,
    'pageSize=50&page=9',
    'q=licence',
  ];

  it('answers every search, first and repeated, exactly as the uncached path does', async () => {
    const readers = [national, health, justice];
    const locales: Locale[] = ['ru', 'kk', 'en'];
    const extra = [`orgId=${orgIds['mo-justice']}`, `publicServiceId=${services[0]}&sort=org`];
    for (let round = 0; round < 2; round++)
      for (const user of readers)
        for (const locale of locales)
          for (const qs of [...QUERIES, ...extra]) await same(user, qs, locale, round === 0 && qs === '');
    // Each reader sees its own part of the registry, though the searches are otherwise the same.
    const everyone = await listed(national, 'pageSize=200', 'ru');
    const own = await listed(health, 'pageSize=200', 'ru');
    expect(everyone.total).toBe(90);
    expect(own.total).toBe(30);
  });

  it('serves a repeated search from memory, not from the rows (shown by a write the trigger misses)', async () => {
    const db = t.database.db;
    const qs = 'q=лиценз&pageSize=200';
    const before = await same(national, qs);
    expect(before.total).toBeGreaterThan(0);
    const victim = before.items[0].id;
    // Without the trigger, a write does not move the stamp: the remembered order stays.
    await db.execute(sql`ALTER TABLE business_processes DISABLE TRIGGER registry_generation_bump`);
    try {
      await db
        .update(businessProcesses)
        .set({ searchText: 'ничего общего' })
        .where(eq(businessProcesses.id, victim));
      expect(ids(await listed(national, qs, 'ru'))).toEqual(ids(before));
      expect(ids(await reference(national, qs, 'ru'))).not.toContain(victim);
    } finally {
      await db.execute(sql`ALTER TABLE business_processes ENABLE TRIGGER registry_generation_bump`);
    }
    // The next write moves the stamp, and the search reads the rows again.
    await db.execute(sql`UPDATE business_processes SET status = status WHERE false`);
    expect(ids(await same(national, qs))).not.toContain(victim);
    expect(searchOrdersOf(db).size).toBe(1);
  });

  it('moves the stamp with each write of processes or organisations, in the write’s transaction', async () => {
    const db = t.database.db;
    const start = await registryStamp(db);
    expect(start).toMatch(/^[0-9a-f-]{36}$/);
    // A rolled back write leaves it as it was; inside the transaction it has moved already.
    await expect(
      db.transaction(async (tx) => {
        await tx.update(businessProcesses).set({ status: 'retired' });
        expect(await registryStamp(tx)).not.toBe(start);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await registryStamp(db)).toBe(start);
    // An organisation's name orders the list by organisation; its other columns order nothing.
    await db.update(organisations).set({ kind: sql`kind` }).where(eq(organisations.code, 'mo-justice'));
    expect(await registryStamp(db)).toBe(start);
    await db.update(organisations).set({ name: sql`name` }).where(eq(organisations.code, 'mo-justice'));
    const afterOrg = await registryStamp(db);
    expect(afterOrg).not.toBe(start);
    await db.execute(sql`DELETE FROM business_processes WHERE false`);
    expect(await registryStamp(db)).not.toBe(afterOrg);
  });

  it('shows a process created through the app in the next search', async () => {
    const qs = 'q=лиценз&pageSize=200';
    const before = await same(health, qs);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/registry/processes',
      headers: { cookie: health.cookie },
      payload: { name: { kk: 'Лицензия беру', ru: 'Аа лицензия новая' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json().id as string;
    const after = await same(health, qs);
    expect(after.total).toBe(before.total + 1);
    // First by name in Russian: "Аа …" sorts before every other match.
    expect(ids(after)[0]).toBe(created);
    expect((await same(national, qs)).items.map((i) => i.id)).toContain(created);
    expect(ids(await same(justice, qs))).not.toContain(created);
  });

  it('follows a rename, a change of status and of links made through the app', async () => {
    const [target] = (await same(health, 'q=лиценз&sort=name&pageSize=200')).items.slice(-1);
    const detail = (
      await t.app.inject({
        method: 'GET',
        url: `/api/registry/processes/${target.id}`,
        headers: { cookie: health.cookie },
      })
    ).json() as { revision: number; name: { kk: string; ru: string } };
    await same(health, 'status=retired');
    await same(health, `publicServiceId=${services[1]}`);
    await same(health, 'q=переименован');
    await same(health, 'sort=-updated&pageSize=3');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/registry/processes/${target.id}`,
      headers: { cookie: health.cookie },
      payload: {
        name: { kk: 'Аа переименован', ru: 'Аа переименован' },
        status: 'retired',
        publicServiceIds: [services[1]],
        revision: detail.revision,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(ids(await same(health, 'status=retired'))).toEqual([target.id]);
    expect(ids(await same(health, `publicServiceId=${services[1]}`))).toEqual([target.id]);
    expect(ids(await same(health, 'q=переименован'))).toEqual([target.id]);
    // It no longer contains the old word; and it is the newest change.
    expect(ids(await same(health, 'q=лиценз&pageSize=200'))).not.toContain(target.id);
    expect(ids(await same(health, 'sort=-updated&pageSize=3'))[0]).toBe(target.id);
  });

  it('follows a process deleted, and the text derived from its variants changed', async () => {
    const db = t.database.db;
    const qs = 'q=учет&sort=-name&pageSize=200';
    const before = await same(national, qs, 'kk', true);
    const [gone, changed] = ids(before);
    await db.delete(businessProcesses).where(eq(businessProcesses.id, gone));
    const afterDelete = await same(national, qs, 'kk');
    expect(afterDelete.total).toBe(before.total - 1);
    expect(ids(afterDelete)).not.toContain(gone);
    // As the variant save stores the derived steps and the search text.
    const [row] = await db.select().from(businessProcesses).where(eq(businessProcesses.id, changed));
    await same(national, 'q=uniquestep', 'kk');
    await db
      .update(businessProcesses)
      .set({ steps: ['uniquestep'], searchText: processSearchText({ ...row, steps: ['uniquestep'] }) })
      .where(eq(businessProcesses.id, changed));
    expect(ids(await same(national, 'q=uniquestep', 'kk'))).toEqual([changed]);
  });

  it('follows a renamed organisation in the order by organisation', async () => {
    const db = t.database.db;
    const qs = 'sort=org&pageSize=200';
    const firstOrgOf = async () => {
      const out = await same(national, qs, 'ru', true);
      const [first] = await db
        .select({ orgId: businessProcesses.orgId })
        .from(businessProcesses)
        .where(eq(businessProcesses.id, out.items[0].id));
      return first.orgId;
    };
    const before = await firstOrgOf();
    const last = await db
      .select({ orgId: businessProcesses.orgId })
      .from(businessProcesses)
      .where(eq(businessProcesses.id, (await listed(national, qs, 'ru')).items.at(-1)!.id));
    expect(last[0].orgId).not.toBe(before);
    // The body listed last is renamed to come first.
    await db
      .update(organisations)
      .set({ name: { kk: 'ААА', ru: 'ААА' } })
      .where(eq(organisations.id, last[0].orgId));
    expect(await firstOrgOf()).toBe(last[0].orgId);
  });
});

describe('RegistryMemo', () => {
  it('remembers values and counts under their stamp only', async () => {
    const memo = new RegistryMemo(100);
    let reads = 0;
    const read = async () => {
      reads++;
      return ['o'];
    };
    await memo.value('s1', 'objects', read);
    await memo.value('s1', 'objects', read);
    memo.remember('s1', 'v', 3);
    expect([reads, memo.count('s1', 'v')]).toEqual([1, 3]);
    // A new stamp forgets both; a count of the old stamp is not remembered under the new one.
    expect(memo.count('s2', 'v')).toBeUndefined();
    memo.remember('s1', 'v', 3);
    expect(memo.count('s2', 'v')).toBeUndefined();
    await memo.value('s2', 'objects', read);
    expect(reads).toBe(2);
  });
});

/** A BPMN model (the domain/bpmn shape) whose applicant writes the named data objects. */
function modelRequesting(...names: string[]) {
  const node = (id: string, laneId: string) => ({
    id,
    type: 'UserTask',
    name: id,
    processId: 'P',
    laneId,
    participantId: 'Pool',
    eventKind: null,
  });
  return {
    processes: [{ id: 'P', name: '' }],
    participants: [{ id: 'Pool', name: 'Процесс', processId: 'P' }],
    lanes: [
      { id: 'L1', name: 'Заявитель', participantId: 'Pool', processId: 'P' },
      { id: 'L2', name: 'Оператор ЦОН', participantId: 'Pool', processId: 'P' },
    ],
    nodes: [node('T1', 'L1'), node('T2', 'L2')],
    sequenceFlows: [{ id: 'F1', name: '', sourceId: 'T1', targetId: 'T2' }],
    messageFlows: [],
    dataObjects: names.map((name, i) => ({
      id: `D${i + 1}`,
      name,
      kind: 'object',
      readBy: ['T2'],
      writtenBy: ['T1'],
    })),
    shapes: [],
    edges: [],
  };
}

describe('the remembered repeated data counts', () => {
  // The list counts repeated data requests of each process's counted variant (target, else
  // as-is) and remembers the counts and the data objects per registry stamp: after every write of
  // what a count is made of, the cached answer must still equal the uncached one.
  const qs = 'q=счетчик&pageSize=50';
  const procs: string[] = [];
  let system = '';
  const counts = async (user: User) =>
    (await same(user, qs, 'ru', true)).items.map(
      (i) => (i as unknown as { repeatedDataCount: number }).repeatedDataCount,
    );
  const variant = (processId: string, kind: string, revision: number, ...requests: string[]) =>
    t.database.db.insert(processVariants).values({
      processId,
      kind,
      revision,
      xml: '<x/>',
      svg: '<svg/>',
      model: modelRequesting(...requests) as never,
      metrics: {},
    });
  const dataObject = (code: string, ru: string) =>
    t.database.db
      .insert(dataObjects)
      .values({ code, name: { kk: ru, ru }, informationSystemId: system })
      .returning()
      .then((r) => r[0].id);

  beforeAll(async () => {
    const db = t.database.db;
    system = (await t.refs()).systems[0];
    for (const i of [1, 2, 3]) {
      const name = { kk: `Счётчик ${i}`, ru: `Счётчик ${i}` };
      const [row] = await db
        .insert(businessProcesses)
        .values({
          orgId: orgIds['mo-healthcare'],
          name,
          searchText: processSearchText({ name, roles: [], steps: [], dataNames: [] }),
        })
        .returning();
      procs.push(row.id);
    }
    await variant(procs[0], 'as_is', 1, 'Справка альфа');
    await variant(procs[1], 'as_is', 1, 'Справка альфа');
    await variant(procs[1], 'target', 1, 'Справка альфа', 'Паспорт бета');
    await variant(procs[2], 'optimal', 1, 'Справка альфа');
  });

  it('follows every write of the data objects and of the variants', async () => {
    const db = t.database.db;
    expect(await counts(national)).toEqual([0, 0, 0]);
    const alpha = await dataObject('cnt-alpha', 'Справка альфа');
    expect(await counts(national)).toEqual([1, 1, 0]);
    const beta = await dataObject('cnt-beta', 'Паспорт бета');
    expect(await counts(health)).toEqual([1, 2, 0]);
    await db.update(dataObjects).set({ isActive: false }).where(eq(dataObjects.id, alpha));
    expect(await counts(national)).toEqual([0, 1, 0]);
    // A new revision of the target variant is counted instead of the old one.
    await variant(procs[1], 'target', 2);
    expect(await counts(national)).toEqual([0, 0, 0]);
    // A variant row changed in place (the app never does) is counted again too.
    await db
      .update(processVariants)
      .set({ model: modelRequesting('Паспорт бета') as never })
      .where(and(eq(processVariants.processId, procs[0]), eq(processVariants.kind, 'as_is')));
    expect(await counts(national)).toEqual([1, 0, 0]);
    await db.delete(dataObjects).where(eq(dataObjects.id, beta));
    expect(await counts(national)).toEqual([0, 0, 0]);
    expect(registryMemoOf(db).size).toBeGreaterThan(0);
  });

  it('serves the counts from memory (shown by a write the trigger misses)', async () => {
    const db = t.database.db;
    const before = await counts(national);
    await db.execute(sql`ALTER TABLE data_objects DISABLE TRIGGER registry_generation_bump`);
    try {
      await dataObject('cnt-gamma', 'Паспорт бета');
      const cached = (await listed(national, qs, 'ru')).items.map(
        (i) => (i as unknown as { repeatedDataCount: number }).repeatedDataCount,
      );
      const fresh = (await reference(national, qs, 'ru')).items.map(
        (i) => (i as unknown as { repeatedDataCount: number }).repeatedDataCount,
      );
      expect(cached).toEqual(before);
      expect(fresh).not.toEqual(before);
    } finally {
      await db.execute(sql`ALTER TABLE data_objects ENABLE TRIGGER registry_generation_bump`);
    }
  });
});

describe('the remembered reference names', () => {
  // The list names a process's public services, information systems and legal acts from the
  // reference tables remembered per registry stamp: renaming one must show in the next answer.
  const qs = `publicServiceId=${'{service}'}&pageSize=50`;
  const names = async (user: User, service: string) =>
    (await same(user, qs.replace('{service}', service), 'ru', true)).items.map(
      (i) => (i as unknown as { publicServices: { name: { ru: string } }[] }).publicServices[0].name.ru,
    );

  it('follows a renamed reference row, and serves the names from memory until then', async () => {
    const db = t.database.db;
    const service = services[0];
    const [before] = await names(national, service);
    await db.execute(
      sql`UPDATE public_services SET name = name || '{"ru": "Переименованная услуга"}'::jsonb WHERE id = ${service}::uuid`,
    );
    expect(new Set(await names(national, service))).toEqual(new Set(['Переименованная услуга']));
    await db.execute(sql`ALTER TABLE public_services DISABLE TRIGGER registry_generation_bump`);
    try {
      await db.execute(
        sql`UPDATE public_services SET name = name || ${JSON.stringify({ ru: before })}::jsonb WHERE id = ${service}::uuid`,
      );
      const cached = await listed(national, qs.replace('{service}', service), 'ru');
      const fresh = await reference(national, qs.replace('{service}', service), 'ru');
      expect(cached).not.toEqual(fresh);
    } finally {
      await db.execute(sql`ALTER TABLE public_services ENABLE TRIGGER registry_generation_bump`);
    }
    await db.execute(sql`UPDATE information_systems SET name = name WHERE false`);
    expect(new Set(await names(health, service))).toEqual(new Set([before]));
  });
});
