import { describe, expect, it } from 'vitest';
import { Lru } from './lru.ts';

describe('the bounded LRU map', () => {
  it('drops the least recently used entries past its total size', () => {
    const lru = new Lru<string>(10, (v) => v.length);
    lru.set('a', 'aaaa');
    lru.set('b', 'bbbb');
    expect(lru.get('a')).toBe('aaaa'); // a is used: b is now the oldest
    lru.set('c', 'cccc');
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('aaaa');
    expect(lru.size).toBe(2);
  });

  it('replaces a key without counting it twice, and keeps nothing above its largest share', () => {
    const lru = new Lru<string>(10, (v) => v.length, 1 / 2);
    lru.set('a', 'aaaa');
    lru.set('a', 'aaaaa');
    lru.set('b', 'bbbbb');
    expect([lru.get('a'), lru.get('b')]).toEqual(['aaaaa', 'bbbbb']);
    lru.set('c', 'cccccc');
    expect(lru.get('c')).toBeUndefined();
    expect(lru.size).toBe(2);
    lru.clear();
    expect(lru.size).toBe(0);
  });
});
