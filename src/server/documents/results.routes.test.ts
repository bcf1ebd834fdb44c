import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureXml } from '../../domain/bpmn/fixtures/fixtures.ts';
import { legalActs, organisations, reengineeringProjects } from '../db/schema.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { docxTexts, htmlTexts, requireTool, unzipDocx } from './document.test-helpers.ts';

// Monday 2 March 2026, 10:00 in Almaty.
const now = new Date('2026-03-02T05:00:00Z');
let t: TestApp;
type U = { cookie: string; id: string };
let office: U, expert: U, otherOffice: U, head: U, firstHead: U;
let projectId: string;
let processIds: string[];

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: U | null, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { ...(who ? { cookie: who.cookie } : {}), 'x-locale': 'ru' },
    payload: payload as never,
  });
const project = async () => (await call('GET', `/api/projects/${projectId}`, office)).json();
const savePart = async (part: 'team' | 'asIs' | 'plan', value: unknown) => {
  const p = await project();
  const res = await call('PUT', `/api/projects/${projectId}/parts/${part}`, office, {
    baseRevision: p.revision,
    value,
  });
  expect(res.statusCode, res.body).toBe(200);
};
const putVariant = async (id: string, kind: string, xml: string) => {
  const res = await call('PUT', `/api/registry/processes/${id}/variants/${kind}`, expert, {
    baseRevision: 0,
    xml,
  });
  expect(res.statusCode, res.body).toBe(200);
};
const setStage = (stage: string) =>
  t.database.db
    .update(reengineeringProjects)
    .set({ stage, ...(stage === 'published' ? { publishedOn: '2026-03-04' } : {}) })
    .where(eq(reengineeringProjects.id, projectId));
const orgId = async (code: string) =>
  (await t.database.db.select().from(organisations).where(eq(organisations.code, code)))[0]!.id;
const documentXml = async (buffer: Buffer) => (await unzipDocx(buffer)).get('word/document.xml')!;

beforeAll(async () => {
  t = await setupTestApp({ clock: () => now });
  office = await t.userIn('mo-healthcare', ['dt_office']);
  expert = await t.userIn('dgsc', ['center_expert']);
  otherOffice = await t.userIn('mo-justice', ['dt_office']);
  head = await t.userIn('mo-digital', ['authority_head']);
  firstHead = await t.userIn('mo-healthcare', ['first_head']);
  const healthId = await orgId('mo-healthcare');
  const centerId = await orgId('dgsc');
  const [act] = await t.database.db
    .insert(legalActs)
    .values({
      kind: 'order',
      code: '601/НҚ',
      name: { kk: 'Цифрлық трансформация қағидалары', ru: 'Правила ЦТ' },
    })
    .returning();

  // An approved map opens a project for every case with R cells (R.30).
  const doc = await t.validDocument();
  const mapId = (await call('POST', '/api/maps', office, { document: doc })).json().map.id;
  for (const [who, step, body] of [
    [office, 'submit', undefined],
    [head, 'decision', { decision: 'agree', reason: 'Согласовано' }],
    [firstHead, 'approve', undefined],
  ] as const)
    expect((await call('POST', `/api/maps/${mapId}/versions/1/${step}`, who, body)).statusCode).toBe(200);
  projectId = (await call('GET', '/api/projects', office)).json()[0].id;

  const member = (id: string, role: string, org: string | null, fullName: string) => ({
    id,
    role,
    orgId: org,
    fullName,
    position: 'Сотрудник',
  });
  await savePart('team', {
    team: [
      member('m1', 'leader', healthId, 'Ахметов Ерлан'),
      member('m2', 'owner_staff', healthId, 'Иванова Анна'),
      member('m3', 'business_analyst', centerId, 'Ким Ольга'),
      member('m4', 'it_architect', centerId, 'Серіков Дәурен'),
    ],
    teamProtocol: { number: 'ПК-1', date: '2026-03-02' },
  });
  expect((await call('POST', `/api/projects/${projectId}/actions/confirm_team`, office)).statusCode).toBe(
    200,
  );
  processIds = (await project()).processes.map((p: { id: string }) => p.id);
  for (const id of processIds) await putVariant(id, 'as_is', fixtureXml('as-is'));
  await savePart('asIs', {
    legalActIds: [act!.id],
    otherDocuments: 'Регламент оказания услуги',
    stakeholders: [{ id: 's1', name: 'ЦОН', touchpoints: 'Приём заявления <b>лично</b>' }],
    stepData: [],
    problems: [{ id: 'pr1', text: 'Заявитель приносит справки, которые есть в ГБД ФЛ' }],
    interviews: [],
    journey: { persona: '', stages: [] },
  });
  // The rest of the way (R.32 checklist, R.35) is the project's own test; here only the content matters.
  await setStage('target');
  for (const id of processIds) {
    await putVariant(id, 'target', fixtureXml('target'));
    await putVariant(id, 'optimal', fixtureXml('optimal'));
  }
  await savePart('plan', {
    justification: 'Меньше этапов и ни одной справки от заявителя.',
    actionPlan: [
      {
        id: 'a1',
        action: 'Внести изменения в приказ',
        responsible: 'Юридический департамент',
        due: '2026-06-30',
        draftsLegalAct: true,
      },
    ],
    concernedOrgIds: [],
  });
}, 120_000);
afterAll(() => t.close());

