import { describe, expect, it } from 'vitest';
import { validMapDocument } from '../../../domain/map/map.fixture.ts';
import { ABSENT, conflictRows, PRESENT, sectionChanges } from './conflict-rows.ts';

describe('conflict comparison rows', () => {
  it('lists a changed text per language, an added item and a changed schedule cell', () => {
    const doc = validMapDocument();
    const mine = structuredClone(doc.sectors[0]);
    const theirs = structuredClone(doc.sectors[0]);
    theirs.description = { ...theirs.description, ru: 'другое' };
    theirs.problems.push({ id: 'pNew', text: { kk: 'жаңа', ru: 'новая' }, source: 'other' });
    theirs.cases[0].schedule[19] = 'D';
    const diff = sectionChanges(doc, 'sector:s1', mine, theirs);
    const rows = conflictRows(diff!);
    expect(rows).toContainEqual({
      where: [{ field: 'description.ru' }],
      mine: doc.sectors[0].description.ru,
      theirs: 'другое',
    });
    expect(rows).toContainEqual({
      where: [{ list: 'problems' }, { item: { kk: 'жаңа', ru: 'новая' } }],
      mine: ABSENT,
      theirs: PRESENT,
    });
    expect(rows.find((r) => 'cell' in r.where[0])).toMatchObject({ theirs: 'D' });
  });

  it('shows a sector they removed as removed on their side', () => {
    const doc = validMapDocument();
    const rows = conflictRows(sectionChanges(doc, 'sector:s1', doc.sectors[0], null)!);
    expect(rows).toEqual([{ where: [{ list: 'sector' }], mine: PRESENT, theirs: ABSENT }]);
  });

  it('is empty when both are the same', () => {
    const doc = validMapDocument();
    expect(sectionChanges(doc, 'passport', doc.passport, structuredClone(doc.passport))).toBeNull();
  });
});
