import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/auth/roles.ts';
import { openDatabase } from '../db/connect.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { KeyedCache } from './national.cache.ts';
import { buildNational } from './national.routes.ts';

/**
 * The national view caches each map's figures under a fingerprint read from the database. Every
 * change of an input must show at once — the figures always equal the body's own summary, which is
 * never cached — and an unchanged map must be served from the cache. Two bodies approve their maps
 * on Friday 1 September 2028 and report 2028-Q3 from Monday 2 October.
 */
let now = new Date('2028-09-01T05:00:00Z');
let t: TestApp;
type U = { cookie: string; id: string };
let head: U, reviewer: U;
const body: Record<'health' | 'justice', { office: U; firstHead: U; deputy: U; mapId: string }> = {} as never;
/** The national reader as buildNational takes it (the route has authorized it). */
const readerActor = (): Actor => ({
  userId: reviewer.id,
  orgId: 'mo-digital',
  orgKind: 'authorized_body',
  roles: ['reviewer'],
});

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: U, payload?: unknown) =>
  t.app.inject({ method, url, headers: { cookie: who.cookie, 'x-locale': 'ru' }, payload: payload as never });
const q3 = (b: (typeof body)['health']) => `/api/monitoring/maps/${b.mapId}/periods/2028-Q3`;

async function approve(b: (typeof body)['health'], number: number) {
  const v = `/api/maps/${b.mapId}/versions/${number}`;
  expect((await call('POST', `${v}/submit`, b.office)).statusCode).toBe(200);
  const decision = { decision: 'agree', reason: 'Согласовано' };
  expect((await call('POST', `${v}/decision`, head, decision)).statusCode).toBe(200);
  expect((await call('POST', `${v}/approve`, b.firstHead)).statusCode).toBe(200);
}

/** The national rows of both bodies, checked against each body's own (uncached) summary. */
async function nationalMatchesOwn() {
  const res = await call('GET', '/api/monitoring/national', reviewer);
  expect(res.statusCode).toBe(200);
  const out = res.json();
  for (const b of [body.health, body.justice]) {
    const own = (await call('GET', `/api/monitoring/maps/${b.mapId}/summary`, b.deputy)).json();
    const row = out.bodies.find((x: { mapId: string }) => x.mapId === b.mapId);
    expect(row).toMatchObject({
      version: own.version,
      kpi: own.kpi,
      indicators: { period: own.latest.period, counts: own.latest.counts },
      schedule: {
        counts: own.schedule.counts,
        executedOnSchedule: own.schedule.executedOnSchedule,
        byQuarter: own.schedule.byQuarter,
      },
      terms: own.deadlines.counts,
      lastSubmittedAt: own.lastSubmittedAt,
    });
    expect(out.today).toBe(own.today);
  }
  return {
    out,
    health: out.bodies.find((x: { mapId: string }) => x.mapId === body.health.mapId),
    justice: out.bodies.find((x: { mapId: string }) => x.mapId === body.justice.mapId),
  };
}

beforeAll(async () => {
  t = await setupTestApp({ clock: () => now });
  head = await t.userIn('mo-digital', ['authority_head']);
  reviewer = await t.userIn('mo-digital', ['reviewer']);
  for (const [key, code] of [
    ['health', 'mo-healthcare'],
    ['justice', 'mo-justice'],
  ] as const) {
    const office = await t.userIn(code, ['dt_office']);
    const created = await call('POST', '/api/maps', office, { document: await t.validDocument() });
    expect(created.statusCode).toBe(201);
    body[key] = {
      office,
      firstHead: await t.userIn(code, ['first_head']),
      deputy: await t.userIn(code, ['deputy_head']),
      mapId: created.json().map.id,
    };
  }
  await approve(body.health, 1);
  await approve(body.justice, 1);
  now = new Date('2028-10-02T04:00:00Z');
  for (const b of [body.health, body.justice])
    expect((await call('POST', `/api/monitoring/maps/${b.mapId}/periods/open`, b.office)).statusCode).toBe(
      200,
    );
}, 90_000);
afterAll(() => t.close());

