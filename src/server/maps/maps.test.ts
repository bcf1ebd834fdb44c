import { gunzipSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VersionOut } from '../../api/maps.ts';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import { type MapDocument, MapDocumentSchema } from '../../domain/map/map.schema.ts';
import { validateMap } from '../../domain/map/map.validate.ts';
import { verifyAuditChain } from '../audit/audit.queries.ts';
import { mapVersions, users } from '../db/schema.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let office: { cookie: string };
let otherOffice: { cookie: string };
let dataOfficer: { cookie: string };
let deputy: { cookie: string };
let realRefs: Awaited<ReturnType<TestApp['refs']>>;

/** The fixture with its reference ids replaced by rows that exist in this database. */
function documentWithRealRefs(): MapDocument {
  const doc = validMapDocument();
  doc.passport.planningDocumentIds = [realRefs.documents[0]];
  for (const s of doc.sectors)
    for (const c of s.cases) {
      c.publicServiceIds = c.publicServiceIds.map((_, i) => realRefs.services[i]);
      c.informationSystemIds = c.informationSystemIds.map((_, i) => realRefs.systems[i]);
    }
  for (const d of doc.attachments.dataList)
    d.informationSystemIds = d.informationSystemIds.map((_, i) => realRefs.systems[i]);
  return doc;
}

beforeAll(async () => {
  t = await setupTestApp();
  office = await t.userIn('mo-healthcare', ['dt_office']);
  otherOffice = await t.userIn('mo-justice', ['dt_office']);
  dataOfficer = await t.userIn('mo-healthcare', ['data_officer']);
  deputy = await t.userIn('mo-healthcare', ['deputy_head']);
  realRefs = await t.refs();
});
afterAll(() => t.close());

const inject = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  cookie: string,
  payload?: unknown,
  locale = 'ru',
) => t.app.inject({ method, url, headers: { cookie, 'x-locale': locale }, payload: payload as never });

