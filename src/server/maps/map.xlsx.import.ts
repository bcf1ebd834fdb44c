import { randomUUID } from 'node:crypto';
import type { FieldIssue } from '../../domain/errors.ts';
import { type Locale, type LocalizedText, MAX_TEXT } from '../../domain/locale.ts';
import {
  type BusinessProcess,
  type Case,
  CaseSchema,
  emptySchedule,
  type Indicator,
  IndicatorSchema,
  ItemIdSchema,
  MAX_ITEMS,
  type MapDocument,
  MapDocumentSchema,
  type PerformanceIndicator,
  PerformanceIndicatorSchema,
  R19_CRITERIA,
  REENGINEERING_STATUSES,
  SCHEDULE_CODES,
  type ScheduleCell,
  YEARS_IN_PERIOD,
} from '../../domain/map/map.schema.ts';
import type { SectionKey } from '../../domain/map/map.sections.ts';
import { issuesFromZod } from '../http/errors.ts';
import { type CellData, columnLetter, readWorkbook, type SheetTable, type TableRow } from '../xlsx/xlsx.ts';
import {
  type ColumnDef,
  LEVEL_R19,
  PRIORITY_PREFIX,
  parseQuarterHeader,
  parseStatus,
  parseTargetHeader,
  parseYesNo,
  SHEET_NAMES,
  type SheetKey,
  STATUS_LABELS,
  YES_NO,
} from './map.xlsx.columns.ts';
import { readColumns, sheetColumns } from './map.xlsx.ts';

/**
 * Reading a map's workbook back into a draft (the template of map.xlsx.ts, in any language).
 *
 * The merge rule — the file is the whole truth about what it shows, and nothing else:
 * - Sectors are not created, removed or renamed by a file; a row naming a sector the map lacks is
 *   an error. The passport, the other sector tables, Fast Track and the other attachments stay.
 * - Each sector's cases are exactly the Cases sheet's rows of that sector, in the file's order
 *   (a row deleted in Excel deletes the case); each case's business processes are the Processes
 *   sheet's rows of it; each level's indicators (a sector, a priority direction `pd:<id>`, the
 *   R.19 performance indicators) are the Indicators sheet's rows of that level.
 * - A row is matched to the stored item by its id within its list: the columns the file carries
 *   replace the item's values; what the file does not carry (public services, information
 *   systems, AI use, units, functions, subjects and stages the case covers; targets of years outside
 *   the period) is kept from the stored item, and starts empty for a new one. A row with an empty id
 *   is a new item and gets a fresh id (give it an id yourself to attach processes or schedule rows).
 * - The plan-schedule rows in use (the case's row, or its processes' rows when the case's row is
 *   split) are taken from the file, empty when the file has none; a row not in use that the file
 *   does not name keeps its stored cells.
 * Any bad row refuses the whole file: the caller gets every problem, each naming the sheet, the
 * Excel row and column, and the rule; nothing is half-imported.
 */

export const MAP_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Rows per sheet: fifty sectors of the Form, each with dozens of cases, fit comfortably. */
export const MAP_IMPORT_MAX_ROWS = 5000;

export type MapImportResult =
  | { ok: true; content: MapDocument; changed: SectionKey[] }
  | { ok: false; code: 'xlsx.not_xlsx' | 'xlsx.too_large'; limit?: number }
  | { ok: false; code: 'map.import_invalid'; issues: FieldIssue[] };

type Row = TableRow<string>;
/** What a cell's problem is named by: the sheet as the file calls it and the column's header. */
interface SheetRead {
  key: SheetKey;
  table: SheetTable;
  defs: ColumnDef[];
}

/** Quoted values are cut short in messages: a hostile cell must not flood the error list. */
const quote = (v: string) => (v.length > 60 ? `${v.slice(0, 60)}…` : v);
const MAX_NUMBER = 1e15;

class Problems {
  readonly issues: FieldIssue[] = [];
  constructor(readonly locale: Locale) {}

