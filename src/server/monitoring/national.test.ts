import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { readTable } from '../xlsx/xlsx.ts';

/**
 * External monitoring (R.28): two bodies — healthcare and justice — take their maps to approval on
 * Friday 1 September 2028; healthcare reports 2028-Q3 and submits it, justice reports nothing. The
 * authorized body and the Center see both, ranked, with the R.19 criteria summed across them.
 */
let now = new Date('2028-09-01T05:00:00Z');
let t: TestApp;
type U = { cookie: string; id: string };
let head: U, reviewer: U, expert: U;
const body: Record<'health' | 'justice', { office: U; firstHead: U; deputy: U; mapId: string }> = {} as never;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: U, payload?: unknown) =>
  t.app.inject({ method, url, headers: { cookie: who.cookie, 'x-locale': 'ru' }, payload: payload as never });
const national = (who: U, query = '') => call('GET', `/api/monitoring/national${query}`, who);

async function mapOf(office: U) {
  const doc = await t.validDocument();
  const res = await call('POST', '/api/maps', office, { document: doc });
  expect(res.statusCode).toBe(201);
  return res.json().map.id as string;
}

async function approve(b: (typeof body)['health']) {
  const v = `/api/maps/${b.mapId}/versions/1`;
  expect((await call('POST', `${v}/submit`, b.office)).statusCode).toBe(200);
  const decision = { decision: 'agree', reason: 'Согласовано' };
  expect((await call('POST', `${v}/decision`, head, decision)).statusCode).toBe(200);
  expect((await call('POST', `${v}/approve`, b.firstHead)).statusCode).toBe(200);
}

beforeAll(async () => {
  t = await setupTestApp({ clock: () => now });
  head = await t.userIn('mo-digital', ['authority_head']);
  reviewer = await t.userIn('mo-digital', ['reviewer']);
  expert = await t.userIn('dgsc', ['center_expert']);
  for (const [key, code] of [
    ['health', 'mo-healthcare'],
    ['justice', 'mo-justice'],
  ] as const) {
    const office = await t.userIn(code, ['dt_office']);
    body[key] = {
      office,
      firstHead: await t.userIn(code, ['first_head']),
      deputy: await t.userIn(code, ['deputy_head']),
      mapId: await mapOf(office),
    };
  }
  await approve(body.health);
  await approve(body.justice);
  // 2028-Q3 opens on Monday 2 October; healthcare reports it and submits.
  now = new Date('2028-10-02T04:00:00Z');
  for (const b of [body.health, body.justice])
    expect((await call('POST', `/api/monitoring/maps/${b.mapId}/periods/open`, b.office)).statusCode).toBe(
      200,
    );
  const q3 = `/api/monitoring/maps/${body.health.mapId}/periods/2028-Q3`;
  const saved = await call('PUT', `${q3}/actuals`, body.health.office, {
    actuals: [
      { key: 'priority_direction:pd1:pdi1', value: 93, baseRevision: 0 },
      { key: 'performance:pi1', value: 84, baseRevision: 0 },
      { key: 'performance:pi2', value: 2, baseRevision: 0 },
    ],
  });
  expect(saved.statusCode).toBe(200);
  expect((await call('POST', `${q3}/submit`, body.health.office)).statusCode).toBe(200);
}, 90_000);
afterAll(() => t.close());

