import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ConflictDetails, SaveSectionOut, VersionOut } from '../../../api/maps.ts';
import { type Sector, SectorSchema } from '../../../domain/map/map.schema.ts';
import type { SectionKey } from '../../../domain/map/map.sections.ts';
import { ApiError, api } from '../../lib/api.ts';
import { readDrafts, removeDraft, writeDraft } from './drafts.ts';
import { flushFieldEdits, hasPendingFieldEdits } from './field-echo.ts';
import { moveItem, newId } from './list.logic.ts';
import {
  type Draft,
  draftsToOffer,
  type EditorState,
  editorReducer,
  initEditorState,
  isDirty,
  localDocument,
  needsSave,
  overallStatus,
  type SaveError,
  saveDelay,
} from './section-save.logic.ts';
import { versionUrl } from './use-map-version.ts';

/** What went wrong with a request, in the terms of the save state machine. */
function saveErrorOf(e: unknown): Omit<SaveError, 'content'> {
  if (e instanceof ApiError) {
    const issues = (e.body.issues ?? []).map((i) => ({ path: i.path, message: i.message }));
    if (e.status === 400) return { kind: 'invalid', message: e.body.message, issues };
    if (e.status < 500 && e.status !== 408 && e.status !== 429)
      return { kind: 'fatal', message: e.body.message, issues };
    return { kind: 'network', message: e.body.message, issues };
  }
  return { kind: 'network', message: e instanceof Error ? e.message : String(e), issues: [] };
}

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

/**
 * The editor's copy of a map version and its autosave: each dirty section is saved ~800 ms after
 * the last change (or at once on flush), on the revision it was based on; a 409 becomes a conflict
 * for the user to resolve; unsaved edits are mirrored to localStorage and offered back after a
 * reload.
 */
