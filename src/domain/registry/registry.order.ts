/**
 * The first `k` items in the order of `compare` — exactly `[...items].sort(compare).slice(0, k)`
 * (ties keep the input order, like the stable `Array.prototype.sort`) — without sorting the rest.
 *
 * The registry pages tens of thousands of matches by name in the reader's alphabet
 * (`Intl.Collator`, which PGlite's C collation cannot do in SQL); a page needs only its first
 * items, and a bounded heap compares each of the other items about once instead of log₂ n times.
 */
export function firstInOrder<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (k >= items.length) return [...items].sort(compare);
  // Ties fall back to the input position, so the order is total and equal to the stable sort's.
  const before = (i: number, j: number) => compare(items[i], items[j]) || i - j;
  // A max-heap of indexes: the root is the last of the k first found so far.
  const heap: number[] = [];
  const up = (at: number) => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (before(heap[parent], heap[at]) >= 0) return;
      [heap[parent], heap[at]] = [heap[at], heap[parent]];
      at = parent;
    }
  };
  const down = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let largest = at;
      if (l < heap.length && before(heap[l], heap[largest]) > 0) largest = l;
      if (r < heap.length && before(heap[r], heap[largest]) > 0) largest = r;
      if (largest === at) return;
      [heap[largest], heap[at]] = [heap[at], heap[largest]];
      at = largest;
    }
  };
  for (let i = 0; i < items.length; i++) {
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (before(i, heap[0]) < 0) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort(before).map((i) => items[i]);
}

/**
 * A list in the order of `compare`, sorted only as far as it has been read: `slice(start, end)`
 * is exactly `[...items].sort(compare).slice(start, end)`.
 *
 * The registry remembers the matches of a search and serves its pages from here. Sorting all of
 * them by the reader's alphabet (`Intl.Collator`) costs about a second for 10⁵ names, while the
 * first page needs only a bounded heap over them; so the first read sorts just what it shows, and
 * a later read past the sorted prefix sorts at least twice as far (each item is compared
 * O(log k) times per extension, and the extensions of a walk to the end add up to about one full
 * sort).
 */
export class PartialOrder<T> {
  private sorted: readonly T[] = [];

  constructor(
    private readonly items: readonly T[],
    private readonly compare: (a: T, b: T) => number,
  ) {}

  get length(): number {
    return this.items.length;
  }

  slice(start: number, end: number): T[] {
    const need = Math.min(Math.max(end, 0), this.items.length);
    if (need > this.sorted.length) {
      const k = this.sorted.length
        ? Math.min(this.items.length, Math.max(need, 2 * this.sorted.length))
        : need;
      this.sorted = firstInOrder(this.items, k, this.compare);
    }
    return this.sorted.slice(Math.max(start, 0), need);
  }
}
