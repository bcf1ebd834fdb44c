import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit.queries.ts';
import { setupTestApp, TEST_PASSWORD, type TestApp } from '../test/test-app.ts';

// Issue 8, part 3: 50 clients on one map at once — through the HTTP app, on PGlite and (with
// DATABASE_URL) on the PostgreSQL server, where the requests really run in parallel connections.
const CLIENTS = 50;
let t: TestApp;
let editors: string[] = [];
let heads: string[] = [];
let draftId: string;
let reviewedId: string;

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: { cookie, 'x-locale': 'en' }, payload: payload as never });

/** `sessions` signed-in clients over `users` users of the organisation with the roles. */
async function clients(
  orgCode: string,
  roles: Parameters<TestApp['userIn']>[1],
  users: number,
  sessions: number,
) {
  const cookies: string[] = [];
  for (let u = 0; u < users; u++) {
    const first = await t.userIn(orgCode, roles);
    cookies.push(first.cookie);
    for (let s = 1; s < sessions; s++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: first.login, password: TEST_PASSWORD },
      });
      cookies.push(String(res.headers['set-cookie']).split(';')[0]);
    }
  }
  return cookies;
}

const draft = async () => (await call(editors[0], 'GET', `/api/maps/${draftId}/versions/1`)).json();
async function auditOf(mapId: string, type: string) {
  const res = await t.database.db.execute(sql`
    SELECT data FROM audit_events WHERE subject_type = 'map' AND subject_id = ${mapId} AND type = ${type}
    ORDER BY seq`);
  return (res as unknown as { rows: { data: Record<string, unknown> }[] }).rows.map((r) => r.data);
}

beforeAll(async () => {
  t = await setupTestApp();
  editors = await clients('mo-healthcare', ['dt_office'], 10, CLIENTS / 10);
  heads = await clients('mo-digital', ['authority_head'], 5, CLIENTS / 5);
  draftId = (await call(editors[0], 'POST', '/api/maps', {})).json().map.id;

  // A complete map of another body, submitted: the one the 50 heads decide at once.
  const [office] = await clients('mo-justice', ['dt_office'], 1, 1);
  const doc = await t.validDocument();
  reviewedId = (await call(office, 'POST', '/api/maps', { document: doc })).json().map.id;
  const submitted = await call(office, 'POST', `/api/maps/${reviewedId}/versions/1/submit`);
  expect(submitted.statusCode).toBe(200);
}, 120_000);
afterAll(() => t.close());

