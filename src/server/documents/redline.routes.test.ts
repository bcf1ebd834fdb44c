import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { docxRows, docxTexts, htmlTexts, unzipDocx } from './document.test-helpers.ts';

let t: TestApp;
type U = { cookie: string; id: string };
let office: U, otherOffice: U, reviewer: U;
let mapId: string;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: U | null, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { ...(who ? { cookie: who.cookie } : {}), 'x-locale': 'ru' },
    payload: payload as never,
  });
const diff = (ext: string, lang = 'ru') => `/api/maps/${mapId}/diff.${ext}?from=1&to=2&lang=${lang}`;
const documentXml = async (buffer: Buffer) => (await unzipDocx(buffer)).get('word/document.xml')!;

beforeAll(async () => {
  t = await setupTestApp({ clock: () => new Date('2026-03-02T05:00:00Z') });
  office = await t.userIn('mo-healthcare', ['dt_office']);
  otherOffice = await t.userIn('mo-justice', ['dt_office']);
  reviewer = await t.userIn('mo-digital', ['reviewer']);
  const doc = await t.validDocument();
  mapId = (await call('POST', '/api/maps', office, { document: doc })).json().map.id;
  expect((await call('POST', `/api/maps/${mapId}/versions/1/submit`, office)).statusCode).toBe(200);
  expect((await call('POST', `/api/maps/${mapId}/versions/1/start-draft`, office)).statusCode).toBe(200);

  // Version 2: a new goal, a changed target, a plan-schedule cell, a removed problem, an added one.
  const v2 = (await call('GET', `/api/maps/${mapId}/versions/2`, office)).json();
  const passport = { ...v2.document.passport, goal: { kk: 'Жаңа мақсат', ru: 'Новая цель' } };
  expect(
    (
      await call('PUT', `/api/maps/${mapId}/versions/2/sections/passport`, office, {
        baseRevision: v2.version.sectionRevisions.passport,
        content: passport,
      })
    ).statusCode,
  ).toBe(200);
  const sector = structuredClone(v2.document.sectors[0]);
  sector.indicators[0].targets['2027'] = 99;
  sector.cases[0].schedule[19] = sector.cases[0].schedule[19] === 'D' ? 'F' : 'D';
  sector.problems = [
    ...sector.problems.slice(1),
    { id: 'new-problem', text: { kk: 'Жаңа проблема', ru: 'Новая проблема' }, source: 'complaints' },
  ];
  const saved = await call('PUT', `/api/maps/${mapId}/versions/2/sections/sector:${sector.id}`, office, {
    baseRevision: v2.version.sectionRevisions[`sector:${sector.id}`],
    content: sector,
  });
  expect(saved.statusCode, saved.body).toBe(200);
}, 60_000);
afterAll(() => t.close());

describe('the redline document', () => {
  it('lists every change with what was and what is now, deletions struck and insertions underlined', async () => {
    const res = await call('GET', diff('docx'), office);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="dt-map-mo-healthcare-diff-v1-v2-ru.docx"',
    );
    const xml = await documentXml(res.rawPayload);
    const texts = docxTexts(xml);
    for (const label of [
      'Изменения между версиями карты цифровой трансформации',
      'Версия 1 → версия 2',
      'Паспорт',
      'Было',
      'Стало',
      'Ячейки план-графика',
      'Целевое значение на 2027 год',
      'Новая цель',
      'Новая проблема',
      'добавлено',
      'удалено',
      'изменено',
    ])
      expect(texts, label).toContain(label);
    expect(texts.some((s) => s.startsWith('Условные обозначения'))).toBe(true);

    const goal = docxRows(xml).find((r) => r.texts.includes('Новая цель'))!;
    expect(goal.texts).toContain('Цель (на русском)');
    // The old goal struck through, the new one underlined.
    expect(goal.xml).toMatch(/<w:strike\/>[\s\S]*<w:u w:val="single"\/>/);
    const target = docxRows(xml).find((r) => r.texts.includes('Целевое значение на 2027 год'))!;
    expect(target.texts).toContain('99');
  });

  it('counts the same changes as the JSON diff, in kk too, with the same text in the print HTML', async () => {
    const json = (await call('GET', `/api/maps/${mapId}/diff?from=1&to=2`, office)).json();
    const ru = docxTexts(await documentXml((await call('GET', diff('docx'), office)).rawPayload));
    expect(ru).toContain(
      `Добавлено: ${json.counts.added}, удалено: ${json.counts.removed}, изменено: ${json.counts.changed} (полей: ${json.counts.fields}), ячеек план-графика: ${json.counts.cells}.`,
    );
    const kk = docxTexts(await documentXml((await call('GET', diff('docx', 'kk'), office)).rawPayload));
    expect(kk).toContain('1-нұсқа → 2-нұсқа');
    expect(kk).toContain('Бұрын');
    for (const lang of ['kk', 'ru']) {
      const html = await call('GET', diff('html', lang), office);
      expect(html.statusCode).toBe(200);
      expect(html.body).toContain('class="mark-deleted"');
      expect(html.body).toContain('class="mark-inserted"');
      const docx = await call('GET', diff('docx', lang), office);
      expect(htmlTexts(html.body)).toEqual(docxTexts(await documentXml(docx.rawPayload)));
    }
  });

  it('has the visibility of the JSON diff', async () => {
    for (const who of [office, otherOffice, reviewer, null]) {
      const status = (await call('GET', `/api/maps/${mapId}/diff?from=1&to=2`, who)).statusCode;
      for (const ext of ['docx', 'html']) expect((await call('GET', diff(ext), who)).statusCode).toBe(status);
    }
    expect((await call('GET', diff('docx'), otherOffice)).statusCode).toBe(404);
    expect((await call('GET', `/api/maps/${mapId}/diff.docx?from=1&to=9`, office)).statusCode).toBe(404);
  });
});
