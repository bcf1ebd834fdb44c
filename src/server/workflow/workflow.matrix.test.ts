import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/auth/roles.ts';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import { can, type MapAction, type MapStatus } from '../../domain/workflow/workflow.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';

/**
 * Every workflow endpoint × every role × own / other organisation × every status: the server
 * allows exactly what the transition table allows, and refuses the rest with 403, 404 or 409 —
 * never 5xx, never a change.
 */
type U = { cookie: string; id: string };
let t: TestApp;
let realRefs: Awaited<ReturnType<TestApp['refs']>>;
const now = new Date('2026-03-02T05:00:00Z');

const BODIES = [
  'mo-healthcare',
  'mo-education',
  'mo-finance',
  'mo-justice',
  'mo-labour',
  'mo-agriculture',
  'mo-energy',
  'mo-transport',
  'mo-culture-and-information',
  'mo-tourism-and-sports',
  'mo-emergency-situations',
  'mo-trade-and-integration',
  'mo-water-resources-and-irrigation',
  'mo-industry-and-construction',
  'mo-ecology-and-natural-resources',
  'mo-science-and-higher-education',
  'agency-competition',
  'agency-civil-service-affairs',
  'anti-corruption-agency',
  'agency-strategic-planning-and-reforms',
  'agency-financial-market',
  'financial-monitoring-agency',
  'atomic-energy-agency',
  'mo-foreign-affairs',
  'mo-internal-affairs',
  'mo-national-economy',
];
let nextBody = 0;

interface Body {
  org: string;
  office: U;
  firstHead: U;
  deputy: U;
  dataOfficer: U;
}
let reviewer: U, head: U, expert: U, commission: U, admin: U, stranger: U;

const call = (method: 'GET' | 'POST', url: string, who: U, payload?: unknown) =>
  t.app.inject({ method, url, headers: { cookie: who.cookie }, payload: payload as never });

async function newBody(): Promise<Body> {
  const org = BODIES[nextBody++];
  return {
    org,
    office: await t.userIn(org, ['dt_office']),
    firstHead: await t.userIn(org, ['first_head']),
    deputy: await t.userIn(org, ['deputy_head']),
    dataOfficer: await t.userIn(org, ['data_officer']),
  };
}

function document() {
  const doc = validMapDocument();
  doc.passport.planningDocumentIds = [realRefs.documents[0]];
  for (const c of doc.sectors[0].cases) {
    c.publicServiceIds = c.publicServiceIds.map((_, i) => realRefs.services[i]);
    c.informationSystemIds = c.informationSystemIds.map((_, i) => realRefs.systems[i]);
  }
  for (const d of doc.attachments.dataList)
    d.informationSystemIds = d.informationSystemIds.map((_, i) => realRefs.systems[i]);
  return doc;
}

/** A new body with its map driven to `status` through the API. */
async function mapIn(status: MapStatus): Promise<{ body: Body; mapId: string }> {
  const body = await newBody();
  const mapId = (await call('POST', '/api/maps', body.office, { document: document() })).json().map.id;
  const v = `/api/maps/${mapId}/versions/1`;
  const steps: Record<string, [U, string, unknown?][]> = {
    draft: [],
    under_review: [[body.office, 'submit']],
    returned: [
      [body.office, 'submit'],
      [head, 'decision', { decision: 'return', reason: 'r' }],
    ],
    agreed: [
      [body.office, 'submit'],
      [head, 'decision', { decision: 'agree', reason: 'a' }],
    ],
    approved: [
      [body.office, 'submit'],
      [head, 'decision', { decision: 'agree', reason: 'a' }],
      [body.firstHead, 'approve'],
    ],
    published: [
      [body.office, 'submit'],
      [head, 'decision', { decision: 'agree', reason: 'a' }],
      [body.firstHead, 'approve'],
      [body.office, 'publish'],
    ],
  };
  for (const [who, path, payload] of steps[status]) {
    const res = await call('POST', `${v}/${path}`, who, payload);
    if (res.statusCode !== 200) throw new Error(`${status}: ${path} → ${res.statusCode} ${res.body}`);
  }
  return { body, mapId };
}

