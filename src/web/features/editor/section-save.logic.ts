import type { ConflictDetails } from '../../../api/maps.ts';
import type { Attachments, MapDocument, Passport, Sector } from '../../../domain/map/map.schema.ts';
import type { SectionKey } from '../../../domain/map/map.sections.ts';

/**
 * The editor's local copy of a map, section by section, and the state machine of saving each
 * section (DESIGN §5.3: edits never lose work). A section is `saved` (local = what the server
 * has), `dirty`, `saving`, in `conflict` (the server refused a stale base with 409) or in `error`.
 * Pure: the hook in use-section-save.ts runs the timers and the requests.
 */

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface SaveError {
  /** invalid: the server refused the content (400); network: try again; fatal: stop (403, not editable). */
  kind: 'invalid' | 'network' | 'fatal';
  message: string;
  issues: FieldIssue[];
  /** The content that failed, so an invalid one is not resent until it changes. */
  content: unknown;
}

export interface SectionState {
  /** What the server holds, as far as we know; null for a sector not created yet. */
  saved: unknown;
  /** The server's revision of `saved` — the base of the next write (0 creates a sector). */
  revision: number;
  local: unknown;
  /** The content of the write in flight, undefined when idle. */
  inFlight: unknown;
  conflict: ConflictDetails | null;
  error: SaveError | null;
}

export interface EditorState {
  sections: Record<string, SectionState>;
  /** Sector ids in the map's order. */
  order: string[];
  /** When the last save of this session succeeded (ISO), or the version's last change. */
  savedAt: string | null;
}

export type SectionStatus = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error';

export interface Draft {
  key: SectionKey;
  local: unknown;
  revision: number;
  at: string;
}

export type EditorEvent =
  | { type: 'edit'; key: SectionKey; content: unknown }
  /** An edit computed from the latest local content, so quick successive edits never drop one. */
  | { type: 'update'; key: SectionKey; fn: (local: unknown) => unknown }
  | { type: 'addSector'; id: string; content: Sector }
  | { type: 'removeSector'; id: string }
  | { type: 'reorder'; order: string[] }
  | { type: 'saveStarted'; key: SectionKey }
  | { type: 'saveSucceeded'; key: SectionKey; sectionRevision: number; updatedAt: string }
  | { type: 'saveConflicted'; key: SectionKey; details: ConflictDetails }
  | { type: 'saveFailed'; key: SectionKey; error: Omit<SaveError, 'content'> }
  | { type: 'keepMine'; key: SectionKey }
  | { type: 'takeTheirs'; key: SectionKey }
  /** Both: my changes applied onto theirs (conflict-merge.ts), saved on their revision. */
  | { type: 'merge'; key: SectionKey; merged: unknown }
  | { type: 'restore'; drafts: Draft[] };

/** Structural equality of JSON values (key order does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const sectorKey = (id: string): SectionKey => `sector:${id}`;
const idOfKey = (key: SectionKey) => (key.startsWith('sector:') ? key.slice('sector:'.length) : null);

const fresh = (content: unknown, revision: number): SectionState => ({
  saved: content,
  revision,
  local: content,
  inFlight: undefined,
  conflict: null,
  error: null,
});

export function initEditorState(
  doc: MapDocument,
  sectionRevisions: Record<string, number>,
  updatedAt: string | null,
): EditorState {
  const sections: Record<string, SectionState> = {
    passport: fresh(doc.passport, sectionRevisions.passport ?? 1),
    attachments: fresh(doc.attachments, sectionRevisions.attachments ?? 1),
  };
  for (const s of doc.sectors) sections[sectorKey(s.id)] = fresh(s, sectionRevisions[sectorKey(s.id)] ?? 1);
  return { sections, order: doc.sectors.map((s) => s.id), savedAt: updatedAt };
}

export const isDirty = (s: SectionState): boolean => s.local !== s.saved && !deepEqual(s.local, s.saved);

export function sectionStatus(s: SectionState): SectionStatus {
  if (s.conflict) return 'conflict';
  if (s.inFlight !== undefined) return 'saving';
  if (s.error && isDirty(s)) return 'error';
  return isDirty(s) ? 'dirty' : 'saved';
}

/** Whether the autosave should send this section now (after its delay). */
export function needsSave(s: SectionState): boolean {
  if (s.inFlight !== undefined || s.conflict || !isDirty(s)) return false;
  if (s.error?.kind === 'fatal') return false;
  // The server refused exactly this content: wait for the next edit.
  if (s.error?.kind === 'invalid' && s.error.content === s.local) return false;
  return true;
}

