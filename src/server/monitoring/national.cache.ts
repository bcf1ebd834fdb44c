import { Lru } from '../cache/lru.ts';

/**
 * What the national view counts each map's figures from, kept in this process under the key it was
 * read for (national.queries.ts: the fingerprint of its inputs). The key comes from the database,
 * so every app process keeps its own cache and still never serves facts whose inputs have changed:
 * a changed key is a miss. One entry per map, the least recently used dropped past `limit`. A
 * pending read is cached too, so concurrent requests read a map once; a failed one is dropped.
 * Values are shared between requests: read them, never change them.
 */
export class KeyedCache<V> {
  private readonly entries: Lru<{ key: string; value: Promise<V> }>;

  constructor(readonly limit: number) {
    this.entries = new Lru(limit);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value cached for `id` under `key`, or undefined when absent or cached under another key. */
  get(id: string, key: string): Promise<V> | undefined {
    const entry = this.entries.get(id);
    return entry && entry.key === key ? entry.value : undefined;
  }

  /** Caches `value` for `id` under `key`, replacing what `id` had. */
  set(id: string, key: string, value: Promise<V>): void {
    this.entries.set(id, { key, value });
    value.catch(() => {
      if (this.entries.get(id)?.value === value) this.entries.delete(id);
    });
  }
}

/** One cache per database handle (a test process opens many databases; ids could repeat across them). */
export function cacheFor<V>(
  caches: WeakMap<object, KeyedCache<V>>,
  db: object,
  limit: number,
): KeyedCache<V> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new KeyedCache<V>(limit);
    caches.set(db, cache);
  }
  return cache;
}