  private columnLabel(read: SheetRead, key: string) {
    const col = read.table.columnNumbers[key];
    const def = read.defs.find((d) => d.key === key);
    const found = col === undefined ? undefined : read.table.headers.find((h) => h.column === col)?.text;
    const header = found ?? def?.header[this.locale] ?? key;
    return col === undefined ? `«${header}»` : `${columnLetter(col)} «${header}»`;
  }

  /** A problem of one cell. */
  cell(
    read: SheetRead,
    row: number,
    key: string,
    rule: string,
    params: Record<string, string | number> = {},
  ) {
    this.issues.push({
      path: ['file', read.key, row, key],
      rule,
      params: { sheet: read.table.sheetName, row, column: this.columnLabel(read, key), ...params },
    });
  }

  /** A problem of a whole sheet (missing, too long) or of its header row. */
  sheet(key: SheetKey, rule: string, params: Record<string, string | number>) {
    this.issues.push({ path: ['file', key], rule, params });
  }
}

/** A cell as text: numbers and dates as written, nothing as ''. */
function text(v: CellData): string {
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** A number cell, or a number typed as text (spaces as thousands separators, a decimal comma). */
function numberOf(v: CellData): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d[\d\s\u00a0]*([.,]\d+)?$/.test(v))
    return Number(v.replace(/[\s\u00a0]/g, '').replace(',', '.'));
  return undefined;
}

const newId = (prefix: string, taken: Set<string>) => {
  let id: string;
  do id = `${prefix}-${randomUUID().slice(0, 8)}`;
  while (taken.has(id));
  taken.add(id);
  return id;
};

/** Reads a workbook into the new content of the draft, or every problem found. */
export async function mapFromWorkbook(
  buffer: Buffer | Uint8Array,
  current: MapDocument,
  locale: Locale,
): Promise<MapImportResult> {
  const from = current.passport.period.from;
  const defs = sheetColumns(from);
  const read = await readWorkbook(buffer, {
    maxBytes: MAP_IMPORT_MAX_BYTES,
    sheets: Object.fromEntries(
      (Object.keys(defs) as SheetKey[]).map((key) => [
        key,
        {
          names: Object.values(SHEET_NAMES[key]),
          columns: readColumns(defs[key]),
          maxRows: MAP_IMPORT_MAX_ROWS,
        },
      ]),
    ) as Record<SheetKey, { names: string[]; columns: ReturnType<typeof readColumns>; maxRows: number }>,
  });
  if (!read.ok)
    return read.problem === 'too_large'
      ? { ok: false, code: 'xlsx.too_large', ...(read.limit === undefined ? {} : { limit: read.limit }) }
      : { ok: false, code: 'xlsx.not_xlsx' };

  const problems = new Problems(locale);
  const sheets = {} as Record<SheetKey, SheetRead>;
  for (const key of Object.keys(defs) as SheetKey[]) {
    const r = read.sheets[key];
    if (r.ok) {
      sheets[key] = { key, table: r, defs: defs[key] };
      continue;
    }
    const sheet = SHEET_NAMES[key][locale];
    if (r.problem === 'no_sheet') problems.sheet(key, 'xlsx_no_sheet', { sheet });
    else if (r.problem === 'too_many_rows')
      problems.sheet(key, 'xlsx_sheet_too_many_rows', { sheet, maximum: MAP_IMPORT_MAX_ROWS });
    else
      for (const missing of r.missing ?? [])
        problems.sheet(key, 'xlsx_no_column', {
          sheet,
          row: r.headerRow || 1,
          column: defs[key].find((d) => d.key === missing)?.header[locale] ?? missing,
        });
  }
  if (problems.issues.length) return { ok: false, code: 'map.import_invalid', issues: problems.issues };

  const content = new Importer(current, sheets, problems).run();
  if (problems.issues.length || !content)
    return { ok: false, code: 'map.import_invalid', issues: problems.issues };
  // The result must still be a document of the Form; the checks above make this a safety net.
  const parsed = MapDocumentSchema.safeParse(content);
  if (!parsed.success)
    return {
      ok: false,
      code: 'map.import_invalid',
      issues: issuesFromZod(parsed.error.issues, ['document']),
    };
  return { ok: true, content: parsed.data, changed: changedSections(current, parsed.data) };
}

