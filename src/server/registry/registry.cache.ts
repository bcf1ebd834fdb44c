import type { PartialOrder } from '../../domain/registry/registry.order.ts';
import { Lru } from '../cache/lru.ts';
import type { Db } from '../db/connect.ts';

/**
 * The orders of recent registry searches, remembered per registry stamp (issue 7).
 *
 * A search's matches and their order depend only on the rows of `business_processes`, the names
 * of the organisations and what the request asks (filters, normalised text, sort, language, and
 * the part of the registry the reader may see). Every write of those replaces the stamp in
 * `registry_generation`, in its own transaction (migration 0010). A request reads the stamp first
 * and then, on a miss, the matches: what it remembers under a stamp is the state of that stamp or
 * a later one, never an earlier one — so once a write has committed, no request that starts after
 * it can get an order without it (its stamp is new, and nothing is remembered under it yet). This
 * holds for any number of app processes on one database; each keeps its own cache.
 *
 * Only the newest stamp a process has read is kept: a new one drops everything remembered, since no
 * later request can ask for the old one (a request that read the old stamp just before the write
 * still gets its answer, it is only not remembered). Bounded by the number of matches remembered,
 * least recently used out first.
 */
export class SearchOrders<T> {
  private stamp: string | undefined;
  private readonly entries: Lru<PartialOrder<T>>;
  /** Misses being answered, shared by concurrent requests for the same search: stamp + key. */
  private readonly pending = new Map<string, Promise<PartialOrder<T>>>();

  constructor(limit: number) {
    // Bounded by the matches remembered; one huge search must not push out all the others.
    this.entries = new Lru(limit, (order) => order.length, 1 / 2);
  }

  /** The order of the search `key` under `stamp`: remembered, or built by `build` and remembered. */
  async get(stamp: string, key: string, build: () => Promise<PartialOrder<T>>): Promise<PartialOrder<T>> {
    if (stamp !== this.stamp) {
      this.entries.clear();
      this.stamp = stamp;
    }
    const hit = this.entries.get(key);
    if (hit) return hit;
    const pendingKey = `${stamp}\n${key}`;
    const running = this.pending.get(pendingKey);
    if (running) return running;
    const built = build();
    this.pending.set(pendingKey, built);
    try {
      const order = await built;
      this.remember(stamp, key, order);
      return order;
    } finally {
      this.pending.delete(pendingKey);
    }
  }

  /** The newest stamp this process has read (what `peek` can answer for). */
  get newest(): string | undefined {
    return this.stamp;
  }

  /** The order of `key` if it is remembered under `stamp`; nothing is built or dropped. */
  peek(stamp: string, key: string): PartialOrder<T> | undefined {
    return stamp === this.stamp ? this.entries.get(key) : undefined;
  }

  private remember(stamp: string, key: string, order: PartialOrder<T>) {
    // A newer stamp was read while this one was being answered: the answer may be outdated.
    if (stamp === this.stamp) this.entries.set(key, order);
  }

  /** How many searches are remembered. */
  get size(): number {
    return this.entries.size;
  }
}

/**
 * 250 000 matches: two whole national registries (10⁵ processes each, the list without a query),
 * or dozens of searches of common words (10–25 % of the registry). A match is its id, its name in
 * the reader's language and its change time (the organisation's name is shared by its processes):
 * ≈ 0.3 kB, so ≈ 75 MB at most.
 */
const LIMIT = 250_000;

/** One cache per database handle: the same stamp cannot mean two different databases. */
const caches = new WeakMap<Db, SearchOrders<unknown>>();

export function searchOrdersOf<T>(db: Db): SearchOrders<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new SearchOrders<unknown>(LIMIT);
    caches.set(db, cache);
  }
  return cache as SearchOrders<T>;
}

/**
 * What a page of the list is presented with, remembered per registry stamp: the reference rows a
 * process names (public services, information systems, legal acts), the active data objects and
 * the repeated data count of each variant (by its id, R.40). A variant row is never changed (a
 * change is a new revision, a new row), so its count depends only on its model and on the data
 * objects — and every write of the data objects or of those reference tables, or a change or
 * removal of a variant row, replaces the stamp (migrations 0011, 0014). As with the orders, a
 * request remembers only under the stamp it read, and a new stamp drops everything.
 */
export class RegistryMemo {
  private stamp: string | undefined;
  private readonly values = new Map<string, unknown>();
  private readonly counts: Lru<number>;

  constructor(limit: number) {
    this.counts = new Lru(limit);
  }

  private at(stamp: string) {
    if (stamp !== this.stamp) {
      this.stamp = stamp;
      this.values.clear();
      this.counts.clear();
    }
  }

  /** The value `name` under `stamp`: remembered, or read by `read` and remembered. */
  async value<V>(stamp: string, name: string, read: () => Promise<V>): Promise<V> {
    this.at(stamp);
    if (this.values.has(name)) return this.values.get(name) as V;
    const value = await read();
    if (stamp === this.stamp) this.values.set(name, value);
    return value;
  }

  /** The remembered count of a variant under `stamp`. */
  count(stamp: string, variantId: string): number | undefined {
    this.at(stamp);
    return this.counts.get(variantId);
  }

  remember(stamp: string, variantId: string, count: number): void {
    if (stamp === this.stamp) this.counts.set(variantId, count);
  }

  /** How many counts are remembered. */
  get size(): number {
    return this.counts.size;
  }
}

/** A count per variant: 120 000 variants of the national registry are ≈ 10 MB. */
const COUNTS_LIMIT = 200_000;

const memos = new WeakMap<Db, RegistryMemo>();

export function registryMemoOf(db: Db): RegistryMemo {
  let memo = memos.get(db);
  if (!memo) {
    memo = new RegistryMemo(COUNTS_LIMIT);
    memos.set(db, memo);
  }
  return memo;
}
