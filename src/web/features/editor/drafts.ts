import { parseSectionKey, type SectionKey } from '../../../domain/map/map.sections.ts';
import type { Draft } from './section-save.logic.ts';

/**
 * Unsaved edits kept in the browser (localStorage), one entry per map version and section, so a
 * crash or a reload loses nothing; the editor offers to restore them on the next load.
 */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'dtm.draft';

export const draftStorageKey = (mapId: string, number: number, section: SectionKey): string =>
  `${PREFIX}:${mapId}:${number}:${section}`;

export function writeDraft(store: DraftStorage, mapId: string, number: number, draft: Draft): void {
  try {
    store.setItem(draftStorageKey(mapId, number, draft.key), JSON.stringify(draft));
  } catch {
    // A full or disabled storage must not break editing; the server copy still autosaves.
  }
}

export function removeDraft(store: DraftStorage, mapId: string, number: number, section: SectionKey): void {
  store.removeItem(draftStorageKey(mapId, number, section));
}

/** Every draft of one map version that still parses. */
export function readDrafts(store: DraftStorage, mapId: string, number: number): Draft[] {
  const prefix = `${PREFIX}:${mapId}:${number}:`;
  const drafts: Draft[] = [];
  for (let i = 0; i < store.length; i++) {
    const name = store.key(i);
    if (!name?.startsWith(prefix)) continue;
    const section = name.slice(prefix.length);
    try {
      const d = JSON.parse(store.getItem(name) ?? 'null') as Draft | null;
      if (d && parseSectionKey(section) && d.key === section && typeof d.revision === 'number')
        drafts.push(d);
    } catch {
      // A corrupt entry is skipped, not fatal.
    }
  }
  return drafts;
}
