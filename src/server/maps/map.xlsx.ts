import type { ReferenceItemOut } from '../../api/reference.ts';
import type { Locale, LocalizedText } from '../../domain/locale.ts';
import { pickText } from '../../domain/locale.ts';
import {
  type Case,
  type Indicator,
  type MapDocument,
  type NamedItem,
  QUARTERS_IN_PERIOD,
  quarterOf,
  type ScheduleCell,
  YEARS_IN_PERIOD,
} from '../../domain/map/map.schema.ts';
import { type ReadColumn, type WriteColumn, type WriteSheet, writeWorkbook } from '../xlsx/xlsx.ts';
import {
  CASE_COLUMNS,
  type ColumnDef,
  INDICATOR_COLUMNS,
  INDICATOR_TAIL_COLUMNS,
  LEVEL_R19,
  LEVEL_R19_NAME,
  PRIORITY_PREFIX,
  PROCESS_COLUMNS,
  quarterHeader,
  SCHEDULE_COLUMNS,
  SHEET_NAMES,
  type SheetKey,
  STATUS_LABELS,
  targetHeader,
  YES_NO,
} from './map.xlsx.columns.ts';

/**
 * A map version's cases, business processes, plan-schedule and indicators as an XLSX workbook
 * (four sheets), in the reader's language. The same workbook is the import template: the import
 * (map.xlsx.import.ts) reads it back in any language.
 */

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reference rows the workbook names by code and name (read-only columns). */
export interface MapWorkbookReferences {
  services: readonly ReferenceItemOut[];
  systems: readonly ReferenceItemOut[];
}

/** The columns of every sheet for a period starting in `from`: the fixed ones plus quarters or targets. */
export function sheetColumns(from: number): Record<SheetKey, ColumnDef[]> {
  const quarters: ColumnDef[] = Array.from({ length: QUARTERS_IN_PERIOD }, (_, i) => {
    const q = quarterOf({ from }, i);
    return { key: `q${i}`, header: quarterHeader(q.year, q.quarter), width: 9 };
  });
  const targets: ColumnDef[] = Array.from({ length: YEARS_IN_PERIOD }, (_, i) => ({
    key: `t${i}`,
    header: targetHeader(from + i),
    width: 11,
  }));
  return {
    cases: CASE_COLUMNS,
    processes: PROCESS_COLUMNS,
    schedule: [...SCHEDULE_COLUMNS, ...quarters],
    indicators: [...INDICATOR_COLUMNS, ...targets, ...INDICATOR_TAIL_COLUMNS],
  };
}

/** The columns an import reads: every non-informational column, its header accepted in kk/ru/en. */
export function readColumns(defs: readonly ColumnDef[]): ReadColumn[] {
  return defs
    .filter((d) => !d.info)
    .map((d) => ({ key: d.key, headers: Object.values(d.header), required: !d.optional }));
}

const localizedCells = (key: string, t: LocalizedText) => ({
  [`${key}Kk`]: t.kk,
  [`${key}Ru`]: t.ru,
  [`${key}En`]: t.en ?? '',
});
const yesNo = (v: boolean | null, locale: Locale) => (v === null ? '' : YES_NO[v ? 'yes' : 'no'][locale]);
const names = (items: readonly NamedItem[], locale: Locale) =>
  items.map((i) => pickText(i.name, locale)).join('\n');
const refNames = (ids: readonly string[], rows: readonly ReferenceItemOut[], locale: Locale) => {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => {
      const r = byId.get(id);
      return r ? [r.code, pickText(r.name, locale)].filter(Boolean).join(' ') : id;
    })
    .join('\n');
};
const cells = (row: readonly ScheduleCell[]) => Object.fromEntries(row.map((c, i) => [`q${i}`, c]));

function indicatorRow(
  level: string,
  levelName: string,
  ind: Indicator,
  from: number,
  criterion?: number | null,
) {
  return {
    level,
    levelName,
    id: ind.id,
    ...localizedCells('name', ind.name),
    ...localizedCells('unit', ind.unit),
    baselineValue: ind.baselineValue,
    baselineYear: ind.baselineYear,
    ...Object.fromEntries(
      Array.from({ length: YEARS_IN_PERIOD }, (_, i) => [`t${i}`, ind.targets[String(from + i)] ?? null]),
    ),
    ...localizedCells('source', ind.source),
    criterion: criterion ?? null,
  };
}

/**
 * The workbook of a version: cases (with their flags and, for reading, what they refer to),
 * business processes, the plan-schedule (one row per case, or per process when the case's row
 * is split; one column per quarter headed by year and quarter) and the indicators of the sectors,
 * the priority directions and R.19. An empty draft gives the empty template with its headers.
 */
export function mapWorkbook(
  content: MapDocument,
  locale: Locale,
  refs: MapWorkbookReferences = { services: [], systems: [] },
): Promise<Buffer> {
  const from = content.passport.period.from;
  const columns = sheetColumns(from);
  const sheet = (key: SheetKey, rows: Record<string, unknown>[]): WriteSheet => ({
    name: SHEET_NAMES[key][locale],
    columns: columns[key].map((d): WriteColumn => ({ key: d.key, header: d.header[locale], width: d.width })),
    rows,
  });
  const caseRows = content.sectors.flatMap((s) =>
    s.cases.map((c: Case) => ({
      sector: s.id,
      sectorName: pickText(s.name, locale),
      id: c.id,
      ...localizedCells('name', c.name),
      reengineeringStatus: c.reengineeringStatus ? STATUS_LABELS[c.reengineeringStatus][locale] : '',
      automated: yesNo(c.automated, locale),
      reengineeredEarlier: yesNo(c.reengineeredEarlier, locale),
      scheduleByProcess: yesNo(c.scheduleByProcess, locale),
      aiUse: names(c.aiUse, locale),
      responsibleUnits: names(c.responsibleUnits, locale),
      functions: names(c.functions, locale),
      publicServices: refNames(c.publicServiceIds, refs.services, locale),
      informationSystems: refNames(c.informationSystemIds, refs.systems, locale),
    })),
  );
  const processRows = content.sectors.flatMap((s) =>
    s.cases.flatMap((c) =>
      c.processes.map((p) => ({ sector: s.id, case: c.id, id: p.id, ...localizedCells('name', p.name) })),
    ),
  );
  const scheduleRows = content.sectors.flatMap((s) =>
    s.cases.flatMap((c) =>
      c.scheduleByProcess
        ? c.processes.map((p) => ({
            sector: s.id,
            case: c.id,
            process: p.id,
            name: pickText(p.name, locale),
            ...cells(p.schedule),
          }))
        : [{ sector: s.id, case: c.id, process: '', name: pickText(c.name, locale), ...cells(c.schedule) }],
    ),
  );
  const a = content.attachments;
  const indicatorRows = [
    ...content.sectors.flatMap((s) =>
      s.indicators.map((i) => indicatorRow(s.id, pickText(s.name, locale), i, from)),
    ),
    ...a.priorityDirections.flatMap((d) =>
      d.indicators.map((i) => indicatorRow(`${PRIORITY_PREFIX}${d.id}`, pickText(d.name, locale), i, from)),
    ),
    ...a.performanceIndicators.map((i) =>
      indicatorRow(LEVEL_R19, LEVEL_R19_NAME[locale], i, from, i.criterion),
    ),
  ];
  return writeWorkbook([
    sheet('cases', caseRows),
    sheet('processes', processRows),
    sheet('schedule', scheduleRows),
    sheet('indicators', indicatorRows),
  ]);
}
