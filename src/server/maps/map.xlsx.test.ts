import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ruleMessage } from '../../api/messages.ts';
import type { FieldIssue } from '../../domain/errors.ts';
import { LOCALES } from '../../domain/locale.ts';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import { type MapDocument, newMapDocument } from '../../domain/map/map.schema.ts';
import { MAP_IMPORT_MAX_ROWS, type MapImportResult, mapFromWorkbook } from './map.xlsx.import.ts';
import { mapWorkbook } from './map.xlsx.ts';

type Workbook = InstanceType<typeof ExcelJS.Workbook>;

/** The fixture's workbook in Russian, changed cell by cell the way a user would in Excel. */
async function edited(edit: (wb: Workbook) => void, doc: MapDocument = validMapDocument()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await mapWorkbook(doc, 'ru')) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const sheet = (wb: Workbook, name: string) => wb.getWorksheet(name)!;
/** An edit of one cell. */
const set = (sheetName: string, address: string, value: string) => (wb: Workbook) => {
  sheet(wb, sheetName).getCell(address).value = value;
};

async function issuesOf(file: Buffer, doc: MapDocument = validMapDocument()): Promise<FieldIssue[]> {
  const result = await mapFromWorkbook(file, doc, 'ru');
  if (result.ok || result.code !== 'map.import_invalid')
    throw new Error(`expected row problems: ${JSON.stringify(result)}`);
  return result.issues;
}
const contentOf = (result: MapImportResult): MapDocument => {
  if (!result.ok) throw new Error(`expected content: ${JSON.stringify(result)}`);
  return result.content;
};

/** The draft with the sectors' cases and all indicators gone, as a fresh draft would be. */
function stripped(): MapDocument {
  const doc = validMapDocument();
  for (const s of doc.sectors) {
    s.cases = [];
    s.indicators = [];
  }
  for (const d of doc.attachments.priorityDirections) d.indicators = [];
  doc.attachments.performanceIndicators = [];
  return doc;
}

describe('the map workbook round trip', () => {
  for (const locale of LOCALES)
    it(`reads back the same document from its own ${locale} workbook`, async () => {
      const doc = validMapDocument();
      const result = await mapFromWorkbook(await mapWorkbook(doc, locale), doc, locale);
      expect(contentOf(result)).toEqual(doc);
      expect(result.ok && result.changed).toEqual([]);
    });

  it('fills a draft without cases and indicators with the same cases, schedule and indicators', async () => {
    const doc = validMapDocument();
    const content = contentOf(await mapFromWorkbook(await mapWorkbook(doc, 'kk'), stripped(), 'ru'));
    // What the workbook only shows for reading (references, units, AI use…) starts empty in a new case.
    const carried = doc.sectors[0]!.cases.map((c) => ({
      ...c,
      aiUse: [],
      responsibleUnits: [],
      functions: [],
      publicServiceIds: [],
      informationSystemIds: [],
      subjectIds: [],
      lifeCycleStageIds: [],
    }));
    expect(content.sectors[0]!.cases).toEqual(carried);
    expect(content.sectors[0]!.indicators).toEqual(doc.sectors[0]!.indicators);
    expect(content.attachments).toEqual(doc.attachments);
    expect(content.sectors[0]!.fastTrack).toEqual(doc.sectors[0]!.fastTrack);
  });

  it('gives an empty draft an empty template that imports to the same draft', async () => {
    const draft = newMapDocument();
    const file = await mapWorkbook(draft, 'en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Cases',
      'Business processes',
      'Plan-schedule',
      'Indicators',
    ]);
    expect(wb.getWorksheet('Plan-schedule')!.getRow(1).getCell(5).value).toBe('2025 Q1');
    expect(wb.getWorksheet('Plan-schedule')!.getRow(1).getCell(24).value).toBe('2029 Q4');
    expect(contentOf(await mapFromWorkbook(file, draft, 'en'))).toEqual(draft);
  });

  it('applies edits: a new case without an id, a changed cell, a deleted indicator; keeps what the file does not carry', async () => {
    const file = await edited((wb) => {
      const cases = sheet(wb, 'Кейсы');
      cases.addRow(['s1', '', '', 'Жаңа кейс', 'Новый кейс', '', 'планируется', 'нет', 'нет', 'нет']);
      sheet(wb, 'План-график').getCell('E2').value = 'r';
      sheet(wb, 'Индикаторы').spliceRows(3, 1);
    });
    const content = contentOf(await mapFromWorkbook(file, validMapDocument(), 'ru'));
    const [c1, c2, added] = content.sectors[0]!.cases;
    expect(c1!.schedule[0]).toBe('R');
    expect(c1!.publicServiceIds).toEqual(validMapDocument().sectors[0]!.cases[0]!.publicServiceIds);
    expect(c2!.id).toBe('c2');
    expect(added).toMatchObject({
      name: { kk: 'Жаңа кейс', ru: 'Новый кейс' },
      reengineeringStatus: 'planned',
    });
    expect(added!.id).toMatch(/^case-/);
    expect(content.sectors[0]!.indicators.map((i) => i.id)).toEqual(['ind1']);
  });

  it('takes markup as literal text and drops control characters', async () => {
    const file = await edited((wb) => {
      sheet(wb, 'Кейсы').getCell('E2').value = '<b>Жирный</b> & "кавычки"\u0007';
    });
    const content = contentOf(await mapFromWorkbook(file, validMapDocument(), 'ru'));
    expect(content.sectors[0]!.cases[0]!.name.ru).toBe('<b>Жирный</b> & "кавычки"');
  });
});