describe('map authoring', () => {
  let mapId: string;

  it('creates an empty map in the official form for the office of a state body', async () => {
    const res = await inject('POST', '/api/maps', office.cookie, {});
    expect(res.statusCode).toBe(201);
    const body = res.json();
    mapId = body.map.id;
    expect(body.version).toMatchObject({ number: 1, status: 'draft' });
    expect(body.document.passport.period).toEqual({ from: 2025, to: 2029 });
    expect(body.document.passport.principles).toHaveLength(7);
    expect(body.allowedActions).toContain('edit');
    expect(body.findings.some((f: { severity: string }) => f.severity === 'blocking')).toBe(true);
  });

  it('refuses a second map of the same body for the same period, naming the existing one', async () => {
    const res = await inject('POST', '/api/maps', office.cookie, {});
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'map.exists', details: { mapId } });
  });

  it('lists the map for its own organisation only', async () => {
    const own = await inject('GET', '/api/maps', office.cookie);
    expect(own.json().map((m: { id: string }) => m.id)).toEqual([mapId]);
    const other = await inject('GET', '/api/maps', otherOffice.cookie);
    expect(other.json()).toEqual([]);
  });

  it('saves a section on its base revision and returns fresh findings', async () => {
    const doc = documentWithRealRefs();
    const v = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    const res = await inject('PUT', `/api/maps/${mapId}/versions/1/sections/passport`, office.cookie, {
      baseRevision: v.version.sectionRevisions.passport,
      content: doc.passport,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().sectionRevision).toBeGreaterThan(v.version.sectionRevisions.passport);
    const after = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    expect(after.document.passport).toEqual(doc.passport);
    expect(after.findings.filter((f: { path: unknown[] }) => f.path[0] === 'passport')).toEqual([]);
  });

  it('creates a sector with base revision 0 and fills the map until no blocking finding remains', async () => {
    const doc = documentWithRealRefs();
    for (const sector of doc.sectors) {
      const res = await inject(
        'PUT',
        `/api/maps/${mapId}/versions/1/sections/sector:${sector.id}`,
        office.cookie,
        {
          baseRevision: 0,
          content: sector,
        },
      );
      expect(res.statusCode).toBe(200);
    }
    const v = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    const res = await inject('PUT', `/api/maps/${mapId}/versions/1/sections/attachments`, office.cookie, {
      baseRevision: v.version.sectionRevisions.attachments,
      content: doc.attachments,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().findings).toEqual([]);
  });

  it('detects a stale write of the same section as a conflict with both versions, and stores nothing', async () => {
    const v = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    const base = v.version.sectionRevisions.passport;
    const first = { ...v.document.passport, goal: { kk: 'Бірінші', ru: 'Первый' } };
    const second = { ...v.document.passport, goal: { kk: 'Екінші', ru: 'Второй' } };
    const a = await inject('PUT', `/api/maps/${mapId}/versions/1/sections/passport`, office.cookie, {
      baseRevision: base,
      content: first,
    });
    expect(a.statusCode).toBe(200);
    const b = await inject('PUT', `/api/maps/${mapId}/versions/1/sections/passport`, office.cookie, {
      baseRevision: base,
      content: second,
    });
    expect(b.statusCode).toBe(409);
    const body = b.json();
    expect(body.code).toBe('map.section_conflict');
    expect(body.message).toMatch(/другой пользователь/);
    expect(body.details.theirs.goal).toEqual({ kk: 'Бірінші', ru: 'Первый' });
    expect(body.details.theirsRevision).toBe(a.json().sectionRevision);
    expect(body.details.updatedBy).toMatch(/^Test /);
    const after = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    expect(after.document.passport.goal).toEqual({ kk: 'Бірінші', ru: 'Первый' });
  });

  it('lets writes of different sections on old bases both succeed', async () => {
    const v = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    const sectorId = v.document.sectors[0].id;
    const p = await inject('PUT', `/api/maps/${mapId}/versions/1/sections/passport`, office.cookie, {
      baseRevision: v.version.sectionRevisions.passport,
      content: v.document.passport,
    });
    const s = await inject(
      'PUT',
      `/api/maps/${mapId}/versions/1/sections/sector:${sectorId}`,
      office.cookie,
      {
        baseRevision: v.version.sectionRevisions[`sector:${sectorId}`],
        content: { ...v.document.sectors[0], description: { kk: 'Жаңа сипаттама', ru: 'Новое описание' } },
      },
    );
    expect([p.statusCode, s.statusCode]).toEqual([200, 200]);
  });

  it('downloads the version as the JSON document and creates a new map from it elsewhere', async () => {
    const res = await inject('GET', `/api/maps/${mapId}/versions/1/document`, office.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="dt-map-mo-healthcare-2025-v1.json"/,
    );
    const doc = res.json();
    const created = await inject('POST', '/api/maps', otherOffice.cookie, { document: doc });
    expect(created.statusCode).toBe(201);
    expect(created.json().document).toEqual(doc);
  });

  it('refuses a JSON document with errors naming the JSON path and the rule, in the caller language', async () => {
    const doc = documentWithRealRefs();
    (doc.sectors[0].cases[0].schedule as string[])[3] = 'X';
    const before = (await inject('GET', '/api/maps', deputy.cookie)).json();
    const res = await inject('POST', '/api/maps/validate', office.cookie, { document: doc }, 'kk');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation.failed');
    expect(body.issues[0]).toMatchObject({
      path: ['body', 'document', 'sectors', 0, 'cases', 0, 'schedule', 3],
      rule: 'invalid_value',
    });
    expect(body.message).toMatch(/өріс/);
    expect((await inject('GET', '/api/maps', deputy.cookie)).json()).toEqual(before);
  });

  it('refuses references to rows that are not in the reference tables, storing nothing', async () => {
    const v = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    const passport = {
      ...v.document.passport,
      planningDocumentIds: ['00000000-0000-4000-8000-000000000999'],
    };
    const res = await inject('PUT', `/api/maps/${mapId}/versions/1/sections/passport`, office.cookie, {
      baseRevision: v.version.sectionRevisions.passport,
      content: passport,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([
      expect.objectContaining({
        path: ['body', 'content', 'planningDocumentIds', 0],
        rule: 'unknown_reference',
      }),
    ]);
    const after = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    expect(after.version.revision).toBe(v.version.revision);
  });

  it('answers wrong types, unknown fields and oversized bodies with 4xx, never 5xx', async () => {
    const url = `/api/maps/${mapId}/versions/1/sections/passport`;
    const wrongType = await inject('PUT', url, office.cookie, { baseRevision: 'one', content: {} });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().issues[0]).toMatchObject({
      path: ['body', 'baseRevision'],
      rule: 'invalid_type',
    });
    const missing = await inject('PUT', url, office.cookie, { content: {} });
    expect(missing.json().issues[0]).toMatchObject({
      path: ['body', 'baseRevision'],
      rule: 'required',
      message: 'Обязательное поле.',
    });
    const unknownField = await inject('PUT', url, office.cookie, {
      baseRevision: 1,
      content: { hacked: true },
    });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().issues.some((i: { rule: string }) => i.rule === 'unrecognized_keys')).toBe(
      true,
    );
    const huge = await inject('PUT', url, office.cookie, {
      baseRevision: 1,
      content: { title: { kk: 'x'.repeat(6_000_000), ru: '' } },
    });
    expect(huge.statusCode).toBe(413);
    const badSection = await inject(
      'PUT',
      `/api/maps/${mapId}/versions/1/sections/../../etc`,
      office.cookie,
      { baseRevision: 1, content: {} },
    );
    expect(badSection.statusCode).toBeLessThan(500);
    const badJson = await t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: office.cookie, 'content-type': 'application/json' },
      payload: '{"baseRevision": 1,',
    });
    expect(badJson.statusCode).toBe(400);
  });

  it('deletes a sector only on its current revision', async () => {
    const v = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    const id = 'temp-sector';
    const created = await inject(
      'PUT',
      `/api/maps/${mapId}/versions/1/sections/sector:${id}`,
      office.cookie,
      {
        baseRevision: 0,
        content: { id, name: { kk: 'Уақытша', ru: 'Временный' } },
      },
    );
    expect(created.statusCode).toBe(200);
    const stale = await inject(
      'DELETE',
      `/api/maps/${mapId}/versions/1/sections/sector:${id}?baseRevision=${v.version.revision}`,
      office.cookie,
    );
    expect(stale.statusCode).toBe(409);
    const ok = await inject(
      'DELETE',
      `/api/maps/${mapId}/versions/1/sections/sector:${id}?baseRevision=${created.json().sectionRevision}`,
      office.cookie,
    );
    expect(ok.statusCode).toBe(200);
    const after = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    expect(after.document.sectors.map((s: { id: string }) => s.id)).not.toContain(id);
  });

  it('lets the chief data officer edit the attachments but not the passport', async () => {
    const v = (await inject('GET', `/api/maps/${mapId}/versions/1`, dataOfficer.cookie)).json();
    expect(v.editableSections).toEqual(['attachments']);
    const passport = await inject(
      'PUT',
      `/api/maps/${mapId}/versions/1/sections/passport`,
      dataOfficer.cookie,
      {
        baseRevision: v.version.sectionRevisions.passport,
        content: v.document.passport,
      },
    );
    expect(passport.statusCode).toBe(403);
    const attachments = await inject(
      'PUT',
      `/api/maps/${mapId}/versions/1/sections/attachments`,
      dataOfficer.cookie,
      {
        baseRevision: v.version.sectionRevisions.attachments,
        content: v.document.attachments,
      },
    );
    expect(attachments.statusCode).toBe(200);
  });

  it('shows the deputy head the map read-only', async () => {
    const v = await inject('GET', `/api/maps/${mapId}/versions/1`, deputy.cookie);
    expect(v.statusCode).toBe(200);
    expect(v.json().allowedActions).toEqual(['export_json']);
    expect((await inject('POST', '/api/maps', deputy.cookie, {})).statusCode).toBe(403);
  });

  it('hides the map from another ministry: reading, writing and downloading all answer 404 and change nothing', async () => {
    const before = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    for (const [method, url, payload] of [
      ['GET', `/api/maps/${mapId}/versions/1`, undefined],
      ['GET', `/api/maps/${mapId}/versions/1/document`, undefined],
      [
        'PUT',
        `/api/maps/${mapId}/versions/1/sections/passport`,
        { baseRevision: before.version.sectionRevisions.passport, content: before.document.passport },
      ],
      [
        'DELETE',
        `/api/maps/${mapId}/versions/1/sections/sector:${before.document.sectors[0].id}?baseRevision=1`,
        undefined,
      ],
    ] as const) {
      const res = await inject(method, url, otherOffice.cookie, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().code).toBe('map.not_found');
    }
    const after = (await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie)).json();
    expect(after.version.revision).toBe(before.version.revision);
  });

  it('refuses every map call without a session', async () => {
    for (const url of ['/api/maps', `/api/maps/${mapId}/versions/1`]) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(401);
    }
  });

  it('sends the stored document as the editor response: the same JSON the schema gives, findings of that document', async () => {
    const res = await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json();
    // The response is what the route's schema describes, though it is spliced, not serialised.
    expect(VersionOut.safeParse(body).success).toBe(true);
    const [row] = await t.database.db
      .select({ content: mapVersions.content })
      .from(mapVersions)
      .where(and(eq(mapVersions.mapId, mapId), eq(mapVersions.number, 1)));
    expect(body.document).toEqual(MapDocumentSchema.parse(row.content));
    expect(body.findings).toEqual(JSON.parse(JSON.stringify(validateMap(row.content))));
    // Who changed it last, by name, read with the version (a first version is based on none).
    const [author] = await t.database.db
      .select({ name: users.fullName })
      .from(users)
      .innerJoin(mapVersions, eq(mapVersions.updatedBy, users.id))
      .where(and(eq(mapVersions.mapId, mapId), eq(mapVersions.number, 1)));
    expect(author.name).toMatch(/^Test user/);
    expect(body.version.updatedBy).toBe(author.name);
    expect(body.lifecycle.basedOnNumber).toBeNull();
    expect(Object.keys(body.version.sectionRevisions).sort()).toEqual(
      ['attachments', 'passport', ...row.content.sectors.map((s) => `sector:${s.id}`)].sort(),
    );
  });

  it('gzips the editor response for a client that takes gzip: the same bytes, its own ETag, which revalidates', async () => {
    const url = `/api/maps/${mapId}/versions/1`;
    const plain = await inject('GET', url, office.cookie);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    const gz = await t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: office.cookie, 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(gz.statusCode).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toMatch(/^application\/json/);
    expect(gz.headers.vary).toBe('accept-encoding');
    const body = gunzipSync(gz.rawPayload);
    expect(body.equals(plain.rawPayload)).toBe(true);
    expect(gz.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    // Two codings are two representations: the tags differ, and each revalidates.
    const tag = String(gz.headers.etag);
    expect(tag).toBe(`${String(plain.headers.etag).slice(0, -1)}-gzip"`);
    const again = await t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: office.cookie, 'accept-encoding': 'gzip', 'if-none-match': tag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.headers.etag).toBe(tag);
    // A client refusing gzip gets the text.
    const refused = await t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: office.cookie, 'accept-encoding': 'gzip;q=0, br' },
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.rawPayload.equals(plain.rawPayload)).toBe(true);
  });

  it('answers a reread of an unchanged version with 304, and a changed one (or another reader) in full', async () => {
    const first = await inject('GET', `/api/maps/${mapId}/versions/1`, office.cookie);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    // Private: only the signed-in reader may keep it, and must revalidate.
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/maps/${mapId}/versions/1`,
      headers: { cookie: office.cookie, 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // The deputy head sees other actions: the same version is another response for them.
    const deputyRead = await t.app.inject({
      method: 'GET',
      url: `/api/maps/${mapId}/versions/1`,
      headers: { cookie: deputy.cookie, 'if-none-match': etag },
    });
    expect(deputyRead.statusCode).toBe(200);
    // A save makes every earlier copy stale, and the new findings come with the reread.
    const v = first.json();
    const sector = v.document.sectors[0];
    const saved = await inject(
      'PUT',
      `/api/maps/${mapId}/versions/1/sections/sector:${sector.id}`,
      office.cookie,
      {
        baseRevision: v.version.sectionRevisions[`sector:${sector.id}`],
        content: { ...sector, cases: [] },
      },
    );
    expect(saved.statusCode).toBe(200);
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/maps/${mapId}/versions/1`,
      headers: { cookie: office.cookie, 'if-none-match': etag },
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json().findings).toEqual(saved.json().findings);
    // The new revision's document, not the one this process read before the save.
    expect(after.json().document.sectors[0].cases).toEqual([]);
    expect(after.json().findings).not.toEqual(v.findings);
    // Put the sector back for the tests that follow.
    const restored = await inject(
      'PUT',
      `/api/maps/${mapId}/versions/1/sections/sector:${sector.id}`,
      office.cookie,
      {
        baseRevision: after.json().version.sectionRevisions[`sector:${sector.id}`],
        content: sector,
      },
    );
    expect(restored.statusCode).toBe(200);
    expect(restored.json().findings).toEqual(v.findings);
  });

  it('records every write in the audit trail, whose hash chain verifies', async () => {
    expect(await verifyAuditChain(t.database.db)).toBeNull();
  });
});

