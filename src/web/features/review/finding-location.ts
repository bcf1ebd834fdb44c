import type { LocalizedText } from '../../../domain/locale.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import type { SectionKey } from '../../../domain/map/map.sections.ts';
import { type EditorPageRef, SECTOR_FIELD_PAGE } from '../editor/editor-pages.ts';

/** What a review finding (a remark) points at: section, path inside the document, and its item. */
export interface FindingTarget {
  section: string;
  path: readonly (string | number)[];
  itemId: string | null;
}

/** One step of the chain from the section down to the item: a list and the item found in it. */
export interface LocatedItem {
  /** The list's key in the document ('indicators', 'cases', 'processes', 'lifeCycle'…). */
  list: string;
  /** Its position in the list of the shown version (1-based), null when not found there. */
  n: number | null;
  /** The item's display text, null when the item is not in the shown version. */
  label: LocalizedText | null;
  /** A Fast Track project is named by its case; a principle by its number. */
  kind: 'named' | 'principle' | 'fastTrack';
  code?: number;
}

/**
 * Where a remark sits in the shown version of the map: its page, its sector (number and name) and
 * the chain of items down to the one it is about. Items are found by their stable ids (the path's
 * indices belong to the version the remark was raised on and may have moved since); an item that
 * is gone has a null label.
 */
export interface FindingLocation {
  page: EditorPageRef | null;
  sector: { n: number; name: LocalizedText } | null;
  /** The sector named by the remark's section no longer exists in the shown version. */
  sectorGone: boolean;
  items: LocatedItem[];
  /** The field of the innermost item the path ends at ('targets', 'name'…), if any. */
  field: string | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function containsId(node: unknown, id: string): boolean {
  if (Array.isArray(node)) return node.some((x) => containsId(x, id));
  if (!isObj(node)) return false;
  if (node.id === id) return true;
  return Object.values(node).some((v) => containsId(v, id));
}

function itemText(list: string, item: Obj, sector: Obj | null): Pick<LocatedItem, 'label' | 'kind' | 'code'> {
  if (list === 'principles')
    return { label: (item.application as LocalizedText) ?? null, kind: 'principle', code: Number(item.code) };
  if (list === 'fastTrack') {
    const cases = (sector?.cases as Obj[] | undefined) ?? [];
    const c = cases.find((x) => x.id === item.caseId);
    return { label: (c?.name as LocalizedText) ?? null, kind: 'fastTrack' };
  }
  const label = (item.name ?? item.text ?? item.risk ?? null) as LocalizedText | null;
  return { label, kind: 'named' };
}

/**
 * Walks `path` below the section's own node, list by list. At each list the item is the one with
 * the remark's item id, or the one containing it (a case holding the process), else the index.
 */
function walk(
  start: Obj,
  rest: readonly (string | number)[],
  itemId: string | null,
  sector: Obj | null,
): { items: LocatedItem[]; field: string | null } {
  const items: LocatedItem[] = [];
  let node: Obj = start;
  let field: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i];
    const value = node[String(key)];
    const next = rest[i + 1];
    if (Array.isArray(value) && typeof next === 'number') {
      const list = value as unknown[];
      const laterList = rest
        .slice(i + 2)
        .some((k, j, a) => typeof k === 'string' && typeof a[j + 1] === 'number');
      let index = -1;
      if (itemId) {
        index = list.findIndex((x) => isObj(x) && x.id === itemId);
        if (index < 0 && laterList) index = list.findIndex((x) => containsId(x, itemId));
      }
      // Principles have no id: the index is all there is.
      if (index < 0 && (!itemId || String(key) === 'principles')) index = next < list.length ? next : -1;
      const item = index >= 0 ? list[index] : undefined;
      if (!isObj(item)) {
        items.push({ list: String(key), n: null, label: null, kind: 'named' });
        return { items, field: null };
      }
      items.push({ list: String(key), n: index + 1, ...itemText(String(key), item, sector) });
      node = item;
      field = null;
      i++;
    } else if (isObj(value)) {
      field ??= String(key);
      node = value;
    } else {
      field ??= String(key);
      break;
    }
  }
  return { items, field };
}

/** Where a remark is, in the shown document `doc`. */
export function locateFinding(f: FindingTarget, doc: MapDocument): FindingLocation {
  const path = f.path;
  const none: FindingLocation = { page: null, sector: null, sectorGone: false, items: [], field: null };
  if (f.section === 'passport') {
    const rest = path[0] === 'passport' ? path.slice(1) : path;
    return {
      ...none,
      page: { kind: 'passport' },
      ...walk(doc.passport as unknown as Obj, rest, f.itemId, null),
    };
  }
  if (f.section === 'attachments') {
    const rest = path[0] === 'attachments' ? path.slice(1) : path;
    return {
      ...none,
      page: { kind: 'attachments' },
      ...walk(doc.attachments as unknown as Obj, rest, f.itemId, null),
    };
  }
  if (!f.section.startsWith('sector:')) return none;
  const sectorId = f.section.slice('sector:'.length);
  const index = doc.sectors.findIndex((s) => s.id === sectorId);
  if (index < 0) return { ...none, sectorGone: true };
  const sector = doc.sectors[index] as unknown as Obj;
  // ['sectors', i, <key>, …]: the key names the sector's page.
  const rest = path[0] === 'sectors' ? path.slice(2) : [];
  // The plan-schedule (F 1.3) is a view of the cases: a remark on a row or on the whole grid
  // (['sectors', i, 'schedule']) belongs on the grid's page.
  const sub = rest.includes('schedule') ? 'schedule' : (SECTOR_FIELD_PAGE[String(rest[0])] ?? 'description');
  const walked = walk(sector, rest, f.itemId === sectorId ? null : f.itemId, sector);
  return {
    page: { kind: 'sector', sectorId, sub },
    sector: { n: index + 1, name: doc.sectors[index].name },
    sectorGone: false,
    items: walked.items,
    field: walked.field,
  };
}

/** The page a remark belongs on, or null when its section is gone. */
export const pageOfRemark = (f: FindingTarget, doc: MapDocument): EditorPageRef | null =>
  locateFinding(f, doc).page;

/** The section key a page comments on (null for pages of the map as a whole). */
export function remarkSectionOfPage(page: EditorPageRef): SectionKey | null {
  if (page.kind === 'passport') return 'passport';
  if (page.kind === 'attachments') return 'attachments';
  if (page.kind === 'sector') return `sector:${page.sectorId}`;
  return null;
}