describe('a workbook with bad rows', () => {
  it('refuses an unknown sector, naming the sheet, row and column', async () => {
    const issues = await issuesOf(await edited(set('Кейсы', 'A2', 'zz')));
    expect(issues[0]).toEqual({
      path: ['file', 'cases', 2, 'sector'],
      rule: 'xlsx_unknown_sector',
      params: { sheet: 'Кейсы', row: 2, column: 'A «Код отрасли»', value: 'zz' },
    });
    expect(ruleMessage(issues[0]!.rule, 'ru', issues[0]!.params)).toBe(
      'Лист «Кейсы», строка 2, столбец A «Код отрасли»: в карте нет отрасли «zz».',
    );
  });

  it('refuses a schedule code other than R, F, D', async () => {
    const issues = await issuesOf(await edited(set('План-график', 'F3', 'X')));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'xlsx_bad_code',
        params: expect.objectContaining({
          sheet: 'План-график',
          row: 3,
          column: 'F «2025 II кв.»',
          value: 'X',
        }),
      }),
    ]);
  });

  it('refuses a quarter column outside the period', async () => {
    const issues = await issuesOf(await edited(set('План-график', 'Y1', '2030 I кв.')));
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'xlsx_year_out_of_period',
        params: expect.objectContaining({
          row: 1,
          column: 'Y «2030 I кв.»',
          year: 2030,
          from: 2025,
          to: 2029,
        }),
      }),
    ]);
  });

  it('refuses a target that is not a number and a baseline year that is not a year', async () => {
    const issues = await issuesOf(
      await edited((wb) => {
        const ind = sheet(wb, 'Индикаторы');
        ind.getCell('L2').value = 'много';
        ind.getCell('K3').value = 'прошлый';
      }),
    );
    expect(issues.map((i) => [i.rule, i.params?.row, i.params?.column])).toEqual(
      [
        ['xlsx_not_year', 3, 'K «Базовый год»'],
        ['xlsx_not_number', 2, 'L «Цель 2025»'],
      ].sort((a, b) => Number(a[1]) - Number(b[1])),
    );
  });

  it('refuses a case without a name in kk or ru', async () => {
    const issues = await issuesOf(
      await edited((wb) => {
        sheet(wb, 'Кейсы').getCell('D3').value = null;
        sheet(wb, 'Кейсы').getCell('E3').value = '   ';
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ rule: 'xlsx_name_required', params: expect.objectContaining({ row: 3 }) }),
    ]);
  });

  it('refuses a duplicate id, naming the first row', async () => {
    const issues = await issuesOf(
      await edited((wb) => {
        sheet(wb, 'Индикаторы').getCell('C3').value = 'ind1';
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'xlsx_duplicate_id',
        params: expect.objectContaining({ row: 3, column: 'C «Код индикатора»', value: 'ind1', first: 2 }),
      }),
    ]);
  });

  it('refuses schedule rows of unknown cases and processes, and a row given twice', async () => {
    const issues = await issuesOf(
      await edited((wb) => {
        const s = sheet(wb, 'План-график');
        s.addRow(['s1', 'c9', '', 'x']);
        s.addRow(['s1', 'c2', 'bp9', 'x']);
        s.addRow(['s1', 'c1', '', 'again']);
      }),
    );
    expect(issues.map((i) => [i.rule, i.params?.row])).toEqual([
      ['xlsx_unknown_case', 5],
      ['xlsx_unknown_process', 6],
      ['xlsx_duplicate_row', 7],
    ]);
  });

  it('refuses a file without a required column or sheet, naming them', async () => {
    const noColumn = await issuesOf(await edited(set('Кейсы', 'C1', 'Что-то')));
    expect(noColumn).toEqual([
      {
        path: ['file', 'cases'],
        rule: 'xlsx_no_column',
        params: { sheet: 'Кейсы', row: 1, column: 'Код кейса' },
      },
    ]);
    const noSheet = await issuesOf(await edited((wb) => wb.removeWorksheet(sheet(wb, 'Индикаторы').id)));
    expect(noSheet).toEqual([
      { path: ['file', 'indicators'], rule: 'xlsx_no_sheet', params: { sheet: 'Индикаторы' } },
    ]);
  });

  it('refuses text over the schema limit instead of cutting it, and a bad id', async () => {
    const issues = await issuesOf(
      await edited((wb) => {
        sheet(wb, 'Кейсы').getCell('E2').value = 'я'.repeat(20_001);
        sheet(wb, 'Бизнес-процессы').getCell('C2').value = 'bp 1';
      }),
    );
    expect(issues.map((i) => [i.rule, i.params?.column, i.params?.maximum ?? i.params?.value])).toEqual([
      ['xlsx_too_long', 'E «Наименование (рус.)»', 20_000],
      ['xlsx_bad_id', 'C «Код процесса»', 'bp 1'],
    ]);
  });

  it('refuses a bad choice and a criterion outside R.19', async () => {
    const issues = await issuesOf(
      await edited((wb) => {
        sheet(wb, 'Кейсы').getCell('G2').value = 'почти';
        sheet(wb, 'Кейсы').getCell('H2').value = 'может быть';
        sheet(wb, 'Индикаторы').getCell('T2').value = 3;
      }),
    );
    expect(issues.map((i) => [i.rule, i.params?.column])).toEqual([
      ['xlsx_bad_choice', 'G «Статус реинжиниринга»'],
      ['xlsx_bad_choice', 'H «Автоматизирован»'],
      ['xlsx_bad_choice', 'T «Критерий п. 19»'],
    ]);
  });

  it('refuses too many rows on a sheet', async () => {
    const issues = await issuesOf(
      await edited((wb) => {
        const s = sheet(wb, 'Бизнес-процессы');
        for (let i = 0; i <= MAP_IMPORT_MAX_ROWS; i++) s.addRow(['s1', 'c1', `p${i}`, 'а', 'б']);
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 'xlsx_sheet_too_many_rows',
        params: expect.objectContaining({ maximum: MAP_IMPORT_MAX_ROWS }),
      }),
    ]);
  });

  it('refuses what is not a workbook', async () => {
    expect(await mapFromWorkbook(Buffer.from('%PDF-1.7'), validMapDocument(), 'kk')).toEqual({
      ok: false,
      code: 'xlsx.not_xlsx',
    });
  });
});
