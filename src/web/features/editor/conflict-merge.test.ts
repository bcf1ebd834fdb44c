import { describe, expect, it } from 'vitest';
import { validMapDocument } from '../../../domain/map/map.fixture.ts';
import { mergeThreeWay } from './conflict-merge.ts';

const sector = () => validMapDocument().sectors[0];

describe('three-way merge of a conflicted section', () => {
  it('keeps both when we changed different fields', () => {
    const base = sector();
    const mine = sector();
    mine.description = { ...mine.description, kk: 'менің сипаттамам' };
    const theirs = sector();
    theirs.cases[0].name = { kk: 'олардың кейсі', ru: 'их кейс' };
    const { merged, clashes } = mergeThreeWay(base, mine, theirs);
    expect(clashes).toEqual([]);
    expect(merged).toMatchObject({
      description: { kk: 'менің сипаттамам' },
      cases: [{ name: { kk: 'олардың кейсі' } }, {}],
    });
  });

  it('merges a text language by language and a schedule row cell by cell', () => {
    const base = sector();
    const mine = sector();
    const theirs = sector();
    mine.name = { ...mine.name, kk: 'kk мен' };
    theirs.name = { ...theirs.name, ru: 'ru они' };
    mine.cases[0].schedule = mine.cases[0].schedule.map((c, i) => (i === 19 ? 'D' : c));
    theirs.cases[0].schedule = theirs.cases[0].schedule.map((c, i) => (i === 18 ? 'D' : c));
    const { merged, clashes } = mergeThreeWay(base, mine, theirs);
    expect(clashes).toEqual([]);
    const m = merged as ReturnType<typeof sector>;
    expect(m.name).toEqual({ kk: 'kk мен', ru: 'ru они' });
    expect(m.cases[0].schedule.slice(18)).toEqual(['D', 'D']);
  });

  it('keeps items each side added and removes what I removed', () => {
    const base = sector();
    const mine = sector();
    const theirs = sector();
    mine.problems = [...mine.problems.slice(1), { id: 'mineP', text: { kk: 'a', ru: 'b' }, source: 'other' }];
    theirs.technologies = [
      ...theirs.technologies,
      { id: 'theirT', name: { kk: 'c', ru: 'd' }, description: { kk: '', ru: '' }, isAi: true },
    ];
    const { merged, clashes } = mergeThreeWay(base, mine, theirs);
    expect(clashes).toEqual([]);
    const m = merged as ReturnType<typeof sector>;
    expect(m.problems.map((p) => p.id)).toEqual([...base.problems.slice(1).map((p) => p.id), 'mineP']);
    expect(m.technologies.at(-1)?.id).toBe('theirT');
  });

  it('reports a clash where we both changed the same value, or they changed what I removed', () => {
    const base = sector();
    const mine = sector();
    const theirs = sector();
    mine.description = { ...mine.description, kk: 'A' };
    theirs.description = { ...theirs.description, kk: 'B' };
    mine.cases = mine.cases.slice(1);
    theirs.cases[0].name = { kk: 'өзгерді', ru: 'изменён' };
    const { clashes } = mergeThreeWay(base, mine, theirs);
    expect(clashes).toEqual([
      ['description', 'kk'],
      ['cases', base.cases[0].id],
    ]);
  });

  it('keeps my new order when only I reordered', () => {
    const base = sector();
    const mine = sector();
    mine.cases = [mine.cases[1], mine.cases[0]];
    const theirs = sector();
    theirs.cases[1].name = { kk: 'x', ru: 'y' };
    const { merged, clashes } = mergeThreeWay(base, mine, theirs);
    expect(clashes).toEqual([]);
    expect((merged as ReturnType<typeof sector>).cases.map((c) => c.name.kk)).toEqual([
      'x',
      base.cases[0].name.kk,
    ]);
  });
});
