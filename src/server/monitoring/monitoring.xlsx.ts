import type { ActualsBody, NationalOut, ReportOut, SummaryOut } from '../../api/monitoring.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { type Locale, pickText } from '../../domain/locale.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { checkActualRows, monitoredIndicators } from '../../domain/monitoring/indicators.ts';
import { readTable, type TableRow, writeWorkbook } from '../xlsx/xlsx.ts';

/**
 * The quarterly report's indicators as an XLSX workbook the office fills in Excel, and the import
 * of that workbook back: one row per indicator, matched by its key; rows left without a value are
 * not reported; any bad row refuses the whole file, naming the row as Excel numbers it.
 */

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 1000;

/** The columns of the sheet, with the header texts accepted in each language. */
const COLUMNS = [
  { key: 'key', headers: ['Код', 'Код индикатора', 'Индикатор коды', 'Key'] },
  { key: 'indicator', headers: ['Индикатор', 'Indicator'], required: false },
  { key: 'unit', headers: ['Өлшем бірлігі', 'Ед. изм.', 'Единица измерения', 'Unit'], required: false },
  { key: 'target', headers: ['Жоспар', 'План', 'Target'], required: false },
  { key: 'value', headers: ['Факт', 'Фактическое значение', 'Нақты мәні', 'Actual'] },
  { key: 'valueDate', headers: ['Күні', 'Дата', 'Date'], required: false },
  { key: 'source', headers: ['Дереккөз', 'Источник', 'Source'], required: false },
  { key: 'comment', headers: ['Түсініктеме', 'Комментарий', 'Comment'], required: false },
] as const;
type ColumnKey = (typeof COLUMNS)[number]['key'];

/** The header written for each column, in the reader's language (the first accepted text per language). */
const HEADER: Record<Locale, Record<ColumnKey, string>> = {
  kk: {
    key: 'Индикатор коды',
    indicator: 'Индикатор',
    unit: 'Өлшем бірлігі',
    target: 'Жоспар',
    value: 'Нақты мәні',
    valueDate: 'Күні',
    source: 'Дереккөз',
    comment: 'Түсініктеме',
  },
  ru: {
    key: 'Код индикатора',
    indicator: 'Индикатор',
    unit: 'Ед. изм.',
    target: 'План',
    value: 'Фактическое значение',
    valueDate: 'Дата',
    source: 'Источник',
    comment: 'Комментарий',
  },
  en: {
    key: 'Key',
    indicator: 'Indicator',
    unit: 'Unit',
    target: 'Target',
    value: 'Actual',
    valueDate: 'Date',
    source: 'Source',
    comment: 'Comment',
  },
};

/** The report's indicators with their (pro-rated) targets and the values stored so far. */
export function reportWorkbook(report: ReportOut, locale: Locale): Promise<Buffer> {
  const h = HEADER[locale];
  return writeWorkbook([
    {
      name: report.period.period,
      columns: [
        { key: 'key', header: h.key, width: 34 },
        { key: 'indicator', header: h.indicator, width: 60 },
        { key: 'unit', header: h.unit, width: 14 },
        { key: 'target', header: h.target, width: 12 },
        { key: 'value', header: h.value, width: 14 },
        { key: 'valueDate', header: h.valueDate, width: 12 },
        { key: 'source', header: h.source, width: 30 },
        { key: 'comment', header: h.comment, width: 40 },
      ],
      rows: report.indicators.map((i) => ({
        key: i.key,
        indicator: pickText(i.name, locale),
        unit: pickText(i.unit, locale),
        target: i.expected ?? i.target,
        value: i.actual?.value ?? null,
        valueDate: i.actual?.valueDate ?? null,
        source: i.actual?.source ?? '',
        comment: i.actual?.comment ?? '',
      })),
    },
  ]);
}

