import { describe, expect, it } from 'vitest';
import { gridPathLocator } from './plan-grid.logic.ts';
import { rowAt, rowOffsets, scrollToShow, segments, visibleRows } from './plan-grid.window.ts';

describe('plan-schedule grid windowing', () => {
  const tops = rowOffsets(1000, (i) => (i % 10 === 0 ? 60 : 30)); // every tenth name wraps

  it('places rows by the sum of the heights above them', () => {
    expect(tops.slice(0, 4)).toEqual([0, 60, 90, 120]);
    expect(tops[1000]).toBe(100 * 60 + 900 * 30);
    expect(rowOffsets(0, () => 30)).toEqual([0]);
  });

  it('finds the row at an offset', () => {
    expect(rowAt(tops, 0)).toBe(0);
    expect(rowAt(tops, 59)).toBe(0);
    expect(rowAt(tops, 60)).toBe(1);
    expect(rowAt(tops, 10_000_000)).toBe(999);
    expect(rowAt([0], 5)).toBe(0);
  });

  it('renders the rows in view and a margin, not the whole list', () => {
    const win = visibleRows(tops, { top: 3300, height: 600 }, 300); // rows 3300…3900 ± 300
    expect(win.first).toBe(rowAt(tops, 3000));
    expect(win.last).toBe(rowAt(tops, 4200));
    expect(win.last - win.first + 1).toBeLessThan(60);
    expect(visibleRows([0], { top: 0, height: 600 }, 300)).toEqual({ first: 0, last: -1 });
  });

  it('stands spacers of the right height for the rows not rendered, and keeps a pinned row', () => {
    const parts = segments(tops, { first: 100, last: 130 }, [2]);
    expect(parts).toEqual([
      { kind: 'gap', height: tops[2] },
      { kind: 'rows', from: 2, to: 2 },
      { kind: 'gap', height: tops[100] - tops[3] },
      { kind: 'rows', from: 100, to: 130 },
      { kind: 'gap', height: tops[1000] - tops[131] },
    ]);
    // A pinned row inside the window or next to it joins its run.
    expect(segments(tops, { first: 0, last: 9 }, [10, 5])).toEqual([
      { kind: 'rows', from: 0, to: 10 },
      { kind: 'gap', height: tops[1000] - tops[11] },
    ]);
    expect(
      segments(
        rowOffsets(3, () => 30),
        { first: 0, last: 10 },
        [0],
      ),
    ).toEqual([{ kind: 'rows', from: 0, to: 2 }]);
  });

  it('scrolls just enough to show a row below the sticky header', () => {
    const view = { top: 1000, height: 500, head: 60 }; // rows 1000…1440 visible
    expect(scrollToShow({ top: 1100, bottom: 1130 }, view)).toBe(1000);
    expect(scrollToShow({ top: 900, bottom: 930 }, view)).toBe(900);
    expect(scrollToShow({ top: 1430, bottom: 1460 }, view)).toBe(1460 - 440);
  });
});

describe('plan-schedule grid paths', () => {
  const rows = [
    { path: ['sectors', 0, 'cases', 0, 'schedule'], casePath: ['sectors', 0, 'cases', 0] },
    { path: ['sectors', 0, 'cases', 1, 'processes', 0, 'schedule'], casePath: ['sectors', 0, 'cases', 1] },
    { path: ['sectors', 0, 'cases', 1, 'processes', 1, 'schedule'], casePath: ['sectors', 0, 'cases', 1] },
    { path: ['sectors', 0, 'cases', 10, 'schedule'], casePath: ['sectors', 0, 'cases', 10] },
  ];
  const locate = gridPathLocator(rows);

  it('finds the cell, the row or the case a path points at', () => {
    expect(locate('sectors.0.cases.1.processes.1.schedule.7')).toEqual({ row: 2, col: 7 });
    expect(locate('sectors.0.cases.0.schedule')).toEqual({ row: 0, col: null });
    expect(locate('sectors.0.cases.1.processes')).toEqual({ row: 1, col: null });
    expect(locate('sectors.0.cases.10')).toEqual({ row: 3, col: null });
  });

  it('answers null for paths outside the grid', () => {
    expect(locate('sectors.0.cases')).toBeNull();
    expect(locate('sectors.0.cases.2.schedule.1')).toBeNull();
    expect(locate('passport.title')).toBeNull();
  });
});