/** How long to wait before saving: the typing pause, longer after a network failure. */
export const saveDelay = (s: SectionState): number => (s.error?.kind === 'network' ? 5000 : 800);

/** The state of the whole map for the top bar: the most urgent status of any section. */
export function overallStatus(state: EditorState): SectionStatus {
  const all = Object.values(state.sections).map(sectionStatus);
  for (const status of ['conflict', 'error', 'saving', 'dirty'] as const)
    if (all.includes(status)) return status;
  return 'saved';
}

/** The document as the user sees it: every section's local content, sectors in their order. */
export function localDocument(state: EditorState, base: MapDocument): MapDocument {
  return {
    ...base,
    passport: state.sections.passport.local as Passport,
    sectors: state.order
      .map((id) => state.sections[sectorKey(id)]?.local as Sector | undefined)
      .filter((s): s is Sector => s !== undefined),
    attachments: state.sections.attachments.local as Attachments,
  };
}

function patch(state: EditorState, key: SectionKey, change: Partial<SectionState>): EditorState {
  const s = state.sections[key];
  if (!s) return state;
  return { ...state, sections: { ...state.sections, [key]: { ...s, ...change } } };
}

function withoutSector(state: EditorState, id: string): EditorState {
  const { [sectorKey(id)]: _, ...sections } = state.sections;
  return { ...state, sections, order: state.order.filter((x) => x !== id) };
}

export function editorReducer(state: EditorState, e: EditorEvent): EditorState {
  switch (e.type) {
    case 'edit':
      return patch(state, e.key, { local: e.content });
    case 'update': {
      const s = state.sections[e.key];
      return s ? patch(state, e.key, { local: e.fn(s.local) }) : state;
    }
    case 'addSector':
      return {
        ...state,
        sections: { ...state.sections, [sectorKey(e.id)]: { ...fresh(null, 0), local: e.content } },
        order: [...state.order, e.id],
      };
    case 'removeSector':
      return withoutSector(state, e.id);
    case 'reorder':
      return { ...state, order: e.order.filter((id) => state.sections[sectorKey(id)]) };
    case 'saveStarted':
      return patch(state, e.key, { inFlight: state.sections[e.key]?.local });
    case 'saveSucceeded': {
      const s = state.sections[e.key];
      if (!s) return state;
      return {
        ...patch(state, e.key, {
          saved: s.inFlight,
          revision: e.sectionRevision,
          inFlight: undefined,
          error: null,
        }),
        savedAt: e.updatedAt,
      };
    }
    case 'saveConflicted':
      return patch(state, e.key, { inFlight: undefined, conflict: e.details });
    case 'saveFailed': {
      const s = state.sections[e.key];
      if (!s) return state;
      return patch(state, e.key, { inFlight: undefined, error: { ...e.error, content: s.inFlight } });
    }
    case 'keepMine': {
      const c = state.sections[e.key]?.conflict;
      if (!c) return state;
      // Mine is written over theirs: the next save is based on their revision (0 when they removed
      // the sector, which re-creates it).
      return patch(state, e.key, {
        saved: c.theirs,
        revision: c.theirsRevision,
        conflict: null,
        error: null,
      });
    }
    case 'takeTheirs': {
      const c = state.sections[e.key]?.conflict;
      if (!c) return state;
      const id = idOfKey(e.key);
      if (c.theirs === null && id) return withoutSector(state, id);
      return patch(state, e.key, {
        saved: c.theirs,
        local: c.theirs,
        revision: c.theirsRevision,
        conflict: null,
        error: null,
      });
    }
    case 'merge': {
      const c = state.sections[e.key]?.conflict;
      if (!c) return state;
      return patch(state, e.key, {
        saved: c.theirs,
        local: e.merged,
        revision: c.theirsRevision,
        conflict: null,
        error: null,
      });
    }
    case 'restore': {
      let next = state;
      for (const d of e.drafts) {
        const id = idOfKey(d.key);
        if (next.sections[d.key])
          next = patch(next, d.key, { local: d.local, revision: d.revision, error: null });
        else if (id)
          next = {
            ...next,
            sections: { ...next.sections, [d.key]: { ...fresh(null, d.revision), local: d.local } },
            order: [...next.order, id],
          };
      }
      return next;
    }
  }
}

/** The drafts worth offering after a reload: those that differ from what the server has now. */
export function draftsToOffer(drafts: readonly Draft[], state: EditorState): Draft[] {
  return drafts.filter((d) => {
    const s = state.sections[d.key];
    return s ? !deepEqual(s.saved, d.local) : d.key.startsWith('sector:') && d.local !== null;
  });
}
