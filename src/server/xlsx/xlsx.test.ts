import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { normalizeHeader, type ReadColumn, readTable, writeWorkbook } from './xlsx.ts';

const COLUMNS: ReadColumn<'indicator' | 'year' | 'value' | 'comment'>[] = [
  { key: 'indicator', headers: ['Көрсеткіш', 'Индикатор', 'Indicator'] },
  { key: 'year', headers: ['Жыл', 'Год', 'Year'] },
  { key: 'value', headers: ['Нақты мән', 'Фактическое значение', 'Actual value'] },
  { key: 'comment', headers: ['Түсініктеме', 'Комментарий', 'Comment'], required: false },
];
const LIMITS = { maxRows: 100, maxBytes: 1_000_000 };

/** A workbook built cell by cell, for what writeWorkbook never produces (titles, formulas, gaps). */
async function workbookOf(build: (sheet: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Деректер'), wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('writeWorkbook and readTable', () => {
  it('round-trips Kazakh and Russian text, numbers and dates', async () => {
    const buffer = await writeWorkbook([
      {
        name: 'Көрсеткіштер',
        columns: [
          { header: 'Көрсеткіш', key: 'indicator', width: 40 },
          { header: 'Жыл', key: 'year' },
          { header: 'Нақты мән', key: 'value', numFmt: '#,##0.0' },
          { header: 'Түсініктеме', key: 'comment' },
          { header: 'Күні', key: 'on', numFmt: 'dd.mm.yyyy' },
        ],
        rows: [
          {
            indicator: 'Электрондық қызметтердің үлесі ә ғ қ ң ө ұ ү һ і',
            year: 2026,
            value: 1234.5,
            comment: '  Доля услуг в электронном виде, ё  ',
            on: new Date(Date.UTC(2026, 2, 31)),
          },
          { indicator: 'Второй', year: 2027, value: -0.25, comment: null },
        ],
      },
    ]);
    expect(buffer.subarray(0, 2).toString()).toBe('PK');

    const read = await readTable(buffer, {
      ...LIMITS,
      columns: [...COLUMNS, { key: 'on', headers: ['Күні'] }],
    });
    expect(read).toEqual({
      ok: true,
      sheetName: 'Көрсеткіштер',
      headerRow: 1,
      rows: [
        {
          rowNumber: 2,
          values: {
            indicator: 'Электрондық қызметтердің үлесі ә ғ қ ң ө ұ ү һ і',
            year: 2026,
            value: 1234.5,
            comment: 'Доля услуг в электронном виде, ё',
            on: new Date(Date.UTC(2026, 2, 31)),
          },
        },
        { rowNumber: 3, values: { indicator: 'Второй', year: 2027, value: -0.25, comment: null, on: null } },
      ],
    });
  });

  it('writes a bold, frozen header row with the column formats', async () => {
    const buffer = await writeWorkbook([
      {
        name: 'A/B: [report]?',
        columns: [{ header: 'Value', key: 'v', numFmt: '0.00', width: 14 }],
        rows: [{ v: 3 }],
      },
      { name: 'a b report', columns: [{ header: 'X', key: 'x' }], rows: [] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const [first, second] = wb.worksheets;
    expect(first.name).toBe('A B report');
    expect(second.name).toBe('a b report (2)');
    expect(first.getCell('A1').font?.bold).toBe(true);
    expect(first.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(first.getCell('A2').numFmt).toBe('0.00');
    expect(first.getColumn(1).width).toBe(14);
  });

  it('matches headers in any of the languages, ignoring case, spaces and a required-mark', async () => {
    const buffer = await workbookOf((ws) => {
      ws.addRow(['  ФАКТИЧЕСКОЕ   значение *', 'year', 'ИНДИКАТОР:']);
      ws.addRow([12, 2026, 'Доля']);
    });
    const read = await readTable(buffer, { ...LIMITS, columns: COLUMNS });
    expect(read.ok && read.rows).toEqual([
      { rowNumber: 2, values: { indicator: 'Доля', year: 2026, value: 12, comment: null } },
    ]);
    expect(normalizeHeader(' Қызмет  САНЫ* ')).toBe('қызмет саны');
  });

  it('finds the header row below a title and reads the named sheet', async () => {
    const buffer = await workbookOf((first, wb) => {
      first.addRow(['not this one']);
      const ws = wb.addWorksheet('Отчёт');
      ws.addRow(['Отчёт об исполнении за I квартал 2026 года']);
      ws.addRow([]);
      ws.addRow(['Indicator', 'Year', 'Actual value']);
      ws.addRow(['Share', 2026, 7]);
    });
    const read = await readTable(buffer, { ...LIMITS, sheetName: 'отчёт', columns: COLUMNS });
    expect(read).toMatchObject({ ok: true, sheetName: 'Отчёт', headerRow: 3 });
    expect(read.ok && read.rows.map((r) => r.rowNumber)).toEqual([4]);
  });

  it('reports a missing required column by its key', async () => {
    const buffer = await workbookOf((ws) => {
      ws.addRow(['Indicator', 'Комментарий']);
      ws.addRow(['Share', 'x']);
    });
    const read = await readTable(buffer, { ...LIMITS, columns: COLUMNS });
    expect(read).toMatchObject({ ok: false, problem: 'missing_column', missing: ['year', 'value'] });
  });

  it('reports a sheet that is not there', async () => {
    const buffer = await workbookOf((ws) => ws.addRow(['Indicator']));
    expect(await readTable(buffer, { ...LIMITS, sheetName: 'Missing', columns: COLUMNS })).toMatchObject({
      ok: false,
      problem: 'no_sheet',
    });
  });

  it('reads a formula by its cached result, and as empty when none was cached', async () => {
    const buffer = await workbookOf((ws) => {
      ws.addRow(['Indicator', 'Year', 'Actual value']);
      ws.addRow(['Share', 2026, { formula: 'B2/100', result: 20.26 }]);
      ws.addRow([
        'Text',
        { formula: '2025+1', result: 2026 },
        { formula: 'UPPER("  ok  ")', result: '  OK  ' },
      ]);
      ws.addRow(['No cache', 2026, { formula: 'B4*2' }]);
      ws.addRow(['Error', 2026, { formula: '1/0', result: { error: '#DIV/0!' } }]);
    });
    const read = await readTable(buffer, { ...LIMITS, columns: COLUMNS });
    expect(read.ok && read.rows.map((r) => [r.values.year, r.values.value])).toEqual([
      [2026, 20.26],
      [2026, 'OK'],
      [2026, null],
      [2026, '#DIV/0!'],
    ]);
  });

  it('reads rich text and links by their text', async () => {
    const buffer = await workbookOf((ws) => {
      ws.addRow(['Indicator', 'Year', 'Actual value', 'Comment']);
      ws.addRow([
        { richText: [{ text: 'Үлес ' }, { text: 'жалпы', font: { bold: true } }] },
        2026,
        1,
        { text: 'egov.kz', hyperlink: 'https://egov.kz' },
      ]);
    });
    const read = await readTable(buffer, { ...LIMITS, columns: COLUMNS });
    expect(read.ok && read.rows[0].values).toMatchObject({ indicator: 'Үлес жалпы', comment: 'egov.kz' });
  });

  it('skips empty rows, blank-text rows included, and keeps the sheet row numbers', async () => {
    const buffer = await workbookOf((ws) => {
      ws.addRow(['Indicator', 'Year', 'Actual value']);
      ws.addRow(['A', 2026, 1]);
      ws.addRow([]);
      ws.addRow(['   ', null, '']);
      ws.getCell('A6').value = 'B';
      ws.getCell('C6').value = 2;
    });
    const read = await readTable(buffer, { ...LIMITS, columns: COLUMNS });
    expect(read.ok && read.rows).toEqual([
      { rowNumber: 2, values: { indicator: 'A', year: 2026, value: 1, comment: null } },
      { rowNumber: 6, values: { indicator: 'B', year: null, value: 2, comment: null } },
    ]);
  });

  it('refuses more rows than allowed, not counting empty ones', async () => {
    const buffer = await workbookOf((ws) => {
      ws.addRow(['Indicator', 'Year', 'Actual value']);
      for (let i = 0; i < 3; i++) ws.addRow([`I${i}`, 2026, i]);
    });
    expect(await readTable(buffer, { ...LIMITS, maxRows: 3, columns: COLUMNS })).toMatchObject({ ok: true });
    expect(await readTable(buffer, { ...LIMITS, maxRows: 2, columns: COLUMNS })).toMatchObject({
      ok: false,
      problem: 'too_many_rows',
      limit: 2,
    });
  });
});

describe('readTable on files that are not what they claim', () => {
  it('refuses a file over the size limit before opening it', async () => {
    const buffer = await writeWorkbook([
      { name: 'S', columns: [{ header: 'A', key: 'a' }], rows: [{ a: 1 }] },
    ]);
    expect(await readTable(buffer, { ...LIMITS, maxBytes: 100, columns: COLUMNS })).toMatchObject({
      ok: false,
      problem: 'too_large',
      limit: 100,
    });
  });

  it('refuses an archive that unpacks to more than allowed', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ a: 'x'.repeat(200), b: i }));
    const buffer = await writeWorkbook([
      {
        name: 'S',
        columns: [
          { header: 'A', key: 'a' },
          { header: 'B', key: 'b' },
        ],
        rows,
      },
    ]);
    expect(await readTable(buffer, { ...LIMITS, maxUnpackedBytes: 100_000, columns: COLUMNS })).toMatchObject(
      {
        ok: false,
        problem: 'too_large',
      },
    );
  });

  it.each([
    ['plain text', Buffer.from('Indicator;Year;Actual value\nShare;2026;12\n')],
    ['an empty file', Buffer.alloc(0)],
    [
      'a legacy .xls',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
    ],
    ['a truncated ZIP', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)])],
  ])('refuses %s as not_xlsx', async (_, buffer) => {
    expect(await readTable(buffer, { ...LIMITS, columns: COLUMNS })).toMatchObject({
      ok: false,
      problem: 'not_xlsx',
    });
  });

  it('refuses a ZIP that holds no workbook, and a workbook cut short', async () => {
    const xlsx = await writeWorkbook([{ name: 'S', columns: [{ header: 'A', key: 'a' }], rows: [] }]);
    // Rename the workbook part inside the archive: still a valid ZIP, no longer a workbook.
    const renamed = Buffer.from(
      xlsx.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.xmx'),
      'latin1',
    );
    expect(await readTable(renamed, { ...LIMITS, columns: COLUMNS })).toMatchObject({ problem: 'not_xlsx' });
    const cut = xlsx.subarray(0, Math.floor(xlsx.length * 0.6));
    expect(await readTable(cut, { ...LIMITS, columns: COLUMNS })).toMatchObject({ problem: 'not_xlsx' });
  });

  it.each(['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml'])(
    'refuses a ZIP whose %s is corrupt, without throwing',
    async (part) => {
      const xlsx = await writeWorkbook([
        { name: 'S', columns: [{ header: 'A', key: 'a' }], rows: [{ a: 'one' }, { a: 'two' }] },
      ]);
      // Scramble the part's compressed data; the ZIP directory stays intact, so exceljs gets to parse it.
      const corrupt = Buffer.from(xlsx);
      const header = corrupt.indexOf(part) - 30;
      const size = corrupt.readUInt32LE(header + 18);
      const data = header + 30 + corrupt.readUInt16LE(header + 26) + corrupt.readUInt16LE(header + 28);
      for (let i = data + 2; i < data + size - 2; i++) corrupt[i] ^= 0x5a;
      const read = await readTable(corrupt, { ...LIMITS, columns: COLUMNS });
      expect(read).toMatchObject({ ok: false, problem: 'not_xlsx' });
      expect(!read.ok && read.detail).toMatch(/^unreadable workbook/);
    },
  );
});
