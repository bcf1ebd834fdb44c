import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit.queries.ts';
import { runDeadlineJob } from '../jobs/deadline.job.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';

// A movable clock: Monday 2 March 2026, 10:00 in Almaty.
let now = new Date('2026-03-02T05:00:00Z');
let t: TestApp;
type U = { cookie: string; id: string };
let office: U, reviewer: U, expert: U, head: U, firstHead: U, deputy: U, otherOffice: U;
let mapId: string;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: U | null, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { ...(who ? { cookie: who.cookie } : {}), 'x-locale': 'ru' },
    payload: payload as never,
  });
const version = async (n: number, who: U = office) =>
  (await call('GET', `/api/maps/${mapId}/versions/${n}`, who)).json();

beforeAll(async () => {
  t = await setupTestApp({ clock: () => now });
  office = await t.userIn('mo-healthcare', ['dt_office']);
  firstHead = await t.userIn('mo-healthcare', ['first_head']);
  deputy = await t.userIn('mo-healthcare', ['deputy_head']);
  reviewer = await t.userIn('mo-digital', ['reviewer']);
  head = await t.userIn('mo-digital', ['authority_head']);
  expert = await t.userIn('dgsc', ['center_expert']);
  otherOffice = await t.userIn('mo-justice', ['dt_office']);
  const doc = await t.validDocument();
  const created = await call('POST', '/api/maps', office, { document: doc });
  mapId = created.json().map.id;
});
afterAll(() => t.close());

