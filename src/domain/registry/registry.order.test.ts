import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInOrder, PartialOrder } from './registry.order.ts';

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

describe('PartialOrder', () => {
  it('answers every slice as the full stable sort would, whatever was read before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 15 }), tag: fc.nat() }), { maxLength: 150 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 170 }), fc.integer({ min: 0, max: 60 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (items, reads) => {
          const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
          const sorted = [...items].sort(compare);
          const order = new PartialOrder(items, compare);
          expect(order.length).toBe(items.length);
          for (const [start, size] of reads)
            expect(order.slice(start, start + size)).toEqual(sorted.slice(start, start + size));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sorts no further than it was read, and at least twice as far when read past that', () => {
    const items = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    let compared = 0;
    const order = new PartialOrder(items, (a, b) => {
      compared++;
      return a - b;
    });
    expect(order.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const firstPage = compared;
    // A bounded heap of 10 compares each item a few times, far fewer than a full sort would.
    expect(firstPage).toBeLessThan(5 * items.length);
    expect(order.slice(5, 10)).toEqual([5, 6, 7, 8, 9]);
    expect(compared).toBe(firstPage);
    expect(order.slice(10, 12)).toEqual([10, 11]);
    expect(order.slice(15, 20)).toEqual([15, 16, 17, 18, 19]);
    const twice = compared;
    expect(order.slice(995, 1005)).toEqual([995, 996, 997, 998, 999]);
    expect(compared).toBeGreaterThan(twice);
    expect(order.slice(0, 1000)).toEqual([...items].sort((a, b) => a - b));
  });
});
