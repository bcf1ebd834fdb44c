import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';

/**
 * The whole public API, enumerated from the OpenAPI document, asked about a published map with a
 * newer unpublished draft and a map under review that was never published: no answer may carry
 * unpublished text, and the unpublished map does not exist for the public.
 */
let t: TestApp;
let published: string;
let underReview: string;
const SECRET_DRAFT = 'ЖАРИЯЛАНБАҒАН ЖОБА МӘТІНІ';
const SECRET_REVIEW = 'ТЕКСТ НА РАССМОТРЕНИИ';
/** Publishes version `n` of the published map (set up in beforeAll): submit, agree, approve, publish. */
let publishVersion: (n: number) => Promise<void>;

beforeAll(async () => {
  t = await setupTestApp({ clock: () => new Date('2026-03-02T05:00:00Z') });
  const refs = await t.refs();
  const doc = () => {
    const d = validMapDocument();
    d.passport.planningDocumentIds = [refs.documents[0]];
    for (const c of d.sectors[0].cases) {
      c.publicServiceIds = c.publicServiceIds.map((_, i) => refs.services[i]);
      c.informationSystemIds = c.informationSystemIds.map((_, i) => refs.systems[i]);
    }
    for (const x of d.attachments.dataList)
      x.informationSystemIds = x.informationSystemIds.map((_, i) => refs.systems[i]);
    return d;
  };
  const head = await t.userIn('mo-digital', ['authority_head']);
  const post = (url: string, who: { cookie: string }, payload?: unknown) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: who.cookie }, payload: payload as never });

  const a = {
    office: await t.userIn('mo-healthcare', ['dt_office']),
    first: await t.userIn('mo-healthcare', ['first_head']),
  };
  published = (await post('/api/maps', a.office, { document: doc() })).json().map.id;
  for (const [who, path, body] of [
    [a.office, 'submit', undefined],
    [head, 'decision', { decision: 'agree', reason: 'ok' }],
    [a.first, 'approve', undefined],
    [a.office, 'publish', undefined],
  ] as const)
    expect((await post(`/api/maps/${published}/versions/1/${path}`, who, body)).statusCode).toBe(200);
  expect(
    (await post(`/api/maps/${published}/versions/1/amendments`, a.office, { ground: 3, justification: 'x' }))
      .statusCode,
  ).toBe(200);
  const v2 = (
    await t.app.inject({
      method: 'GET',
      url: `/api/maps/${published}/versions/2`,
      headers: { cookie: a.office.cookie },
    })
  ).json();
  await t.app.inject({
    method: 'PUT',
    url: `/api/maps/${published}/versions/2/sections/passport`,
    headers: { cookie: a.office.cookie },
    payload: {
      baseRevision: v2.version.sectionRevisions.passport,
      content: { ...v2.document.passport, goal: { kk: SECRET_DRAFT, ru: SECRET_DRAFT } },
    },
  });

  publishVersion = async (n) => {
    for (const [who, path, body] of [
      [a.office, 'submit', undefined],
      [head, 'decision', { decision: 'agree', reason: 'ok' }],
      [a.first, 'approve', undefined],
      [a.office, 'publish', undefined],
    ] as const)
      expect((await post(`/api/maps/${published}/versions/${n}/${path}`, who, body)).statusCode).toBe(200);
  };

  const b = await t.userIn('mo-justice', ['dt_office']);
  const docB = doc();
  docB.passport.goal = { kk: SECRET_REVIEW, ru: SECRET_REVIEW };
  underReview = (await post('/api/maps', b, { document: docB })).json().map.id;
  expect((await post(`/api/maps/${underReview}/versions/1/submit`, b)).statusCode).toBe(200);
}, 60_000);
afterAll(() => t.close());

