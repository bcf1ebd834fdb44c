import ExcelJS from 'exceljs';

/**
 * XLSX in and out, the only module that knows exceljs (unmaintained since 2023: keep it swappable,
 * see notes/dependencies.md). Reading takes user files: it checks the container before parsing,
 * bounds sizes and rows, and reports every failure as a problem code instead of throwing.
 */

/** A cell as the importer sees it: trimmed text, a number, a date, or nothing. */
export type CellData = string | number | Date | null;

export interface ReadColumn<K extends string = string> {
  key: K;
  /** Accepted header texts (kk/ru/en), compared case-insensitively with spaces collapsed. */
  headers: readonly string[];
  /** A missing optional column reads as null in every row (default: required). */
  required?: boolean;
}

export interface ReadTableOptions<K extends string = string> {
  /** The sheet to read (case-insensitive); the first sheet when omitted. */
  sheetName?: string;
  columns: readonly ReadColumn<K>[];
  /** Most data rows accepted (empty rows do not count). */
  maxRows: number;
  /** Largest file accepted. */
  maxBytes: number;
  /** Largest total unpacked size of the archive's parts (default 50 × maxBytes): a guard against zip bombs. */
  maxUnpackedBytes?: number;
}

export interface TableRow<K extends string = string> {
  /** The row's number in the sheet as Excel shows it, for per-row messages. */
  rowNumber: number;
  values: Record<K, CellData>;
}

export type ReadTableProblem = 'not_xlsx' | 'too_large' | 'no_sheet' | 'missing_column' | 'too_many_rows';

export type ReadTableResult<K extends string = string> =
  | { ok: true; sheetName: string; headerRow: number; rows: TableRow<K>[] }
  | {
      ok: false;
      problem: ReadTableProblem;
      /** For logs and developers; the user's message is chosen by `problem`. */
      detail: string;
      /** missing_column: the keys of the required columns not found. */
      missing?: K[];
      /** too_large / too_many_rows: the limit that was passed. */
      limit?: number;
    };

/** Header rows are looked for in the first rows: templates often carry a title above the table. */
const HEADER_SEARCH_ROWS = 10;
/** Excel's longest cell text. */
const MAX_CELL_TEXT = 32_767;

// ---------------------------------------------------------------------------------------------
// The container: a ZIP holding an OOXML workbook, checked from its central directory before exceljs
// unpacks anything.

const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_DIRECTORY_ENTRY = 0x02014b50;
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

interface ZipListing {
  names: string[];
  unpackedBytes: number;
}

/** The names and total unpacked size of a ZIP's entries, from its central directory; null if malformed. */
function zipListing(buf: Buffer): ZipListing | null {
  if (buf.length < 22 || buf.readUInt32LE(0) !== ZIP_LOCAL_HEADER) return null;
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
    if (buf.readUInt32LE(i) === ZIP_END_OF_DIRECTORY) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  // ZIP64 markers: no spreadsheet anyone uploads here needs them.
  if (count === 0xffff || at === 0xffffffff) return null;
  const names: string[] = [];
  let unpackedBytes = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== ZIP_DIRECTORY_ENTRY) return null;
    const unpacked = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (next > buf.length) return null;
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    unpackedBytes += unpacked === 0xffffffff ? Number.POSITIVE_INFINITY : unpacked;
    at = next;
  }
  return { names, unpackedBytes };
}

// ---------------------------------------------------------------------------------------------
// Cells

/** A header or accepted header text, compared: NFC, spaces collapsed, case and «ё» folded, a trailing «*» or «:» dropped. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s*:]+$/, '')
    .toLocaleLowerCase()
    .replace(/ё/g, 'е');
}

/** A cell's value as plain data: formulas by their cached result, rich text and links by their text. */
function cellData(value: unknown): CellData {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : text;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) return cellData(v.result);
    if (Array.isArray(v.richText))
      return cellData(v.richText.map((part: { text?: unknown }) => String(part?.text ?? '')).join(''));
    if ('text' in v) return cellData(v.text);
    // An error value (#DIV/0!, #N/A) stays visible as text, so a row check can name it.
    if ('error' in v) return cellData(v.error);
  }
  return null;
}

const fail = <K extends string>(
  problem: ReadTableProblem,
  detail: string,
  extra: { missing?: K[]; limit?: number } = {},
): ReadTableResult<K> => ({ ok: false, problem, detail, ...extra });

/**
 * Reads one table of a user's workbook: finds the header row by the accepted header texts (any of
 * kk/ru/en), then returns every non-empty row with the columns' values. Never throws.
 */
