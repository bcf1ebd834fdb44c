import { execFileSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDocuments, publicServices } from '../db/schema.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { docxTexts, expectSameText, htmlTexts, requireTool, unzipDocx } from './document.test-helpers.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let t: TestApp;
let refs: Awaited<ReturnType<TestApp['refs']>>;
let office: { cookie: string };
let otherOffice: { cookie: string };
let mapId: string;

const get = (url: string, cookie?: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers: { ...(cookie ? { cookie } : {}), ...headers } });
const post = (url: string, who: { cookie: string }, payload?: unknown) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: who.cookie }, payload: payload as never });

beforeAll(async () => {
  t = await setupTestApp({ clock: () => new Date('2026-03-02T05:00:00Z') });
  refs = await t.refs();
  office = await t.userIn('mo-healthcare', ['dt_office']);
  otherOffice = await t.userIn('mo-justice', ['dt_office']);
  const res = await post('/api/maps', office, { document: await t.validDocument() });
  expect(res.statusCode).toBe(201);
  mapId = res.json().map.id;
}, 60_000);
afterAll(() => t.close());

describe('the map document routes', () => {
  it('serves the version as a Kazakh DOCX with names, not ids, and a telling file name', async () => {
    const res = await get(`/api/maps/${mapId}/versions/1/map.docx?lang=kk`, office.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="dt-map-mo-healthcare-2025-v1-kk.docx"',
    );
    const xml = (await unzipDocx(res.rawPayload)).get('word/document.xml')!;
    const texts = docxTexts(xml);
    expect(texts).toContain('1.3. Сфера бойынша жоспар-кесте');
    for (const id of [refs.documents[0], refs.services[0], refs.systems[0]]) expect(xml).not.toContain(id);
    const db = t.database.db;
    const [plan] = await db
      .select()
      .from(planningDocuments)
      .where(eq(planningDocuments.id, refs.documents[0]));
    const [service] = await db.select().from(publicServices).where(eq(publicServices.id, refs.services[0]));
    expect(texts).toContain(`1. ${plan.name.kk}`);
    expect(texts).toContain(`– ${service.name.kk || service.name.ru}`);
  });

  it('serves a Russian DOCX, by the lang parameter or by the caller’s language', async () => {
    for (const [url, headers] of [
      [`/api/maps/${mapId}/versions/1/map.docx?lang=ru`, {}],
      [`/api/maps/${mapId}/versions/1/map.docx`, { 'x-locale': 'ru' }],
    ] as const) {
      const res = await get(url, office.cookie, headers);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(DOCX);
      expect(res.headers['content-disposition']).toContain('-v1-ru.docx');
      const texts = docxTexts((await unzipDocx(res.rawPayload)).get('word/document.xml')!);
      expect(texts).toContain('1.3. План-график по сфере');
      expect(texts).not.toContain('1.3. Сфера бойынша жоспар-кесте');
    }
  });

  it('serves the print HTML with the same text as the DOCX', async () => {
    for (const lang of ['kk', 'ru']) {
      const html = await get(`/api/maps/${mapId}/versions/1/map.html?lang=${lang}`, office.cookie);
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      const docx = await get(`/api/maps/${mapId}/versions/1/map.docx?lang=${lang}`, office.cookie);
      expect(htmlTexts(html.body)).toEqual(
        docxTexts((await unzipDocx(docx.rawPayload)).get('word/document.xml')!),
      );
    }
  });

  it('serves a PDF printed by Chromium whose text is the DOCX text, in kk and in ru', async (ctx) => {
    const pdftotext = requireTool(ctx, 'pdftotext', 'poppler-utils');
    if (!pdftotext || !requireTool(ctx, 'chromium', 'chromium')) return;
    for (const lang of ['kk', 'ru'] as const) {
      const pdf = await get(`/api/maps/${mapId}/versions/1/map.pdf?lang=${lang}`, office.cookie);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toBe(
        `attachment; filename="dt-map-mo-healthcare-2025-v1-${lang}.pdf"`,
      );
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = execFileSync(pdftotext, ['-raw', '-enc', 'UTF-8', '-', '-'], {
        input: pdf.rawPayload,
      }).toString();
      const docx = await get(`/api/maps/${mapId}/versions/1/map.docx?lang=${lang}`, office.cookie);
      expectSameText(text, docxTexts((await unzipDocx(docx.rawPayload)).get('word/document.xml')!));
      // Landscape pages for the plan-schedule: some page is wider than tall (A4: 595 × 842 pt).
      expect(pdf.rawPayload.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 59[45]\.\d+/);
    }
  }, 60_000);

  it('renders a document once, and again when the draft or a name it prints changes', async () => {
    const url = `/api/maps/${mapId}/versions/1/map.docx?lang=ru`;
    const first = await get(url, office.cookie);
    const again = await get(url, office.cookie);
    // The same bytes, creation time included: the second answer was not rendered again.
    expect(Buffer.compare(first.rawPayload, again.rawPayload)).toBe(0);
    const db = t.database.db;
    const [service] = await db.select().from(publicServices).where(eq(publicServices.id, refs.services[0]));
    await db
      .update(publicServices)
      .set({ name: { ...service.name, ru: 'Переименованная услуга' } })
      .where(eq(publicServices.id, refs.services[0]));
    try {
      const renamed = docxTexts(
        (await unzipDocx((await get(url, office.cookie)).rawPayload)).get('word/document.xml')!,
      );
      expect(renamed).toContain('– Переименованная услуга');
    } finally {
      await db
        .update(publicServices)
        .set({ name: service.name })
        .where(eq(publicServices.id, refs.services[0]));
    }
    const v = (await get(`/api/maps/${mapId}/versions/1`, office.cookie)).json();
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/maps/${mapId}/versions/1/sections/passport`,
      headers: { cookie: office.cookie },
      payload: {
        baseRevision: v.version.sectionRevisions.passport,
        content: {
          ...v.document.passport,
          title: { ...v.document.passport.title, ru: 'Новое название карты' },
        },
      },
    });
    expect(saved.statusCode).toBe(200);
    const edited = docxTexts(
      (await unzipDocx((await get(url, office.cookie)).rawPayload)).get('word/document.xml')!,
    );
    expect(edited.some((s) => s.includes('Новое название карты'))).toBe(true);
  });

  it('refuses a language other than kk or ru', async () => {
    const res = await get(`/api/maps/${mapId}/versions/1/map.docx?lang=en`, office.cookie);
    expect(res.statusCode).toBe(400);
  });

  it('answers 404 for another body’s map and a missing version, 401 without a session', async () => {
    for (const ext of ['docx', 'pdf', 'html']) {
      expect((await get(`/api/maps/${mapId}/versions/1/map.${ext}`, otherOffice.cookie)).statusCode).toBe(
        404,
      );
      expect((await get(`/api/maps/${mapId}/versions/9/map.${ext}`, office.cookie)).statusCode).toBe(404);
      expect((await get(`/api/maps/${mapId}/versions/1/map.${ext}`)).statusCode).toBe(401);
    }
  });

  it('serves nothing publicly until the version is published, then both formats to anyone', async () => {
    for (const ext of ['docx', 'html'])
      expect((await get(`/api/public/maps/${mapId}/versions/1/map.${ext}`)).statusCode).toBe(404);

    const head = await t.userIn('mo-digital', ['authority_head']);
    const first = await t.userIn('mo-healthcare', ['first_head']);
    for (const [who, step, body] of [
      [office, 'submit', undefined],
      [head, 'decision', { decision: 'agree', reason: 'ok' }],
      [first, 'approve', undefined],
      [office, 'publish', undefined],
    ] as const)
      expect((await post(`/api/maps/${mapId}/versions/1/${step}`, who, body)).statusCode).toBe(200);

    const docx = await get(`/api/public/maps/${mapId}/versions/1/map.docx?lang=ru`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(DOCX);
    expect(docxTexts((await unzipDocx(docx.rawPayload)).get('word/document.xml')!)).toContain('Паспорт');
    const html = await get(`/api/public/maps/${mapId}/versions/1/map.html?lang=kk`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');

    // A newer draft of the same map stays private.
    expect(
      (await post(`/api/maps/${mapId}/versions/1/amendments`, office, { ground: 3, justification: 'x' }))
        .statusCode,
    ).toBe(200);
    for (const ext of ['docx', 'html'])
      expect((await get(`/api/public/maps/${mapId}/versions/2/map.${ext}`)).statusCode).toBe(404);
  });
});