describe(`${CLIENTS} clients on one map at once`, () => {
  it('each adds its own sector: every save is acknowledged and none is lost', async () => {
    const before = (await draft()).version.revision;
    const answers = await Promise.all(
      editors.map((cookie, i) =>
        call(cookie, 'PUT', `/api/maps/${draftId}/versions/1/sections/sector:c${i}`, {
          baseRevision: 0,
          content: { id: `c${i}`, name: { kk: `Сала ${i}`, ru: `Отрасль ${i}` } },
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(editors.map(() => 200));
    const v = await draft();
    expect(v.version.revision).toBe(before + CLIENTS);
    const byId = new Map(
      v.document.sectors.map((s: { id: string; name: { ru: string } }) => [s.id, s.name.ru]),
    );
    for (let i = 0; i < CLIENTS; i++) {
      expect(byId.get(`c${i}`)).toBe(`Отрасль ${i}`);
      // The revision each client was told is the one stored for its section.
      expect(v.version.sectionRevisions[`sector:c${i}`]).toBe(answers[i].json().sectionRevision);
    }
    const revisions = answers.map((a) => a.json().sectionRevision).sort((a, b) => a - b);
    expect(revisions).toEqual(Array.from({ length: CLIENTS }, (_, i) => before + 1 + i));
    expect((await auditOf(draftId, 'map.section_saved')).length).toBe(CLIENTS);
  });

  it('all save the same section on the same base: exactly one wins, the 409s change nothing', async () => {
    const v = await draft();
    const base = v.version.sectionRevisions.passport;
    const saves = (await auditOf(draftId, 'map.section_saved')).length;
    const answers = await Promise.all(
      editors.map((cookie, i) =>
        call(cookie, 'PUT', `/api/maps/${draftId}/versions/1/sections/passport`, {
          baseRevision: base,
          content: { ...v.document.passport, goal: { kk: `Мақсат ${i}`, ru: `Цель ${i}` } },
        }),
      ),
    );
    const won = answers.flatMap((a, i) => (a.statusCode === 200 ? [i] : []));
    expect(won).toHaveLength(1);
    const refused = answers.filter((a) => a.statusCode !== 200);
    expect(refused.map((a) => a.statusCode)).toEqual(Array(CLIENTS - 1).fill(409));
    const winnerRevision = answers[won[0]].json().sectionRevision;
    for (const r of refused)
      expect(r.json()).toMatchObject({
        code: 'map.section_conflict',
        details: {
          section: 'passport',
          theirsRevision: winnerRevision,
          theirs: { goal: { ru: `Цель ${won[0]}` } },
        },
      });
    const after = await draft();
    expect(after.document.passport.goal.ru).toBe(`Цель ${won[0]}`);
    expect(after.version.revision).toBe(v.version.revision + 1);
    expect((await auditOf(draftId, 'map.section_saved')).length).toBe(saves + 1);
  });

  it('all retry on 409 until saved: every acknowledged save forms one unbroken chain', async () => {
    const start = (await draft()).version.sectionRevisions.passport;
    const content = (await draft()).document.passport;
    const acks: { client: number; base: number; revision: number }[] = [];
    let conflicts = 0;
    await Promise.all(
      editors.map(async (cookie, i) => {
        let base = start;
        for (let attempt = 0; attempt < CLIENTS * 2; attempt++) {
          const res = await call(cookie, 'PUT', `/api/maps/${draftId}/versions/1/sections/passport`, {
            baseRevision: base,
            content: { ...content, goal: { kk: `Мақсат ${i}`, ru: `Клиент ${i}` } },
          });
          if (res.statusCode === 200) {
            acks.push({ client: i, base, revision: res.json().sectionRevision });
            return;
          }
          expect(res.json().code).toBe('map.section_conflict');
          conflicts++;
          base = res.json().details.theirsRevision;
        }
        throw new Error(`client ${i} never saved`);
      }),
    );
    expect(acks).toHaveLength(CLIENTS);
    acks.sort((a, b) => a.revision - b.revision);
    // No two saves rest on the same state: each one was based on the one acknowledged before it.
    expect(acks[0].base).toBe(start);
    for (let k = 1; k < acks.length; k++) expect(acks[k].base).toBe(acks[k - 1].revision);
    const final = await draft();
    expect(final.document.passport.goal.ru).toBe(`Клиент ${acks.at(-1)!.client}`);
    expect(final.version.sectionRevisions.passport).toBe(acks.at(-1)!.revision);
    const audited = (await auditOf(draftId, 'map.section_saved'))
      .filter((d) => d.section === 'passport' && (d.revision as number) > start)
      .map((d) => d.revision);
    expect(audited).toEqual(acks.map((a) => a.revision));
    expect(conflicts).toBeGreaterThan(0);
  }, 120_000);

  it('50 heads decide the same version at once: exactly one decision wins, the others get 409', async () => {
    const answers = await Promise.all(
      heads.map((cookie, i) =>
        call(cookie, 'POST', `/api/maps/${reviewedId}/versions/1/decision`, {
          decision: i % 2 ? 'agree' : 'return',
          reason: `Решение ${i}`,
        }),
      ),
    );
    const won = answers.flatMap((a, i) => (a.statusCode === 200 ? [i] : []));
    expect(won).toHaveLength(1);
    for (const a of answers.filter((x) => x.statusCode !== 200)) {
      expect(a.statusCode).toBe(409);
      expect(a.json().code).toBe('workflow.not_allowed_in_status');
    }
    const status = won[0] % 2 ? 'agreed' : 'returned';
    expect(answers[won[0]].json().status).toBe(status);
    const v = (await call(heads[0], 'GET', `/api/maps/${reviewedId}/versions/1`)).json();
    expect(v.version.status).toBe(status);
    const decisions = [
      ...(await auditOf(reviewedId, 'map.agreed')),
      ...(await auditOf(reviewedId, 'map.returned')),
    ];
    expect(decisions).toEqual([expect.objectContaining({ reason: `Решение ${won[0]}` })]);
  });

  it('keeps the audit chain linear when unrelated transactions append at once', async () => {
    // Failed sign-ins are audited in transactions that then wait for each other (the lockout
    // counter): many appends queue for the chain's lock at once, in no particular order.
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { login: i % 2 ? 'nobody-a' : `nobody-${i}`, password: 'wrong-password-1' },
        }),
      ),
    );
    expect(answers.every((a) => a.statusCode === 401 || a.statusCode === 429)).toBe(true);
    expect(await verifyAuditChain(t.database.db)).toBeNull();
  });

  it('keeps the audit hash chain valid after all of it', async () => {
    expect(await verifyAuditChain(t.database.db)).toBeNull();
  });
});