export function useMapEditor(version: VersionOut) {
  const mapId = version.map.id;
  const number = version.version.number;
  const url = versionUrl(mapId, number);
  const [state, dispatch] = useReducer(editorReducer, version, (v) =>
    initEditorState(v.document, v.version.sectionRevisions, v.version.updatedAt),
  );
  const stateRef = useRef<EditorState>(state);
  stateRef.current = state;
  const timers = useRef(new Map<string, { local: unknown; error: unknown; id: number }>());
  const [restoreOffer, setRestoreOffer] = useState<Draft[]>(() => {
    const store = storage();
    return store ? draftsToOffer(readDrafts(store, mapId, number), state) : [];
  });
  const [opError, setOpError] = useState<string | null>(null);

  // Keys whose save is on its way. The reducer knows it too, but only from the next render on:
  // a blur's flush and an autosave timer firing in the same tick would both send the same write,
  // and the second would come back as a conflict with the first.
  const sending = useRef(new Set<SectionKey>());
  const save = useCallback(
    async (key: SectionKey) => {
      const s = stateRef.current.sections[key];
      if (!s || !needsSave(s) || sending.current.has(key)) return;
      sending.current.add(key);
      dispatch({ type: 'saveStarted', key });
      try {
        const out = await api<SaveSectionOut>('PUT', `${url}/sections/${encodeURIComponent(key)}`, {
          baseRevision: s.revision,
          content: s.local,
        });
        dispatch({
          type: 'saveSucceeded',
          key,
          sectionRevision: out.sectionRevision,
          updatedAt: out.updatedAt,
        });
      } catch (e) {
        if (e instanceof ApiError && e.status === 409 && e.body.code === 'map.section_conflict') {
          dispatch({ type: 'saveConflicted', key, details: e.body.details as ConflictDetails });
        } else {
          dispatch({ type: 'saveFailed', key, error: saveErrorOf(e) });
        }
      } finally {
        sending.current.delete(key);
      }
    },
    [url],
  );

  // Autosave: one timer per dirty section, restarted by every change.
  useEffect(() => {
    const live = timers.current;
    for (const [key, s] of Object.entries(state.sections)) {
      const t = live.get(key);
      if (!needsSave(s)) {
        if (t) clearTimeout(t.id);
        live.delete(key);
        continue;
      }
      if (t && t.local === s.local && t.error === s.error) continue;
      if (t) clearTimeout(t.id);
      const id = window.setTimeout(() => {
        live.delete(key);
        void save(key as SectionKey);
      }, saveDelay(s));
      live.set(key, { local: s.local, error: s.error, id });
    }
    for (const [key, t] of live) {
      if (!state.sections[key]) {
        clearTimeout(t.id);
        live.delete(key);
      }
    }
  }, [state.sections, save]);

  useEffect(
    () => () => {
      for (const t of timers.current.values()) clearTimeout(t.id);
    },
    [],
  );

  // Mirror unsaved sections to localStorage; only sections that changed since the last run, so
  // drafts waiting to be offered after a reload are not wiped by the first render.
  const previous = useRef(state.sections);
  useEffect(() => {
    const store = storage();
    const before = previous.current;
    previous.current = state.sections;
    if (!store) return;
    for (const key of new Set([...Object.keys(before), ...Object.keys(state.sections)]) as Set<SectionKey>) {
      const s = state.sections[key];
      if (s === before[key]) continue;
      if (s && (isDirty(s) || s.inFlight !== undefined)) {
        writeDraft(store, mapId, number, {
          key,
          local: s.local,
          revision: s.revision,
          at: new Date().toISOString(),
        });
      } else {
        removeDraft(store, mapId, number, key);
      }
    }
  }, [state.sections, mapId, number]);

  /** Saves every dirty section now (blur, page change, leaving). */
  const saveDirty = useCallback(() => {
    for (const [key, s] of Object.entries(stateRef.current.sections)) {
      if (!needsSave(s)) continue;
      const t = timers.current.get(key);
      if (t) clearTimeout(t.id);
      timers.current.delete(key);
      void save(key as SectionKey);
    }
  }, [save]);
  const flush = useCallback(() => {
    if (hasPendingFieldEdits()) {
      // Edits still echoing in a field reach the state with the next render; save after it.
      flushFieldEdits();
      window.setTimeout(saveDirty, 0);
    } else saveDirty();
  }, [saveDirty]);

  const status = overallStatus(state);
  const unsaved = useRef(false);
  unsaved.current = status !== 'saved';
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!unsaved.current && !hasPendingFieldEdits()) return;
      flush();
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [flush]);

  const update = useCallback(<T>(key: SectionKey, fn: (local: T) => T) => {
    dispatch({ type: 'update', key, fn: fn as (local: unknown) => unknown });
  }, []);

  const addSector = useCallback((): string => {
    const id = newId();
    dispatch({ type: 'addSector', id, content: SectorSchema.parse({ id }) as Sector });
    return id;
  }, []);

  const removeSector = useCallback(
    async (id: string) => {
      const key: SectionKey = `sector:${id}`;
      const s = stateRef.current.sections[key];
      if (!s) return;
      setOpError(null);
      try {
        if (s.saved !== null)
          await api('DELETE', `${url}/sections/${encodeURIComponent(key)}?baseRevision=${s.revision}`);
        dispatch({ type: 'removeSector', id });
        const store = storage();
        if (store) removeDraft(store, mapId, number, key);
      } catch (e) {
        setOpError(e instanceof ApiError ? e.body.message : String(e));
      }
    },
    [url, mapId, number],
  );

  const moveSector = useCallback(
    async (id: string, delta: number) => {
      const before = stateRef.current.order;
      const order = moveItem(before, before.indexOf(id), delta);
      dispatch({ type: 'reorder', order });
      setOpError(null);
      try {
        await api('PUT', `${url}/sector-order`, { order });
      } catch (e) {
        dispatch({ type: 'reorder', order: before });
        setOpError(e instanceof ApiError ? e.body.message : String(e));
      }
    },
    [url],
  );

  const resolveConflict = useCallback((key: SectionKey, choice: 'mine' | 'theirs' | { merged: unknown }) => {
    if (typeof choice === 'object') dispatch({ type: 'merge', key, merged: choice.merged });
    else dispatch({ type: choice === 'mine' ? 'keepMine' : 'takeTheirs', key });
  }, []);

  const acceptRestore = useCallback(() => {
    dispatch({ type: 'restore', drafts: restoreOffer });
    setRestoreOffer([]);
  }, [restoreOffer]);

  const discardRestore = useCallback(() => {
    const store = storage();
    if (store) for (const d of restoreOffer) removeDraft(store, mapId, number, d.key);
    setRestoreOffer([]);
  }, [restoreOffer, mapId, number]);

  const doc = useMemo(() => localDocument(state, version.document), [state, version.document]);

  return {
    state,
    doc,
    status,
    flush,
    update,
    addSector,
    removeSector,
    moveSector,
    resolveConflict,
    restoreOffer,
    acceptRestore,
    discardRestore,
    opError,
    clearOpError: () => setOpError(null),
  };
}

export type MapEditor = ReturnType<typeof useMapEditor>;
