import { describe, expect, it } from 'vitest';
import { type DraftStorage, readDrafts, removeDraft, writeDraft } from './drafts.ts';

function memoryStorage(): DraftStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

describe('drafts in local storage', () => {
  it('keeps drafts per map version and section, and skips corrupt entries', () => {
    const store = memoryStorage();
    writeDraft(store, 'm1', 1, { key: 'passport', local: { a: 1 }, revision: 3, at: 't' });
    writeDraft(store, 'm1', 1, { key: 'sector:s1', local: { b: 2 }, revision: 0, at: 't' });
    writeDraft(store, 'm1', 2, { key: 'passport', local: { c: 3 }, revision: 1, at: 't' });
    store.setItem('dtm.draft:m1:1:attachments', '{broken');
    expect(
      readDrafts(store, 'm1', 1)
        .map((d) => d.key)
        .sort(),
    ).toEqual(['passport', 'sector:s1']);
    removeDraft(store, 'm1', 1, 'passport');
    expect(readDrafts(store, 'm1', 1).map((d) => d.key)).toEqual(['sector:s1']);
  });
});
