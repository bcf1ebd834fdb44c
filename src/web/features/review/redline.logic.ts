import type { TFunction } from 'i18next';
import type { CellChange, DiffList, ItemChange, MapDiff, SectionDiff } from '../../../domain/map/map.diff.ts';
import type { FindingTarget } from './finding-location.ts';
import type { Message } from './lifecycle.logic.ts';

/**
 * How the redline (map.diff.ts) is laid out for reading: items grouped by their list, fields named
 * with the Form's labels, plan-schedule cells gathered per row, and the part of a redline that
 * concerns one remark ("what changed since").
 */

// ---------------------------------------------------------------------------------------------
// Lists

/** The heading of a list of a section. `n` is the sector's number for the Form's 1.1–1.4 numbering. */
export function listTitle(list: DiffList, n: number | null): Message {
  const num = { n: n ?? '' };
  const titles: Record<DiffList, Message> = {
    passport: { key: 'rl.list.passportFields', params: {} },
    principles: { key: 'passport.principles', params: {} },
    implementers: { key: 'passport.implementers', params: {} },
    sector: { key: 'rl.list.sector', params: {} },
    indicators: { key: 'indicator.title', params: {} },
    subjects: { key: 'sub.subjects', params: {} },
    'subjects.lifeCycle': { key: 'subject.lifeCycle', params: {} },
    problems: { key: 'sub.problems', params: {} },
    technologies: { key: 'sub.technologies', params: {} },
    cases: n ? { key: 'sub.cases', params: num } : { key: 'rl.list.cases', params: {} },
    'cases.processes': { key: 'case.processes', params: {} },
    'cases.aiUse': { key: 'case.aiUse', params: {} },
    'cases.responsibleUnits': { key: 'case.responsibleUnits', params: {} },
    'cases.functions': { key: 'case.functions', params: {} },
    fastTrack: n ? { key: 'sub.fastTrack', params: num } : { key: 'rl.list.fastTrack', params: {} },
    attachments: { key: 'rl.list.attachments', params: {} },
    priorityDirections: { key: 'attachments.priorityDirections', params: {} },
    'priorityDirections.indicators': { key: 'direction.indicators', params: {} },
    performanceIndicators: { key: 'attachments.performance', params: {} },
    pilotProjects: { key: 'attachments.pilots', params: {} },
    dataList: { key: 'attachments.data', params: {} },
    risks: { key: 'attachments.risks', params: {} },
  };
  return titles[list];
}

/** The "<kind> N" label of an item without a name of its own, by the list's last key. */
export const ITEM_N_KEY: Record<string, string> = {
  indicators: 'indicator.n',
  performanceIndicators: 'indicator.n',
  subjects: 'subject.n',
  lifeCycle: 'stage.n',
  problems: 'problem.n',
  technologies: 'technology.n',
  cases: 'case.n',
  processes: 'process.n',
  aiUse: 'aiUse.n',
  responsibleUnits: 'unit.n',
  functions: 'function.n',
  fastTrack: 'fastTrack.n',
  implementers: 'implementer.n',
  priorityDirections: 'direction.n',
  pilotProjects: 'pilot.n',
  dataList: 'data.n',
  risks: 'risk.n',
};

/** The list's own key: 'cases.processes' → 'processes'. */
export const lastSegment = (list: string): string => list.split('.').pop() ?? list;

/** A group of changed items of one list (and one parent item, for nested lists), in diff order. */
export interface ItemGroup {
  list: DiffList;
  parentId: string | null;
  items: ItemChange[];
}

