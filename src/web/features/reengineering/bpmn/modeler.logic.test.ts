import { describe, expect, it } from 'vitest';
import {
  afterSave,
  afterStackChange,
  CLEAN,
  type DirtyState,
  isDirty,
  LOADED_UNSAVED,
} from './modeler.logic.ts';

const run = (s: DirtyState, ...triggers: Parameters<typeof afterStackChange>[1][]) =>
  triggers.reduce(afterStackChange, s);

describe('modeler dirtiness', () => {
  it('is clean after import and dirty after an edit', () => {
    expect(isDirty(CLEAN)).toBe(false);
    expect(isDirty(run(CLEAN, 'execute'))).toBe(true);
  });

  it('is clean again when undone back to the saved point, dirty on redo', () => {
    expect(isDirty(run(CLEAN, 'execute', 'undo'))).toBe(false);
    expect(isDirty(run(CLEAN, 'execute', 'undo', 'redo'))).toBe(true);
  });

  it('is clean after save, dirty after the next edit', () => {
    const saved = afterSave(run(CLEAN, 'execute', 'execute'), 2);
    expect(isDirty(saved)).toBe(false);
    expect(isDirty(run(saved, 'execute'))).toBe(true);
    expect(isDirty(run(saved, 'undo'))).toBe(true);
    expect(isDirty(run(saved, 'undo', 'redo'))).toBe(false);
  });

  it('a save records the position the XML was taken at (edits during the save stay unsaved)', () => {
    const s = run(CLEAN, 'execute');
    const duringSave = run(s, 'execute');
    expect(isDirty(afterSave(duringSave, s.pos))).toBe(true);
  });

  it('a new command after undoing past the saved point cannot reach it again', () => {
    const saved = afterSave(run(CLEAN, 'execute', 'execute'), 2);
    const branched = run(saved, 'undo', 'execute');
    expect(branched.pos).toBe(2);
    expect(isDirty(branched)).toBe(true);
    expect(isDirty(run(branched, 'undo', 'undo', 'undo'))).toBe(true);
  });

  it('undo never goes below zero', () => {
    expect(run(CLEAN, 'undo').pos).toBe(0);
  });

  it('a file loaded by hand is dirty with nothing to undo', () => {
    expect(isDirty(LOADED_UNSAVED)).toBe(true);
    expect(isDirty(run(LOADED_UNSAVED, 'execute', 'undo'))).toBe(true);
  });

  it('clear keeps cleanliness only when at the saved point', () => {
    expect(isDirty(run(CLEAN, 'clear'))).toBe(false);
    expect(isDirty(run(CLEAN, 'execute', 'clear'))).toBe(true);
  });

  it('ignores unknown triggers', () => {
    const s = run(CLEAN, 'execute');
    expect(afterStackChange(s, null)).toBe(s);
  });
});