describe('the reengineering results document', () => {
  it('is a DOCX with the diagrams as SVG pictures with PNG fallbacks', async () => {
    const res = await call('GET', `/api/projects/${projectId}/results.docx?lang=ru`, office);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="reengineering-results-mo-healthcare-.*-ru\.docx"$/,
    );
    const zip = await JSZip.loadAsync(res.rawPayload);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    // Identical pictures are stored once: the processes share their models here, so three of each.
    expect(media.filter((n) => n.endsWith('.svg'))).toHaveLength(3);
    expect(media.filter((n) => n.endsWith('.png'))).toHaveLength(3);
    const png = await zip.files[media.find((n) => n.endsWith('.png'))!]!.async('nodebuffer');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // as-is, target and optimal of every process, each an SVG picture with its PNG fallback.
    const xml = await documentXml(res.rawPayload);
    expect(xml.match(/<pic:pic\b/g)).toHaveLength(processIds.length * 3);
    expect(xml.match(/asvg:svgBlip/g)?.length).toBe(processIds.length * 3);
    const texts = docxTexts(await documentXml(res.rawPayload));
    for (const label of [
      'Результаты реинжиниринга бизнес-процессов',
      'Проектная команда',
      'Описание текущего варианта («как есть»)',
      '1. Правила ЦТ (601/НҚ)',
      'Приём заявления <b>лично</b>',
      'Целевой вариант («как будет»)',
      'Обоснование предлагаемого варианта',
      'План мероприятий',
      'Внести изменения в приказ',
      '30.06.2026',
      'Ахметов Ерлан',
    ])
      expect(texts, label).toContain(label);
    expect(texts.some((s) => s.startsWith('Рисунок 1. ') && s.endsWith('текущий вариант («как есть»)'))).toBe(
      true,
    );
    expect(texts.some((s) => s.endsWith('оптимальный вариант («как должно быть»)'))).toBe(true);
  });

  it('is in Kazakh by the lang parameter, and the print HTML carries the same text with inert images', async () => {
    const kk = await call('GET', `/api/projects/${projectId}/results.docx?lang=kk`, office);
    const kkTexts = docxTexts(await documentXml(kk.rawPayload));
    expect(kkTexts).toContain('Бизнес-процестер реинжинирингінің нәтижелері');
    expect(kkTexts).toContain('Іс-шаралар жоспары');
    for (const lang of ['kk', 'ru']) {
      const html = await call('GET', `/api/projects/${projectId}/results.html?lang=${lang}`, office);
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      const docx = await call('GET', `/api/projects/${projectId}/results.docx?lang=${lang}`, office);
      expect(htmlTexts(html.body)).toEqual(docxTexts(await documentXml(docx.rawPayload)));
      // The diagrams are data: images — no inline SVG, no script, nothing fetched.
      expect(html.body.match(/<img src="data:image\/svg\+xml;base64,/g)).toHaveLength(processIds.length * 3);
      expect(html.body).not.toContain('<svg');
      expect(html.body).not.toContain('<script');
      expect(html.body).toContain('Приём заявления &lt;b&gt;лично&lt;/b&gt;');
    }
  });

  it('prints a PDF with the diagrams', async (ctx) => {
    if (!requireTool(ctx, 'chromium', 'chromium')) return;
    const res = await call('GET', `/api/projects/${projectId}/results.pdf?lang=ru`, office);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('answers 404 to another body, 401 without a session, 400 for English', async () => {
    for (const ext of ['docx', 'html']) {
      expect((await call('GET', `/api/projects/${projectId}/results.${ext}`, otherOffice)).statusCode).toBe(
        404,
      );
      expect((await call('GET', `/api/projects/${projectId}/results.${ext}`, null)).statusCode).toBe(401);
    }
    expect((await call('GET', `/api/projects/${projectId}/results.docx?lang=en`, office)).statusCode).toBe(
      400,
    );
    // The authorized body sees every project, as on the project's page.
    expect((await call('GET', `/api/projects/${projectId}/results.html`, head)).statusCode).toBe(200);
  });

  it('is public only once published, without the team and the optimal variant', async () => {
    for (const ext of ['docx', 'html'])
      expect((await call('GET', `/api/public/projects/${projectId}/results.${ext}`, null)).statusCode).toBe(
        404,
      );
    await setStage('published');
    const res = await call('GET', `/api/public/projects/${projectId}/results.docx?lang=ru`, null);
    expect(res.statusCode).toBe(200);
    const xml = await documentXml(res.rawPayload);
    const texts = docxTexts(xml);
    expect(texts).toContain('План мероприятий');
    expect(texts).toContain('Опубликовано: 04.03.2026');
    expect(xml).not.toContain('Ахметов');
    expect(xml).not.toContain('ПК-1');
    expect(texts.some((s) => s.includes('как должно быть'))).toBe(false);
    expect(xml.match(/<pic:pic\b/g)).toHaveLength(processIds.length * 2);
    const html = await call('GET', `/api/public/projects/${projectId}/results.html?lang=kk`, null);
    expect(html.statusCode).toBe(200);
    expect(html.body).not.toContain('Ахметов');
  });
});
