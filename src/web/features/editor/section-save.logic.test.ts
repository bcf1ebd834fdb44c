import { describe, expect, it } from 'vitest';
import type { ConflictDetails } from '../../../api/maps.ts';
import { validMapDocument } from '../../../domain/map/map.fixture.ts';
import { SectorSchema } from '../../../domain/map/map.schema.ts';
import {
  draftsToOffer,
  type EditorState,
  editorReducer,
  initEditorState,
  localDocument,
  needsSave,
  overallStatus,
  saveDelay,
  sectionStatus,
} from './section-save.logic.ts';

const start = () => {
  const doc = validMapDocument();
  return {
    doc,
    state: initEditorState(doc, { passport: 3, 'sector:s1': 5, attachments: 1 }, '2025-01-01T00:00:00Z'),
  };
};
const retitled = (state: EditorState, kk: string) => {
  const p = state.sections.passport.local as { title: { kk: string; ru: string } };
  return editorReducer(state, {
    type: 'edit',
    key: 'passport',
    content: { ...p, title: { ...p.title, kk } },
  });
};
const conflict = (theirs: unknown, theirsRevision: number): ConflictDetails => ({
  section: 'passport',
  theirs,
  theirsRevision,
  updatedAt: '2025-02-01T10:00:00Z',
  updatedBy: 'Айгүл',
});

