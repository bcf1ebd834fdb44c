/**
 * A least-recently-used map bounded by the total size of its values (`sizeOf`; 1 each to bound
 * the count). A value larger than `largestShare` of the limit is not kept, so one huge entry
 * cannot push out all the others. The app's in-process caches (version documents and findings,
 * rendered documents, registry search orders, national figures) are all built on it.
 */
export class Lru<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(
    private readonly limit: number,
    private readonly sizeOf: (v: V) => number = () => 1,
    private readonly largestShare = 1,
  ) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    // Most recently used last: a Map keeps insertion order, so re-inserting refreshes the entry.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, value: V): void {
    const size = this.sizeOf(value);
    if (size > this.limit * this.largestShare) return;
    this.delete(key);
    this.entries.set(key, { value, size });
    this.total += size;
    for (const [k, e] of this.entries) {
      if (this.total <= this.limit) break;
      this.entries.delete(k);
      this.total -= e.size;
    }
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.total -= old.size;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}
