import { describe, expect, it } from 'vitest';
import { ItemIdSchema } from '../../../domain/map/map.schema.ts';
import { moveItem, newId, removeAt, replaceAt } from './list.logic.ts';

describe('list edits', () => {
  it('moves, removes and replaces without mutating', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(removeAt(list, 1)).toEqual(['a', 'c']);
    expect(replaceAt(list, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('makes ids the schema accepts', () => {
    const ids = new Set(Array.from({ length: 200 }, newId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(ItemIdSchema.safeParse(id).success).toBe(true);
  });
});