describe('document identity', () => {
  it('refuses a document whose cases repeat an id, naming the repeated item', async () => {
    const office = await t.userIn('mo-energy', ['dt_office']);
    const doc = documentWithRealRefs();
    doc.sectors[0].cases[1].id = doc.sectors[0].cases[0].id;
    const res = await inject('POST', '/api/maps', office.cookie, { document: doc });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([
      expect.objectContaining({
        path: ['body', 'document', 'sectors', 0, 'cases', 1, 'id'],
        rule: 'duplicate_id',
      }),
    ]);
  });
});

describe('conflict attribution', () => {
  it('names who saved the conflicting section, not whoever saved the version last', async () => {
    const office2 = await t.userIn('mo-healthcare', ['dt_office'], 'second.office');
    const maps = (await inject('GET', '/api/maps', office.cookie)).json();
    const id = maps[0].id;
    const v = (await inject('GET', `/api/maps/${id}/versions/1`, office.cookie)).json();
    const base = v.version.sectionRevisions.passport;
    // The second office saves the passport; then the first saves the attachments.
    await inject('PUT', `/api/maps/${id}/versions/1/sections/passport`, office2.cookie, {
      baseRevision: base,
      content: v.document.passport,
    });
    await inject('PUT', `/api/maps/${id}/versions/1/sections/attachments`, office.cookie, {
      baseRevision: v.version.sectionRevisions.attachments,
      content: v.document.attachments,
    });
    const stale = await inject('PUT', `/api/maps/${id}/versions/1/sections/passport`, office.cookie, {
      baseRevision: base,
      content: v.document.passport,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().details.updatedBy).toBe('Test second.office');
  });
});
