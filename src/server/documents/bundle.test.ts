import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { docxTexts, requireTool, unzipDocx } from './document.test-helpers.ts';

let t: TestApp;
let office: { cookie: string };
let reader: { cookie: string };
let mapId: string;

const call = (method: 'GET' | 'POST', url: string, who?: { cookie: string }, payload?: unknown) =>
  t.app.inject({ method, url, headers: who ? { cookie: who.cookie } : {}, payload: payload as never });

beforeAll(async () => {
  t = await setupTestApp({ clock: () => new Date('2026-03-02T05:00:00Z') });
  office = await t.userIn('mo-healthcare', ['dt_office']);
  reader = await t.userIn('mo-digital', ['authority_head']);
  const doc = await t.validDocument();
  const created = await call('POST', '/api/maps', office, { document: doc });
  expect(created.statusCode).toBe(201);
  mapId = created.json().map.id;
  const first = await t.userIn('mo-healthcare', ['first_head']);
  for (const [who, step, body] of [
    [office, 'submit', undefined],
    [reader, 'decision', { decision: 'agree', reason: 'ok' }],
    [first, 'approve', undefined],
    [office, 'publish', undefined],
  ] as const)
    expect((await call('POST', `/api/maps/${mapId}/versions/1/${step}`, who, body)).statusCode).toBe(200);
}, 60_000);
afterAll(() => t.close());

async function untilFinished(id: string, who: { cookie: string }) {
  for (let i = 0; i < 120; i++) {
    const b = (await call('GET', `/api/documents/bundles/${id}`, who)).json();
    if (b.status === 'done' || b.status === 'failed') return b;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the bundle job did not finish');
}

describe('the national bundle of published maps', () => {
  let bundleId: string;

  it('refuses a bad request with the field named, and asks for a session', async () => {
    const bad = await call('POST', '/api/documents/bundles', reader, { formats: ['exe'], locales: ['kk'] });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().issues)).toContain('formats');
    const none = await call('POST', '/api/documents/bundles', reader, { formats: [], locales: ['kk'] });
    expect(none.statusCode).toBe(400);
    expect(
      (await call('POST', '/api/documents/bundles', undefined, { formats: ['docx'], locales: ['kk'] }))
        .statusCode,
    ).toBe(401);
  });

  it('queues a job; asking again while it is in the making returns the same bundle', async () => {
    const res = await call('POST', '/api/documents/bundles', reader, {
      formats: ['docx', 'pdf'],
      locales: ['kk', 'ru'],
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ status: 'queued', done: 0, fileName: null });
    bundleId = res.json().id;
    const again = await call('POST', '/api/documents/bundles', reader, {
      formats: ['docx'],
      locales: ['kk'],
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(bundleId);
  });

  it('runs to the end with its progress counted per file, and serves the ZIP of DOCX and PDF in kk and ru', async (ctx) => {
    if (!requireTool(ctx, 'chromium', 'chromium')) return;
    const b = await untilFinished(bundleId, reader);
    expect(b).toMatchObject({ status: 'done', maps: 1, total: 4, done: 4, failed: false });
    expect(b.fileName).toMatch(/^dt-maps-published-\d{4}-\d{2}-\d{2}\.zip$/);
    const file = await call('GET', `/api/documents/bundles/${bundleId}/file`, reader);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/zip');
    expect(file.rawPayload.length).toBe(b.size);
    const zip = await JSZip.loadAsync(file.rawPayload);
    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir)
      .sort();
    expect(names).toEqual([
      'mo-healthcare/dt-map-mo-healthcare-2025-v1-kk.docx',
      'mo-healthcare/dt-map-mo-healthcare-2025-v1-kk.pdf',
      'mo-healthcare/dt-map-mo-healthcare-2025-v1-ru.docx',
      'mo-healthcare/dt-map-mo-healthcare-2025-v1-ru.pdf',
    ]);
    const ru = await zip.file('mo-healthcare/dt-map-mo-healthcare-2025-v1-ru.docx')!.async('nodebuffer');
    expect(docxTexts((await unzipDocx(ru)).get('word/document.xml')!)).toContain('Паспорт');
    const pdf = await zip.file('mo-healthcare/dt-map-mo-healthcare-2025-v1-kk.pdf')!.async('nodebuffer');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const list = (await call('GET', '/api/documents/bundles', reader)).json();
    expect(list.map((x: { id: string }) => x.id)).toEqual([bundleId]);
  }, 90_000);

  it('shows a bundle only to the user who asked for it', async () => {
    expect((await call('GET', `/api/documents/bundles/${bundleId}`, office)).statusCode).toBe(404);
    expect((await call('GET', `/api/documents/bundles/${bundleId}/file`, office)).statusCode).toBe(404);
    expect((await call('GET', '/api/documents/bundles', office)).json()).toEqual([]);
  });
});
