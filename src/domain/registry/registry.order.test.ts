import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInOrder } from './registry.order.ts';

describe('firstInOrder', () => {
  it('is the stable sort cut to k, for any items, k and order (ties included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 20 }), tag: fc.nat() }), { maxLength: 200 }),
        fc.integer({ min: -1, max: 220 }),
        fc.boolean(),
        (items, k, descending) => {
          const compare = (a: { key: number }, b: { key: number }) =>
            descending ? b.key - a.key : a.key - b.key;
          expect(firstInOrder(items, k, compare)).toEqual([...items].sort(compare).slice(0, Math.max(k, 0)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('orders names in the Kazakh alphabet as the collator does', () => {
    const collator = new Intl.Collator('kk', { sensitivity: 'base', numeric: true });
    const names = ['Ұсыну', 'Іздеу', 'Өтініш', 'Әкімдік', 'Анықтама', 'Үлгі', 'Қабылдау', 'Ғимарат', 'Беру'];
    expect(firstInOrder(names, 4, collator.compare)).toEqual(['Анықтама', 'Әкімдік', 'Беру', 'Ғимарат']);
    expect(firstInOrder(names, names.length, collator.compare)).toEqual([...names].sort(collator.compare));
  });

  it('leaves its input alone', () => {
    const items = [3, 1, 2];
    firstInOrder(items, 2, (a, b) => a - b);
    firstInOrder(items, 5, (a, b) => a - b);
    expect(items).toEqual([3, 1, 2]);
  });
});
