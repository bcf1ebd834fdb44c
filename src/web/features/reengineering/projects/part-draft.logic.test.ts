import { describe, expect, it } from 'vitest';
import { draftReducer, initialDraft } from './part-draft.logic.ts';

describe('a part being edited', () => {
  it('a refetch replaces a clean draft and moves its base', () => {
    const s = draftReducer(initialDraft('a', 3), { type: 'server', value: 'b', revision: 5 });
    expect(s).toMatchObject({ value: 'b', base: 5, dirty: false });
  });

  it('a refetch never replaces a dirty draft: the save goes with the old base and meets the conflict', () => {
    let s = draftReducer(initialDraft('a', 3), { type: 'edit', value: 'mine' });
    s = draftReducer(s, { type: 'server', value: 'theirs', revision: 5 });
    expect(s).toMatchObject({ value: 'mine', base: 3, dirty: true });
    s = draftReducer(s, { type: 'conflict', stored: 'theirs', revision: 5 });
    expect(s.conflict).toEqual({ stored: 'theirs', revision: 5 });
    const kept = draftReducer(s, { type: 'keepMine' });
    expect(kept).toMatchObject({ value: 'mine', base: 5, dirty: true, conflict: null });
    const taken = draftReducer(s, { type: 'takeTheirs', value: 'theirs', revision: 5 });
    expect(taken).toMatchObject({ value: 'theirs', base: 5, dirty: false, conflict: null });
  });

  it('a save clears the draft unless the user typed while it was in flight', () => {
    let s = draftReducer(initialDraft('a', 1), { type: 'edit', value: 'b' });
    const atStart = s.edits;
    expect(draftReducer(s, { type: 'saved', revision: 2, editsAtStart: atStart })).toMatchObject({
      base: 2,
      dirty: false,
    });
    s = draftReducer(s, { type: 'edit', value: 'bc' });
    expect(draftReducer(s, { type: 'saved', revision: 2, editsAtStart: atStart })).toMatchObject({
      base: 2,
      dirty: true,
      value: 'bc',
    });
  });
});