/** The sections whose content differs: the sectors one by one, and the attachments. */
export function changedSections(before: MapDocument, after: MapDocument): SectionKey[] {
  // Key order is not content: a stored document comes back from JSONB with its keys reordered.
  const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
  const out: SectionKey[] = [];
  for (const s of after.sectors)
    if (
      !same(
        s,
        before.sectors.find((b) => b.id === s.id),
      )
    )
      out.push(`sector:${s.id}`);
  if (!same(before.attachments, after.attachments)) out.push('attachments');
  return out;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

const key2 = (...parts: string[]) => parts.join('\u0000');

/** One pass over the four sheets: checks every row, then builds the document if none failed. */
class Importer {
  private readonly from: number;
  private readonly sectorIds: Set<string>;
  private readonly priorityIds: Set<string>;
  /** Cases of the file by sector, then processes of the file by sector+case. */
  private readonly cases = new Map<string, { row: number; item: Case }[]>();
  private readonly processes = new Map<string, { row: number; item: BusinessProcess }[]>();
  private readonly schedule = new Map<string, { row: number; cells: ScheduleCell[] }>();
  private readonly indicators = new Map<string, (Indicator | PerformanceIndicator)[]>();

  constructor(
    private readonly current: MapDocument,
    private readonly sheets: Record<SheetKey, SheetRead>,
    private readonly problems: Problems,
  ) {
    this.from = current.passport.period.from;
    this.sectorIds = new Set(current.sectors.map((s) => s.id));
    this.priorityIds = new Set(current.attachments.priorityDirections.map((d) => d.id));
  }

  run(): MapDocument | null {
    this.checkExtraColumns();
    this.readCases();
    this.readProcesses();
    this.readSchedule();
    this.readIndicators();
    return this.problems.issues.length ? null : this.build();
  }

  // --- cells --------------------------------------------------------------------------------

  private str(read: SheetRead, row: Row, key: string): string | null {
    const v = text(row.values[key] ?? null);
    if (v.length > MAX_TEXT) {
      this.problems.cell(read, row.rowNumber, key, 'xlsx_too_long', { maximum: MAX_TEXT, length: v.length });
      return null;
    }
    return v;
  }

  private localized(read: SheetRead, row: Row, key: string, required: boolean): LocalizedText {
    const kk = this.str(read, row, `${key}Kk`) ?? '';
    const ru = this.str(read, row, `${key}Ru`) ?? '';
    const en = this.str(read, row, `${key}En`) ?? '';
    if (required && kk === '' && ru === '')
      this.problems.cell(read, row.rowNumber, `${key}Kk`, 'xlsx_name_required');
    return en === '' ? { kk, ru } : { kk, ru, en };
  }

  /** An item id: valid when given; '' when the cell is empty (a new item). */
  private id(read: SheetRead, row: Row, key: string): string | null {
    const v = this.str(read, row, key);
    if (v === null) return null;
    if (v !== '' && !ItemIdSchema.safeParse(v).success) {
      this.problems.cell(read, row.rowNumber, key, 'xlsx_bad_id', { value: quote(v) });
      return null;
    }
    return v;
  }

  private required(read: SheetRead, row: Row, key: string): string | null {
    const v = this.str(read, row, key);
    if (v === '') this.problems.cell(read, row.rowNumber, key, 'xlsx_required');
    return v || null;
  }

  private sector(read: SheetRead, row: Row): string | null {
    const v = this.required(read, row, 'sector');
    if (v !== null && !this.sectorIds.has(v)) {
      this.problems.cell(read, row.rowNumber, 'sector', 'xlsx_unknown_sector', { value: quote(v) });
      return null;
    }
    return v;
  }

  private yesNo(read: SheetRead, row: Row, key: string, nullable: boolean): boolean | null {
    const v = this.str(read, row, key) ?? '';
    if (v === '' && nullable) return null;
    const b = v === '' ? false : parseYesNo(v);
    if (b === undefined) {
      const values = [YES_NO.yes[this.problems.locale], YES_NO.no[this.problems.locale]].join(', ');
      this.problems.cell(read, row.rowNumber, key, 'xlsx_bad_choice', { value: quote(v), values });
      return null;
    }
    return b;
  }

  private number(read: SheetRead, row: Row, key: string): number | null {
    const raw = row.values[key] ?? null;
    if (raw === null) return null;
    const n = numberOf(raw);
    if (n === undefined || !Number.isFinite(n)) {
      this.problems.cell(read, row.rowNumber, key, 'xlsx_not_number', { value: quote(text(raw)) });
      return null;
    }
    if (Math.abs(n) > MAX_NUMBER) {
      this.problems.cell(read, row.rowNumber, key, 'xlsx_out_of_range', { maximum: MAX_NUMBER });
      return null;
    }
    return n;
  }

  /** Refuses quarter and target columns of years outside the map's period, naming the column. */
  private checkExtraColumns() {
    const to = this.from + YEARS_IN_PERIOD - 1;
    const scan = (read: SheetRead, parse: (t: string) => number | null) => {
      for (const h of read.table.headers) {
        const year = parse(h.text);
        if (year === null || (year >= this.from && year <= to)) continue;
        this.problems.issues.push({
          path: ['file', read.key, read.table.headerRow, h.text],
          rule: 'xlsx_year_out_of_period',
          params: {
            sheet: read.table.sheetName,
            row: read.table.headerRow,
            column: `${columnLetter(h.column)} «${h.text}»`,
            year,
            from: this.from,
            to,
          },
        });
      }
    };
    scan(this.sheets.schedule, (t) => parseQuarterHeader(t)?.year ?? null);
    scan(this.sheets.indicators, parseTargetHeader);
  }

  // --- sheets -------------------------------------------------------------------------------

  private readCases() {
    const read = this.sheets.cases;
    const seen = new Map<string, number>();
    for (const row of read.table.rows) {
      const sector = this.sector(read, row);
      const id = this.id(read, row, 'id');
      const name = this.localized(read, row, 'name', true);
      const statusText = this.str(read, row, 'reengineeringStatus') ?? '';
      const status = statusText === '' ? null : parseStatus(statusText);
      if (status === undefined)
        this.problems.cell(read, row.rowNumber, 'reengineeringStatus', 'xlsx_bad_choice', {
          value: quote(statusText),
          values: REENGINEERING_STATUSES.map((s) => STATUS_LABELS[s][this.problems.locale]).join(', '),
        });
      const automated = this.yesNo(read, row, 'automated', true);
      const earlier = this.yesNo(read, row, 'reengineeredEarlier', false);
      const byProcess = this.yesNo(read, row, 'scheduleByProcess', false);
      if (sector === null || id === null) continue;
      if (id !== '' && this.duplicate(read, row, 'id', seen, key2(sector, id), id)) continue;
      const list = this.cases.get(sector) ?? [];
      if (list.length >= MAX_ITEMS) {
        this.problems.cell(read, row.rowNumber, 'sector', 'xlsx_too_many_items', { maximum: MAX_ITEMS });
        continue;
      }
      list.push({
        row: row.rowNumber,
        item: {
          ...CaseSchema.parse({ id: id || 'new' }),
          id,
          name,
          reengineeringStatus: status ?? null,
          automated: automated ?? null,
          reengineeredEarlier: earlier ?? false,
          scheduleByProcess: byProcess ?? false,
        },
      });
      this.cases.set(sector, list);
    }
  }

  private duplicate(
    read: SheetRead,
    row: Row,
    key: string,
    seen: Map<string, number>,
    k: string,
    value: string,
  ) {
    const first = seen.get(k);
    if (first !== undefined) {
      this.problems.cell(read, row.rowNumber, key, 'xlsx_duplicate_id', { value: quote(value), first });
      return true;
    }
    seen.set(k, row.rowNumber);
    return false;
  }

  private caseInFile(read: SheetRead, row: Row, sector: string, caseId: string) {
    const found = this.cases.get(sector)?.find((c) => c.item.id === caseId);
    if (!found)
      this.problems.cell(read, row.rowNumber, 'case', 'xlsx_unknown_case', { value: quote(caseId) });
    return found;
  }

  private readProcesses() {
    const read = this.sheets.processes;
    const seen = new Map<string, number>();
    for (const row of read.table.rows) {
      const sector = this.sector(read, row);
      const caseId = this.required(read, row, 'case');
      const id = this.id(read, row, 'id');
      const name = this.localized(read, row, 'name', true);
      if (sector === null || caseId === null || id === null) continue;
      if (!this.caseInFile(read, row, sector, caseId)) continue;
      if (id !== '' && this.duplicate(read, row, 'id', seen, key2(sector, caseId, id), id)) continue;
      const list = this.processes.get(key2(sector, caseId)) ?? [];
      if (list.length >= MAX_ITEMS) {
        this.problems.cell(read, row.rowNumber, 'case', 'xlsx_too_many_items', { maximum: MAX_ITEMS });
        continue;
      }
      list.push({ row: row.rowNumber, item: { id, name, schedule: emptySchedule() } });
      this.processes.set(key2(sector, caseId), list);
    }
  }

  private readSchedule() {
    const read = this.sheets.schedule;
    for (const row of read.table.rows) {
      const sector = this.sector(read, row);
      const caseId = this.required(read, row, 'case');
      const processId = this.str(read, row, 'process') ?? '';
      const cells: ScheduleCell[] = [];
      let bad = false;
      for (let i = 0; i < emptySchedule().length; i++) {
        const v = text(row.values[`q${i}`] ?? null).toUpperCase();
        if (v === '' || (SCHEDULE_CODES as readonly string[]).includes(v)) cells.push(v as ScheduleCell);
        else {
          bad = true;
          this.problems.cell(read, row.rowNumber, `q${i}`, 'xlsx_bad_code', { value: quote(v) });
        }
      }
      if (sector === null || caseId === null || bad) continue;
      if (!this.caseInFile(read, row, sector, caseId)) continue;
      if (
        processId !== '' &&
        !this.processes.get(key2(sector, caseId))?.some((p) => p.item.id === processId)
      ) {
        this.problems.cell(read, row.rowNumber, 'process', 'xlsx_unknown_process', {
          value: quote(processId),
        });
        continue;
      }
      const k = key2(sector, caseId, processId);
      const first = this.schedule.get(k);
      if (first) {
        this.problems.cell(read, row.rowNumber, processId ? 'process' : 'case', 'xlsx_duplicate_row', {
          first: first.row,
        });
        continue;
      }
      this.schedule.set(k, { row: row.rowNumber, cells });
    }
  }

  private readIndicators() {
    const read = this.sheets.indicators;
    const seen = new Map<string, number>();
    for (const row of read.table.rows) {
      const level = this.required(read, row, 'level');
      const known =
        level !== null &&
        (level === LEVEL_R19 ||
          this.sectorIds.has(level) ||
          (level.startsWith(PRIORITY_PREFIX) && this.priorityIds.has(level.slice(PRIORITY_PREFIX.length))));
      if (level !== null && !known)
        this.problems.cell(read, row.rowNumber, 'level', 'xlsx_unknown_level', { value: quote(level) });
      const id = this.id(read, row, 'id');
      const name = this.localized(read, row, 'name', true);
      const unit = this.localized(read, row, 'unit', false);
      const source = this.localized(read, row, 'source', false);
      const baselineValue = this.number(read, row, 'baselineValue');
      const yearRaw = row.values.baselineYear ?? null;
      let baselineYear: number | null = null;
      if (yearRaw !== null) {
        const y = numberOf(yearRaw);
        if (y === undefined || !Number.isInteger(y) || y < 1990 || y > 2100)
          this.problems.cell(read, row.rowNumber, 'baselineYear', 'xlsx_not_year', {
            value: quote(text(yearRaw)),
            minimum: 1990,
            maximum: 2100,
          });
        else baselineYear = y;
      }
      const targets: Record<string, number> = {};
      for (let i = 0; i < YEARS_IN_PERIOD; i++) {
        const n = this.number(read, row, `t${i}`);
        if (n !== null) targets[String(this.from + i)] = n;
      }
      const criterionRaw = row.values.criterion ?? null;
      let criterion: number | null = null;
      if (criterionRaw !== null) {
        const c = numberOf(criterionRaw);
        if (level !== LEVEL_R19 || c === undefined || !(R19_CRITERIA as readonly number[]).includes(c))
          this.problems.cell(read, row.rowNumber, 'criterion', 'xlsx_bad_choice', {
            value: quote(text(criterionRaw)),
            values: R19_CRITERIA.join(', '),
          });
        else criterion = c;
      }
      if (!known || level === null || id === null) continue;
      if (id !== '' && this.duplicate(read, row, 'id', seen, key2(level, id), id)) continue;
      const list = this.indicators.get(level) ?? [];
      if (list.length >= MAX_ITEMS) {
        this.problems.cell(read, row.rowNumber, 'level', 'xlsx_too_many_items', { maximum: MAX_ITEMS });
        continue;
      }
      const item: Indicator = { id, name, unit, baselineValue, baselineYear, targets, source };
      list.push(level === LEVEL_R19 ? { ...item, criterion } : item);
      this.indicators.set(level, list);
    }
  }

  // --- the document -------------------------------------------------------------------------

  /** Indicators of a level: the file's rows, merged by id with the stored ones (targets of other years kept). */
  private mergeIndicators<T extends Indicator>(level: string, stored: readonly T[], make: (i: T) => T): T[] {
    const byId = new Map(stored.map((i) => [i.id, i]));
    const taken = new Set(stored.map((i) => i.id));
    return (this.indicators.get(level) ?? []).map((raw) => {
      const i = raw as T;
      const base = i.id ? byId.get(i.id) : undefined;
      const id = i.id || newId('ind', taken);
      const outside = Object.fromEntries(
        Object.entries(base?.targets ?? {}).filter(
          ([year]) => Number(year) < this.from || Number(year) >= this.from + YEARS_IN_PERIOD,
        ),
      );
      return make({ ...(base ?? i), ...i, id, targets: { ...outside, ...i.targets } });
    });
  }

  private build(): MapDocument {
    const doc = structuredClone(this.current);
    for (const sector of doc.sectors) {
      const storedCases = new Map(sector.cases.map((c) => [c.id, c]));
      const caseIds = new Set(sector.cases.map((c) => c.id));
      sector.cases = (this.cases.get(sector.id) ?? []).map(({ item }) => {
        const base = item.id ? storedCases.get(item.id) : undefined;
        const id = item.id || newId('case', caseIds);
        const storedProcesses = new Map((base?.processes ?? []).map((p) => [p.id, p]));
        const processIds = new Set(storedProcesses.keys());
        const processes = (item.id ? (this.processes.get(key2(sector.id, item.id)) ?? []) : []).map(
          ({ item: p }) => {
            const stored = p.id ? storedProcesses.get(p.id) : undefined;
            const row = item.id && p.id ? this.schedule.get(key2(sector.id, item.id, p.id)) : undefined;
            const inUse = item.scheduleByProcess;
            return {
              id: p.id || newId('bp', processIds),
              name: p.name,
              schedule: row?.cells ?? (inUse ? emptySchedule() : (stored?.schedule ?? emptySchedule())),
            };
          },
        );
        const own = item.id ? this.schedule.get(key2(sector.id, item.id, '')) : undefined;
        const schedule =
          own?.cells ?? (item.scheduleByProcess ? (base?.schedule ?? emptySchedule()) : emptySchedule());
        const merged: Case = {
          ...(base ?? item),
          id,
          name: item.name,
          reengineeringStatus: item.reengineeringStatus,
          automated: item.automated,
          reengineeredEarlier: item.reengineeredEarlier,
          scheduleByProcess: item.scheduleByProcess,
          processes,
          schedule,
        };
        return merged;
      });
      sector.indicators = this.mergeIndicators(sector.id, sector.indicators, (i) => IndicatorSchema.parse(i));
    }
    const a = doc.attachments;
    for (const d of a.priorityDirections)
      d.indicators = this.mergeIndicators(`${PRIORITY_PREFIX}${d.id}`, d.indicators, (i) =>
        IndicatorSchema.parse(i),
      );
    a.performanceIndicators = this.mergeIndicators(LEVEL_R19, a.performanceIndicators, (i) =>
      PerformanceIndicatorSchema.parse(i),
    );
    return doc;
  }
}
