import { emptyText, type LocalizedText } from '../locale.ts';
import { effectiveRows } from './map.gantt.ts';
import {
  type Case,
  FORM_PERIOD,
  type MapDocument,
  QUARTERS_IN_PERIOD,
  quarterOf,
  type ScheduleCell,
  type Sector,
  type Subject,
} from './map.schema.ts';
import type { SectionKey } from './map.sections.ts';

/**
 * The redline between two versions of a map (R.41–R.42: every version stays readable, any two can
 * be compared). Items are matched by their stable ids, never by position, so:
 * - moving an item (reordering sectors, cases, indicators…) is not a change and is not reported;
 * - an added or removed item is reported once, without its contents — the contents are in the
 *   version it comes from;
 * - a changed item lists its changed fields; a text is compared per language ('name.kk'), a
 *   year-keyed record per year ('targets.2027'), a list of reference ids as a set;
 * - the plan-schedule (F 1.3) is compared cell by cell for every case present in both versions,
 *   over its effective rows (the case's row, or one row per process when split).
 * Blank values (absent, null, '') are equal to each other, so an absent en text equals ''.
 * The result is plain JSON: the server sends it to the browser and prints it in documents.
 */

export type DiffStatus = 'added' | 'removed' | 'changed';

/** One changed field of an item: its path inside the item ('name.kk', 'targets.2027', 'count'). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The list an item belongs to. 'passport', 'sector' and 'attachments' are the section's own
 * fields (one item each); a dotted name is a list nested in an item of the list before the dot,
 * whose id is the change's `parentId`.
 */
export type DiffList =
  | 'passport'
  | 'principles'
  | 'implementers'
  | 'sector'
  | 'indicators'
  | 'subjects'
  | 'subjects.lifeCycle'
  | 'problems'
  | 'technologies'
  | 'cases'
  | 'cases.processes'
  | 'cases.aiUse'
  | 'cases.responsibleUnits'
  | 'cases.functions'
  | 'fastTrack'
  | 'attachments'
  | 'priorityDirections'
  | 'priorityDirections.indicators'
  | 'performanceIndicators'
  | 'pilotProjects'
  | 'dataList'
  | 'risks';

export interface ItemChange {
  list: DiffList;
  /** The item's stable id (a principle's code as a string). */
  id: string;
  /** The id of the item holding a nested list, else null. */
  parentId: string | null;
  status: DiffStatus;
  /** The item's name or text for display, from the newer version (the older one when removed). */
  label: LocalizedText;
  /** JSON path of the item in the newer version (in the older one when removed), as in findings. */
  path: (string | number)[];
  /** The changed fields; only when `status` is 'changed'. */
  fields?: FieldChange[];
}

/** A plan-schedule cell that differs (F 1.3). */
export interface CellChange {
  caseId: string;
  /** null for the case's own row; the process for a row of a split case. */
  processId: string | null;
  quarterIndex: number;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  before: ScheduleCell;
  after: ScheduleCell;
}

export interface SectionDiff {
  key: SectionKey;
  /** 'added'/'removed' only for a sector; the passport and the attachments are always there. */
  status: DiffStatus;
  /** The sector's name; null for the passport and the attachments. */
  label: LocalizedText | null;
  items: ItemChange[];
  cells: CellChange[];
}

export interface MapDiff {
  /** Only the sections with a difference, in the Form's order; removed sectors after the others. */
  sections: SectionDiff[];
  counts: { added: number; removed: number; changed: number; fields: number; cells: number };
}

// ---------------------------------------------------------------------------------------------
// Fields

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlank = (v: unknown) => v === undefined || v === null || v === '';
/** JSON has no undefined. */
const json = (v: unknown) => (v === undefined ? null : v);

function sameArray(a: unknown[], b: unknown[]): boolean {
  // Lists of reference ids are sets: their order carries no meaning.
  const key = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
  const ka = key(a);
  const kb = key(b);
  return ka.length === kb.length && ka.every((x, i) => x === kb[i]);
}