export async function readTable<K extends string>(
  buffer: Buffer | Uint8Array,
  options: ReadTableOptions<K>,
): Promise<ReadTableResult<K>> {
  try {
    const buf = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer);
    if (buf.length > options.maxBytes)
      return fail('too_large', `file is ${buf.length} bytes`, { limit: options.maxBytes });
    if (buf.subarray(0, 8).equals(CFB_MAGIC))
      return fail('not_xlsx', 'an OLE compound file: a legacy .xls or a password-protected workbook');
    const listing = zipListing(buf);
    if (!listing) return fail('not_xlsx', 'not a ZIP archive');
    if (!listing.names.includes('[Content_Types].xml') || !listing.names.includes('xl/workbook.xml'))
      return fail('not_xlsx', 'a ZIP archive without a workbook');
    const maxUnpacked = options.maxUnpackedBytes ?? options.maxBytes * 50;
    if (listing.unpackedBytes > maxUnpacked)
      return fail('too_large', `unpacks to ${listing.unpackedBytes} bytes`, { limit: maxUnpacked });

    const workbook = new ExcelJS.Workbook();
    try {
      // exceljs's typings name the old Node Buffer type; the value is a Buffer.
      await workbook.xlsx.load(buf as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    } catch (error) {
      return fail('not_xlsx', `unreadable workbook: ${(error as Error)?.message ?? String(error)}`);
    }

    const wanted = options.sheetName === undefined ? null : normalizeHeader(options.sheetName);
    const sheet =
      wanted === null
        ? workbook.worksheets[0]
        : workbook.worksheets.find((ws) => normalizeHeader(ws.name) === wanted);
    if (!sheet)
      return fail(
        'no_sheet',
        wanted === null ? 'the workbook has no sheets' : `no sheet named "${options.sheetName}"`,
      );

    // The header row: the first of the top rows that matches the most columns.
    const accepted = options.columns.map((c) => new Set(c.headers.map(normalizeHeader)));
    let header = { row: 0, cells: new Map<number, number>() }; // column index → sheet column number
    const lastSearched = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
    for (let r = 1; r <= lastSearched; r++) {
      const cells = new Map<number, number>();
      sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const text = cellData(cell.value);
        if (text === null) return;
        const normalized = normalizeHeader(text instanceof Date ? text.toISOString() : String(text));
        accepted.forEach((set, i) => {
          if (!cells.has(i) && set.has(normalized)) cells.set(i, colNumber);
        });
      });
      if (cells.size > header.cells.size) header = { row: r, cells };
    }
    const missing = options.columns
      .filter((c, i) => c.required !== false && !header.cells.has(i))
      .map((c) => c.key);
    if (missing.length > 0 || header.row === 0)
      return fail('missing_column', `columns not found: ${missing.join(', ')}`, { missing });

    const rows: TableRow<K>[] = [];
    let tooMany = false;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (tooMany || rowNumber <= header.row) return;
      const values = {} as Record<K, CellData>;
      let empty = true;
      options.columns.forEach((c, i) => {
        const col = header.cells.get(i);
        const value = col === undefined ? null : cellData(row.getCell(col).value);
        if (value !== null) empty = false;
        values[c.key] = value;
      });
      if (empty) return;
      if (rows.length >= options.maxRows) {
        tooMany = true;
        return;
      }
      rows.push({ rowNumber, values });
    });
    if (tooMany)
      return fail('too_many_rows', `more than ${options.maxRows} rows`, { limit: options.maxRows });
    return { ok: true, sheetName: sheet.name, headerRow: header.row, rows };
  } catch (error) {
    // Anything exceljs trips over in a hostile file is the file's fault, not a server error.
    return fail('not_xlsx', `unreadable workbook: ${(error as Error)?.message ?? String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface WriteColumn {
  header: string;
  key: string;
  /** In characters (default: fits the header, 10–60). */
  width?: number;
  /** An Excel number format: '0.0', '#,##0', 'dd.mm.yyyy'. */
  numFmt?: string;
}

export interface WriteSheet {
  name: string;
  columns: readonly WriteColumn[];
  rows: readonly Record<string, unknown>[];
}

/** A sheet name Excel accepts: no []:*?/\, not blank, at most 31 characters, unique in the workbook. */
function sheetName(name: string, index: number, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .slice(0, 31)
      .trim() || `Sheet${index + 1}`;
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLocaleLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLocaleLowerCase());
  return candidate;
}

/** A value as a cell takes it; objects the caller did not flatten become their text. */
function cellValue(value: unknown): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'bigint') return Number(value);
  const text = typeof value === 'string' ? value : String(value);
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
}

/** A workbook of plain tables: a bold, frozen header row with a filter, one row per record. */
export async function writeWorkbook(sheets: readonly WriteSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DT Maps';
  const taken = new Set<string>();
  sheets.forEach((spec, index) => {
    const sheet = workbook.addWorksheet(sheetName(spec.name, index, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = spec.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width ?? Math.min(60, Math.max(10, c.header.length + 2)),
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    for (const record of spec.rows)
      sheet.addRow(Object.fromEntries(spec.columns.map((c) => [c.key, cellValue(record[c.key])])));
    const head = sheet.getRow(1);
    head.font = { bold: true };
    head.alignment = { vertical: 'middle', wrapText: true };
    if (spec.columns.length > 0)
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  });
  if (sheets.length === 0) workbook.addWorksheet('Sheet1');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