describe('the public API', () => {
  it('exposes nothing unpublished on any of its routes', async () => {
    const openapi = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const routes = Object.entries(openapi.paths as Record<string, Record<string, unknown>>)
      .filter(([p]) => p.startsWith('/api/public'))
      .flatMap(([p, methods]) => Object.keys(methods).map((m) => [m.toUpperCase(), p] as const));
    expect(routes.length).toBeGreaterThanOrEqual(5);
    let asked = 0;
    for (const [method, template] of routes) {
      expect(method).toBe('GET');
      for (const mapId of [published, underReview])
        for (const n of [1, 2, 3])
          for (const kind of ['public-services', 'information-systems', 'planning-documents']) {
            const url = template
              .replace('{mapId}', mapId)
              .replace('{number}', String(n))
              .replace('{kind}', kind)
              .concat(template.endsWith('/diff') ? `?from=1&to=${n}` : '');
            const res = await t.app.inject({ method: 'GET', url });
            asked++;
            expect(res.statusCode, url).toBeLessThan(500);
            expect(res.body, url).not.toContain(SECRET_DRAFT);
            expect(res.body, url).not.toContain(SECRET_REVIEW);
            if (mapId === underReview && template.includes('{mapId}')) expect(res.statusCode, url).toBe(404);
          }
    }
    expect(asked).toBeGreaterThan(50);
    const list = (await t.app.inject({ method: 'GET', url: '/api/public/maps' })).json();
    expect(list.map((m: { id: string }) => m.id)).toEqual([published]);
  });

  it('serves the published version and its history to anyone without a session', async () => {
    const map = (await t.app.inject({ method: 'GET', url: `/api/public/maps/${published}` })).json();
    expect(map.versions).toEqual([
      expect.objectContaining({ number: 1, status: 'published', publishedOn: '2026-03-02' }),
    ]);
    const doc = await t.app.inject({ method: 'GET', url: `/api/public/maps/${published}/versions/1` });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().sectors[0].id).toBe('s1');
  });
});

// Last: it publishes the amendment (version 2), which the tests above expect to be unpublished.
describe('HTTP caching of published content', () => {
  const get = (url: string, etag?: string) =>
    t.app.inject({ method: 'GET', url, headers: etag ? { 'if-none-match': etag } : {} });

  it('gzips a published version for a client that takes gzip, the same bytes under their own ETag', async () => {
    const url = `/api/public/maps/${published}/versions/1`;
    const plain = await get(url);
    const gz = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('accept-encoding');
    expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(gz.headers.etag).not.toBe(plain.headers.etag);
    const again = await t.app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('answers an ETag, 304 without a body while it matches, and a new ETag after a new publication', async () => {
    const urls = {
      list: '/api/public/maps',
      map: `/api/public/maps/${published}`,
      v1: `/api/public/maps/${published}/versions/1`,
    };
    const before: Record<string, string> = {};
    for (const [name, url] of Object.entries(urls)) {
      const first = await get(url);
      expect(first.statusCode, url).toBe(200);
      expect(first.headers['cache-control'], url).toBe('public, no-cache');
      const etag = String(first.headers.etag);
      expect(etag, url).toMatch(/^"[^"]+"$/);
      before[name] = etag;
      const again = await get(url, etag);
      expect(again.statusCode, url).toBe(304);
      expect(again.body, url).toBe('');
      expect(again.headers.etag, url).toBe(etag);
      // A weak comparison and a list of tags match too; another tag does not.
      expect((await get(url, `"other", W/${etag}`)).statusCode, url).toBe(304);
      const other = await get(url, '"other"');
      expect(other.statusCode, url).toBe(200);
      expect(other.body, url).toBe(first.body);
    }

    await publishVersion(2);

    const map = await get(urls.map, before.map);
    expect(map.statusCode).toBe(200);
    expect(map.headers.etag).not.toBe(before.map);
    expect(map.json().versions.map((v: { status: string }) => v.status)).toEqual(['superseded', 'published']);
    const list = await get(urls.list, before.list);
    expect(list.statusCode).toBe(200);
    expect(list.headers.etag).not.toBe(before.list);
    expect(list.json()[0].versionNumber).toBe(2);
    // Version 1's document did not change (only its status): the client's copy is still current.
    expect((await get(urls.v1, before.v1)).statusCode).toBe(304);
    const v2 = await get(`/api/public/maps/${published}/versions/2`, before.v1);
    expect(v2.statusCode).toBe(200);
    expect(v2.headers.etag).not.toBe(before.v1);
    expect(v2.body).toContain(SECRET_DRAFT);

    const diffUrl = `/api/public/maps/${published}/diff?from=1&to=2`;
    const diff = await get(diffUrl);
    expect(diff.statusCode).toBe(200);
    expect(diff.headers.etag).toBeTruthy();
    expect((await get(diffUrl, String(diff.headers.etag))).statusCode).toBe(304);
  });
});