describe('the national figures are cached per map and never stale', () => {
  const build = () => buildNational(t.database.db, readerActor(), now, 'ru', { sort: 'rank' });
  // The statuses of the latest period come from the cached facts as they are: the same object
  // means the map was not read again.
  const figuresOf = (n: Awaited<ReturnType<typeof build>>, mapId: string) =>
    n.bodies.find((b) => b.mapId === mapId)!.indicators.counts;

  it('serves an unchanged map from the cache and recomputes only the map that changed', async () => {
    const first = await build();
    const again = await build();
    // The same objects: nothing was recomputed.
    expect(figuresOf(again, body.health.mapId)).toBe(figuresOf(first, body.health.mapId));
    expect(figuresOf(again, body.justice.mapId)).toBe(figuresOf(first, body.justice.mapId));
    const saved = await call('PUT', `${q3(body.health)}/cells`, body.health.office, {
      cells: [{ caseId: 'c1', quarter: 14, state: 'in_progress' }],
    });
    expect(saved.statusCode).toBe(200);
    const after = await build();
    expect(figuresOf(after, body.health.mapId)).not.toBe(figuresOf(first, body.health.mapId));
    expect(figuresOf(after, body.justice.mapId)).toBe(figuresOf(first, body.justice.mapId));
    await nationalMatchesOwn();
  });

  it('shows a submitted report, then a changed actual of it, then its lock', async () => {
    const before = await nationalMatchesOwn();
    expect(before.health).toMatchObject({ kpi: { period: null }, lastSubmittedAt: null });
    const saved = await call('PUT', `${q3(body.health)}/actuals`, body.health.office, {
      actuals: [
        { key: 'priority_direction:pd1:pdi1', value: 93, baseRevision: 0 },
        { key: 'performance:pi1', value: 84, baseRevision: 0 },
      ],
    });
    expect(saved.statusCode).toBe(200);
    // Saved but not submitted: the latest reported period is still none.
    expect((await nationalMatchesOwn()).health.kpi.period).toBeNull();
    expect((await call('POST', `${q3(body.health)}/submit`, body.health.office)).statusCode).toBe(200);
    const submitted = await nationalMatchesOwn();
    expect(submitted.health).toMatchObject({ kpi: { period: '2028-Q3', value: 100 } });
    expect(submitted.health.lastSubmittedAt).not.toBeNull();

    // A submitted report may still be corrected: the KPI falls with the value.
    const corrected = await call('PUT', `${q3(body.health)}/actuals`, body.health.office, {
      actuals: [{ key: 'priority_direction:pd1:pdi1', value: 10, baseRevision: 1 }],
    });
    expect(corrected.statusCode).toBe(200);
    expect((await nationalMatchesOwn()).health.kpi.value).toBe(0);

    expect((await call('POST', `${q3(body.health)}/lock`, body.health.deputy)).statusCode).toBe(200);
    expect((await nationalMatchesOwn()).health.kpi).toMatchObject({ period: '2028-Q3', value: 0 });
  });

  it('shows a reported cell state', async () => {
    const before = (await nationalMatchesOwn()).justice.schedule.counts;
    const saved = await call('PUT', `${q3(body.justice)}/cells`, body.justice.office, {
      cells: [{ caseId: 'c1', quarter: 14, state: 'done' }],
    });
    expect(saved.statusCode).toBe(200);
    expect((await nationalMatchesOwn()).justice.schedule.counts.done).toBe(before.done + 1);
  });

  it('counts on the new day when the clock passes midnight in Almaty', async () => {
    now = new Date('2028-12-31T12:00:00Z'); // 17:00 on the 31st in Almaty
    const lastDay = await nationalMatchesOwn();
    expect(lastDay.out.today).toBe('2028-12-31');
    now = new Date('2028-12-31T20:00:00Z'); // 01:00 on 1 January in Almaty
    const newYear = await nationalMatchesOwn();
    expect(newYear.out.today).toBe('2029-01-01');
    // 2028-Q4 has ended: its planned cells not done are late now.
    expect(newYear.health.schedule.counts.late).toBeGreaterThan(lastDay.health.schedule.counts.late);
  });

  it('reads the new version in force once an amendment is approved', async () => {
    expect(
      (await call('POST', `/api/maps/${body.health.mapId}/versions/1/publish`, body.health.office))
        .statusCode,
    ).toBe(200);
    expect((await nationalMatchesOwn()).health.version).toMatchObject({ number: 1, status: 'published' });
    const amendment = await call(
      'POST',
      `/api/maps/${body.health.mapId}/versions/1/amendments`,
      body.health.office,
      {
        ground: 3,
        justification: 'Изменён Национальный план.',
      },
    );
    expect(amendment.statusCode).toBe(200);
    const draft = (await call('GET', `/api/maps/${body.health.mapId}/versions/2`, body.health.office)).json();
    const attachments = structuredClone(draft.document.attachments);
    // The priority direction's target for 2028 drops below the reported value: the KPI rises.
    attachments.priorityDirections[0].indicators[0].targets['2028'] = 5;
    const saved = await call(
      'PUT',
      `/api/maps/${body.health.mapId}/versions/2/sections/attachments`,
      body.health.office,
      { baseRevision: draft.version.sectionRevisions.attachments, content: attachments },
    );
    expect(saved.statusCode).toBe(200);
    // A draft is not in force: the figures stay.
    expect((await nationalMatchesOwn()).health).toMatchObject({ version: { number: 1 }, kpi: { value: 0 } });
    await approve(body.health, 2);
    expect((await nationalMatchesOwn()).health).toMatchObject({
      version: { number: 2 },
      kpi: { value: 100 },
    });
  });

  it('keeps one cache per process, each seeing the writes made through the other', async () => {
    const other = t.database.url
      ? await openDatabase({ url: t.database.url })
      : await openDatabase({ pglite: t.database.pglite! });
    try {
      const inOther = () => buildNational(other.db, readerActor(), now, 'ru', { sort: 'rank' });
      const warm = await inOther();
      expect((await inOther()).bodies[0]!.indicators.counts).toBe(warm.bodies[0]!.indicators.counts);
      await build();
      const saved = await call('PUT', `${q3(body.justice)}/cells`, body.justice.office, {
        cells: [{ caseId: 'c1', quarter: 15, state: 'done' }],
      });
      expect(saved.statusCode).toBe(200);
      const mine = (await nationalMatchesOwn()).justice;
      const theirs = (await inOther()).bodies.find((b) => b.mapId === body.justice.mapId)!;
      expect(theirs.schedule).toEqual(mine.schedule);
      expect(theirs.schedule.counts).not.toEqual(
        warm.bodies.find((b) => b.mapId === body.justice.mapId)!.schedule.counts,
      );
    } finally {
      await other.close();
    }
  });
});

