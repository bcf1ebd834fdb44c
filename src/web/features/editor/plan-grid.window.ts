/**
 * Row windowing of the plan-schedule grid, DOM-free: a sector may have hundreds of cases (700 rows
 * × 20 cells at national scale), and rendering them all made the first paint of the page take
 * seconds. Rows have measured heights (a long case name wraps), so positions are prefix sums of
 * the heights known so far, with an estimate for rows never rendered.
 */

/** The height of a one-line row (32 px cell + border) until the row is measured. */
export const ROW_ESTIMATE = 33;

/** `tops[i]` is where row i starts below the first row, `tops[n]` the height of all rows. */
export function rowOffsets(count: number, height: (index: number) => number): number[] {
  const tops = new Array<number>(count + 1);
  tops[0] = 0;
  for (let i = 0; i < count; i++) tops[i + 1] = tops[i] + height(i);
  return tops;
}

/** The row at offset `y` (the last row starting at or above it), clamped to the rows. */
export function rowAt(tops: readonly number[], y: number): number {
  const count = tops.length - 1;
  if (count <= 0) return 0;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First and last row (inclusive) to render; `last < first` when there are no rows. */
export interface RowWindow {
  first: number;
  last: number;
}

/**
 * The rows that cross [top, top + height) of the rows' own coordinates, widened by `overscan`
 * pixels on both sides so a short scroll or an arrow key finds its row already rendered.
 */
export function visibleRows(
  tops: readonly number[],
  view: { top: number; height: number },
  overscan: number,
): RowWindow {
  const count = tops.length - 1;
  if (count <= 0) return { first: 0, last: -1 };
  return {
    first: rowAt(tops, Math.max(0, view.top - overscan)),
    last: rowAt(tops, Math.max(0, view.top + view.height + overscan)),
  };
}

/** What the table body renders, in order: runs of rows, and spacers for the rows in between. */
export type Segment = { kind: 'rows'; from: number; to: number } | { kind: 'gap'; height: number };

/**
 * The window plus the pinned rows (the row holding the grid's focus, which must stay in the DOM
 * so the focus and the single tab stop survive a scroll), as runs of consecutive rows separated by
 * spacers as tall as the rows they stand for.
 */
export function segments(tops: readonly number[], win: RowWindow, pinned: readonly number[]): Segment[] {
  const count = tops.length - 1;
  const shown = new Set<number>();
  for (let i = Math.max(0, win.first); i <= Math.min(count - 1, win.last); i++) shown.add(i);
  for (const p of pinned) if (p >= 0 && p < count) shown.add(p);
  const order = [...shown].sort((a, b) => a - b);
  const out: Segment[] = [];
  let next = 0;
  for (const i of order) {
    const last = out[out.length - 1];
    if (last?.kind === 'rows' && last.to === i - 1) {
      last.to = i;
    } else {
      if (i > next) out.push({ kind: 'gap', height: tops[i] - tops[next] });
      out.push({ kind: 'rows', from: i, to: i });
    }
    next = i + 1;
  }
  if (next < count) out.push({ kind: 'gap', height: tops[count] - tops[next] });
  return out;
}

/**
 * The scroll position that brings rows [top, bottom) of the rows' coordinates into a viewport of
 * `height` whose first `head` pixels are covered by the sticky header; unchanged when visible.
 */
export function scrollToShow(
  row: { top: number; bottom: number },
  view: { top: number; height: number; head: number },
): number {
  const visibleTop = view.top; // rows' coordinate at the header's lower edge
  const visibleBottom = view.top + view.height - view.head;
  if (row.top < visibleTop) return row.top;
  if (row.bottom > visibleBottom) return Math.max(0, row.bottom - (view.height - view.head));
  return view.top;
}