describe('the life cycle of a map', () => {
  it('refuses to submit a draft with blocking findings, listing them', async () => {
    const v = await version(1);
    const broken = { ...v.document.passport, goal: { kk: '', ru: 'Цель' } };
    await call('PUT', `/api/maps/${mapId}/versions/1/sections/passport`, office, {
      baseRevision: v.version.sectionRevisions.passport,
      content: broken,
    });
    const res = await call('POST', `/api/maps/${mapId}/versions/1/submit`, office);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'map.has_blocking_findings',
      details: { findings: [expect.objectContaining({ code: 'passport.goal_missing' })] },
    });
    const fixed = await version(1);
    await call('PUT', `/api/maps/${mapId}/versions/1/sections/passport`, office, {
      baseRevision: fixed.version.sectionRevisions.passport,
      content: { ...fixed.document.passport, goal: { kk: 'Мақсат', ru: 'Цель' } },
    });
  });

  it('hides a draft from the reviewing side and lets no one but the office submit', async () => {
    expect((await call('GET', `/api/maps/${mapId}/versions/1`, reviewer)).statusCode).toBe(404);
    expect((await call('POST', `/api/maps/${mapId}/versions/1/submit`, deputy)).statusCode).toBe(403);
    expect((await call('POST', `/api/maps/${mapId}/versions/1/submit`, otherOffice)).statusCode).toBe(404);
  });

  it('submits: the version freezes and the review is due 10 working days after receipt (R.23)', async () => {
    // Friday 20 March 2026, 19:00 in Almaty: after hours, and Nauryz follows (21–23, days off 24–25).
    now = new Date('2026-03-20T14:00:00Z');
    const res = await call('POST', `/api/maps/${mapId}/versions/1/submit`, office);
    expect(res.json()).toEqual({ mapId, number: 1, status: 'under_review' });
    const v = await version(1, reviewer);
    expect(v.lifecycle).toMatchObject({ receivedOn: '2026-03-26', reviewDue: '2026-04-09' });
    expect(v.deadlines).toEqual([
      expect.objectContaining({
        term: 'review',
        point: 'R.23',
        from: '2026-03-26',
        due: '2026-04-09',
        overdue: false,
        doneOn: null,
      }),
    ]);
    const edit = await call('PUT', `/api/maps/${mapId}/versions/1/sections/passport`, office, {
      baseRevision: (await version(1)).version.sectionRevisions.passport,
      content: v.document.passport,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('map.version_not_editable');
  });

  it('notifies the reviewers and shows them the submitted map', async () => {
    const inbox = (await call('GET', '/api/notifications', reviewer)).json();
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      type: 'map.submitted',
      data: { mapId, versionNumber: 1, due: '2026-04-09' },
    });
    const list = (await call('GET', '/api/maps', reviewer)).json();
    expect(list.map((m: { id: string }) => m.id)).toContain(mapId);
  });

  it('runs the review as threads: a finding on an item, the office answers, the author resolves', async () => {
    const res = await call('POST', `/api/maps/${mapId}/versions/1/findings`, reviewer, {
      section: 'sector:s1',
      path: ['sectors', 0, 'indicators', 0, 'targets'],
      text: 'Целевые значения на 2027 год не обоснованы.',
    });
    expect(res.statusCode).toBe(201);
    const findingId = res.json().id;
    const fromExpert = await call('POST', `/api/maps/${mapId}/versions/1/findings`, expert, {
      section: 'passport',
      path: ['passport', 'goal'],
      text: 'Цель сформулировать измеримо.',
    });
    expect(fromExpert.statusCode).toBe(201);
    expect(
      (
        await call('POST', `/api/maps/${mapId}/versions/1/findings`, office, {
          section: 'passport',
          path: [],
          text: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', `/api/findings/${findingId}/messages`, office, { text: 'Обоснование добавим.' }))
        .statusCode,
    ).toBe(200);
    // Only the side that raised a finding closes it.
    expect((await call('POST', `/api/findings/${fromExpert.json().id}/resolve`, reviewer)).statusCode).toBe(
      403,
    );
    const threads = (await call('GET', `/api/maps/${mapId}/versions/1/findings`, office)).json();
    expect(threads).toHaveLength(2);
    expect(threads[0]).toMatchObject({ itemId: 'ind1', status: 'open', canReply: true, canResolve: false });
    expect(threads[0].messages.map((m: { body: string }) => m.body)).toEqual([
      'Целевые значения на 2027 год не обоснованы.',
      'Обоснование добавим.',
    ]);
  });

  it('lets the office start the next draft meanwhile, only one at a time', async () => {
    const res = await call('POST', `/api/maps/${mapId}/versions/1/start-draft`, office);
    expect(res.json()).toEqual({ mapId, number: 2, status: 'draft' });
    const again = await call('POST', `/api/maps/${mapId}/versions/1/start-draft`, office);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'map.draft_exists', message: expect.stringContaining('№ 2') });
  });

  it('returns for revision: only the authorized body head decides, with a reason, exactly once', async () => {
    expect(
      (
        await call('POST', `/api/maps/${mapId}/versions/1/decision`, reviewer, {
          decision: 'return',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call('POST', `/api/maps/${mapId}/versions/1/decision`, head, {
          decision: 'return',
          reason: ' ',
        })
      ).statusCode,
    ).toBe(400);
    now = new Date('2026-04-01T05:00:00Z');
    // Decided exactly once: the return wins, a later agreement is refused (the race of many
    // deciders at once is security/concurrency.test.ts).
    const returned = await call('POST', `/api/maps/${mapId}/versions/1/decision`, head, {
      decision: 'return',
      reason: 'Обосновать индикаторы.',
    });
    expect(returned.statusCode).toBe(200);
    const late = await call('POST', `/api/maps/${mapId}/versions/1/decision`, head, {
      decision: 'agree',
      reason: 'Согласовано.',
    });
    expect(late.statusCode).toBe(409);
    expect((await version(1)).version.status).toBe('returned');
    const v = await version(1);
    expect(v.deadlines[0]).toMatchObject({ doneOn: '2026-04-01', met: true });
    const inbox = (await call('GET', '/api/notifications', office)).json();
    expect(inbox.items.map((n: { type: string }) => n.type)).toContain('map.returned');
  });

  it('resubmits the revised draft, and the redline shows what changed since the return', async () => {
    const v2 = await version(2);
    const sector = structuredClone(v2.document.sectors[0]);
    sector.indicators[0].targets['2027'] = 99;
    sector.cases[0].schedule[19] = 'D';
    await call('PUT', `/api/maps/${mapId}/versions/2/sections/sector:s1`, office, {
      baseRevision: v2.version.sectionRevisions['sector:s1'],
      content: sector,
    });
    // The reviewing side never sees the draft; once resubmitted, it sees the redline.
    expect((await call('GET', `/api/maps/${mapId}/diff?from=1&to=2`, reviewer)).statusCode).toBe(404);
    expect((await call('POST', `/api/maps/${mapId}/versions/2/submit`, office)).json().status).toBe(
      'under_review',
    );
    const diff = (await call('GET', `/api/maps/${mapId}/diff?from=1&to=2`, reviewer)).json();
    expect(diff.counts.changed).toBeGreaterThan(0);
    expect(JSON.stringify(diff)).toContain('targets.2027');
    expect(diff.sections[0].cells).toEqual([
      expect.objectContaining({ caseId: sector.cases[0].id, year: 2029, quarter: 4, after: 'D' }),
    ]);
    // The findings of the returned version stay visible on the resubmission, and are closed there.
    const threads = (await call('GET', `/api/maps/${mapId}/versions/2/findings`, reviewer)).json();
    expect(threads).toHaveLength(2);
    expect(threads[0]).toMatchObject({ versionNumber: 1, canResolve: true });
    expect((await call('POST', `/api/findings/${threads[0].id}/resolve`, reviewer)).statusCode).toBe(200);
  });

  it('agrees, approves and publishes within the terms; the previous steps are refused in the wrong status', async () => {
    expect((await call('POST', `/api/maps/${mapId}/versions/2/approve`, firstHead)).statusCode).toBe(409);
    expect(
      (
        await call('POST', `/api/maps/${mapId}/versions/2/decision`, head, {
          decision: 'agree',
          reason: 'Согласовано.',
        })
      ).statusCode,
    ).toBe(200);
    expect((await call('POST', `/api/maps/${mapId}/versions/2/approve`, office)).statusCode).toBe(403);
    now = new Date('2026-04-06T05:00:00Z');
    expect((await call('POST', `/api/maps/${mapId}/versions/2/approve`, firstHead)).statusCode).toBe(200);
    expect((await version(2)).deadlines[1]).toMatchObject({
      term: 'publication',
      from: '2026-04-06',
      due: '2026-04-09',
    });
    expect((await call('GET', `/api/public/maps/${mapId}`, null)).statusCode).toBe(404);
    expect((await call('POST', `/api/maps/${mapId}/versions/2/publish`, office)).json().status).toBe(
      'published',
    );
  });

  it('puts only published content on the public portal', async () => {
    const list = (await call('GET', '/api/public/maps', null)).json();
    expect(list).toEqual([expect.objectContaining({ id: mapId, versionNumber: 2 })]);
    const map = (await call('GET', `/api/public/maps/${mapId}`, null)).json();
    expect(map.versions.map((v: { number: number }) => v.number)).toEqual([2]);
    expect((await call('GET', `/api/public/maps/${mapId}/versions/2`, null)).statusCode).toBe(200);
    expect((await call('GET', `/api/public/maps/${mapId}/versions/1`, null)).statusCode).toBe(404);
  });

  it('refuses an amendment on ground 6 within 6 months of approval, saying from when (R.41.6)', async () => {
    const res = await call('POST', `/api/maps/${mapId}/versions/2/amendments`, office, {
      ground: 6,
      justification: 'Уточнение.',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'amendment.too_early',
      details: { possibleFrom: '2026-10-06' },
    });
    expect(res.json().message).toContain('06.10.2026');
  });

  it('starts an amendment on another ground from the version in force; publishing it supersedes the old one', async () => {
    const res = await call('POST', `/api/maps/${mapId}/versions/2/amendments`, office, {
      ground: 3,
      justification: 'Изменён Национальный план.',
    });
    expect(res.json()).toEqual({ mapId, number: 3, status: 'draft' });
    expect((await version(3)).lifecycle).toMatchObject({ amendmentGround: 3, basedOnNumber: 2 });
    for (const [who, path, body] of [
      [office, 'submit', undefined],
      [head, 'decision', { decision: 'agree', reason: 'Согласовано.' }],
      [firstHead, 'approve', undefined],
      [office, 'publish', undefined],
    ] as const)
      expect((await call('POST', `/api/maps/${mapId}/versions/3/${path}`, who, body)).statusCode).toBe(200);
    const map = (await call('GET', `/api/public/maps/${mapId}`, null)).json();
    expect(map.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [2, 'superseded'],
      [3, 'published'],
    ]);
  });

  it('records every step in the history and the audit chain verifies; a tampered row is detected', async () => {
    const history = (await call('GET', `/api/maps/${mapId}/history`, office)).json();
    const types = history.map((h: { type: string }) => h.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'map.created',
        'map.submitted',
        'finding.added',
        'map.returned',
        'map.agreed',
        'map.approved',
        'map.published',
        'map.amendment_started',
      ]),
    );
    expect(await verifyAuditChain(t.database.db)).toBeNull();
    // The append-only trigger stops UPDATE; a tamperer with the power to disable it is still caught by the chain.
    // Sequence numbers order the chain; they need not be contiguous (drawn under the chain's lock).
    const seqs = await t.database.db.execute<{ seq: number }>(
      sql`SELECT seq::int AS seq FROM audit_events ORDER BY seq LIMIT 3`,
    );
    const [first, , third] = (seqs as unknown as { rows: { seq: number }[] }).rows.map((r) => r.seq);
    await expect(
      t.database.db.execute(sql`UPDATE audit_events SET type = 'x' WHERE seq = ${first}`),
    ).rejects.toThrow();
    await t.database.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
    await t.database.db.execute(sql`UPDATE audit_events SET data = '{"forged": true}' WHERE seq = ${third}`);
    await t.database.db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
    expect(await verifyAuditChain(t.database.db)).toBe(third);
  });
});

