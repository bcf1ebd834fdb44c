/**
 * A part of the project (team, as-is, plan) being edited: the draft, the project revision it was
 * loaded at (the base of the next save), whether it has unsaved changes, and a save conflict.
 *
 * A refetch replaces a clean draft (someone else's save shows up) and never a dirty one: the next
 * save then goes with the old base and the server answers 409 if the part changed meanwhile.
 */
export interface DraftState<T> {
  value: T;
  base: number;
  dirty: boolean;
  /** Counts edits, so a save that was in flight while the user typed leaves the draft dirty. */
  edits: number;
  conflict: { stored: unknown; revision: number } | null;
}

export type DraftAction<T> =
  | { type: 'server'; value: T; revision: number }
  | { type: 'edit'; value: T }
  | { type: 'saved'; revision: number; editsAtStart: number }
  | { type: 'conflict'; stored: unknown; revision: number }
  | { type: 'takeTheirs'; value: T; revision: number }
  | { type: 'keepMine' };

export function initialDraft<T>(value: T, revision: number): DraftState<T> {
  return { value, base: revision, dirty: false, edits: 0, conflict: null };
}

export function draftReducer<T>(s: DraftState<T>, a: DraftAction<T>): DraftState<T> {
  switch (a.type) {
    case 'server':
      return s.dirty ? s : { ...s, value: a.value, base: a.revision };
    case 'edit':
      return { ...s, value: a.value, dirty: true, edits: s.edits + 1 };
    case 'saved':
      return { ...s, base: a.revision, dirty: s.edits !== a.editsAtStart, conflict: null };
    case 'conflict':
      return { ...s, conflict: { stored: a.stored, revision: a.revision } };
    case 'takeTheirs':
      return { ...s, value: a.value, base: a.revision, dirty: false, conflict: null };
    case 'keepMine':
      return s.conflict ? { ...s, base: s.conflict.revision, conflict: null } : s;
  }
}
