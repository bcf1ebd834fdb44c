import type { Locale } from '../../domain/locale.ts';
import { REENGINEERING_STATUSES, type ReengineeringStatus } from '../../domain/map/map.schema.ts';
import { normalizeHeader } from '../xlsx/xlsx.ts';

/**
 * The sheets and columns of a map's workbook (cases, business processes, plan-schedule,
 * indicators). Each header is written in the reader's language and read back in any of kk/ru/en,
 * so a file exported in Russian imports for a Kazakh-speaking user too.
 */

export type SheetKey = 'cases' | 'processes' | 'schedule' | 'indicators';
export type Texts = Record<Locale, string>;

export const SHEET_NAMES: Record<SheetKey, Texts> = {
  cases: { kk: 'Кейстер', ru: 'Кейсы', en: 'Cases' },
  processes: { kk: 'Бизнес-процестер', ru: 'Бизнес-процессы', en: 'Business processes' },
  schedule: { kk: 'Жоспар-кесте', ru: 'План-график', en: 'Plan-schedule' },
  indicators: { kk: 'Индикаторлар', ru: 'Индикаторы', en: 'Indicators' },
};

export interface ColumnDef {
  key: string;
  header: Texts;
  width?: number;
  /** The column may be left out of an uploaded file (the English texts). */
  optional?: boolean;
  /** Written for the reader only; the import ignores it (names of referenced rows, the sector's name). */
  info?: boolean;
}

const text3 = (kk: string, ru: string, en: string): Texts => ({ kk, ru, en });
/** The three columns of a localized text: kk, ru and the optional en. */
const localized = (key: string, kk: string, ru: string, en: string, width = 40): ColumnDef[] => [
  { key: `${key}Kk`, header: text3(`${kk} (қаз.)`, `${ru} (каз.)`, `${en} (kk)`), width },
  { key: `${key}Ru`, header: text3(`${kk} (орыс.)`, `${ru} (рус.)`, `${en} (ru)`), width },
  { key: `${key}En`, header: text3(`${kk} (ағыл.)`, `${ru} (англ.)`, `${en} (en)`), width, optional: true },
];

const SECTOR: ColumnDef = {
  key: 'sector',
  header: text3('Сала коды', 'Код отрасли', 'Sector id'),
  width: 12,
};
const SECTOR_NAME: ColumnDef = {
  key: 'sectorName',
  header: text3('Сала', 'Отрасль', 'Sector'),
  width: 30,
  info: true,
};
const CASE: ColumnDef = { key: 'case', header: text3('Кейс коды', 'Код кейса', 'Case id'), width: 12 };

export const CASE_COLUMNS: ColumnDef[] = [
  SECTOR,
  SECTOR_NAME,
  { ...CASE, key: 'id' },
  ...localized('name', 'Атауы', 'Наименование', 'Name'),
  {
    key: 'reengineeringStatus',
    header: text3('Реинжиниринг мәртебесі', 'Статус реинжиниринга', 'Reengineering status'),
    width: 18,
  },
  { key: 'automated', header: text3('Автоматтандырылған', 'Автоматизирован', 'Automated'), width: 12 },
  {
    key: 'reengineeredEarlier',
    header: text3('Реинжиниринг 2021–2024 жж.', 'Реинжиниринг в 2021–2024 гг.', 'Reengineered in 2021–2024'),
    width: 14,
  },
  {
    key: 'scheduleByProcess',
    header: text3('Жоспар-кесте процестер бойынша', 'План-график по процессам', 'Schedule by process'),
    width: 14,
  },
  {
    key: 'aiUse',
    header: text3(
      'ЖИ-ді перспективалық пайдалану',
      'Перспективное использование ИИ',
      'Prospective use of AI',
    ),
    width: 30,
    info: true,
  },
  {
    key: 'responsibleUnits',
    header: text3('Жауапты бөлімшелер', 'Ответственные подразделения', 'Responsible units'),
    width: 30,
    info: true,
  },
  { key: 'functions', header: text3('Функциялар', 'Функции', 'Functions'), width: 30, info: true },
  {
    key: 'publicServices',
    header: text3('Мемлекеттік көрсетілетін қызметтер', 'Государственные услуги', 'Public services'),
    width: 30,
    info: true,
  },
  {
    key: 'informationSystems',
    header: text3('Ақпараттық жүйелер', 'Информационные системы', 'Information systems'),
    width: 30,
    info: true,
  },
];

export const PROCESS_COLUMNS: ColumnDef[] = [
  SECTOR,
  CASE,
  { key: 'id', header: text3('Процесс коды', 'Код процесса', 'Process id'), width: 12 },
  ...localized('name', 'Атауы', 'Наименование', 'Name'),
];