describe('deadline jobs', () => {
  it('sends a reminder once to the responsible people while the step is pending, and nothing after', async () => {
    const other = await t.userIn('mo-energy', ['dt_office']);
    const doc = (await call('GET', `/api/maps/${mapId}/versions/3/document`, office)).json();
    const created = (await call('POST', '/api/maps', other, { document: doc })).json();
    const id = created.map.id;
    await call('POST', `/api/maps/${id}/versions/1/submit`, other);
    const v = (await call('GET', `/api/maps/${id}/versions/1`, other)).json();
    const job = {
      term: 'review' as const,
      kind: 'reminder' as const,
      versionId: v.version.id,
      mapId: id,
      due: v.lifecycle.reviewDue,
    };
    expect(await runDeadlineJob(t.database.db, job)).toBeGreaterThan(0);
    expect(await runDeadlineJob(t.database.db, job)).toBe(0);
    const inbox = (await call('GET', '/api/notifications', reviewer)).json();
    expect(
      inbox.items.filter(
        (n: { type: string; data: { mapId: string } }) =>
          n.type === 'deadline.review_reminder' && n.data.mapId === id,
      ),
    ).toHaveLength(1);
    await call('POST', `/api/maps/${id}/versions/1/decision`, head, { decision: 'agree', reason: 'ok' });
    expect(await runDeadlineJob(t.database.db, { ...job, kind: 'escalation' })).toBe(0);
  });

  it('schedules the reminder and escalation of a submission in pg-boss, once per step', async () => {
    const rows = await t.database.db.execute(
      sql`SELECT data->>'kind' AS kind, singleton_key FROM pgboss.job WHERE name = 'deadline' ORDER BY singleton_key`,
    );
    const jobs = (rows as unknown as { rows: { kind: string; singleton_key: string }[] }).rows;
    const keys = jobs.map((j) => j.singleton_key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(jobs.filter((j) => j.singleton_key.startsWith('review:')).length).toBeGreaterThanOrEqual(4);
  });
});

describe('the job queue for admins', () => {
  it('lists failed jobs first with their error, and only to admins', async () => {
    const admin = await t.userIn('mo-digital', ['admin']);
    // A job that failed for good, as pg-boss records it after its retries.
    await t.database.db.execute(sql`
      INSERT INTO pgboss.job (name, data, state, retry_count, retry_limit, output)
      VALUES ('deadline', '{"term":"review","kind":"reminder"}', 'failed', 5, 5, '{"message":"connection refused"}')`);
    const res = await call('GET', '/api/admin/jobs', admin);
    expect(res.statusCode).toBe(200);
    expect(res.json()[0]).toMatchObject({
      name: 'deadline',
      state: 'failed',
      retryCount: 5,
      output: { message: 'connection refused' },
    });
    expect(res.json().some((j: { state: string }) => j.state === 'created')).toBe(true);
    expect((await call('GET', '/api/admin/jobs', office)).statusCode).toBe(403);
  });
});
