import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { auditEvents, mapVersions } from '../db/schema.ts';
import { setupTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let office: { cookie: string };
let otherOffice: { cookie: string };
let dataOfficer: { cookie: string };
let mapId: string;

type Workbook = InstanceType<typeof ExcelJS.Workbook>;

beforeAll(async () => {
  t = await setupTestApp();
  office = await t.userIn('mo-healthcare', ['dt_office']);
  otherOffice = await t.userIn('mo-justice', ['dt_office']);
  dataOfficer = await t.userIn('mo-healthcare', ['data_officer']);
  const refs = await t.refs();
  const doc: MapDocument = validMapDocument();
  doc.passport.planningDocumentIds = [refs.documents[0]!];
  for (const c of doc.sectors[0]!.cases) {
    c.publicServiceIds = c.publicServiceIds.map((_, i) => refs.services[i]!);
    c.informationSystemIds = c.informationSystemIds.map((_, i) => refs.systems[i]!);
  }
  doc.attachments.dataList[0]!.informationSystemIds = [refs.systems[0]!];
  const res = await inject('POST', '/api/maps', office.cookie, { document: doc });
  expect(res.statusCode).toBe(201);
  mapId = res.json().map.id;
});
afterAll(() => t.close());

const inject = (method: 'GET' | 'POST', url: string, cookie: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: { cookie, 'x-locale': 'ru' }, payload: payload as never });
const v1 = () => `/api/maps/${mapId}/versions/1`;
const version = async () => (await inject('GET', v1(), office.cookie)).json();
const upload = (file: Buffer, baseRevision: number, cookie = office.cookie) =>
  inject('POST', `${v1()}/import.xlsx?baseRevision=${baseRevision}`, cookie, {
    file: { name: 'карта.xlsx', contentBase64: file.toString('base64') },
  });

/** The version's workbook as exported, changed the way a user would in Excel. */
async function exportedAndEdited(edit: (wb: Workbook) => void): Promise<Buffer> {
  const res = await inject('GET', `${v1()}/map.xlsx`, office.cookie);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as Parameters<typeof wb.xlsx.load>[0]);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('a map in and out of Excel', () => {
  it('exports a version as an XLSX workbook with the reader-language sheets', async () => {
    const res = await inject('GET', `${v1()}/map.xlsx`, office.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(String(res.headers['content-disposition'])).toMatch(/attachment; filename="dt-map-.*-v1\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Кейсы',
      'Бизнес-процессы',
      'План-график',
      'Индикаторы',
    ]);
  });

  it('imports an edited workbook into the draft, bumps the revision and audits the write', async () => {
    const before = await version();
    const file = await exportedAndEdited((wb) => {
      wb.getWorksheet('План-график')!.getCell('E2').value = 'R';
    });
    const res = await upload(file, before.version.revision);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.changed).toEqual(['sector:s1']);
    expect(body.version.version.revision).toBe(before.version.revision + 1);
    const after = await version();
    expect(after.document.sectors[0].cases[0].schedule[0]).toBe('R');
    expect(after.version.sectionRevisions['sector:s1']).toBe(after.version.revision);
    // Everything else is as it was.
    after.document.sectors[0].cases[0].schedule[0] = '';
    expect(after.document).toEqual(before.document);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, mapId), eq(auditEvents.type, 'map.section_saved')));
    expect(audit.map((a) => a.data)).toContainEqual({
      versionNumber: 1,
      section: 'sector:s1',
      revision: after.version.revision,
    });
  });

  it('changes nothing when one row is bad, and names the row in the caller’s language', async () => {
    const before = await version();
    const file = await exportedAndEdited((wb) => {
      wb.getWorksheet('План-график')!.getCell('F2').value = 'F';
      wb.getWorksheet('План-график')!.getCell('G3').value = 'X';
    });
    const res = await upload(file, before.version.revision);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('map.import_invalid');
    expect(body.issues).toEqual([
      expect.objectContaining({
        rule: 'xlsx_bad_code',
        message:
          'Лист «План-график», строка 3, столбец G «2025 III кв.»: «X» — не код план-графика: R, F, D или пусто.',
      }),
    ]);
    const after = await version();
    expect(after.version.revision).toBe(before.version.revision);
    expect(after.document).toEqual(before.document);
  });

  it('refuses a stale baseRevision with 409, writing nothing', async () => {
    const before = await version();
    const file = await exportedAndEdited((wb) => {
      wb.getWorksheet('План-график')!.getCell('F2').value = 'F';
    });
    const res = await upload(file, before.version.revision - 1);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'map.revision_conflict',
      details: { revision: before.version.revision },
    });
    expect((await version()).document).toEqual(before.document);
  });

  it('refuses a file that is not a workbook', async () => {
    const res = await upload(Buffer.from('%PDF-1.7 not a workbook'), (await version()).version.revision);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('xlsx.not_xlsx');
  });

  it('lets only those who may edit the sectors import', async () => {
    const file = await exportedAndEdited(() => {});
    const revision = (await version()).version.revision;
    expect((await upload(file, revision, dataOfficer.cookie)).statusCode).toBe(403);
  });

  it("answers 404 for another body's map, in and out", async () => {
    const file = await exportedAndEdited(() => {});
    expect((await inject('GET', `${v1()}/map.xlsx`, otherOffice.cookie)).statusCode).toBe(404);
    const res = await upload(file, (await version()).version.revision, otherOffice.cookie);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('map.not_found');
  });

  it('exports an approved version but refuses to import into it', async () => {
    const file = await exportedAndEdited((wb) => {
      wb.getWorksheet('План-график')!.getCell('F2').value = 'F';
    });
    const revision = (await version()).version.revision;
    await t.database.db
      .update(mapVersions)
      .set({ status: 'approved' })
      .where(and(eq(mapVersions.mapId, mapId), eq(mapVersions.number, 1)));
    const res = await upload(file, revision);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('map.version_not_editable');
    expect((await inject('GET', `${v1()}/map.xlsx`, office.cookie)).statusCode).toBe(200);
  });
});
