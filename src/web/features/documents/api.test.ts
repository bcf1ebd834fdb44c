import { describe, expect, it } from 'vitest';
import { inTheMaking, percentOf } from './api.ts';

describe('the bundle progress', () => {
  it('counts per cent of the files made, 100 when done, 0 before the job counted', () => {
    expect(percentOf({ status: 'running', done: 3, total: 8 })).toBe(37);
    expect(percentOf({ status: 'queued', done: 0, total: 0 })).toBe(0);
    expect(percentOf({ status: 'done', done: 0, total: 0 })).toBe(100);
  });
  it('polls while a bundle is queued or running only', () => {
    expect(['queued', 'running', 'done', 'failed'].map((status) => inTheMaking({ status } as never))).toEqual(
      [true, true, false, false],
    );
  });
});
