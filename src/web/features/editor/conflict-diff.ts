import { deepEqual } from './section-save.logic.ts';

/**
 * A field-level comparison of two versions of a section (mine vs theirs) for the conflict panel:
 * lists of items with ids are matched by id, so a reordered or edited list reads as what changed
 * in which item, not as a wall of JSON.
 */
export type DiffSegment = string | { id: string; index: number; name: unknown };

export interface DiffEntry {
  path: DiffSegment[];
  /** undefined: the value (or item) does not exist on that side. */
  mine: unknown;
  theirs: unknown;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasId = (v: unknown): v is Obj & { id: string } => isObj(v) && typeof v.id === 'string';

/** Whether a value is a LocalizedText ({kk, ru, en?} of strings): compared as one field. */
const isText = (v: unknown): boolean =>
  isObj(v) &&
  typeof v.kk === 'string' &&
  typeof v.ru === 'string' &&
  Object.keys(v).every((k) => ['kk', 'ru', 'en'].includes(k));

const itemName = (item: Obj): unknown => item.name ?? item.text ?? item.risk ?? null;

export function diffJson(mine: unknown, theirs: unknown, path: DiffSegment[] = []): DiffEntry[] {
  if (deepEqual(mine, theirs)) return [];
  if (Array.isArray(mine) && Array.isArray(theirs) && [...mine, ...theirs].every(hasId)) {
    return diffItems(mine as (Obj & { id: string })[], theirs as (Obj & { id: string })[], path);
  }
  if (isObj(mine) && isObj(theirs) && !isText(mine) && !isText(theirs)) {
    const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((k) => k !== 'id');
    return keys.flatMap((k) => diffJson(mine[k], theirs[k], [...path, k]));
  }
  return [{ path, mine, theirs }];
}

function diffItems(mine: (Obj & { id: string })[], theirs: (Obj & { id: string })[], path: DiffSegment[]) {
  const theirsById = new Map(theirs.map((t, i) => [t.id, { item: t, index: i }]));
  const mineIds = new Set(mine.map((m) => m.id));
  const entries: DiffEntry[] = [];
  mine.forEach((m, index) => {
    const seg: DiffSegment = { id: m.id, index, name: itemName(m) };
    const t = theirsById.get(m.id);
    if (!t) entries.push({ path: [...path, seg], mine: m, theirs: undefined });
    else entries.push(...diffJson(m, t.item, [...path, seg]));
  });
  theirs.forEach((t, index) => {
    if (!mineIds.has(t.id))
      entries.push({ path: [...path, { id: t.id, index, name: itemName(t) }], mine: undefined, theirs: t });
  });
  const sameOrder = mine.filter((m) => theirsById.has(m.id)).map((m) => m.id);
  const theirOrder = theirs.filter((t) => mineIds.has(t.id)).map((t) => t.id);
  if (!deepEqual(sameOrder, theirOrder))
    entries.push({ path: [...path, '#order'], mine: sameOrder, theirs: theirOrder });
  return entries;
}
