import { deepEqual } from './section-save.logic.ts';

/**
 * A three-way merge of a section after a 409: what I changed since the version I started from
 * (base) is applied onto theirs, field by field — lists of items with ids item by item, texts
 * language by language, plan-schedule rows cell by cell. Where both of us changed the same value
 * differently it is a clash; then the user chooses between the whole versions instead.
 */
export interface MergeResult {
  merged: unknown;
  /** Paths where both sides changed the same value differently. */
  clashes: (string | number)[][];
}

type Obj = Record<string, unknown>;
type Item = Obj & { id: string };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isItemList = (v: unknown): v is Item[] =>
  Array.isArray(v) && v.every((x) => isObj(x) && typeof x.id === 'string');
const isPrimitiveList = (v: unknown): v is unknown[] =>
  Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');

export function mergeThreeWay(base: unknown, mine: unknown, theirs: unknown): MergeResult {
  const clashes: (string | number)[][] = [];
  const merged = merge(base, mine, theirs, [], clashes);
  return { merged, clashes };
}

function merge(
  base: unknown,
  mine: unknown,
  theirs: unknown,
  path: (string | number)[],
  clashes: (string | number)[][],
): unknown {
  if (deepEqual(mine, theirs) || deepEqual(mine, base)) return theirs;
  if (deepEqual(theirs, base)) return mine;
  // Both changed this value: look inside it if it has parts.
  if (isItemList(base) && isItemList(mine) && isItemList(theirs))
    return mergeItems(base, mine, theirs, path, clashes);
  if (isObj(base) && isObj(mine) && isObj(theirs)) {
    const out: Obj = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const v = merge(base[key], mine[key], theirs[key], [...path, key], clashes);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  if (
    isPrimitiveList(base) &&
    isPrimitiveList(mine) &&
    isPrimitiveList(theirs) &&
    base.length === mine.length &&
    base.length === theirs.length
  ) {
    return base.map((b, i) => merge(b, mine[i], theirs[i], [...path, i], clashes));
  }
  clashes.push(path);
  return mine;
}

/** Lists of items with ids: their order and their additions, my additions appended, each kept item merged. */
function mergeItems(
  base: Item[],
  mine: Item[],
  theirs: Item[],
  path: (string | number)[],
  clashes: (string | number)[][],
) {
  const byId = (list: Item[]) => new Map(list.map((x) => [x.id, x]));
  const b = byId(base);
  const m = byId(mine);
  const out: Item[] = [];
  for (const t of theirs) {
    const mineItem = m.get(t.id);
    const baseItem = b.get(t.id);
    if (!mineItem) {
      // I removed it: fine unless they changed it meanwhile.
      if (baseItem && !deepEqual(baseItem, t)) {
        clashes.push([...path, t.id]);
        out.push(t);
      } else if (!baseItem) out.push(t);
      continue;
    }
    out.push(merge(baseItem, mineItem, t, [...path, t.id], clashes) as Item);
  }
  const theirIds = new Set(theirs.map((t) => t.id));
  for (const mineItem of mine) {
    if (theirIds.has(mineItem.id)) continue;
    const baseItem = b.get(mineItem.id);
    if (!baseItem)
      out.push(mineItem); // I added it
    else if (!deepEqual(baseItem, mineItem)) clashes.push([...path, mineItem.id]); // they removed what I changed
  }
  // The order of the items all three share: mine if only I reordered, a clash if we both did.
  const common = (list: Item[]) =>
    list.filter((x) => b.has(x.id) && m.has(x.id) && theirIds.has(x.id)).map((x) => x.id);
  const [baseOrder, mineOrder, theirOrder] = [common(base), common(mine), common(theirs)];
  if (deepEqual(mineOrder, baseOrder) || deepEqual(mineOrder, theirOrder)) return out;
  if (!deepEqual(theirOrder, baseOrder)) {
    clashes.push([...path, '#order']);
    return out;
  }
  const rank = new Map(mine.map((x, i) => [x.id, i]));
  return [...out].sort(
    (x, y) => (rank.get(x.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(y.id) ?? Number.MAX_SAFE_INTEGER),
  );
}
