import type { ScheduleCell } from '../../../domain/map/map.schema.ts';
import { type JsonPath, pathKey } from './field-paths.ts';

/**
 * The plan-schedule grid's behaviour (F 1.3), DOM-free: a click cycles a cell '' → R → F → D → '';
 * the keyboard moves like a spreadsheet and types codes. Keys are read by `code` too, so R/F/D
 * work on the Kazakh and Russian layouts, where those keys type к/а/в.
 */
export const CELL_CYCLE: readonly ScheduleCell[] = ['', 'R', 'F', 'D'];

export function nextCode(cell: ScheduleCell): ScheduleCell {
  const i = CELL_CYCLE.indexOf(cell);
  return CELL_CYCLE[(i + 1) % CELL_CYCLE.length];
}

export interface GridPos {
  row: number;
  col: number;
}

export interface GridKey {
  key: string;
  /** KeyboardEvent.code: the physical key, independent of the layout. */
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** What a key does: set the focused cell, move the focus, or nothing (let the browser have it). */
export type GridKeyResult = { set: ScheduleCell } | { focus: GridPos } | null;

const CODE_KEYS: Record<string, ScheduleCell> = { KeyR: 'R', KeyF: 'F', KeyD: 'D' };
const CLEAR_KEYS = new Set(['Delete', 'Backspace', ' ', 'Spacebar', '0']);

const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));

export function handleGridKey(
  k: GridKey,
  pos: GridPos,
  size: { rows: number; cols: number },
  current: ScheduleCell,
  readOnly: boolean,
): GridKeyResult {
  if (k.altKey || ((k.ctrlKey || k.metaKey) && !['Home', 'End'].includes(k.key))) return null;
  const move = (row: number, col: number): GridKeyResult => ({
    focus: { row: clamp(row, size.rows), col: clamp(col, size.cols) },
  });
  switch (k.key) {
    case 'ArrowLeft':
      return move(pos.row, pos.col - 1);
    case 'ArrowRight':
      return move(pos.row, pos.col + 1);
    case 'ArrowUp':
      return move(pos.row - 1, pos.col);
    case 'ArrowDown':
      return move(pos.row + 1, pos.col);
    case 'Home':
      return k.ctrlKey || k.metaKey ? move(0, 0) : move(pos.row, 0);
    case 'End':
      return k.ctrlKey || k.metaKey ? move(size.rows - 1, size.cols - 1) : move(pos.row, size.cols - 1);
  }
  if (readOnly) return null;
  if (k.key === 'Enter') return { set: nextCode(current) };
  if (CLEAR_KEYS.has(k.key)) return { set: '' };
  const typed = k.key.toUpperCase();
  if (typed === 'R' || typed === 'F' || typed === 'D') return { set: typed };
  if (k.code && CODE_KEYS[k.code]) return { set: CODE_KEYS[k.code] };
  return null;
}

/** A row with one cell replaced (a new array; the row is left as it was). */
export function setCell(row: readonly ScheduleCell[], col: number, value: ScheduleCell): ScheduleCell[] {
  return row.map((cell, i) => (i === col ? value : cell));
}

/**
 * Where a path points in the grid: a cell (row and column), a row, or a case (its first row; e.g.
 * a finding about a split case's processes, which have no cell of their own); null when the path
 * is not the grid's. Used to reach rows the virtualised grid has not rendered.
 */
export function gridPathLocator(
  rows: readonly { path: JsonPath; casePath: JsonPath }[],
): (key: string) => { row: number; col: number | null } | null {
  const byRow = new Map<string, number>();
  const byCase = new Map<string, number>();
  rows.forEach((r, i) => {
    byRow.set(pathKey(r.path), i);
    const c = pathKey(r.casePath);
    if (!byCase.has(c)) byCase.set(c, i);
  });
  return (key) => {
    const exact = byRow.get(key);
    if (exact !== undefined) return { row: exact, col: null };
    const dot = key.lastIndexOf('.');
    const row = dot > 0 ? byRow.get(key.slice(0, dot)) : undefined;
    if (row !== undefined && /^\d+$/.test(key.slice(dot + 1)))
      return { row, col: Number(key.slice(dot + 1)) };
    for (let end = key.length; end > 0; end = key.lastIndexOf('.', end - 1)) {
      const first = byCase.get(key.slice(0, end));
      if (first !== undefined) return { row: first, col: null };
    }
    return null;
  };
}
