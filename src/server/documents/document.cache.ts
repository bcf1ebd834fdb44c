import { Lru } from '../cache/lru.ts';

/**
 * Rendered documents remembered by a key that names everything they are made of (the version and
 * its revision, the language, the format, the names they print): a key never names two different
 * documents, so an entry is never stale, only evicted. Each app process keeps its own, bounded by
 * size, least recently used out first. Two requests for the same document while it is being
 * rendered share the one rendering; a failed rendering is not remembered.
 *
 * A 233-page map takes Chromium seconds to print; published versions do not change, and the same
 * ones are downloaded again and again.
 */
export class DocumentCache {
  private readonly done: Lru<Buffer | string>;
  private readonly rendering = new Map<string, Promise<Buffer | string>>();

  constructor(maxBytes: number) {
    // One huge document must not push out all the others.
    this.done = new Lru(
      maxBytes,
      (body) => (typeof body === 'string' ? Buffer.byteLength(body) : body.length),
      1 / 4,
    );
  }

  async get(key: string, render: () => Promise<Buffer | string>): Promise<Buffer | string> {
    const known = this.done.get(key);
    if (known !== undefined) return known;
    const running = this.rendering.get(key);
    if (running) return running;
    const started = render();
    this.rendering.set(key, started);
    try {
      const body = await started;
      this.done.set(key, body);
      return body;
    } finally {
      this.rendering.delete(key);
    }
  }

  /** Entries held (tests). */
  get size(): number {
    return this.done.size;
  }
}
