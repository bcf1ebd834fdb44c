import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFingerprint } from '../test/fingerprint.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';

/**
 * Bad input, generated (issue 8, part 2): every write endpoint of the OpenAPI route table gets
 * malformed, oversized, wrongly-typed and hostile bodies — markup, SQL, control characters, huge
 * numbers, deep nesting, wrong JSON types at the top and inside — and hostile path parameters.
 * Every answer must be a 4xx with a well-formed error body (validation errors name the field and
 * the rule), never a 5xx, and nothing may change in the database: a fingerprint of every table
 * the API writes is the same before and after each refused request.
 */

/** The write routes whose body has no required field (any object of unknown keys is valid). */
const LENIENT = [
  'POST /api/maps',
  'PATCH /api/admin/users/{id}',
  'POST /api/projects/{id}/actions/{action}',
  'POST /api/notifications/read',
];

/**
 * Generated bodies per write route: 180 × 29 routes ≈ 5 200 cases per run of the suite; CI runs the
 * suite twice (embedded and server PostgreSQL), over 10 000 cases in all. FUZZ_RUNS asks for more.
 */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 180);

let t: TestApp;
let office: { cookie: string; id: string };
let admin: { cookie: string; id: string };
let mapId: string;

/** A write operation; `lenient` when its body has no required field (any object may be valid). */
type Op = {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  template: string;
  hasBody: boolean;
  lenient: boolean;
};
type OpenApiOp = {
  requestBody?: { content?: Record<string, { schema?: { type?: string; required?: string[] } }> };
};
let writeOps: Op[] = [];

beforeAll(async () => {
  t = await setupTestApp({ clock: () => new Date('2026-03-02T05:00:00Z') });
  office = await t.userIn('mo-healthcare', ['dt_office', 'deputy_head', 'first_head', 'data_officer']);
  admin = await t.userIn('mo-digital', ['admin', 'reviewer', 'authority_head']);
  const doc = await t.validDocument();
  const created = await call('POST', '/api/maps', office, { document: doc });
  expect(created.statusCode).toBe(201);
  mapId = created.json().map.id;
  const openapi = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
  writeOps = Object.entries(openapi.paths as Record<string, Record<string, OpenApiOp>>).flatMap(
    ([template, methods]) =>
      Object.entries(methods)
        .filter(([m]) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map(([m, op]) => {
          const schema = op.requestBody?.content?.['application/json']?.schema;
          return {
            method: m.toUpperCase() as Op['method'],
            template,
            hasBody: op.requestBody !== undefined,
            lenient: schema?.type === 'object' && (schema.required ?? []).length === 0,
          };
        }),
  );
}, 60_000);
afterAll(() => t.close());

function call(method: string, url: string, who: { cookie: string } | null, payload?: unknown) {
  return t.app.inject({
    method: method as 'POST',
    url,
    headers: {
      ...(who ? { cookie: who.cookie } : {}),
      'x-requested-with': 'dtmaps',
      'content-type': 'application/json',
    },
    payload: payload === undefined ? undefined : JSON.stringify(payload),
  });
}

const fingerprint = () => apiFingerprint(t.database.db);

/** Real or plausible values for the path parameters, so a request reaches the body's validation. */
function fill(template: string, hostileParam: string | null): string {
  const values: Record<string, string> = {
    mapId,
    number: '1',
    section: 'passport',
    id: '00000000-0000-4000-8000-000000000001',
    projectId: '00000000-0000-4000-8000-000000000002',
    changeId: '00000000-0000-4000-8000-000000000003',
    kind: template.includes('/reference/') ? 'public-services' : 'as_is',
    period: '2026-Q1',
    date: '2026-01-05',
    action: 'submit',
    key: 'performance:pi1',
  };
  let first = true;
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = hostileParam !== null && first ? hostileParam : (values[name] ?? 'x');
    first = false;
    return encodeURIComponent(v);
  });
}

const who = (template: string) =>
  template.startsWith('/api/admin') || template.startsWith('/api/reference') ? admin : office;

