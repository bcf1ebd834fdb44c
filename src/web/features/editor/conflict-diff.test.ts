import { describe, expect, it } from 'vitest';
import { validMapDocument } from '../../../domain/map/map.fixture.ts';
import { diffJson } from './conflict-diff.ts';

describe('conflict diff', () => {
  it('is empty for equal sections', () => {
    expect(diffJson(validMapDocument().sectors[0], validMapDocument().sectors[0])).toEqual([]);
  });

  it('names the changed field of an item matched by id, a localized text as one value', () => {
    const mine = validMapDocument().sectors[0];
    const theirs = validMapDocument().sectors[0];
    theirs.cases[1].name = { kk: 'Басқа', ru: 'Другой' };
    const [entry, ...rest] = diffJson(mine, theirs);
    expect(rest).toEqual([]);
    expect(entry.path[0]).toBe('cases');
    expect(entry.path[1]).toMatchObject({ id: 'c2', index: 1 });
    expect(entry.path[2]).toBe('name');
    expect(entry.theirs).toEqual({ kk: 'Басқа', ru: 'Другой' });
  });

  it('shows added and removed items whole, and a changed order', () => {
    const mine = validMapDocument().sectors[0];
    const theirs = validMapDocument().sectors[0];
    theirs.cases = [theirs.cases[1], theirs.cases[0]];
    mine.problems = [...mine.problems, { id: 'pNew', text: { kk: 'a', ru: 'b' }, source: 'other' }];
    const entries = diffJson(mine, theirs);
    const added = entries.find((e) => e.path[0] === 'problems')!;
    expect(added.theirs).toBeUndefined();
    expect(added.mine).toMatchObject({ id: 'pNew' });
    expect(entries.find((e) => e.path[0] === 'cases')?.path[1]).toBe('#order');
  });

  it('compares a schedule row as one value', () => {
    const mine = validMapDocument().sectors[0];
    const theirs = validMapDocument().sectors[0];
    theirs.cases[0].schedule = theirs.cases[0].schedule.map(() => 'D');
    const entries = diffJson(mine, theirs);
    expect(entries).toHaveLength(1);
    expect(entries[0].path.at(-1)).toBe('schedule');
  });
});
