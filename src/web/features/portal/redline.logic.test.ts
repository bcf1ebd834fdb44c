import { describe, expect, it } from 'vitest';
import { validMapDocument } from '../../../domain/map/map.fixture.ts';
import {
  cellRowNames,
  describeField,
  elide,
  listField,
  parentOf,
  valueKind,
  wordDiff,
} from './redline.logic.ts';

describe('redline field names', () => {
  it('splits a changed field into the field, its language, year or period end', () => {
    expect(describeField('name.kk')).toEqual({ field: 'name', lang: 'kk', year: null, part: null });
    expect(describeField('targets.2027')).toEqual({ field: 'targets', lang: null, year: '2027', part: null });
    expect(describeField('period.from')).toEqual({ field: 'period', lang: null, year: null, part: 'from' });
    expect(describeField('publicServiceIds')).toEqual({
      field: 'publicServiceIds',
      lang: null,
      year: null,
      part: null,
    });
  });

  it('names a nested list by its last segment', () => {
    expect(listField('cases.processes')).toBe('processes');
    expect(listField('indicators')).toBe('indicators');
  });

  it('says how to show a value', () => {
    expect(valueKind('count', null)).toEqual({ kind: 'empty' });
    expect(valueKind('name', '')).toEqual({ kind: 'empty' });
    expect(valueKind('targets', 75)).toEqual({ kind: 'number', value: 75 });
    expect(valueKind('automated', true)).toEqual({ kind: 'bool', value: true });
    expect(valueKind('publicServiceIds', ['a', 'b'])).toEqual({ kind: 'ids', ids: ['a', 'b'] });
    expect(valueKind('reengineeringStatus', 'planned')).toEqual({
      kind: 'enum',
      key: 'editor:reeng.planned',
    });
    expect(valueKind('criterion', 3)).toEqual({ kind: 'enum', key: 'editor:criterion.3' });
    expect(valueKind('caseId', 'c1')).toEqual({ kind: 'case', id: 'c1' });
    expect(valueKind('description', 'Текст')).toEqual({ kind: 'text', text: 'Текст' });
  });
});

describe('redline lookups', () => {
  it('finds the parent of a nested item and the row of a changed cell', () => {
    const doc = validMapDocument();
    const c = doc.sectors[0].cases[0];
    expect(parentOf('cases.processes', c.id, [doc])?.name).toEqual(c.name);
    expect(parentOf('cases.processes', 'nope', [doc])).toBeNull();
    const names = cellRowNames(doc, c.id, c.processes[0]?.id ?? null);
    expect(names.caseName).toEqual(c.name);
    expect(cellRowNames(doc, 'missing', null)).toEqual({ caseName: null, processName: null });
  });
});

describe('wordDiff', () => {
  it('interleaves kept, removed and added words in reading order', () => {
    expect(wordDiff('Срок — 10 рабочих дней.', 'Срок — 3 рабочих дня.')).toEqual([
      { text: 'Срок — ', op: 'same' },
      { text: '10 ', op: 'del' },
      { text: '3 ', op: 'ins' },
      { text: 'рабочих ', op: 'same' },
      { text: 'дней. ', op: 'del' },
      { text: 'дня.', op: 'ins' },
    ]);
  });

  it('handles an appended sentence and empty texts', () => {
    expect(wordDiff('Описание сферы.', 'Описание сферы. Уточнено.')).toEqual([
      { text: 'Описание сферы. ', op: 'same' },
      { text: 'Уточнено.', op: 'ins' },
    ]);
    expect(wordDiff('', 'Новое')).toEqual([{ text: 'Новое', op: 'ins' }]);
  });

  it('gives up on very long texts', () => {
    expect(wordDiff('a '.repeat(2000), 'b')).toBeNull();
  });
});

describe('elide', () => {
  const words = (n: number, w = 'w') => Array.from({ length: n }, (_, i) => `${w}${i} `).join('');
  it('keeps context words around each change and leaves short runs alone', () => {
    const runs = [
      { text: words(30, 'a'), op: 'same' as const },
      { text: 'NEW ', op: 'ins' as const },
      { text: words(40, 'b'), op: 'same' as const },
      { text: 'X ', op: 'del' as const },
      { text: words(30, 'c'), op: 'same' as const },
    ];
    const out = elide(runs, 3);
    expect(out[0].text).toBe('… a27 a28 a29 ');
    expect(out[1]).toEqual({ text: 'NEW ', op: 'ins' });
    expect(out[2].text).toBe('b0 b1 b2 … b37 b38 b39 ');
    expect(out[4].text).toBe('c0 c1 c2 …');
    expect(elide([{ text: 'short text', op: 'same' }], 3)).toEqual([{ text: 'short text', op: 'same' }]);
  });
});
