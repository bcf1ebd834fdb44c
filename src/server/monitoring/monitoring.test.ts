import { and, eq, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../domain/locale.ts';
import type { Indicator } from '../../domain/map/map.schema.ts';
import { indicatorActuals, notifications, reengineeringProjects } from '../db/schema.ts';
import { runDeadlineJob } from '../jobs/deadline.job.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';
import { readTable, writeWorkbook } from '../xlsx/xlsx.ts';
import { runMonitoringJob } from './monitoring.job.ts';

/**
 * A map approved and published on Friday 1 September 2028 and its first quarter of monitoring,
 * 2028-Q3 (due the 10th working day after Saturday 30 September: Friday 13 October). The clock is
 * far enough ahead of real time that the worker never runs the reminders itself: the test does.
 */
let now = new Date('2028-09-01T05:00:00Z');
let t: TestApp;
type U = { cookie: string; id: string };
let office: U, dataOfficer: U, deputy: U, firstHead: U, head: U, reviewer: U, expert: U, otherOffice: U;
let mapId: string;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: U, payload?: unknown, locale = 'ru') =>
  t.app.inject({
    method,
    url,
    headers: { cookie: who.cookie, 'x-locale': locale },
    payload: payload as never,
  });
const m = (path: string) => `/api/monitoring/maps/${mapId}${path}`;
const report = async (who: U = office, period = '2028-Q3') =>
  (await call('GET', m(`/periods/${period}`), who)).json();
const indicatorIn = (r: { indicators: { key: string }[] }, key: string) =>
  r.indicators.find((i) => i.key === key) as unknown as Record<string, unknown> & {
    actual: Record<string, unknown> | null;
  };
const putActuals = (rows: unknown[], who: U = office, period = '2028-Q3') =>
  call('PUT', m(`/periods/${period}/actuals`), who, { actuals: rows });

const text = (kk: string, ru: string): LocalizedText => ({ kk, ru });
const indicator = (id: string, ru: string, values: number[]): Indicator => ({
  id,
  name: text(`${ru} (kk)`, ru),
  unit: text('%', '%'),
  baselineValue: values[0]!,
  baselineYear: 2024,
  targets: Object.fromEntries(values.slice(1).map((v, i) => [String(2025 + i), v])),
  source: text('Ұлттық жоба', 'Национальный проект'),
});