const text = (v: unknown) =>
  v === null || v === undefined ? '' : v instanceof Date ? isoDate(v) : String(v).trim();
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
/** Excel keeps numbers as numbers; a number typed as text with a decimal comma is read too. */
function number(v: unknown): unknown {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d[\d\s\u00a0]*([.,]\d+)?$/.test(v.trim()))
    return Number(
      v
        .trim()
        .replace(/[\s\u00a0]/g, '')
        .replace(',', '.'),
    );
  return v;
}
const dateOf = (v: unknown): string | undefined => {
  if (v instanceof Date) return isoDate(v);
  const s = text(v);
  const dmy = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(s);
  if (dmy) return `${dmy[3]}-${dmy[2]}-${dmy[1]}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
};

/**
 * Reads the workbook into a batch of actuals based on the current revisions (an import replaces
 * what is stored). Refuses an unreadable file, and any row that does not match an indicator or
 * has a bad value, naming the Excel row; nothing is stored then.
 */
export async function actualsFromWorkbook(
  file: Buffer,
  report: ReportOut,
  content: MapDocument,
): Promise<ActualsBody> {
  const read = await readTable(file, {
    columns: COLUMNS,
    maxRows: IMPORT_MAX_ROWS,
    maxBytes: IMPORT_MAX_BYTES,
  });
  if (!read.ok)
    throw new AppError(`xlsx.${read.problem}`, {
      ...(read.limit !== undefined ? { limit: read.limit } : {}),
      ...(read.missing ? { columns: read.missing.join(', ') } : {}),
    });
  const rows = read.rows.filter(
    (r: TableRow<ColumnKey>) => text(r.values.value) !== '' || text(r.values.key) !== '',
  );
  const reported = rows.filter((r) => text(r.values.value) !== '');
  const revisions = new Map(report.indicators.map((i) => [i.key, i.actual?.revision ?? 0]));
  const actuals = reported.map((r) => ({
    key: text(r.values.key),
    value: number(r.values.value),
    ...(text(r.values.unit) ? { unit: text(r.values.unit) } : {}),
    ...(dateOf(r.values.valueDate) ? { valueDate: dateOf(r.values.valueDate) } : {}),
    source: text(r.values.source).slice(0, 2000),
    comment: text(r.values.comment).slice(0, 5000),
    baseRevision: revisions.get(text(r.values.key)) ?? 0,
  }));
  // Rows with a key but no value are not reported; a value without a known key is an error.
  const issues: FieldIssue[] = checkActualRows(actuals, monitoredIndicators(content), ['file', 'rows']).map(
    (issue) => {
      const index = issue.path[2] as number;
      const excelRow = reported[index]?.rowNumber ?? index + 1;
      return {
        ...issue,
        path: ['file', 'rows', excelRow, ...issue.path.slice(3)],
        params: { ...issue.params, row: excelRow },
      };
    },
  );
  if (issues.length) throw new AppError('monitoring.rows_invalid', { issues });
  if (actuals.length === 0) throw new AppError('xlsx.no_values');
  return { actuals } as ActualsBody;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Column headers of the monitoring reports, per language. */
const REPORT_HEADERS: Record<Locale, Record<string, string>> = {
  kk: {
    indicator: 'Индикатор',
    unit: 'Өлшем бірлігі',
    year: 'Жыл',
    target: 'Жоспар',
    actual: 'Факт',
    period: 'Кезең',
    status: 'Мәртебе',
    case: 'Кейс',
    process: 'Процесс',
    code: 'Белгі',
    quarter: 'Тоқсан',
    state: 'Жай-күйі',
    body: 'Мемлекеттік орган',
    rank: 'Орны',
    kpi: 'KPI, %',
    onTrack: 'Қалыпты',
    offTrack: 'Артта қалу',
    atRisk: 'Қауіп бар',
    late: 'Мерзімі өтті',
    termsMissed: 'Бұзылған мерзімдер',
    lastReport: 'Соңғы есеп',
    criterion: 'ҚЕ 19-т. критерийі',
  },
  ru: {
    indicator: 'Индикатор',
    unit: 'Ед. изм.',
    year: 'Год',
    target: 'План',
    actual: 'Факт',
    period: 'Период',
    status: 'Статус',
    case: 'Кейс',
    process: 'Процесс',
    code: 'Код',
    quarter: 'Квартал',
    state: 'Состояние',
    body: 'Государственный орган',
    rank: 'Место',
    kpi: 'KPI, %',
    onTrack: 'В норме',
    offTrack: 'Отставание',
    atRisk: 'Под угрозой',
    late: 'Просрочено',
    termsMissed: 'Нарушено сроков',
    lastReport: 'Последний отчёт',
    criterion: 'Критерий п. 19',
  },
  en: {
    indicator: 'Indicator',
    unit: 'Unit',
    year: 'Year',
    target: 'Target',
    actual: 'Actual',
    period: 'Period',
    status: 'Status',
    case: 'Case',
    process: 'Process',
    code: 'Code',
    quarter: 'Quarter',
    state: 'State',
    body: 'State body',
    rank: 'Rank',
    kpi: 'KPI, %',
    onTrack: 'On track',
    offTrack: 'Off track',
    atRisk: 'At risk',
    late: 'Late',
    termsMissed: 'Terms missed',
    lastReport: 'Last report',
    criterion: 'R.19 criterion',
  },
};

const SHEETS: Record<Locale, { indicators: string; schedule: string; bodies: string; criteria: string }> = {
  kk: { indicators: 'Индикаторлар', schedule: 'Жоспар-кесте', bodies: 'Органдар', criteria: 'ҚЕ 19-т.' },
  ru: { indicators: 'Индикаторы', schedule: 'План-график', bodies: 'Органы', criteria: 'П. 19' },
  en: { indicators: 'Indicators', schedule: 'Plan-schedule', bodies: 'Bodies', criteria: 'R.19' },
};

const col = (h: Record<string, string>, key: string, width = 14) => ({ key, header: h[key] ?? key, width });

/** A body's quarterly monitoring report (R.27): indicators per year against targets, and the plan-schedule's cells. */
export function summaryWorkbook(s: SummaryOut, locale: Locale): Promise<Buffer> {
  const h = REPORT_HEADERS[locale];
  return writeWorkbook([
    {
      name: SHEETS[locale].indicators,
      columns: [
        col(h, 'indicator', 60),
        col(h, 'unit'),
        col(h, 'year', 8),
        col(h, 'target'),
        col(h, 'actual'),
        col(h, 'period', 10),
        col(h, 'status'),
      ],
      rows: s.indicators.flatMap((i) =>
        i.years.map((y) => ({
          indicator: pickText(i.name, locale),
          unit: pickText(i.unit, locale),
          year: y.year,
          target: y.target,
          actual: y.actual,
          period: y.period ?? '',
          status: y.status,
        })),
      ),
    },
    {
      name: SHEETS[locale].schedule,
      columns: [
        col(h, 'case', 40),
        col(h, 'process', 40),
        col(h, 'code', 8),
        col(h, 'quarter', 10),
        col(h, 'state'),
      ],
      rows: s.schedule.cells.map((c) => ({
        case: pickText(c.caseName, locale),
        process: c.processName ? pickText(c.processName, locale) : '',
        code: c.code,
        quarter: `${c.year}-Q${c.q}`,
        state: c.state,
      })),
    },
  ]);
}

/** The national monitoring report (R.28): every body ranked, and the R.19 criteria summed. */
export function nationalWorkbook(n: NationalOut, locale: Locale): Promise<Buffer> {
  const h = REPORT_HEADERS[locale];
  return writeWorkbook([
    {
      name: SHEETS[locale].bodies,
      columns: [
        col(h, 'rank', 8),
        col(h, 'body', 50),
        col(h, 'kpi', 10),
        col(h, 'onTrack'),
        col(h, 'atRisk'),
        col(h, 'offTrack'),
        col(h, 'late'),
        col(h, 'termsMissed'),
        col(h, 'lastReport', 20),
      ],
      rows: n.bodies.map((b) => ({
        rank: b.rank,
        body: pickText(b.org.name, locale),
        kpi: b.kpi.value,
        onTrack: b.indicators.counts.on_track,
        atRisk: b.indicators.counts.at_risk,
        offTrack: b.indicators.counts.off_track,
        late: b.schedule.counts.late,
        termsMissed: b.terms.missed,
        lastReport: b.lastSubmittedAt ? b.lastSubmittedAt.slice(0, 10) : '',
      })),
    },
    {
      name: SHEETS[locale].criteria,
      columns: [col(h, 'criterion', 16), col(h, 'onTrack'), col(h, 'atRisk'), col(h, 'offTrack')],
      rows: n.criteria.map((c) => ({
        criterion: c.criterion,
        onTrack: c.counts.on_track,
        atRisk: c.counts.at_risk,
        offTrack: c.counts.off_track,
      })),
    },
  ]);
}
