import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Typing is echoed in the field at once and handed to the map a moment later (or on blur), so a
 * keystroke re-renders one field, not the whole page with its validation. Pending edits are
 * flushed before any save and before the page is left, so nothing typed is lost.
 */
const pending = new Set<() => void>();

/** Hands every field's pending edit to the map now. */
export function flushFieldEdits(): void {
  for (const commit of [...pending]) commit();
}

export const hasPendingFieldEdits = (): boolean => pending.size > 0;

export function useFieldEcho<T>(value: T, onChange: ((v: T) => void) | undefined, delay = 250) {
  const [draft, setDraftState] = useState(value);
  const draftRef = useRef(value);
  const seen = useRef(value);
  const timer = useRef<number | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const commit = useCallback(() => {
    if (timer.current === null) return;
    window.clearTimeout(timer.current);
    timer.current = null;
    pending.delete(commit);
    onChangeRef.current?.(draftRef.current);
  }, []);

  // A new value from outside (taken from a conflict, restored, undone elsewhere) replaces the echo.
  if (value !== seen.current) {
    seen.current = value;
    if (value !== draftRef.current) {
      if (timer.current !== null) {
        window.clearTimeout(timer.current);
        timer.current = null;
        pending.delete(commit);
      }
      draftRef.current = value;
      setDraftState(value);
    }
  }

  const setDraft = useCallback(
    (next: T) => {
      draftRef.current = next;
      setDraftState(next);
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(commit, delay);
      pending.add(commit);
    },
    [commit, delay],
  );

  useEffect(() => commit, [commit]);
  return { draft, setDraft, commit };
}
