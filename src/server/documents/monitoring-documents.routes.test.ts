import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { docxTexts, htmlTexts, unzipDocx } from './document.test-helpers.ts';

/** A map approved and published on Friday 1 September 2028; its summary as of mid-November. */
let now = new Date('2028-09-01T05:00:00Z');
let t: TestApp;
type U = { cookie: string; id: string };
let office: U, head: U, expert: U, otherOffice: U;
let mapId: string;

const call = (method: 'GET' | 'POST', url: string, who: U | null, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { ...(who ? { cookie: who.cookie } : {}), 'x-locale': 'ru' },
    payload: payload as never,
  });
const documentTexts = async (buffer: Buffer) =>
  docxTexts((await unzipDocx(buffer)).get('word/document.xml')!);

beforeAll(async () => {
  t = await setupTestApp({ clock: () => now });
  office = await t.userIn('mo-healthcare', ['dt_office']);
  const firstHead = await t.userIn('mo-healthcare', ['first_head']);
  head = await t.userIn('mo-digital', ['authority_head']);
  expert = await t.userIn('dgsc', ['center_expert']);
  otherOffice = await t.userIn('mo-justice', ['dt_office']);
  const doc = await t.validDocument();
  mapId = (await call('POST', '/api/maps', office, { document: doc })).json().map.id;
  for (const [who, step, body] of [
    [office, 'submit', undefined],
    [head, 'decision', { decision: 'agree', reason: 'Согласовано' }],
    [firstHead, 'approve', undefined],
    [office, 'publish', undefined],
  ] as const)
    expect((await call('POST', `/api/maps/${mapId}/versions/1/${step}`, who, body)).statusCode).toBe(200);
  // Late November: the teams' term (R.30) has passed, so the summary has terms missed and late cells.
  now = new Date('2028-11-20T05:00:00Z');
}, 60_000);
afterAll(() => t.close());

const summary = (ext: string, lang = 'ru') => `/api/monitoring/maps/${mapId}/summary.${ext}?lang=${lang}`;

describe('the body’s monitoring report document', () => {
  it('is a DOCX with the KPI and its formula, indicators, the plan-schedule, the terms and R.19', async () => {
    const res = await call('GET', summary('docx'), office);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="monitoring-mo-healthcare-2028-11-20-ru.docx"',
    );
    const texts = await documentTexts(res.rawPayload);
    for (const label of [
      'Отчёт о мониторинге реализации карты цифровой трансформации',
      'по состоянию на 20.11.2028',
      'Ключевой показатель деятельности заместителя руководителя, курирующего вопросы цифровизации (п. 25 Правил)',
      'Формула расчёта',
      'Достижение плановых значений индикаторов по годам',
      'Отклонение',
      'Исполнение план-графика (п. 26 Правил)',
      'Соблюдение сроков, установленных Правилами',
      'Формирование проектной команды (п. 30)',
      'Показатели результативности по критериям пункта 19 Правил',
    ])
      expect(texts, label).toContain(label);
    expect(texts.some((s) => s.startsWith('KPI = 100 ×'))).toBe(true);

    const json = (await call('GET', `/api/monitoring/maps/${mapId}/summary`, office)).json();
    // The same numbers as the monitoring page: every late cell is listed.
    const late = json.schedule.cells.filter((c: { state: string }) => c.state === 'late').length;
    expect(late).toBeGreaterThan(0);
    expect(json.deadlines.counts.missed).toBeGreaterThan(0);
    expect(texts.filter((s) => s === 'нарушен').length).toBe(json.deadlines.counts.missed);
  });

  it('is in Kazakh too, and the print HTML has the same text as the DOCX', async () => {
    const kk = await documentTexts((await call('GET', summary('docx', 'kk'), office)).rawPayload);
    expect(kk).toContain('Цифрлық трансформация картасын іске асыру мониторингі туралы есеп');
    expect(kk).toContain('Ауытқу');
    for (const lang of ['kk', 'ru']) {
      const html = await call('GET', summary('html', lang), office);
      expect(html.statusCode).toBe(200);
      const docx = await call('GET', summary('docx', lang), office);
      expect(htmlTexts(html.body)).toEqual(await documentTexts(docx.rawPayload));
    }
  });

  it('has the visibility of the summary: not another body’s, the authorized body’s yes', async () => {
    for (const ext of ['docx', 'html']) {
      expect((await call('GET', summary(ext), otherOffice)).statusCode).toBe(404);
      expect((await call('GET', summary(ext), null)).statusCode).toBe(401);
      expect((await call('GET', summary(ext), head)).statusCode).toBe(200);
    }
  });
});

describe('the national monitoring report document', () => {
  it('ranks the bodies, for the authorized body and the Center only', async () => {
    for (const who of [head, expert]) {
      const res = await call('GET', '/api/monitoring/national.docx?lang=ru', who);
      expect(res.statusCode, res.body).toBe(200);
      const texts = await documentTexts(res.rawPayload);
      expect(texts).toContain(
        'Отчёт о внешнем мониторинге цифровой трансформации государственного управления',
      );
      expect(texts).toContain('Рейтинг государственных органов');
      expect(texts).toContain('Показатели результативности по критериям пункта 19 Правил');
      const national = (await call('GET', '/api/monitoring/national', who)).json();
      const names = national.bodies.map((b: { org: { name: { ru: string } } }) => b.org.name.ru);
      expect(names.length).toBe(1);
      for (const name of names) expect(texts).toContain(name);
    }
    expect((await call('GET', '/api/monitoring/national.docx', office)).statusCode).toBe(403);
    expect((await call('GET', '/api/monitoring/national.html', null)).statusCode).toBe(401);
  });

  it('prints the same text in the HTML as in the DOCX, in kk and ru', async () => {
    for (const lang of ['kk', 'ru']) {
      const html = await call('GET', `/api/monitoring/national.html?lang=${lang}`, head);
      const docx = await call('GET', `/api/monitoring/national.docx?lang=${lang}`, head);
      expect(htmlTexts(html.body)).toEqual(await documentTexts(docx.rawPayload));
    }
    const kk = await call('GET', '/api/monitoring/national.html?lang=kk', head);
    expect(kk.body).toContain('Мемлекеттік органдардың рейтингі');
  });
});