/** The section's items grouped by list and parent, in the order the diff gives them (the Form's). */
export function groupItems(section: Pick<SectionDiff, 'items'>): ItemGroup[] {
  const groups: ItemGroup[] = [];
  const byKey = new Map<string, ItemGroup>();
  for (const item of section.items) {
    const key = `${item.list}|${item.parentId ?? ''}`;
    let g = byKey.get(key);
    if (!g) {
      g = { list: item.list, parentId: item.parentId, items: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.items.push(item);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Fields

const INDICATOR_FIELDS: Record<string, string> = {
  name: 'indicator.name',
  unit: 'indicator.unit',
  baselineValue: 'indicator.baselineValue',
  baselineYear: 'indicator.baselineYear',
  targets: 'indicator.targets',
  source: 'indicator.source',
  criterion: 'performance.criterion',
};

/** The Form's label of each field, by the list's own key (the editor's labels). */
const FIELD_KEYS: Record<string, Record<string, string>> = {
  passport: {
    title: 'passport.name',
    goal: 'passport.goal',
    planningDocumentIds: 'passport.planningDocuments',
    legalBasis: 'passport.legalBasis',
    period: 'passport.period',
  },
  principles: { application: 'passport.principles' },
  implementers: { name: 'implementer.name', kind: 'implementer.kind' },
  sector: {
    name: 'sector.name',
    responsibleUnit: 'sector.responsibleUnit',
    description: 'description.field',
  },
  indicators: INDICATOR_FIELDS,
  performanceIndicators: INDICATOR_FIELDS,
  subjects: { name: 'subject.name', count: 'subject.count', gdpContribution: 'subject.gdp' },
  problems: { text: 'problem.text', source: 'problem.source' },
  technologies: { name: 'technology.name', description: 'technology.description', isAi: 'technology.isAi' },
  cases: {
    name: 'case.name',
    publicServiceIds: 'case.publicServices',
    automated: 'case.automated',
    informationSystemIds: 'case.informationSystems',
    subjectIds: 'case.subjects',
    lifeCycleStageIds: 'case.lifeCycleStages',
    reengineeringStatus: 'case.reengineeringStatus',
    reengineeredEarlier: 'case.reengineeredEarlier',
    scheduleByProcess: 'case.scheduleByProcess',
  },
  fastTrack: {
    caseId: 'fastTrack.case',
    rationale: 'fastTrack.rationale',
    expectedEffects: 'fastTrack.effects',
    solutions: 'fastTrack.solutions',
  },
  attachments: { achievabilityJustification: 'attachments.justification' },
  priorityDirections: { name: 'direction.name' },
  pilotProjects: { name: 'pilot.name', description: 'pilot.description', period: 'pilot.period' },
  dataList: { name: 'data.name', description: 'data.description', informationSystemIds: 'data.systems' },
  risks: { risk: 'risk.risk', management: 'risk.management' },
};

const LANGS = ['kk', 'ru', 'en'];

/** A changed field's name, in parts: the label, the language of a text, the year of a target. */
export interface FieldName {
  /** The label's key, or null for a field the Form does not name (then `raw` is shown). */
  key: string | null;
  params: Record<string, string>;
  raw: string;
  lang: 'kk' | 'ru' | 'en' | null;
}

/**
 * The name of a changed field of an item of `list` ('name.kk', 'targets.2027', 'period.from').
 * A target of a year reads «Целевое значение на 2027 год»; a text adds its language.
 */
export function fieldName(list: string, field: string): FieldName {
  const segs = field.split('.');
  const head = segs[0];
  const last = segs[segs.length - 1];
  const lang = segs.length > 1 && LANGS.includes(last) ? (last as FieldName['lang']) : null;
  const keys = FIELD_KEYS[lastSegment(list)] ?? {};
  if (head === 'targets' && segs[1] && /^\d{4}$/.test(segs[1]))
    return { key: 'indicator.targetFor', params: { year: segs[1] }, raw: field, lang: null };
  if (head === 'period' && (segs[1] === 'from' || segs[1] === 'to') && lastSegment(list) === 'passport')
    return { key: `rl.field.period.${segs[1]}`, params: {}, raw: field, lang: null };
  const key = keys[head] ?? (head === 'name' ? 'implementer.name' : null);
  return { key, params: {}, raw: field, lang };
}

/** The name of a changed field in the reader's language: «Наименование (на казахском)», «Целевое значение на 2027 год». */
export function fieldLabelText(list: string, field: string, t: TFunction): string {
  const f = fieldName(list, field);
  const base = f.key ? t(`editor:${f.key}`, f.params) : f.raw;
  return f.lang ? t('editor:rl.fieldLang', { field: base, lang: t(`editor:lang.${f.lang}`) }) : base;
}

/** The same, or null for a field the Form does not name (remark labels skip it). */
export function knownFieldLabel(list: string, field: string, t: TFunction): string | null {
  return fieldName(list, field).key ? fieldLabelText(list, field, t) : null;
}

/** Fields whose value is one of a fixed set: the key prefix of the value's label. */
const ENUM_PREFIX: Record<string, string> = {
  reengineeringStatus: 'reeng.',
  kind: 'implementer.kind.',
  source: 'problem.source.',
  criterion: 'criterion.',
};

/** How a value is shown; the caller resolves names of referenced items and translates keys. */
export type ValueView =
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'key'; key: string }
  | { kind: 'ids'; ids: string[] }
  | { kind: 'item'; id: string };

export function valueView(list: string, field: string, value: unknown): ValueView {
  const head = field.split('.')[0];
  if (value === null || value === undefined || value === '') return { kind: 'blank' };
  if (Array.isArray(value)) return value.length ? { kind: 'ids', ids: value.map(String) } : { kind: 'blank' };
  if (typeof value === 'boolean') return { kind: 'key', key: value ? 'common.yes' : 'common.no' };
  if (head === 'caseId') return { kind: 'item', id: String(value) };
  const prefix = ENUM_PREFIX[head];
  // 'source' of an indicator is a text; of a problem, one of a set.
  if (prefix && (head !== 'source' || lastSegment(list) === 'problems'))
    return { kind: 'key', key: `${prefix}${value}` };
  return { kind: 'text', text: typeof value === 'string' ? value : String(value) };
}

/** What a set of ids gained and lost (reference lists are sets, their order means nothing). */
export function setChange(before: unknown, after: unknown): { added: string[]; removed: string[] } {
  const a = Array.isArray(before) ? before.map(String) : [];
  const b = Array.isArray(after) ? after.map(String) : [];
  return { added: b.filter((x) => !a.includes(x)), removed: a.filter((x) => !b.includes(x)) };
}

// ---------------------------------------------------------------------------------------------
// Plan-schedule cells

/** The changed cells of one row of the plan-schedule (a case, or one process of a split case). */
export interface CellRow {
  caseId: string;
  processId: string | null;
  cells: CellChange[];
}

/** Cells gathered per row, rows in the order of their first change, cells by quarter. */
export function cellRows(cells: readonly CellChange[]): CellRow[] {
  const rows: CellRow[] = [];
  const byKey = new Map<string, CellRow>();
  for (const c of cells) {
    const key = `${c.caseId}|${c.processId ?? ''}`;
    let row = byKey.get(key);
    if (!row) {
      row = { caseId: c.caseId, processId: c.processId, cells: [] };
      byKey.set(key, row);
      rows.push(row);
    }
    row.cells.push(c);
  }
  for (const r of rows) r.cells.sort((a, b) => a.quarterIndex - b.quarterIndex);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// What changed since a remark

/** The part of a redline that concerns one remark. */
export interface RemarkChanges {
  items: ItemChange[];
  cells: CellChange[];
  /** The section as a whole changed (a remark on a whole section or page: the count, not the detail). */
  section: SectionDiff | null;
}

/** The key right below the section a path names: ['sectors', 0, 'cases', …] → 'cases'; ['passport', 'goal'] → 'goal'. */
const keyOfPath = (path: readonly (string | number)[]): string | null => {
  const key = path[0] === 'sectors' ? path[2] : path[1];
  return typeof key === 'string' ? key : null;
};

const OWN_FIELDS: readonly DiffList[] = ['passport', 'sector', 'attachments'];

/**
 * What changed between the remark's version and the shown one for the remark's item: the item's
 * own changes, the changes of the lists nested in it (a case's processes), and — for a case — its
 * plan-schedule cells. A remark on a whole list (the cases of a sector) gets every change of that
 * list, one on a field of the section (the goal) that field's changes; a remark on a whole section
 * gets the section's diff.
 */
export function changesForRemark(diff: MapDiff, f: FindingTarget): RemarkChanges {
  const section = diff.sections.find((s) => s.key === f.section) ?? null;
  if (!section) return { items: [], cells: [], section: null };
  const sectorId = f.section.startsWith('sector:') ? f.section.slice('sector:'.length) : null;
  const itemId = f.itemId && f.itemId !== sectorId ? f.itemId : null;
  if (itemId) {
    const items = section.items.filter((i) => i.id === itemId || i.parentId === itemId);
    const cells = section.cells.filter((c) => c.caseId === itemId || c.processId === itemId);
    return { items, cells, section: null };
  }
  const key = keyOfPath(f.path);
  if (!key) return { items: [], cells: [], section };
  const inList = section.items.filter((i) => i.list.split('.')[0] === key);
  if (inList.length || !section.items.some((i) => OWN_FIELDS.includes(i.list))) {
    const cells = key === 'cases' ? section.cells : [];
    return { items: inList, cells, section: null };
  }
  // A field of the section itself: the own-fields item, narrowed to that field.
  const items = section.items
    .filter((i) => OWN_FIELDS.includes(i.list))
    .map((i) => ({ ...i, fields: (i.fields ?? []).filter((c) => c.field.split('.')[0] === key) }))
    .filter((i) => i.fields.length > 0);
  return { items, cells: [], section: null };
}