describe('KeyedCache', () => {
  it('answers only under the key a value was cached for', async () => {
    const cache = new KeyedCache<number>(10);
    cache.set('m1', 'k1', Promise.resolve(1));
    expect(await cache.get('m1', 'k1')).toBe(1);
    expect(cache.get('m1', 'k2')).toBeUndefined();
    cache.set('m1', 'k2', Promise.resolve(2));
    expect(cache.get('m1', 'k1')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('drops the least recently used map past its limit', () => {
    const cache = new KeyedCache<number>(2);
    cache.set('a', 'k', Promise.resolve(1));
    cache.set('b', 'k', Promise.resolve(2));
    cache.get('a', 'k');
    cache.set('c', 'k', Promise.resolve(3));
    expect(cache.size).toBe(2);
    expect(cache.get('b', 'k')).toBeUndefined();
    expect(cache.get('a', 'k')).toBeDefined();
    expect(cache.get('c', 'k')).toBeDefined();
  });

  it('forgets a computation that failed', async () => {
    const cache = new KeyedCache<number>(2);
    const failed = Promise.reject(new Error('database gone'));
    cache.set('a', 'k', failed);
    await expect(failed).rejects.toThrow('database gone');
    await Promise.resolve();
    expect(cache.get('a', 'k')).toBeUndefined();
  });
});