describe('section save state machine', () => {
  it('starts saved, with each section based on its server revision', () => {
    const { state } = start();
    expect(overallStatus(state)).toBe('saved');
    expect(state.sections['sector:s1'].revision).toBe(5);
    expect(state.order).toEqual(['s1']);
  });

  it('an edit makes the section dirty and due for saving; an edit back to the saved text does not', () => {
    const { state } = start();
    const edited = retitled(state, 'Жаңа атау');
    expect(sectionStatus(edited.sections.passport)).toBe('dirty');
    expect(needsSave(edited.sections.passport)).toBe(true);
    const original = (state.sections.passport.saved as { title: { kk: string } }).title.kk;
    const back = retitled(edited, original);
    expect(sectionStatus(back.sections.passport)).toBe('saved');
  });

  it('saving: sends what was typed, keeps later typing dirty, and moves the base revision on', () => {
    let s = retitled(start().state, 'A');
    s = editorReducer(s, { type: 'saveStarted', key: 'passport' });
    expect(sectionStatus(s.sections.passport)).toBe('saving');
    expect(needsSave(s.sections.passport)).toBe(false); // one write in flight per section
    s = retitled(s, 'AB');
    s = editorReducer(s, {
      type: 'saveSucceeded',
      key: 'passport',
      sectionRevision: 9,
      updatedAt: '2025-03-01T12:00:00Z',
    });
    expect(s.sections.passport.revision).toBe(9);
    expect((s.sections.passport.saved as { title: { kk: string } }).title.kk).toBe('A');
    expect(sectionStatus(s.sections.passport)).toBe('dirty');
    expect(needsSave(s.sections.passport)).toBe(true);
    expect(s.savedAt).toBe('2025-03-01T12:00:00Z');
  });

  it('a 409 puts the section in conflict and stops autosave until the user chooses', () => {
    let s = editorReducer(retitled(start().state, 'mine'), { type: 'saveStarted', key: 'passport' });
    s = editorReducer(s, {
      type: 'saveConflicted',
      key: 'passport',
      details: conflict({ title: 'theirs' }, 7),
    });
    expect(sectionStatus(s.sections.passport)).toBe('conflict');
    expect(overallStatus(s)).toBe('conflict');
    expect(needsSave(s.sections.passport)).toBe(false);
  });

  it('"keep mine" re-saves my content on their revision', () => {
    let s = editorReducer(retitled(start().state, 'mine'), { type: 'saveStarted', key: 'passport' });
    const theirs = { ...(s.sections.passport.saved as object), goal: { kk: 'их', ru: 'их' } };
    s = editorReducer(s, { type: 'saveConflicted', key: 'passport', details: conflict(theirs, 7) });
    s = editorReducer(s, { type: 'keepMine', key: 'passport' });
    expect(s.sections.passport.conflict).toBeNull();
    expect(s.sections.passport.revision).toBe(7);
    expect((s.sections.passport.local as { title: { kk: string } }).title.kk).toBe('mine');
    expect(needsSave(s.sections.passport)).toBe(true);
  });

  it('"take theirs" replaces my content with theirs and their revision', () => {
    let s = editorReducer(retitled(start().state, 'mine'), { type: 'saveStarted', key: 'passport' });
    const theirs = { ...(s.sections.passport.saved as object), goal: { kk: 'их', ru: 'их' } };
    s = editorReducer(s, { type: 'saveConflicted', key: 'passport', details: conflict(theirs, 7) });
    s = editorReducer(s, { type: 'takeTheirs', key: 'passport' });
    expect(s.sections.passport.local).toEqual(theirs);
    expect(s.sections.passport.revision).toBe(7);
    expect(sectionStatus(s.sections.passport)).toBe('saved');
  });

  it('"combine" saves the merged content on their revision', () => {
    let s = editorReducer(retitled(start().state, 'mine'), { type: 'saveStarted', key: 'passport' });
    s = editorReducer(s, { type: 'saveConflicted', key: 'passport', details: conflict({ x: 1 }, 8) });
    s = editorReducer(s, { type: 'merge', key: 'passport', merged: { x: 2 } });
    expect(s.sections.passport).toMatchObject({
      local: { x: 2 },
      saved: { x: 1 },
      revision: 8,
      conflict: null,
    });
    expect(needsSave(s.sections.passport)).toBe(true);
  });

  it('"take theirs" of a sector they removed removes it here too', () => {
    let s = start().state;
    const sector = s.sections['sector:s1'].local as object;
    s = editorReducer(s, {
      type: 'edit',
      key: 'sector:s1',
      content: { ...sector, name: { kk: 'x', ru: 'y' } },
    });
    s = editorReducer(s, { type: 'saveStarted', key: 'sector:s1' });
    s = editorReducer(s, {
      type: 'saveConflicted',
      key: 'sector:s1',
      details: { ...conflict(null, 0), section: 'sector:s1' },
    });
    expect(editorReducer(s, { type: 'takeTheirs', key: 'sector:s1' }).order).toEqual([]);
    const kept = editorReducer(s, { type: 'keepMine', key: 'sector:s1' });
    expect(kept.sections['sector:s1'].revision).toBe(0); // re-created on save
    expect(needsSave(kept.sections['sector:s1'])).toBe(true);
  });

  it('does not resend content the server refused as invalid, but retries after a network failure', () => {
    let s = editorReducer(retitled(start().state, 'bad'), { type: 'saveStarted', key: 'passport' });
    s = editorReducer(s, {
      type: 'saveFailed',
      key: 'passport',
      error: {
        kind: 'invalid',
        message: 'no',
        issues: [{ path: ['body', 'content', 'title'], message: 'x' }],
      },
    });
    expect(sectionStatus(s.sections.passport)).toBe('error');
    expect(needsSave(s.sections.passport)).toBe(false);
    expect(needsSave(retitled(s, 'good').sections.passport)).toBe(true);

    let n = editorReducer(retitled(start().state, 'x'), { type: 'saveStarted', key: 'passport' });
    n = editorReducer(n, {
      type: 'saveFailed',
      key: 'passport',
      error: { kind: 'network', message: 'offline', issues: [] },
    });
    expect(needsSave(n.sections.passport)).toBe(true);
    expect(saveDelay(n.sections.passport)).toBeGreaterThan(saveDelay(start().state.sections.passport));
  });

  it('adds a sector that saves with base revision 0, removes and reorders sectors', () => {
    const { doc, state } = start();
    const content = SectorSchema.parse({ id: 's2', name: { kk: 'Жаңа', ru: 'Новая' } });
    let s = editorReducer(state, { type: 'addSector', id: 's2', content });
    expect(s.order).toEqual(['s1', 's2']);
    expect(s.sections['sector:s2'].revision).toBe(0);
    expect(needsSave(s.sections['sector:s2'])).toBe(true);
    s = editorReducer(s, { type: 'reorder', order: ['s2', 's1'] });
    expect(localDocument(s, doc).sectors.map((x) => x.id)).toEqual(['s2', 's1']);
    s = editorReducer(s, { type: 'removeSector', id: 's2' });
    expect(localDocument(s, doc).sectors.map((x) => x.id)).toEqual(['s1']);
  });

  it('offers only drafts that differ from the server, and restores them on their old base', () => {
    const { state } = start();
    const passport = state.sections.passport.saved as object;
    const drafts = [
      { key: 'passport' as const, local: { ...passport, goal: { kk: 'g', ru: 'g' } }, revision: 2, at: 'x' },
      { key: 'attachments' as const, local: state.sections.attachments.saved, revision: 1, at: 'x' },
      { key: 'sector:new1' as const, local: SectorSchema.parse({ id: 'new1' }), revision: 0, at: 'x' },
    ];
    const offered = draftsToOffer(drafts, state);
    expect(offered.map((d) => d.key)).toEqual(['passport', 'sector:new1']);
    const s = editorReducer(state, { type: 'restore', drafts: offered });
    expect(s.sections.passport.revision).toBe(2); // a stale base: the server answers 409 and the user compares
    expect(needsSave(s.sections.passport)).toBe(true);
    expect(s.order).toEqual(['s1', 'new1']);
  });
});
