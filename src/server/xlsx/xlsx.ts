import ExcelJS from 'exceljs';

/**
 * XLSX in and out, the only module that knows exceljs (unmaintained since 2023: keep it swappable,
 * see notes/dependencies.md). Reading takes user files: it checks the container before parsing,
 * bounds sizes and rows, and reports every failure as a problem code instead of throwing.
 */

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab, line feed and carriage return; U+FFFE,
 * U+FFFF): a workbook holding them is corrupt, so they are dropped on the way in and out.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const stripXmlIllegal = (text: string): string => text.replace(XML_ILLEGAL, '');

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
    const text = stripXmlIllegal(value).trim();
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

type Workbook = InstanceType<typeof ExcelJS.Workbook>;
type Worksheet = ReturnType<Workbook['addWorksheet']>;

/** The container checks, then exceljs's parse; a problem instead of a workbook when either fails. */
async function openWorkbook(
  buffer: Buffer | Uint8Array,
  limits: { maxBytes: number; maxUnpackedBytes?: number },
): Promise<
  | { ok: true; workbook: Workbook }
  | { ok: false; problem: 'not_xlsx' | 'too_large'; detail: string; limit?: number }
> {
  const buf = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer);
  if (buf.length > limits.maxBytes)
    return { ok: false, problem: 'too_large', detail: `file is ${buf.length} bytes`, limit: limits.maxBytes };
  if (buf.subarray(0, 8).equals(CFB_MAGIC))
    return {
      ok: false,
      problem: 'not_xlsx',
      detail: 'an OLE compound file: a legacy .xls or a password-protected workbook',
    };
  const listing = zipListing(buf);
  if (!listing) return { ok: false, problem: 'not_xlsx', detail: 'not a ZIP archive' };
  if (!listing.names.includes('[Content_Types].xml') || !listing.names.includes('xl/workbook.xml'))
    return { ok: false, problem: 'not_xlsx', detail: 'a ZIP archive without a workbook' };
  const maxUnpacked = limits.maxUnpackedBytes ?? limits.maxBytes * 50;
  if (listing.unpackedBytes > maxUnpacked)
    return {
      ok: false,
      problem: 'too_large',
      detail: `unpacks to ${listing.unpackedBytes} bytes`,
      limit: maxUnpacked,
    };
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings name the old Node Buffer type; the value is a Buffer.
    await workbook.xlsx.load(buf as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    return {
      ok: false,
      problem: 'not_xlsx',
      detail: `unreadable workbook: ${(error as Error)?.message ?? String(error)}`,
    };
  }
  return { ok: true, workbook };
}

/** A header cell as found in the sheet: its column number and text. */
export interface HeaderCell {
  column: number;
  text: string;
}

/** A table read from one sheet. */
export interface SheetTable<K extends string = string> {
  sheetName: string;
  headerRow: number;
  rows: TableRow<K>[];
  /** The sheet column number of each column found (optional columns may be absent). */
  columnNumbers: Partial<Record<K, number>>;
  /** Every non-empty cell of the header row, matched or not (e.g. to name unexpected columns). */
  headers: HeaderCell[];
}

type SheetFailure<K extends string> = Extract<ReadTableResult<K>, { ok: false }> & {
  /** missing_column: the header row that matched best (0 when none did). */
  headerRow?: number;
};

/** Reads the table of one sheet: finds the header row by the accepted header texts, then the rows. */
function readSheet<K extends string>(
  sheet: Worksheet,
  columns: readonly ReadColumn<K>[],
  maxRows: number,
): ({ ok: true } & SheetTable<K>) | SheetFailure<K> {
  // The header row: the first of the top rows that matches the most columns.
  const accepted = columns.map((c) => new Set(c.headers.map(normalizeHeader)));
  let header = { row: 0, cells: new Map<number, number>(), texts: [] as HeaderCell[] };
  const lastSearched = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= lastSearched; r++) {
    const cells = new Map<number, number>(); // column index → sheet column number
    const texts: HeaderCell[] = [];
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const text = cellData(cell.value);
      if (text === null) return;
      const raw = text instanceof Date ? text.toISOString() : String(text);
      texts.push({ column: colNumber, text: raw });
      const normalized = normalizeHeader(raw);
      accepted.forEach((set, i) => {
        if (!cells.has(i) && set.has(normalized)) cells.set(i, colNumber);
      });
    });
    if (cells.size > header.cells.size) header = { row: r, cells, texts };
  }
  const missing = columns.filter((c, i) => c.required !== false && !header.cells.has(i)).map((c) => c.key);
  if (missing.length > 0 || header.row === 0)
    return {
      ok: false,
      problem: 'missing_column',
      detail: `columns not found: ${missing.join(', ')}`,
      missing,
      headerRow: header.row,
    };

  const rows: TableRow<K>[] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (tooMany || rowNumber <= header.row) return;
    const values = {} as Record<K, CellData>;
    let empty = true;
    columns.forEach((c, i) => {
      const col = header.cells.get(i);
      const value = col === undefined ? null : cellData(row.getCell(col).value);
      if (value !== null) empty = false;
      values[c.key] = value;
    });
    if (empty) return;
    if (rows.length >= maxRows) {
      tooMany = true;
      return;
    }
    rows.push({ rowNumber, values });
  });
  if (tooMany)
    return { ok: false, problem: 'too_many_rows', detail: `more than ${maxRows} rows`, limit: maxRows };
  const columnNumbers: Partial<Record<K, number>> = {};
  columns.forEach((c, i) => {
    const col = header.cells.get(i);
    if (col !== undefined) columnNumbers[c.key] = col;
  });
  return {
    ok: true,
    sheetName: sheet.name,
    headerRow: header.row,
    rows,
    columnNumbers,
    headers: header.texts,
  };
}

