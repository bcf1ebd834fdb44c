import { useCallback, useEffect, useReducer, useRef } from 'react';
import { ApiError } from '../../../lib/api.ts';
import { type PartName, useSavePart } from './api.ts';
import { type DraftState, draftReducer, initialDraft } from './part-draft.logic.ts';

export interface PartDraft<T> {
  part: PartName;
  state: DraftState<T>;
  edit: (value: T) => void;
  /** Saves the draft; resolves true when saved, false on a conflict (then `state.conflict` is set). */
  save: () => Promise<boolean>;
  saving: boolean;
  error: unknown;
  takeTheirs: () => void;
  keepMine: () => Promise<boolean>;
}

/**
 * The draft of one part of the project (see part-draft.logic.ts). `fromServer` reads the part out
 * of the project's content (and of a 409's `details.stored`); `toPayload` makes the PUT body's value.
 */
export function usePartDraft<T>(opts: {
  projectId: string;
  part: PartName;
  serverValue: T;
  revision: number;
  fromStored: (stored: unknown) => T;
  toPayload: (value: T) => unknown;
}): PartDraft<T> {
  const { projectId, part, serverValue, revision } = opts;
  const [state, dispatch] = useReducer(draftReducer<T>, undefined, () => initialDraft(serverValue, revision));
  const mutation = useSavePart(projectId);
  const ref = useRef({ state, opts });
  ref.current = { state, opts };

  // A newer project from the server replaces a clean draft.
  useEffect(() => {
    dispatch({ type: 'server', value: ref.current.opts.serverValue, revision });
  }, [revision]);

  const saveWith = useCallback(
    async (base: number): Promise<boolean> => {
      const { state: s, opts: o } = ref.current;
      const editsAtStart = s.edits;
      try {
        const out = await mutation.mutateAsync({
          part: o.part,
          baseRevision: base,
          value: o.toPayload(s.value),
        });
        dispatch({ type: 'saved', revision: out.revision, editsAtStart });
        return true;
      } catch (e) {
        if (e instanceof ApiError && e.status === 409 && e.body.code === 'project.part_conflict') {
          const details = (e.body.details ?? {}) as { stored?: unknown; revision?: number };
          dispatch({ type: 'conflict', stored: details.stored, revision: details.revision ?? base });
          return false;
        }
        throw e;
      }
    },
    [mutation],
  );

  return {
    part,
    state,
    edit: useCallback((value: T) => dispatch({ type: 'edit', value }), []),
    save: () => saveWith(ref.current.state.base),
    saving: mutation.isPending,
    error: mutation.error,
    takeTheirs: () => {
      const c = ref.current.state.conflict;
      if (c)
        dispatch({ type: 'takeTheirs', value: ref.current.opts.fromStored(c.stored), revision: c.revision });
    },
    keepMine: () => {
      const c = ref.current.state.conflict;
      if (!c) return Promise.resolve(false);
      dispatch({ type: 'keepMine' });
      return saveWith(c.revision);
    },
  };
}

/** Asks before the tab or window is closed while any draft has unsaved changes. */
export function useUnsavedGuard(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
