import { describe, expect, it } from 'vitest';
import { handleGridKey, nextCode, setCell } from './plan-grid.logic.ts';

const size = { rows: 3, cols: 20 };
const key = (k: string, extra: Partial<{ code: string; ctrlKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ...extra,
});

describe('plan-schedule grid', () => {
  it('cycles a clicked cell empty → R → F → D → empty', () => {
    expect(nextCode('')).toBe('R');
    expect(nextCode('R')).toBe('F');
    expect(nextCode('F')).toBe('D');
    expect(nextCode('D')).toBe('');
  });

  it('moves with the arrow keys and stops at the edges', () => {
    const at = { row: 1, col: 5 };
    expect(handleGridKey(key('ArrowRight'), at, size, '', false)).toEqual({ focus: { row: 1, col: 6 } });
    expect(handleGridKey(key('ArrowLeft'), at, size, '', false)).toEqual({ focus: { row: 1, col: 4 } });
    expect(handleGridKey(key('ArrowUp'), at, size, '', false)).toEqual({ focus: { row: 0, col: 5 } });
    expect(handleGridKey(key('ArrowDown'), at, size, '', false)).toEqual({ focus: { row: 2, col: 5 } });
    expect(handleGridKey(key('ArrowLeft'), { row: 0, col: 0 }, size, '', false)).toEqual({
      focus: { row: 0, col: 0 },
    });
    expect(handleGridKey(key('ArrowDown'), { row: 2, col: 19 }, size, '', false)).toEqual({
      focus: { row: 2, col: 19 },
    });
    expect(handleGridKey(key('End'), at, size, '', false)).toEqual({ focus: { row: 1, col: 19 } });
    expect(handleGridKey(key('Home', { ctrlKey: true }), at, size, '', false)).toEqual({
      focus: { row: 0, col: 0 },
    });
  });

  it('sets R, F, D by letter in either case and by physical key on the kk/ru layouts', () => {
    expect(handleGridKey(key('r'), { row: 0, col: 0 }, size, '', false)).toEqual({ set: 'R' });
    expect(handleGridKey(key('F'), { row: 0, col: 0 }, size, '', false)).toEqual({ set: 'F' });
    expect(handleGridKey(key('в', { code: 'KeyD' }), { row: 0, col: 0 }, size, '', false)).toEqual({
      set: 'D',
    });
    expect(handleGridKey(key('к', { code: 'KeyR' }), { row: 0, col: 0 }, size, '', false)).toEqual({
      set: 'R',
    });
  });

  it('clears with Delete, Backspace, Space and 0; Enter cycles', () => {
    for (const k of ['Delete', 'Backspace', ' ', '0'])
      expect(handleGridKey(key(k), { row: 0, col: 0 }, size, 'F', false)).toEqual({ set: '' });
    expect(handleGridKey(key('Enter'), { row: 0, col: 0 }, size, 'F', false)).toEqual({ set: 'D' });
  });

  it('only moves when read-only, and leaves other keys and shortcuts to the browser', () => {
    expect(handleGridKey(key('R'), { row: 0, col: 0 }, size, '', true)).toBeNull();
    expect(handleGridKey(key('Delete'), { row: 0, col: 0 }, size, 'R', true)).toBeNull();
    expect(handleGridKey(key('ArrowRight'), { row: 0, col: 0 }, size, '', true)).toEqual({
      focus: { row: 0, col: 1 },
    });
    expect(handleGridKey(key('Tab'), { row: 0, col: 0 }, size, '', false)).toBeNull();
    expect(handleGridKey(key('x'), { row: 0, col: 0 }, size, '', false)).toBeNull();
    expect(handleGridKey(key('r', { ctrlKey: true }), { row: 0, col: 0 }, size, '', false)).toBeNull();
    expect(handleGridKey(key('r', { altKey: true }), { row: 0, col: 0 }, size, '', false)).toBeNull();
  });

  it('replaces one cell of a row without touching the original', () => {
    const row = ['', 'R', '', ''] as const;
    expect(setCell(row, 2, 'F')).toEqual(['', 'R', 'F', '']);
    expect(row).toEqual(['', 'R', '', '']);
  });
});