function compareValue(field: string, a: unknown, b: unknown, out: FieldChange[]): void {
  if (isObj(a) || isObj(b)) {
    const oa = isObj(a) ? a : {};
    const ob = isObj(b) ? b : {};
    for (const k of new Set([...Object.keys(ob), ...Object.keys(oa)]))
      compareValue(`${field}.${k}`, oa[k], ob[k], out);
  } else if (Array.isArray(a) || Array.isArray(b)) {
    const aa = Array.isArray(a) ? a : [];
    const ab = Array.isArray(b) ? b : [];
    if (!sameArray(aa, ab)) out.push({ field, before: aa, after: ab });
  } else if (!(isBlank(a) && isBlank(b)) && a !== b) {
    out.push({ field, before: json(a), after: json(b) });
  }
}

/** The changed fields of two versions of an item, leaving out its id and `skip` (nested lists). */
export function fieldChanges(a: object, b: object, skip: readonly string[] = []): FieldChange[] {
  const oa = a as Obj;
  const ob = b as Obj;
  const out: FieldChange[] = [];
  for (const k of new Set([...Object.keys(ob), ...Object.keys(oa)])) {
    if (k === 'id' || skip.includes(k)) continue;
    compareValue(k, oa[k], ob[k], out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lists

interface ListSpec<T> {
  list: DiffList;
  key: (item: T) => string;
  label: (item: T) => LocalizedText;
  /** Fields not compared as fields: nested lists and schedules. */
  skip?: readonly string[];
  /** Diffs the nested lists of an item present in both versions. */
  nested?: (a: T, b: T, path: (string | number)[], out: ItemChange[]) => void;
}

function diffList<T extends object>(
  spec: ListSpec<T>,
  before: readonly T[],
  after: readonly T[],
  path: (string | number)[],
  parentId: string | null,
  out: ItemChange[],
): void {
  const old = new Map(before.map((item, i) => [spec.key(item), { item, i }]));
  const kept = new Set<string>();
  after.forEach((item, i) => {
    const id = spec.key(item);
    const base = { list: spec.list, id, parentId, label: { ...spec.label(item) }, path: [...path, i] };
    const prev = old.get(id);
    if (!prev) {
      out.push({ ...base, status: 'added' });
      return;
    }
    kept.add(id);
    const fields = fieldChanges(prev.item, item, spec.skip);
    if (fields.length) out.push({ ...base, status: 'changed', fields });
    spec.nested?.(prev.item, item, [...path, i], out);
  });
  before.forEach((item, i) => {
    const id = spec.key(item);
    if (kept.has(id)) return;
    out.push({
      list: spec.list,
      id,
      parentId,
      status: 'removed',
      label: { ...spec.label(item) },
      path: [...path, i],
    });
  });
}

/** The section's own fields as one item. */
function ownFields(
  list: DiffList,
  id: string,
  label: LocalizedText,
  path: (string | number)[],
  a: object,
  b: object,
  skip: readonly string[],
  out: ItemChange[],
): void {
  const fields = fieldChanges(a, b, skip);
  if (fields.length)
    out.push({ list, id, parentId: null, status: 'changed', label: { ...label }, path, fields });
}

type PriorityDirection = MapDocument['attachments']['priorityDirections'][number];

const byId = (item: { id: string }) => item.id;
const byName = (item: { name: LocalizedText }) => item.name;

const named = <T extends { id: string; name: LocalizedText }>(list: DiffList): ListSpec<T> => ({
  list,
  key: byId,
  label: byName,
});

// ---------------------------------------------------------------------------------------------
// Sections

function diffPassport(a: MapDocument['passport'], b: MapDocument['passport']): ItemChange[] {
  const out: ItemChange[] = [];
  const lists = ['principles', 'implementers'];
  ownFields('passport', 'passport', b.title, ['passport'], a, b, lists, out);
  diffList(
    { list: 'principles', key: (p) => String(p.code), label: (p) => p.application },
    a.principles,
    b.principles,
    ['passport', 'principles'],
    null,
    out,
  );
  diffList(named('implementers'), a.implementers, b.implementers, ['passport', 'implementers'], null, out);
  return out;
}

const SECTOR_LISTS = ['indicators', 'subjects', 'problems', 'technologies', 'cases', 'fastTrack'];
const CASE_LISTS = ['processes', 'aiUse', 'responsibleUnits', 'functions', 'schedule'];

function diffSector(a: Sector, b: Sector, path: (string | number)[]): ItemChange[] {
  const out: ItemChange[] = [];
  ownFields('sector', b.id, b.name, path, a, b, SECTOR_LISTS, out);
  diffList(named('indicators'), a.indicators, b.indicators, [...path, 'indicators'], null, out);
  diffList(
    {
      ...named<Subject>('subjects'),
      skip: ['lifeCycle'],
      nested: (sa, sb, p, o) =>
        diffList(named('subjects.lifeCycle'), sa.lifeCycle, sb.lifeCycle, [...p, 'lifeCycle'], sb.id, o),
    },
    a.subjects,
    b.subjects,
    [...path, 'subjects'],
    null,
    out,
  );
  diffList(
    { list: 'problems', key: byId, label: (p) => p.text },
    a.problems,
    b.problems,
    [...path, 'problems'],
    null,
    out,
  );
  diffList(named('technologies'), a.technologies, b.technologies, [...path, 'technologies'], null, out);
  diffList(
    {
      ...named<Case>('cases'),
      skip: CASE_LISTS,
      nested: (ca, cb, p, o) => {
        diffList(
          { ...named('cases.processes'), skip: ['schedule'] },
          ca.processes,
          cb.processes,
          [...p, 'processes'],
          cb.id,
          o,
        );
        diffList(named('cases.aiUse'), ca.aiUse, cb.aiUse, [...p, 'aiUse'], cb.id, o);
        diffList(
          named('cases.responsibleUnits'),
          ca.responsibleUnits,
          cb.responsibleUnits,
          [...p, 'responsibleUnits'],
          cb.id,
          o,
        );
        diffList(named('cases.functions'), ca.functions, cb.functions, [...p, 'functions'], cb.id, o);
      },
    },
    a.cases,
    b.cases,
    [...path, 'cases'],
    null,
    out,
  );
  // A Fast Track project has no name of its own: it is shown by its case (F 1.4).
  const fastTrackLabel = (ft: Sector['fastTrack'][number]) =>
    b.cases.find((c) => c.id === ft.caseId)?.name ??
    a.cases.find((c) => c.id === ft.caseId)?.name ??
    ft.rationale;
  diffList(
    { list: 'fastTrack', key: byId, label: fastTrackLabel },
    a.fastTrack,
    b.fastTrack,
    [...path, 'fastTrack'],
    null,
    out,
  );
  return out;
}

/**
 * The plan-schedule cells that differ, case by case (F 1.3). A row present in one version only —
 * a process added to a split case, or a case split or joined — compares against an empty row.
 */
export function diffSchedule(a: Sector, b: Sector): CellChange[] {
  const out: CellChange[] = [];
  const oldCases = new Map(a.cases.map((c) => [c.id, c]));
  for (const cb of b.cases) {
    const ca = oldCases.get(cb.id);
    if (!ca) continue;
    const rowKey = (processId: string | null) => processId ?? '';
    const rowsA = new Map(effectiveRows(ca).map((r) => [rowKey(r.processId), r]));
    const rowsB = new Map(effectiveRows(cb).map((r) => [rowKey(r.processId), r]));
    const keys = new Set([...rowsB.keys(), ...rowsA.keys()]);
    for (const key of keys) {
      const ra = rowsA.get(key);
      const rb = rowsB.get(key);
      const processId = (rb ?? ra)!.processId;
      for (let q = 0; q < QUARTERS_IN_PERIOD; q++) {
        const before = ra?.cells[q] ?? '';
        const after = rb?.cells[q] ?? '';
        if (before === after) continue;
        // The plan-schedule's columns are the Form's quarters, as in the summary Gantt.
        const { year, quarter } = quarterOf(FORM_PERIOD, q);
        out.push({ caseId: cb.id, processId, quarterIndex: q, year, quarter, before, after });
      }
    }
  }
  return out;
}

function diffAttachments(a: MapDocument['attachments'], b: MapDocument['attachments']): ItemChange[] {
  const out: ItemChange[] = [];
  const lists = ['priorityDirections', 'performanceIndicators', 'pilotProjects', 'dataList', 'risks'];
  ownFields('attachments', 'attachments', emptyText(), ['attachments'], a, b, lists, out);
  const p = (key: string) => ['attachments', key];
  diffList(
    {
      ...named<PriorityDirection>('priorityDirections'),
      skip: ['indicators'],
      nested: (da, db, path, o) =>
        diffList(
          named('priorityDirections.indicators'),
          da.indicators,
          db.indicators,
          [...path, 'indicators'],
          db.id,
          o,
        ),
    },
    a.priorityDirections,
    b.priorityDirections,
    p('priorityDirections'),
    null,
    out,
  );
  diffList(
    named('performanceIndicators'),
    a.performanceIndicators,
    b.performanceIndicators,
    p('performanceIndicators'),
    null,
    out,
  );
  diffList(named('pilotProjects'), a.pilotProjects, b.pilotProjects, p('pilotProjects'), null, out);
  diffList(named('dataList'), a.dataList, b.dataList, p('dataList'), null, out);
  diffList({ list: 'risks', key: byId, label: (r) => r.risk }, a.risks, b.risks, p('risks'), null, out);
  return out;
}

/** The redline from version `a` (older) to version `b` (newer). */
export function diffMaps(a: MapDocument, b: MapDocument): MapDiff {
  const sections: SectionDiff[] = [];
  const push = (s: SectionDiff) => {
    if (s.items.length || s.cells.length) sections.push(s);
  };

  push({
    key: 'passport',
    status: 'changed',
    label: null,
    items: diffPassport(a.passport, b.passport),
    cells: [],
  });

  const oldSectors = new Map(a.sectors.map((s, i) => [s.id, { s, i }]));
  b.sectors.forEach((sb, i) => {
    const prev = oldSectors.get(sb.id);
    const key = `sector:${sb.id}` as const;
    const path = ['sectors', i];
    if (!prev) {
      const label = { ...sb.name };
      const item: ItemChange = { list: 'sector', id: sb.id, parentId: null, status: 'added', label, path };
      push({ key, status: 'added', label, items: [item], cells: [] });
      return;
    }
    push({
      key,
      status: 'changed',
      label: { ...sb.name },
      items: diffSector(prev.s, sb, path),
      cells: diffSchedule(prev.s, sb),
    });
  });
  const kept = new Set(b.sectors.map((s) => s.id));
  a.sectors.forEach((sa, i) => {
    if (kept.has(sa.id)) return;
    const item: ItemChange = {
      list: 'sector',
      id: sa.id,
      parentId: null,
      status: 'removed',
      label: { ...sa.name },
      path: ['sectors', i],
    };
    push({ key: `sector:${sa.id}`, status: 'removed', label: item.label, items: [item], cells: [] });
  });

  push({
    key: 'attachments',
    status: 'changed',
    label: null,
    items: diffAttachments(a.attachments, b.attachments),
    cells: [],
  });

  const counts = { added: 0, removed: 0, changed: 0, fields: 0, cells: 0 };
  for (const s of sections) {
    counts.cells += s.cells.length;
    for (const item of s.items) {
      counts[item.status]++;
      counts.fields += item.fields?.length ?? 0;
    }
  }
  return { sections, counts };
}