// ——— the generators ———
const hostileText = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE maps; --",
    "1' OR '1'='1",
    '\u0000\u0001\u0002\u001b[31m\u007f',
    '\u202e\u200f‮ ‭',
    '𝕏😀👨‍👩‍👧‍👦',
    'ﷺ مرحبا שלום',
    '../../../../etc/passwd',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a log-injection payload, sent as text
    '${jndi:ldap://x}',
    '{{7*7}}',
    '%00%0d%0a',
  ),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.integer({ min: 10_000, max: 300_000 }).map((n) => 'Ж'.repeat(n)),
);
const hugeNumber = fc.constantFrom(
  1e308,
  -1e308,
  2 ** 64,
  -(2 ** 63),
  Number.MAX_SAFE_INTEGER + 2,
  1e-320,
  -0,
);
const deep = fc
  .integer({ min: 50, max: 3000 })
  .chain((depth) =>
    fc.constantFrom(
      JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`),
      JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
    ),
  );
const wrongType = fc.oneof(
  hostileText,
  hugeNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileText, { maxLength: 5 }),
  deep,
  fc.jsonValue({ maxDepth: 4 }),
);
/** An object shaped like a request body: plausible keys, every value wrong or hostile. */
const PLAUSIBLE_KEYS = [
  'document',
  'content',
  'baseRevision',
  'login',
  'password',
  'roles',
  'orgId',
  'name',
  'decision',
  'reason',
  'ground',
  'justification',
  'actuals',
  'cells',
  'file',
  'formats',
  'locales',
  'value',
  'kind',
  'date',
  'status',
  'text',
  'message',
  'xml',
  'stage',
  'order',
  'sectorIds',
  'ids',
  'locale',
  'isActive',
  'code',
];
const shapedBody = fc.dictionary(fc.constantFrom(...PLAUSIBLE_KEYS), wrongType, { minKeys: 1, maxKeys: 6 });
const body = fc.oneof(
  { weight: 5, arbitrary: shapedBody },
  { weight: 1, arbitrary: wrongType },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), wrongType, { maxKeys: 4 }) },
);
const hostileParam = fc.option(
  fc.oneof(
    hostileText.filter((s) => s.length < 2000),
    fc.constant('-1'),
  ),
  {
    freq: 4,
  },
);

const isPlainObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

function expectWellFormedRefusal(status: number, text: string, context: string) {
  expect(status, context).toBeGreaterThanOrEqual(400);
  expect(status, context).toBeLessThan(500);
  const err = JSON.parse(text) as {
    code?: string;
    message?: string;
    issues?: { path: unknown[]; message: string }[];
  };
  expect(typeof err.code, context).toBe('string');
  expect(typeof err.message, context).toBe('string');
  expect(err.message?.length, context).toBeGreaterThan(0);
  // Nothing internal leaks into an answer.
  expect(text, context).not.toMatch(/\bat .+\.ts:\d+|node_modules|SELECT |INSERT |syntax error at/);
  if (err.code === 'validation.failed') {
    expect(err.issues?.length, context).toBeGreaterThan(0);
    for (const issue of err.issues ?? []) {
      expect(Array.isArray(issue.path), context).toBe(true);
      expect(issue.message.length, context).toBeGreaterThan(0);
    }
  }
}

describe('every write endpoint refuses generated bad input cleanly', () => {
  it('covers the write routes of the route table', () => {
    expect(writeOps.length).toBeGreaterThanOrEqual(40);
    // Only a few bodies have no required field; each is named here so a new one is looked at.
    expect(writeOps.filter((o) => o.lenient).map((o) => `${o.method} ${o.template}`)).toEqual(LENIENT);
  });

  it(`answers ${RUNS_PER_ROUTE} generated bodies per write route with a clean 4xx and changes nothing`, async () => {
    let cases = 0;
    for (const op of writeOps.filter((o) => o.hasBody)) {
      let before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(body, hostileParam, async (payload, param) => {
          const url = fill(op.template, param);
          const res = await call(op.method, url, who(op.template), payload);
          cases++;
          const context = `${op.method} ${op.template} ← ${JSON.stringify(payload).slice(0, 300)} (param ${JSON.stringify(param)?.slice(0, 80)})`;
          // A body without required fields may be valid by chance (an object of unknown keys):
          // then the request did its job; the next refusals are compared with the new state.
          if (op.lenient && res.statusCode < 300 && isPlainObject(payload)) {
            before = await fingerprint();
            return;
          }
          expectWellFormedRefusal(res.statusCode, res.body, context);
          // A lenient route is fingerprinted after every request; the others once per route below.
          if (op.lenient) expect(await fingerprint(), context).toBe(before);
        }),
        { numRuns: RUNS_PER_ROUTE, seed: Number(process.env.FUZZ_SEED ?? 20261122), endOnFailure: true },
      );
      expect(await fingerprint(), `${op.method} ${op.template}: a refused request changed the database`).toBe(
        before,
      );
    }
    expect(cases).toBe(RUNS_PER_ROUTE * writeOps.filter((o) => o.hasBody).length);
    if (!process.env.FUZZ_RUNS) expect(cases).toBeGreaterThanOrEqual(5_000);
  }, 900_000);

  it('refuses bodies that are not JSON, and bodies over the limit, with the error body', async () => {
    for (const op of writeOps.filter((o) => o.hasBody)) {
      const url = fill(op.template, null);
      const broken = await t.app.inject({
        method: op.method,
        url,
        headers: {
          cookie: who(op.template).cookie,
          'x-requested-with': 'dtmaps',
          'content-type': 'application/json',
        },
        payload: '{"document": {"passport": ',
      });
      expectWellFormedRefusal(broken.statusCode, broken.body, `${op.template} broken JSON`);
      const huge = await t.app.inject({
        method: op.method,
        url,
        headers: {
          cookie: who(op.template).cookie,
          'x-requested-with': 'dtmaps',
          'content-type': 'application/json',
        },
        // Over every route's limit (the largest, evidence and deadline files, is 15 MB).
        payload: JSON.stringify({ document: 'x'.repeat(16 * 1024 * 1024) }),
      });
      expect(huge.statusCode, op.template).toBe(413);
      expectWellFormedRefusal(huge.statusCode, huge.body, `${op.template} oversized`);
    }
  }, 120_000);
});
