/** Which element of which diagram gets which marker in a comparison of two BPMN variants. */

/** A change of one element between variant A (left) and B (right); ids are BPMN element ids. */
export interface BpmnChangedElement {
  /** The element's id in B (right). */
  id: string;
  /** The matching element's id in A (left). */
  aId: string;
  /** What differs: 'name' | 'type' | 'role' | 'source' | 'target' (others are shown as they are). */
  fields: string[];
}

/** The comparison of variant A (left, e.g. as-is) with B (right, e.g. target). */
export interface BpmnDiff {
  /** Ids in B with no match in A. */
  added: string[];
  /** Ids in A with no match in B. */
  removed: string[];
  changed: BpmnChangedElement[];
}

/** Element ids to mark in one diagram, by kind. */
export interface DiagramMarkers {
  added?: string[];
  removed?: string[];
  changed?: string[];
  highlight?: string[];
}

export type MarkerKind = keyof DiagramMarkers;

/** The CSS class canvas.addMarker puts on an element (styled in bpmn.css). */
export const MARKER_CLASS: Record<MarkerKind, string> = {
  added: 'dtm-added',
  removed: 'dtm-removed',
  changed: 'dtm-changed',
  highlight: 'dtm-highlight',
};

const MARKER_KINDS: MarkerKind[] = ['added', 'removed', 'changed', 'highlight'];

export type DiffSide = 'left' | 'right';

export type DiffKind = 'added' | 'removed' | 'changed';

/** One line of the list of differences. */
export interface DiffRow {
  key: string;
  kind: DiffKind;
  /** The element in A (left), if it exists there. */
  leftId: string | null;
  /** The element in B (right), if it exists there. */
  rightId: string | null;
  /** The element's name, or its id when no name is known. */
  name: string;
  fields: string[];
}

/**
 * The markers of one side: A (left) shows what was removed and the A-side of changed elements,
 * B (right) what was added and the B-side of changed ones. `selected` (a DiffRow) is highlighted
 * on each side where it exists.
 */
export function sideMarkers(diff: BpmnDiff, side: DiffSide, selected?: DiffRow | null): DiagramMarkers {
  const selectedId = selected ? (side === 'left' ? selected.leftId : selected.rightId) : null;
  const highlight = selectedId ? [selectedId] : [];
  return side === 'left'
    ? { removed: [...diff.removed], changed: diff.changed.map((c) => c.aId), highlight }
    : { added: [...diff.added], changed: diff.changed.map((c) => c.id), highlight };
}

/**
 * The (id, class) pairs to add to a diagram: ids the diagram does not have are left out (a diff may
 * name elements of another diagram, or ids with no shape), each pair once.
 */
export function markerAssignments(
  markers: DiagramMarkers | undefined,
  has: (id: string) => boolean,
): Array<[id: string, cls: string]> {
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  if (!markers) return out;
  for (const kind of MARKER_KINDS)
    for (const id of markers[kind] ?? []) {
      const cls = MARKER_CLASS[kind];
      const key = `${id}\u0000${cls}`;
      if (!id || seen.has(key) || !has(id)) continue;
      seen.add(key);
      out.push([id, cls]);
    }
  return out;
}

/** A stable text key of the markers, to re-apply them only when they change. */
export function markersKey(markers: DiagramMarkers | undefined): string {
  if (!markers) return '';
  return MARKER_KINDS.map((k) => (markers[k] ?? []).join(',')).join('|');
}

/** The rows of the list of differences: added, then removed, then changed, each in the diff's order. */
export function diffRows(diff: BpmnDiff, names: Record<string, string> = {}): DiffRow[] {
  const nameOf = (...ids: Array<string | null>) => {
    for (const id of ids) {
      const n = id ? names[id]?.trim() : '';
      if (n) return n;
    }
    return ids.find((id) => id) ?? '';
  };
  return [
    ...diff.added.map(
      (id): DiffRow => ({
        key: `added:${id}`,
        kind: 'added',
        leftId: null,
        rightId: id,
        name: nameOf(id),
        fields: [],
      }),
    ),
    ...diff.removed.map(
      (id): DiffRow => ({
        key: `removed:${id}`,
        kind: 'removed',
        leftId: id,
        rightId: null,
        name: nameOf(id),
        fields: [],
      }),
    ),
    ...diff.changed.map(
      (c): DiffRow => ({
        key: `changed:${c.aId}:${c.id}`,
        kind: 'changed',
        leftId: c.aId,
        rightId: c.id,
        name: nameOf(c.id, c.aId),
        fields: [...c.fields],
      }),
    ),
  ];
}

/** The counts shown in the legend. */
export function diffCounts(diff: BpmnDiff): Record<DiffKind, number> {
  return { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
}