/** A small PDF (the magic number is what the server checks). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

beforeAll(async () => {
  t = await setupTestApp({ clock: () => now });
  office = await t.userIn('mo-healthcare', ['dt_office']);
  dataOfficer = await t.userIn('mo-healthcare', ['data_officer']);
  deputy = await t.userIn('mo-healthcare', ['deputy_head']);
  firstHead = await t.userIn('mo-healthcare', ['first_head']);
  head = await t.userIn('mo-digital', ['authority_head']);
  reviewer = await t.userIn('mo-digital', ['reviewer']);
  expert = await t.userIn('dgsc', ['center_expert']);
  otherOffice = await t.userIn('mo-justice', ['dt_office']);

  const doc = await t.validDocument();
  // A second priority direction: a "lower is better" indicator and one nobody will report.
  doc.attachments.priorityDirections.push({
    id: 'pd2',
    name: text('Қызметтер', 'Услуги'),
    indicators: [
      { ...indicator('pdi2', 'Срок оказания услуги', [30, 25, 20, 15, 10, 5]), unit: text('күн', 'дней') },
      indicator('pdi4', 'Доля проактивных услуг', [0, 10, 20, 30, 40, 50]),
    ],
  });
  mapId = (await call('POST', '/api/maps', office, { document: doc })).json().map.id;
}, 60_000);
afterAll(() => t.close());

describe('reporting periods', () => {
  it('has no monitoring before the map is approved', async () => {
    const res = await call('GET', m('/periods'), office);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'monitoring.no_map_in_force' });
    expect(res.json().message).toContain('утверждения');
  });

  it('takes the map to publication; nothing opens before the first quarter after approval has ended', async () => {
    expect((await call('POST', `/api/maps/${mapId}/versions/1/submit`, office)).statusCode).toBe(200);
    const decision = { decision: 'agree', reason: 'Согласовано' };
    expect((await call('POST', `/api/maps/${mapId}/versions/1/decision`, head, decision)).statusCode).toBe(
      200,
    );
    expect((await call('POST', `/api/maps/${mapId}/versions/1/approve`, firstHead)).statusCode).toBe(200);
    expect((await call('POST', `/api/maps/${mapId}/versions/1/publish`, office)).statusCode).toBe(200);
    const list = (await call('GET', m('/periods'), office)).json();
    expect(list).toMatchObject({
      version: { number: 1, status: 'published' },
      periods: [],
      next: { period: '2028-Q3', opensOn: '2028-10-01', due: '2028-10-13' },
    });
  });

  it('opens 2028-Q3 the day after it ends, due on the 10th working day, with a reminder and an escalation', async () => {
    now = new Date('2028-10-02T04:00:00Z'); // Monday 09:00 in Almaty
    const res = await call('POST', m('/periods/open'), office);
    expect(res.statusCode).toBe(200);
    expect(res.json().periods).toEqual([
      expect.objectContaining({
        period: '2028-Q3',
        kind: 'quarter',
        status: 'open',
        versionNumber: 1,
        openedOn: '2028-10-02',
        periodEnd: '2028-09-30',
        due: '2028-10-13',
        daysLeft: 9,
        allowedActions: ['report_indicators', 'report_schedule', 'submit'],
      }),
    ]);
    // Opening again opens nothing and schedules nothing more.
    expect((await call('POST', m('/periods/open'), office)).json().periods).toHaveLength(1);
    const jobs = await t.database.db.execute(
      sql`SELECT data->>'kind' AS kind, start_after FROM pgboss.job
          WHERE name = 'deadline' AND data->>'term' = 'report' ORDER BY start_after`,
    );
    const rows = (jobs as unknown as { rows: { kind: string; start_after: Date }[] }).rows;
    expect(rows.map((r) => [r.kind, new Date(r.start_after).toISOString()])).toEqual([
      ['reminder', '2028-10-11T04:00:00.000Z'], // 2 working days before 13 October
      ['escalation', '2028-10-16T04:00:00.000Z'], // the next working day's morning
    ]);
  });

  it('is read by the body and the national side, hidden from other bodies, opened only by the body', async () => {
    expect((await call('GET', m('/periods'), otherOffice)).statusCode).toBe(404);
    const asReviewer = (await call('GET', m('/periods'), reviewer)).json();
    expect(asReviewer.periods[0].allowedActions).toEqual([]);
    expect((await call('GET', m('/periods'), expert)).statusCode).toBe(200);
    expect((await call('POST', m('/periods/open'), reviewer)).statusCode).toBe(403);
    expect((await call('GET', m('/periods/2028-Q2'), office)).json().code).toBe(
      'monitoring.period_not_found',
    );
    expect((await call('GET', m('/periods/2028-Q5'), office)).statusCode).toBe(400);
  });
});

describe('actual values of the indicators', () => {
  it('refuses a batch with bad rows, naming each row and field in Russian, and stores nothing', async () => {
    const res = await putActuals([
      { key: 'sector:s1:ind1', value: 58, baseRevision: 0 },
      { key: 'priority_direction:pd1:pdi1', value: '93', baseRevision: 0 },
      { key: 'priority_direction:pd2:pdi2', value: null, baseRevision: 0 },
      { key: 'performance:pi1', value: 84, unit: 'шт.', baseRevision: 0 },
      { key: 'performance:nope', value: 1, baseRevision: 0 },
    ]);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('monitoring.rows_invalid');
    expect(body.message).toBe('Отчёт не сохранён: ошибок в строках — 4. Ничего не сохранено.');
    expect(body.issues.map((i: { path: unknown[]; rule: string }) => [i.path.join('.'), i.rule])).toEqual([
      ['body.actuals.1.value', 'not_a_number'],
      ['body.actuals.2.value', 'value_required'],
      ['body.actuals.3.unit', 'unit_mismatch'],
      ['body.actuals.4.key', 'unknown_indicator'],
    ]);
    expect(body.issues[0].message).toBe(
      'Строка 2, поле «value»: нужно число в единице измерения индикатора.',
    );
    expect(body.issues[2].message).toBe(
      'Строка 4, поле «unit»: единица «шт.» не совпадает с единицей индикатора (%).',
    );
    expect(indicatorIn(await report(), 'sector:s1:ind1').actual).toBeNull();
    const stored = await t.database.db.select().from(indicatorActuals);
    expect(stored).toHaveLength(0);
  });

  it('refuses a renamed evidence file before storing anything', async () => {
    const res = await putActuals([
      { key: 'sector:s1:ind1', value: 58, baseRevision: 0 },
      {
        key: 'priority_direction:pd1:pdi1',
        value: 93,
        baseRevision: 0,
        evidence: { name: 'справка.pdf', type: 'application/pdf', contentBase64: PNG.toString('base64') },
      },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'monitoring.evidence_invalid', details: { row: 2 } });
    expect(await t.database.db.select().from(indicatorActuals)).toHaveLength(0);
  });

  it('stores a good batch with evidence and assesses each value against the pro-rated target', async () => {
    const res = await putActuals(
      [
        { key: 'sector:s1:ind1', value: 58, baseRevision: 0, source: 'Данные ИС' },
        {
          key: 'priority_direction:pd1:pdi1',
          value: 93,
          baseRevision: 0,
          valueDate: '2028-09-30',
          comment: 'По данным кадастра',
          evidence: { name: 'справка.pdf', type: 'application/pdf', contentBase64: PDF.toString('base64') },
        },
        { key: 'priority_direction:pd2:pdi2', value: 13, unit: 'дней', baseRevision: 0 },
        { key: 'performance:pi1', value: 84, unit: '%', baseRevision: 0 },
        { key: 'performance:pi2', value: 2, baseRevision: 0 },
      ],
      dataOfficer,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().saved.map((s: { revision: number }) => s.revision)).toEqual([1, 1, 1, 1, 1]);

    const r = await report();
    // pdi1: 85 (2027) → 95 (2028), three quarters in: 92.5; (93 − 55) / (92.5 − 55) ≥ 1.
    expect(indicatorIn(r, 'priority_direction:pd1:pdi1')).toMatchObject({
      direction: 'increase',
      target: 95,
      expected: 92.5,
      status: 'on_track',
      deviation: { absolute: 0.5, favourable: true },
      actual: {
        value: 93,
        valueDate: '2028-09-30',
        comment: 'По данным кадастра',
        revision: 1,
        evidence: { name: 'справка.pdf', type: 'application/pdf', size: PDF.length },
      },
    });
    // pdi2 (days, lower is better): 15 → 10, expected 11.25; (13 − 30) / (11.25 − 30) = 0.907.
    expect(indicatorIn(r, 'priority_direction:pd2:pdi2')).toMatchObject({
      direction: 'decrease',
      expected: 11.25,
      status: 'at_risk',
      deviation: { absolute: 1.75, favourable: false },
    });
    expect(indicatorIn(r, 'priority_direction:pd2:pdi4')).toMatchObject({
      status: 'not_reported',
      expected: 37.5,
    });
    // ind1: 30 → 20 days, expected 22.5; 58 is far off.
    expect(indicatorIn(r, 'sector:s1:ind1')).toMatchObject({
      status: 'off_track',
      actual: { valueDate: '2028-09-30' },
    });

    const file = await call(
      'GET',
      m('/periods/2028-Q3/actuals/priority_direction:pd1:pdi1/evidence'),
      reviewer,
    );
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);
  });

  it('refuses a stale revision with 409 and stores no row of the batch', async () => {
    const res = await putActuals([
      { key: 'priority_direction:pd2:pdi4', value: 35, baseRevision: 0 },
      { key: 'priority_direction:pd1:pdi1', value: 94, baseRevision: 0 },
    ]);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'monitoring.actual_conflict',
      details: { row: 2, key: 'priority_direction:pd1:pdi1', revision: 1, stored: { value: 93 } },
    });
    expect(res.json().message).toContain('Строка 2');
    const r = await report();
    expect(indicatorIn(r, 'priority_direction:pd2:pdi4').actual).toBeNull();
    expect(indicatorIn(r, 'priority_direction:pd1:pdi1').actual).toMatchObject({ value: 93, revision: 1 });
    // Based on the current revision, the same change goes through (and the evidence is kept).
    const ok = await putActuals([{ key: 'priority_direction:pd1:pdi1', value: 93, baseRevision: 1 }]);
    expect(ok.json().saved).toEqual([{ key: 'priority_direction:pd1:pdi1', revision: 2 }]);
    expect(indicatorIn(await report(), 'priority_direction:pd1:pdi1').actual).toMatchObject({
      revision: 2,
      evidence: { name: 'справка.pdf' },
    });
  });

  it('lets only the body’s office and data officer write', async () => {
    const row = [{ key: 'performance:pi3', value: 70, baseRevision: 0 }];
    expect((await putActuals(row, deputy)).statusCode).toBe(403);
    expect((await putActuals(row, reviewer)).statusCode).toBe(403);
    expect((await putActuals(row, otherOffice)).statusCode).toBe(404);
  });
});

const publicProgress = async () => t.app.inject({ method: 'GET', url: `/api/public/maps/${mapId}/progress` });
const pdi1In2028 = (summary: {
  indicators: { key: string; years: { year: number; actual: number | null }[] }[];
}) =>
  summary.indicators.find((i) => i.key === 'priority_direction:pd1:pdi1')?.years.find((y) => y.year === 2028)
    ?.actual;

describe('the public progress of a published map, before the report is in', () => {
  it('shows no value of a period not yet submitted, and no periods', async () => {
    const res = await publicProgress();
    expect(res.statusCode).toBe(200);
    expect(res.json().periods).toEqual([]);
    expect(pdi1In2028(res.json())).toBeNull();
    // The body itself sees its working values.
    expect(pdi1In2028((await call('GET', m('/summary'), office)).json())).toBe(93);
  });

  it('links no late item to a project whose results are not published (its page is internal)', async () => {
    const fedByProject = (summary: { schedule: { cells: { source: string; projectId: string | null }[] } }) =>
      summary.schedule.cells.filter((c) => c.source === 'project');
    const internal = fedByProject((await call('GET', m('/summary'), office)).json());
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.every((c) => c.projectId !== null)).toBe(true);
    const shown = fedByProject((await publicProgress()).json());
    expect(shown.length).toBe(internal.length);
    expect(shown.every((c) => c.projectId === null)).toBe(true);
  });
});

describe('actual values from an XLSX workbook', () => {
  const importFile = async (
    rows: Record<string, unknown>[],
    headers = { key: 'Индикатор коды', value: 'Нақты мәні' },
  ) => {
    const file = await writeWorkbook([
      {
        name: '2028-Q3',
        columns: [
          { key: 'key', header: headers.key },
          { key: 'value', header: headers.value },
          { key: 'comment', header: 'Комментарий' },
        ],
        rows,
      },
    ]);
    return call('POST', m('/periods/2028-Q3/actuals/import'), office, {
      file: { name: 'факт.xlsx', contentBase64: file.toString('base64') },
    });
  };

  it('gives the office the period as a workbook with each indicator, its target and the stored value', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: m('/periods/2028-Q3/actuals.xlsx'),
      headers: { cookie: office.cookie, 'x-locale': 'ru' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const read = await readTable(res.rawPayload, {
      columns: [
        { key: 'key', headers: ['Код индикатора'] },
        { key: 'value', headers: ['Фактическое значение'], required: false },
      ],
      maxRows: 100,
      maxBytes: 5_000_000,
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const pdi1 = read.rows.find((r) => r.values.key === 'priority_direction:pd1:pdi1');
    expect(pdi1?.values.value).toBe(93);
  });

  it('refuses a file with a row that matches no indicator, naming the Excel row, and stores nothing', async () => {
    const before = (await report()).indicators.map((i: { key: string; actual: unknown }) => [
      i.key,
      i.actual,
    ]);
    const res = await importFile([
      { key: 'sector:s1:ind1', value: 61 },
      { key: 'sector:s1:nope', value: 1 },
      { key: 'performance:pi1', value: 'много' },
    ]);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('monitoring.rows_invalid');
    expect(body.issues.map((i: { path: unknown[]; rule: string }) => [i.path.join('.'), i.rule])).toEqual([
      ['file.rows.3.key', 'unknown_indicator'],
      ['file.rows.4.value', 'not_a_number'],
    ]);
    expect(body.issues[0].message).toContain('3');
    const after = (await report()).indicators.map((i: { key: string; actual: unknown }) => [i.key, i.actual]);
    expect(after).toEqual(before);
  });

  it('refuses what is not a workbook, and a workbook without the value column', async () => {
    const notXlsx = await call('POST', m('/periods/2028-Q3/actuals/import'), office, {
      file: { name: 'x.xlsx', contentBase64: PDF.toString('base64') },
    });
    expect(notXlsx.json()).toMatchObject({ code: 'xlsx.not_xlsx' });
    const noValue = await importFile([{ key: 'sector:s1:ind1', value: 1 }], { key: 'Key', value: 'Что-то' });
    expect(noValue.json().code).toBe('xlsx.missing_column');
  });

  it('imports the reported rows on the current revisions; rows without a value are not reported', async () => {
    const res = await importFile([
      { key: 'sector:s1:ind1', value: 61, comment: 'из Excel' },
      { key: 'performance:pi3', value: null },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().saved).toEqual([{ key: 'sector:s1:ind1', revision: 2 }]);
    const ind1 = indicatorIn(await report(), 'sector:s1:ind1');
    expect(ind1.actual).toMatchObject({ value: 61, comment: 'из Excel', revision: 2 });
  });
});

describe('plan-schedule execution', () => {
  it('stores reported cell states and refuses unplanned cells and project-fed R cells', async () => {
    const bad = await call('PUT', m('/periods/2028-Q3/cells'), office, {
      cells: [
        { caseId: 'c1', quarter: 8, state: 'done' }, // '.' in c1's row
        { caseId: 'c1', quarter: 9, state: 'done' }, // R: the project reports it
        { caseId: 'c2', processId: 'bp3', quarter: 14, state: 'done' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { rule: string }) => i.rule)).toEqual(['unknown_cell', 'from_project']);
    expect(bad.json().issues[1].message).toBe(
      'Строка 2: состояние этой ячейки R берётся из проекта реинжиниринга.',
    );

    const ok = await call('PUT', m('/periods/2028-Q3/cells'), office, {
      cells: [
        { caseId: 'c2', processId: 'bp3', quarter: 14, state: 'done', comment: 'Внедрено' },
        { caseId: 'c1', quarter: 14, state: 'in_progress' },
        { caseId: 'c1', quarter: 15, state: 'in_progress' },
      ],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ period: '2028-Q3', saved: 3 });
    expect((await call('PUT', m('/periods/2028-Q3/cells'), dataOfficer, { cells: [] })).statusCode).toBe(400);
    expect(
      (
        await call('PUT', m('/periods/2028-Q3/cells'), dataOfficer, {
          cells: [{ caseId: 'c1', quarter: 15, state: 'done' }],
        })
      ).statusCode,
    ).toBe(403);
  });

  it('shows every planned cell up to the quarter: reported ones, late ones, and R cells fed by their project', async () => {
    const cell = (
      r: { cells: Record<string, unknown>[] },
      caseId: string,
      processId: string | null,
      quarter: number,
    ) => r.cells.find((c) => c.caseId === caseId && c.processId === processId && c.quarter === quarter);
    let r = await report();
    expect(r.asOf).toBe('2028-10-02');
    expect(Math.max(...r.cells.map((c: { quarter: number }) => c.quarter))).toBe(14);
    expect(cell(r, 'c2', 'bp3', 14)).toMatchObject({
      code: 'F',
      state: 'done',
      source: 'report',
      comment: 'Внедрено',
    });
    // Reported in progress, but 2028-Q3 is over: late.
    expect(cell(r, 'c1', null, 14)).toMatchObject({ state: 'late', reported: 'in_progress' });
    // R cells of c1: its project has no team yet and the quarters are long over.
    const [c1Project] = await t.database.db
      .select()
      .from(reengineeringProjects)
      .where(and(eq(reengineeringProjects.mapId, mapId), eq(reengineeringProjects.caseId, 'c1')));
    expect(cell(r, 'c1', null, 9)).toMatchObject({
      code: 'R',
      state: 'late',
      source: 'project',
      projectId: c1Project!.id,
    });

    // The project publishes its results: its R cells are done (the same logic as GET /api/maps/:mapId/reengineering).
    await t.database.db
      .update(reengineeringProjects)
      .set({ stage: 'published', publishedOn: '2028-10-02' })
      .where(eq(reengineeringProjects.id, c1Project!.id));
    r = await report();
    for (const q of [1, 2, 9, 10])
      expect(cell(r, 'c1', null, q)).toMatchObject({ state: 'done', source: 'project' });
    const reeng = (await call('GET', `/api/maps/${mapId}/reengineering`, office)).json();
    expect(
      reeng
        .find((p: { caseId: string }) => p.caseId === 'c1')
        .cells.every((c: { state: string }) => c.state === 'done'),
    ).toBe(true);
  });
});

describe('reminders, submission and locking', () => {
  const periodId = async () => (await report()).period.id as string;
  const count = async (type: string) =>
    (await t.database.db.select().from(notifications).where(eq(notifications.type, type))).length;

  it('reminds the office and the data officer once while the report is not submitted', async () => {
    const job = {
      term: 'report' as const,
      kind: 'reminder' as const,
      periodId: await periodId(),
      mapId,
      due: '2028-10-13',
    };
    expect(await runDeadlineJob(t.database.db, job)).toBe(2);
    expect(await runDeadlineJob(t.database.db, job)).toBe(0); // never twice
    const inbox = (await call('GET', '/api/notifications', dataOfficer)).json();
    expect(inbox.items.map((n: { type: string }) => n.type)).toContain('deadline.report_reminder');
  });

  it('lets only the office submit, then stops the escalation and tells the deputy head', async () => {
    expect((await call('POST', m('/periods/2028-Q3/submit'), dataOfficer)).statusCode).toBe(403);
    const res = await call('POST', m('/periods/2028-Q3/submit'), office);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'submitted',
      daysLeft: null,
      allowedActions: ['report_indicators', 'report_schedule'],
    });
    const again = await call('POST', m('/periods/2028-Q3/submit'), office);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('monitoring.period_status');
    const escalation = {
      term: 'report' as const,
      kind: 'escalation' as const,
      periodId: await periodId(),
      mapId,
      due: '2028-10-13',
    };
    expect(await runDeadlineJob(t.database.db, escalation)).toBe(0);
    expect(await count('deadline.report_escalation')).toBe(0);
    const inbox = (await call('GET', '/api/notifications', deputy)).json();
    expect(inbox.items.map((n: { type: string }) => n.type)).toContain('monitoring.report_submitted');
  });

  it('the deputy head locks the submitted report; a locked period refuses every write with a clear message', async () => {
    expect((await call('POST', m('/periods/2028-Q3/lock'), office)).statusCode).toBe(403);
    const locked = await call('POST', m('/periods/2028-Q3/lock'), deputy);
    expect(locked.statusCode).toBe(200);
    expect(locked.json()).toMatchObject({ status: 'locked', allowedActions: [] });
    const write = await putActuals([{ key: 'priority_direction:pd2:pdi4', value: 35, baseRevision: 0 }]);
    expect(write.statusCode).toBe(409);
    expect(write.json()).toMatchObject({ code: 'monitoring.period_locked', details: { period: '2028-Q3' } });
    expect(write.json().message).toBe(
      'Отчётный период 2028-Q3 закрыт (заблокирован): изменить его данные нельзя.',
    );
    const kk = await call(
      'PUT',
      m('/periods/2028-Q3/actuals'),
      office,
      { actuals: [{ key: 'priority_direction:pd2:pdi4', value: 35, baseRevision: 0 }] },
      'kk',
    );
    expect(kk.json().message).toBe(
      '2028-Q3 есептік кезеңі жабылған (құлыпталған): оның деректерін өзгертуге болмайды.',
    );
    const cells = await call('PUT', m('/periods/2028-Q3/cells'), office, {
      cells: [{ caseId: 'c1', quarter: 15, state: 'done' }],
    });
    expect(cells.json().code).toBe('monitoring.period_locked');
    expect((await call('POST', m('/periods/2028-Q3/lock'), deputy)).json().code).toBe(
      'monitoring.period_status',
    );
  });
});

describe('the monitoring report as a workbook', () => {
  it('downloads the indicators per year and the plan-schedule cells, in the reader language', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: m('/summary.xlsx'),
      headers: { cookie: deputy.cookie, 'x-locale': 'kk' },
    });
    expect(res.statusCode).toBe(200);
    const read = await readTable(res.rawPayload, {
      sheetName: 'Индикаторлар',
      columns: [
        { key: 'year', headers: ['Жыл'] },
        { key: 'actual', headers: ['Факт'], required: false },
      ],
      maxRows: 1000,
      maxBytes: 5_000_000,
    });
    expect(read.ok && read.rows.some((r) => r.values.year === 2028 && r.values.actual === 93)).toBe(true);
    const cells = await readTable(res.rawPayload, {
      sheetName: 'Жоспар-кесте',
      columns: [{ key: 'state', headers: ['Жай-күйі'] }],
      maxRows: 1000,
      maxBytes: 5_000_000,
    });
    expect(cells.ok && cells.rows.length).toBeGreaterThan(0);
    expect((await call('GET', m('/summary.xlsx'), otherOffice)).statusCode).toBe(404);
  });
});

describe('the public progress of a published map, once the report is in', () => {
  it('shows the submitted values without login', async () => {
    const res = await publicProgress();
    expect(res.statusCode).toBe(200);
    expect(pdi1In2028(res.json())).toBe(93);
    // The c1 project has published its results: its cells link to them on the portal.
    const c1Cells = res
      .json()
      .schedule.cells.filter(
        (c: { caseId: string; source: string }) => c.caseId === 'c1' && c.source === 'project',
      );
    expect(c1Cells.length).toBeGreaterThan(0);
    for (const c of c1Cells) expect(c.projectId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the summary of the internal monitoring', () => {
  it('computes the deputy head’s KPI of the hand-worked case and the R.19 roll-up', async () => {
    const s = (await call('GET', m('/summary'), deputy)).json();
    // Priority directions in 2028-Q3: pdi1 on track, pdi2 at risk, pdi4 not reported → 1 of 3.
    expect(s.kpi).toEqual({ period: '2028-Q3', value: 33.3, onTrack: 1, counted: 3 });
    // pi1 84 against 83.25 (on track, criterion 1); pi2 2 against 3.75 (off track, criterion 2).
    expect(s.latest.criteria[0].counts).toMatchObject({ on_track: 1, total: 1 });
    expect(s.latest.criteria[1].counts).toMatchObject({ off_track: 1, total: 1 });
    expect(s.latest.criteria[2].counts).toMatchObject({ not_reported: 1, total: 1 });
    expect(s.latest.counts).toMatchObject({
      on_track: 2,
      at_risk: 1,
      off_track: 2,
      not_reported: 5,
      total: 10,
    });
    const pdi1 = s.indicators.find((i: { key: string }) => i.key === 'priority_direction:pd1:pdi1');
    expect(pdi1.years.find((y: { year: number }) => y.year === 2028)).toEqual({
      year: 2028,
      target: 95,
      actual: 93,
      period: '2028-Q3',
      expected: 92.5,
      status: 'on_track',
    });
    expect(pdi1.years.find((y: { year: number }) => y.year === 2029)).toMatchObject({
      actual: null,
      status: 'not_reported',
    });
    expect(s.lastSubmittedAt).toBe('2028-10-02T04:00:00.000Z');
    expect(s.periods.map((p: { period: string; status: string }) => [p.period, p.status])).toEqual([
      ['2028-Q3', 'locked'],
    ]);
  });

  it('shows the plan-schedule’s execution and the Rules’ deadlines met or missed', async () => {
    const s = (await call('GET', m('/summary'), reviewer)).json();
    expect(s.schedule.counts.total).toBe(28);
    expect(s.schedule.cells.filter((c: { source: string }) => c.source === 'project').length).toBe(8);
    const c2Late = s.schedule.cells.filter(
      (c: { caseId: string; code: string; state: string }) =>
        c.caseId === 'c2' && c.code === 'R' && c.state === 'late',
    );
    expect(c2Late).toHaveLength(4); // c2's project never formed its team
    expect(s.deadlines.terms.map((d: { term: string; outcome: string }) => [d.term, d.outcome])).toEqual([
      ['review', 'met'],
      ['publication', 'met'],
      ['teamFormation', 'missed'],
      ['teamFormation', 'missed'],
    ]);
    expect(s.deadlines.counts).toEqual({ met: 2, missed: 2, pending: 0 });
    expect((await call('GET', m('/summary'), expert)).statusCode).toBe(200);
    expect((await call('GET', m('/summary'), otherOffice)).statusCode).toBe(404);
  });
});

describe('the daily opening of periods', () => {
  it('opens the fourth quarter and the year for every map in force, once', async () => {
    const sent: unknown[] = [];
    const boss = { send: async (...args: unknown[]) => sent.push(args) } as unknown as PgBoss;
    const day = new Date('2029-01-02T04:00:00Z');
    expect(await runMonitoringJob(t.database.db, boss, day)).toBe(2);
    expect(sent).toHaveLength(4); // a reminder and an escalation per period
    expect(await runMonitoringJob(t.database.db, boss, day)).toBe(0);
    now = day;
    const list = (await call('GET', m('/periods'), office)).json();
    expect(list.periods.map((p: { period: string; due: string }) => [p.period, p.due])).toEqual([
      ['2028-Q3', '2028-10-13'],
      ['2028-Q4', '2029-01-16'],
      ['2028', '2029-01-16'],
    ]);
    // The plan-schedule is a quarter's business, not the year's.
    const cells = await call('PUT', m('/periods/2028/cells'), office, {
      cells: [{ caseId: 'c1', quarter: 15, state: 'done' }],
    });
    expect(cells.json().issues[0]).toMatchObject({ path: ['params', 'period'], rule: 'quarter_only' });
  });
});
