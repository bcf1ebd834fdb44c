import {
  type CellChange,
  diffMaps,
  type ItemChange,
  type SectionDiff,
} from '../../../domain/map/map.diff.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import {
  parseSectionKey,
  removeSector,
  type SectionKey,
  writeSection,
} from '../../../domain/map/map.sections.ts';

/**
 * The conflict panel's comparison of my section with theirs, from the domain's redline between two
 * versions (map.diff.ts): field by field, a text per language, the plan-schedule cell by cell.
 */
export function sectionChanges(
  doc: MapDocument,
  key: SectionKey,
  mine: unknown,
  theirs: unknown,
): SectionDiff | null {
  const ref = parseSectionKey(key);
  if (!ref) return null;
  const a = writeSection(doc, ref, mine);
  const b =
    theirs === null && ref.sectorId ? removeSector(doc, ref.sectorId) : writeSection(doc, ref, theirs);
  return diffMaps(a, b).sections.find((s) => s.key === key) ?? null;
}

/** A value that exists on one side only (an item one of us added or removed). */
export const PRESENT = Symbol('present');
export const ABSENT = Symbol('absent');

export interface ConflictRow {
  /** What the row is about, outermost first: list, item, field (label keys resolved by the caller). */
  where: ({ list: string } | { item: ItemChange['label'] } | { field: string } | { cell: CellChange })[];
  mine: unknown;
  theirs: unknown;
}

/** Rows of the comparison: one per changed field, per added/removed item, per changed cell. */
export function conflictRows(diff: SectionDiff): ConflictRow[] {
  const rows: ConflictRow[] = [];
  for (const it of diff.items) {
    // The section's own fields need no list or item name: the panel's title names the section.
    const own = it.list === 'passport' || it.list === 'sector' || it.list === 'attachments';
    const where: ConflictRow['where'] = own ? [] : [{ list: it.list }, { item: it.label }];
    if (it.status === 'changed')
      for (const f of it.fields ?? [])
        rows.push({ where: [...where, { field: f.field }], mine: f.before, theirs: f.after });
    else if (it.status === 'added')
      rows.push({ where: own ? [{ list: it.list }] : where, mine: ABSENT, theirs: PRESENT });
    else rows.push({ where: own ? [{ list: it.list }] : where, mine: PRESENT, theirs: ABSENT });
  }
  for (const c of diff.cells) rows.push({ where: [{ cell: c }], mine: c.before, theirs: c.after });
  return rows;
}
