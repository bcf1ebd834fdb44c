import { describe, expect, it } from 'vitest';
import { DocumentCache } from './document.cache.ts';

describe('the rendered documents cache', () => {
  it('renders a key once, also for requests that arrive while it renders', async () => {
    const cache = new DocumentCache(1000);
    let renders = 0;
    let finish!: (b: Buffer) => void;
    const render = () => {
      renders++;
      return new Promise<Buffer>((resolve) => {
        finish = resolve;
      });
    };
    const a = cache.get('k', render);
    const b = cache.get('k', render);
    finish(Buffer.from('doc'));
    expect((await a).toString()).toBe('doc');
    expect((await b).toString()).toBe('doc');
    expect((await cache.get('k', render)).toString()).toBe('doc');
    expect(renders).toBe(1);
  });

  it('does not remember a failed rendering', async () => {
    const cache = new DocumentCache(1000);
    await expect(cache.get('k', () => Promise.reject(new Error('printer down')))).rejects.toThrow(
      'printer down',
    );
    expect(cache.size).toBe(0);
    expect(await cache.get('k', async () => 'ok')).toBe('ok');
  });

  it('keeps within its size, dropping the least recently used first', async () => {
    const cache = new DocumentCache(100);
    const doc = (c: string) => async () => c.repeat(25);
    await cache.get('a', doc('a'));
    await cache.get('b', doc('b'));
    await cache.get('c', doc('c'));
    await cache.get('a', doc('x')); // a is used again: b is now the oldest
    await cache.get('d', doc('d'));
    await cache.get('e', doc('e')); // 125 bytes > 100: b goes
    expect(cache.size).toBe(4);
    expect(await cache.get('a', doc('x'))).toBe('a'.repeat(25));
    expect(await cache.get('b', doc('B'))).toBe('B'.repeat(25));
  });

  it('does not keep one document larger than a quarter of its size', async () => {
    const cache = new DocumentCache(100);
    await cache.get('big', async () => 'x'.repeat(30));
    expect(cache.size).toBe(0);
  });
});
