/**
 * Dirtiness of the modeler, followed from the command stack's `commandStack.changed` events
 * (their `trigger`): `pos` mirrors the stack position, `saved` is the position last saved or
 * imported, null when no position of the stack matches it any more (a file loaded by hand, or new
 * commands after undoing past the saved point).
 */
export interface DirtyState {
  pos: number;
  saved: number | null;
}

export type StackTrigger = 'execute' | 'undo' | 'redo' | 'clear' | null | undefined;

/** Freshly imported: clean. */
export const CLEAN: DirtyState = { pos: 0, saved: 0 };

/** A diagram loaded from a file the user chose: unsaved, with nothing to undo. */
export const LOADED_UNSAVED: DirtyState = { pos: 0, saved: null };

export function afterStackChange(s: DirtyState, trigger: StackTrigger): DirtyState {
  switch (trigger) {
    case 'execute':
      // A new command drops the redo tail; a saved point in it can no longer be reached.
      return { pos: s.pos + 1, saved: s.saved !== null && s.saved > s.pos ? null : s.saved };
    case 'undo':
      return { ...s, pos: Math.max(0, s.pos - 1) };
    case 'redo':
      return { ...s, pos: s.pos + 1 };
    case 'clear':
      return { pos: 0, saved: s.saved === s.pos ? 0 : null };
    default:
      return s;
  }
}

/** Saved at the position `pos` (the one the saved XML was taken at). */
export function afterSave(s: DirtyState, pos: number): DirtyState {
  return { ...s, saved: pos };
}

export function isDirty(s: DirtyState): boolean {
  return s.saved !== s.pos;
}