const ENDPOINTS: { action: MapAction; path: string; payload?: unknown; label: string }[] = [
  { action: 'submit', path: 'submit', label: 'submit' },
  { action: 'start_draft', path: 'start-draft', label: 'start draft' },
  { action: 'agree', path: 'decision', payload: { decision: 'agree', reason: 'ok' }, label: 'agree' },
  { action: 'return', path: 'decision', payload: { decision: 'return', reason: 'fix' }, label: 'return' },
  { action: 'approve', path: 'approve', label: 'approve' },
  { action: 'publish', path: 'publish', label: 'publish' },
  {
    action: 'start_amendment',
    path: 'amendments',
    payload: { ground: 3, justification: 'СГП' },
    label: 'amend',
  },
  {
    action: 'add_finding',
    path: 'findings',
    payload: { section: 'passport', path: ['passport', 'goal'], text: 'x' },
    label: 'add finding',
  },
];
const STATUSES: MapStatus[] = ['draft', 'under_review', 'returned', 'agreed', 'approved', 'published'];
type Who = { label: string; role: Role; own: boolean; pick: (b: Body) => U };
const WHO: Who[] = [
  { label: 'office (own)', role: 'dt_office', own: true, pick: (b) => b.office },
  { label: 'first head (own)', role: 'first_head', own: true, pick: (b) => b.firstHead },
  { label: 'deputy head (own)', role: 'deputy_head', own: true, pick: (b) => b.deputy },
  { label: 'data officer (own)', role: 'data_officer', own: true, pick: (b) => b.dataOfficer },
  { label: 'office of another body', role: 'dt_office', own: false, pick: () => stranger },
  { label: 'reviewer', role: 'reviewer', own: false, pick: () => reviewer },
  { label: 'authority head', role: 'authority_head', own: false, pick: () => head },
  { label: 'center expert', role: 'center_expert', own: false, pick: () => expert },
  { label: 'commission member', role: 'commission_member', own: false, pick: () => commission },
  { label: 'admin', role: 'admin', own: false, pick: () => admin },
];
const ORG_KIND: Record<
  string,
  'central_state_body' | 'authorized_body' | 'support_center' | 'interagency_commission'
> = {
  dt_office: 'central_state_body',
  first_head: 'central_state_body',
  deputy_head: 'central_state_body',
  data_officer: 'central_state_body',
  reviewer: 'authorized_body',
  authority_head: 'authorized_body',
  admin: 'authorized_body',
  center_expert: 'support_center',
  commission_member: 'interagency_commission',
};

const fixtures = new Map<MapStatus, { body: Body; mapId: string }>();

beforeAll(async () => {
  t = await setupTestApp({ clock: () => now });
  realRefs = await t.refs();
  reviewer = await t.userIn('mo-digital', ['reviewer']);
  head = await t.userIn('mo-digital', ['authority_head']);
  expert = await t.userIn('dgsc', ['center_expert']);
  commission = await t.userIn('mvk', ['commission_member']);
  admin = await t.userIn('mo-digital', ['admin']);
  stranger = await t.userIn('mo-defence', ['dt_office']);
  for (const s of STATUSES) fixtures.set(s, await mapIn(s));
}, 120_000);
afterAll(() => t.close());

const cases = STATUSES.flatMap((status) =>
  ENDPOINTS.flatMap((e) => WHO.map((w) => ({ status, e, w, name: `${status}: ${e.label} by ${w.label}` }))),
);

describe('the workflow endpoints follow the transition table', () => {
  it.each(cases)('$name', async ({ status, e, w }) => {
    const actor = { userId: 'x', orgId: w.own ? 'own' : 'other', orgKind: ORG_KIND[w.role], roles: [w.role] };
    const allowed = can(actor, e.action, { orgId: 'own', status });
    // An allowed step changes the map: it gets a fresh map in that status; a refused one must not change the shared one.
    const { body, mapId } = allowed ? await mapIn(status) : fixtures.get(status)!;
    const before = (await call('GET', `/api/maps/${mapId}`, body.office)).json();
    const res = await call('POST', `/api/maps/${mapId}/versions/1/${e.path}`, w.pick(body), e.payload);
    if (allowed) {
      expect(res.statusCode, res.body).toBeLessThan(300);
      return;
    }
    expect([403, 404, 409], res.body).toContain(res.statusCode);
    // Another body's draft is not even disclosed; the review side gets 403/409 on visible versions.
    if (!w.own && status === 'draft') expect(res.statusCode).toBe(404);
    const after = (await call('GET', `/api/maps/${mapId}`, body.office)).json();
    expect(after).toEqual(before);
  });
});
