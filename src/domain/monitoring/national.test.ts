import { describe, expect, it } from 'vitest';
import { countByStatus } from './kpi.ts';
import { rank, sumStatusCounts, worstState } from './national.ts';

const exec = (c: Partial<Record<string, number>>) => ({
  done: 0,
  in_progress: 0,
  not_started: 0,
  late: 0,
  upcoming: 0,
  total: 0,
  ...c,
});

describe('worstState', () => {
  it('is the worst state among the cells, null when nothing is planned', () => {
    expect(worstState(exec({ done: 2, late: 1, total: 3 }))).toBe('late');
    expect(worstState(exec({ done: 2, in_progress: 1, total: 3 }))).toBe('in_progress');
    expect(worstState(exec({ done: 1, upcoming: 1, total: 2 }))).toBe('upcoming');
    expect(worstState(exec({ done: 1, total: 1 }))).toBe('done');
    expect(worstState(exec({}))).toBeNull();
  });
});

describe('rank', () => {
  it('ranks by KPI (null last), then fewer late cells, then name', () => {
    const out = rank([
      { name: 'D', kpi: null, late: 0 },
      { name: 'C', kpi: 50, late: 3 },
      { name: 'B', kpi: 50, late: 1 },
      { name: 'A', kpi: 10, late: 0 },
      { name: 'E', kpi: null, late: 0 },
      { name: 'F', kpi: 0, late: 0 },
    ]);
    expect(out.map((b) => [b.name, b.rank])).toEqual([
      ['B', 1],
      ['C', 2],
      ['A', 3],
      ['F', 4],
      ['D', 5],
      ['E', 6],
    ]);
  });
});

describe('sumStatusCounts', () => {
  it('adds the counts of every status', () => {
    const sum = sumStatusCounts([countByStatus(['on_track', 'off_track']), countByStatus(['on_track'])]);
    expect(sum).toMatchObject({ on_track: 2, off_track: 1, total: 3 });
    expect(sumStatusCounts([]).total).toBe(0);
  });
});