/** The plan-schedule's fixed columns; the 20 quarter columns follow (`quarterColumns`). */
export const SCHEDULE_COLUMNS: ColumnDef[] = [
  SECTOR,
  CASE,
  { key: 'process', header: text3('Процесс коды', 'Код процесса', 'Process id'), width: 12 },
  { key: 'name', header: text3('Кейс / процесс', 'Кейс / процесс', 'Case / process'), width: 40, info: true },
];

/** The indicators' columns before the yearly targets, and after them. */
export const INDICATOR_COLUMNS: ColumnDef[] = [
  { key: 'level', header: text3('Деңгей', 'Уровень', 'Level'), width: 12 },
  {
    key: 'levelName',
    header: text3('Сала / бағыт', 'Отрасль / направление', 'Sector / direction'),
    width: 30,
    info: true,
  },
  { key: 'id', header: text3('Индикатор коды', 'Код индикатора', 'Indicator id'), width: 12 },
  ...localized('name', 'Атауы', 'Наименование', 'Name'),
  ...localized('unit', 'Өлшем бірлігі', 'Ед. изм.', 'Unit', 12),
  { key: 'baselineValue', header: text3('Базалық мән', 'Базовое значение', 'Baseline value'), width: 12 },
  { key: 'baselineYear', header: text3('Базалық жыл', 'Базовый год', 'Baseline year'), width: 10 },
];
export const INDICATOR_TAIL_COLUMNS: ColumnDef[] = [
  ...localized('source', 'Дереккөз', 'Источник', 'Source', 30),
  { key: 'criterion', header: text3('ҚЕ 19-т. критерийі', 'Критерий п. 19', 'R.19 criterion'), width: 10 },
];

/** The level of the DT performance indicators (R.19) in the indicators sheet; not a valid item id. */
export const LEVEL_R19 = 'R.19';
/** The level of a priority direction's indicators: `pd:<id>` (":" never occurs in an item id). */
export const PRIORITY_PREFIX = 'pd:';
export const LEVEL_R19_NAME: Texts = text3(
  'ЦТ тиімділік индикаторлары (ҚЕ 19-т.)',
  'Индикаторы эффективности ЦТ (п. 19 Правил)',
  'DT performance indicators (R.19)',
);

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** The header of a quarter column of the plan-schedule. */
export const quarterHeader = (year: number, quarter: number): Texts =>
  text3(
    `${year} ж. ${ROMAN[quarter - 1]} тоқсан`,
    `${year} ${ROMAN[quarter - 1]} кв.`,
    `${year} Q${quarter}`,
  );

/** The year and quarter a header names in any of the languages, or null. */
export function parseQuarterHeader(text: string): { year: number; quarter: number } | null {
  const m = /^(\d{4})\s+(?:ж\.\s+)?(?:q([1-4])|(iv|i{1,3})\s+(?:тоқсан|кв\.?))$/.exec(normalizeHeader(text));
  if (!m) return null;
  const quarter = m[2] ? Number(m[2]) : ROMAN.indexOf(m[3]!.toUpperCase() as (typeof ROMAN)[number]) + 1;
  return { year: Number(m[1]), quarter };
}

/** The header of a year's target column of the indicators. */
export const targetHeader = (year: number): Texts =>
  text3(`Мақсат ${year}`, `Цель ${year}`, `Target ${year}`);

/** The year a target header names in any of the languages, or null. */
export function parseTargetHeader(text: string): number | null {
  const m = /^(?:мақсат|цель|target)\s+(\d{4})$/.exec(normalizeHeader(text));
  return m ? Number(m[1]) : null;
}

/** Reengineering statuses as written in the workbook (the editor's wording). */
export const STATUS_LABELS: Record<ReengineeringStatus, Texts> = {
  planned: text3('жоспарлануда', 'планируется', 'planned'),
  in_progress: text3('жұмыс барысында', 'в работе', 'in progress'),
  implemented: text3('енгізілген', 'внедрён', 'implemented'),
};
export const YES_NO: { yes: Texts; no: Texts } = {
  yes: text3('иә', 'да', 'yes'),
  no: text3('жоқ', 'нет', 'no'),
};

/** A status from any language's label or the status code itself; undefined when not one of them. */
export function parseStatus(value: string): ReengineeringStatus | undefined {
  const v = normalizeHeader(value);
  return REENGINEERING_STATUSES.find(
    (s) => s === v || Object.values(STATUS_LABELS[s]).some((label) => normalizeHeader(label) === v),
  );
}

/** Yes/no in any language (a TRUE/FALSE cell reads as text too); undefined when neither. */
export function parseYesNo(value: string): boolean | undefined {
  const v = normalizeHeader(value);
  if (v === 'true' || Object.values(YES_NO.yes).includes(v)) return true;
  if (v === 'false' || Object.values(YES_NO.no).includes(v)) return false;
  return undefined;
}