describe('GET /api/monitoring/national', () => {
  it('is for the authorized body and the Center only', async () => {
    expect((await national(body.health.office)).statusCode).toBe(403);
    expect((await national(body.justice.deputy)).statusCode).toBe(403);
    expect((await national(expert)).statusCode).toBe(200);
    expect((await national(head)).statusCode).toBe(200);
  });

  it('ranks the body with a KPI above the one without, with the same numbers as its own summary', async () => {
    const res = await national(reviewer);
    expect(res.statusCode).toBe(200);
    const out = res.json();
    expect(out.sort).toBe('rank');
    expect(out.bodies.map((b: { mapId: string }) => b.mapId)).toEqual([
      body.health.mapId,
      body.justice.mapId,
    ]);
    const [health, justice] = out.bodies;
    const own = (
      await call('GET', `/api/monitoring/maps/${body.health.mapId}/summary`, body.health.deputy)
    ).json();
    expect(health).toMatchObject({
      rank: 1,
      org: { code: 'mo-healthcare' },
      kpi: own.kpi,
      indicators: { period: '2028-Q3', counts: own.latest.counts },
      schedule: { counts: own.schedule.counts, executedOnSchedule: own.schedule.executedOnSchedule },
      terms: own.deadlines.counts,
      lastSubmittedAt: own.lastSubmittedAt,
    });
    expect(health.kpi.value).not.toBeNull();
    expect(health.lastSubmittedAt).not.toBeNull();
    expect(health.schedule.byQuarter.length).toBe(own.schedule.byQuarter.length);
    for (const q of health.schedule.byQuarter) expect(q.worst === null || q.counts[q.worst] > 0).toBe(true);
    expect(justice).toMatchObject({
      rank: 2,
      org: { code: 'mo-justice' },
      kpi: { period: null, value: null },
      indicators: { period: null },
      lastSubmittedAt: null,
    });
    // Both maps were reviewed in time (R.23); the rest is the same for both bodies.
    expect(health.terms.met).toBe(1);
    expect(justice.terms).toEqual(health.terms);
  });

  it('sums the R.19 criteria and the totals over the bodies', async () => {
    const out = (await national(expert)).json();
    const own = (
      await call('GET', `/api/monitoring/maps/${body.health.mapId}/summary`, body.health.deputy)
    ).json();
    // Justice has no reported period, so the roll-up is healthcare's alone.
    expect(out.criteria).toEqual(own.latest.criteria);
    expect(out.criteria[0].counts).toMatchObject({ on_track: 1, total: 1 });
    expect(out.criteria[1].counts).toMatchObject({ off_track: 1, total: 1 });
    expect(out.totals.schedule.total).toBe(
      out.bodies[0].schedule.counts.total + out.bodies[1].schedule.counts.total,
    );
    expect(out.totals.terms.met).toBe(2);
  });

  it('rolls up both bodies once the second reports too', async () => {
    const q3 = `/api/monitoring/maps/${body.justice.mapId}/periods/2028-Q3`;
    const saved = await call('PUT', `${q3}/actuals`, body.justice.office, {
      actuals: [{ key: 'performance:pi1', value: 84, baseRevision: 0 }],
    });
    expect(saved.statusCode).toBe(200);
    expect((await call('POST', `${q3}/submit`, body.justice.office)).statusCode).toBe(200);
    const out = (await national(reviewer)).json();
    expect(out.criteria[0].counts).toMatchObject({ on_track: 2, total: 2 });
    expect(out.criteria[1].counts).toMatchObject({ off_track: 1 });
    // Justice now has a KPI (its priority indicator unreported: 0), still below healthcare's.
    expect(out.bodies.map((b: { org: { code: string } }) => b.org.code)).toEqual([
      'mo-healthcare',
      'mo-justice',
    ]);
    expect(out.bodies[1].kpi.value).toBe(0);
  });

  it('downloads the national report as a workbook for the national side only', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/monitoring/national.xlsx',
      headers: { cookie: expert.cookie, 'x-locale': 'ru' },
    });
    expect(res.statusCode).toBe(200);
    const read = await readTable(res.rawPayload, {
      sheetName: 'Органы',
      columns: [
        { key: 'rank', headers: ['Место'] },
        { key: 'body', headers: ['Государственный орган'] },
      ],
      maxRows: 100,
      maxBytes: 5_000_000,
    });
    expect(read.ok && read.rows.map((r) => r.values.rank)).toEqual([1, 2]);
    const office = await t.app.inject({
      method: 'GET',
      url: '/api/monitoring/national.xlsx',
      headers: { cookie: body.health.office.cookie },
    });
    expect(office.statusCode).toBe(403);
  });

  it('sorts by name and filters by the kind of body', async () => {
    const byName = (await national(reviewer, '?sort=name')).json();
    expect(byName.bodies).toHaveLength(2);
    expect(byName.sort).toBe('name');
    expect((await national(reviewer, '?orgKind=support_center')).json().bodies).toEqual([]);
    expect((await national(reviewer, '?orgKind=central_state_body')).json().bodies).toHaveLength(2);
    expect((await national(reviewer, '?sort=bogus')).statusCode).toBe(400);
  });
});