/**
 * Reads one table of a user's workbook: finds the header row by the accepted header texts (any of
 * kk/ru/en), then returns every non-empty row with the columns' values. Never throws.
 */
export async function readTable<K extends string>(
  buffer: Buffer | Uint8Array,
  options: ReadTableOptions<K>,
): Promise<ReadTableResult<K>> {
  try {
    const opened = await openWorkbook(buffer, options);
    if (!opened.ok)
      return fail(opened.problem, opened.detail, opened.limit === undefined ? {} : { limit: opened.limit });
    const { workbook } = opened;
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
    const read = readSheet(sheet, options.columns, options.maxRows);
    if (!read.ok) {
      const { headerRow: _, ...failure } = read;
      return failure;
    }
    return { ok: true, sheetName: read.sheetName, headerRow: read.headerRow, rows: read.rows };
  } catch (error) {
    // Anything exceljs trips over in a hostile file is the file's fault, not a server error.
    return fail('not_xlsx', `unreadable workbook: ${(error as Error)?.message ?? String(error)}`);
  }
}

/** One sheet a multi-sheet workbook must hold. */
export interface ReadSheetSpec<K extends string = string> {
  /** Accepted sheet names (kk/ru/en), compared like headers. */
  names: readonly string[];
  columns: readonly ReadColumn<K>[];
  /** Most data rows accepted on this sheet (empty rows do not count). */
  maxRows: number;
}

export type ReadWorkbookResult<S extends string> =
  | { ok: false; problem: 'not_xlsx' | 'too_large'; detail: string; limit?: number }
  | {
      ok: true;
      /** Per sheet: its table, or why it could not be read ('no_sheet', 'missing_column', 'too_many_rows'). */
      sheets: Record<S, ({ ok: true } & SheetTable) | SheetFailure<string>>;
    };

/**
 * Reads several tables of a user's workbook at once, each from its own sheet found by any of its
 * accepted names. A problem of the file stops everything; a problem of a sheet is reported per
 * sheet, so a caller can name every sheet at fault in one answer. Never throws.
 */
export async function readWorkbook<S extends string>(
  buffer: Buffer | Uint8Array,
  options: { maxBytes: number; maxUnpackedBytes?: number; sheets: Record<S, ReadSheetSpec> },
): Promise<ReadWorkbookResult<S>> {
  try {
    const opened = await openWorkbook(buffer, options);
    if (!opened.ok) return opened;
    const sheets = {} as Record<S, ({ ok: true } & SheetTable) | SheetFailure<string>>;
    for (const key of Object.keys(options.sheets) as S[]) {
      const spec = options.sheets[key];
      const names = new Set(spec.names.map(normalizeHeader));
      const sheet = opened.workbook.worksheets.find((ws) => names.has(normalizeHeader(ws.name)));
      sheets[key] = sheet
        ? readSheet(sheet, spec.columns, spec.maxRows)
        : { ok: false, problem: 'no_sheet', detail: `no sheet named ${spec.names.join(' / ')}` };
    }
    return { ok: true, sheets };
  } catch (error) {
    return {
      ok: false,
      problem: 'not_xlsx',
      detail: `unreadable workbook: ${(error as Error)?.message ?? String(error)}`,
    };
  }
}

/** Excel's letters of a column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
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
  const text = stripXmlIllegal(typeof value === 'string' ? value : String(value));
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
