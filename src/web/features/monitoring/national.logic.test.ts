import { describe, expect, it } from 'vitest';
import { compareDates, compareKpi, filterBodies, nationalHeatmap } from './national.logic.ts';

const counts = { done: 0, in_progress: 0, not_started: 0, late: 0, upcoming: 0, total: 0 };
const q = (year: number, qn: number, worst: 'late' | 'done' | null) => ({
  quarter: 0,
  year,
  q: qn,
  counts,
  worst,
});

describe('filterBodies', () => {
  const body = (code: string, name: string, off = 0, late = 0, missed = 0) => ({
    org: { code },
    name,
    indicators: { counts: { off_track: off } },
    schedule: { counts: { late } },
    terms: { missed },
  });
  const bodies = [
    body('mo-healthcare', 'Министерство здравоохранения'),
    body('mo-justice', 'Министерство юстиции', 0, 2),
    body('mo-agriculture', 'Министерство сельского хозяйства', 1),
    body('mo-energy', 'Министерство энергетики', 0, 0, 1),
  ];
  it('matches the name or the code, ignoring case; an empty query keeps all', () => {
    expect(filterBodies(bodies, 'ЮСТ', (b) => b.name).map((b) => b.org.code)).toEqual(['mo-justice']);
    expect(filterBodies(bodies, 'health', (b) => b.name)).toHaveLength(1);
    expect(filterBodies(bodies, '  ', (b) => b.name)).toHaveLength(4);
  });
  it('keeps only the bodies needing attention when asked: off track, late or a term missed', () => {
    const codes = (query: string) => filterBodies(bodies, query, (b) => b.name, true).map((b) => b.org.code);
    expect(codes('')).toEqual(['mo-justice', 'mo-agriculture', 'mo-energy']);
    expect(codes('юст')).toEqual(['mo-justice']);
    expect(codes('здрав')).toEqual([]);
  });
});

describe('compareKpi', () => {
  it('keeps a body without a KPI last in both orders', () => {
    const values = [10, null, 50];
    const asc = [...values].sort((a, b) => compareKpi(a, b, 'ascend'));
    expect(asc).toEqual([10, 50, null]);
    // antd sorts descending by negating the comparator.
    const desc = [...values].sort((a, b) => -compareKpi(a, b, 'descend'));
    expect(desc).toEqual([50, 10, null]);
  });
  it('compares dates, none the oldest', () => {
    expect(compareDates(null, '2028-10-02')).toBeLessThan(0);
  });
});

describe('nationalHeatmap', () => {
  it('lays the bodies over the union of their quarters in time order, worst state per cell', () => {
    const out = nationalHeatmap(
      [
        {
          mapId: 'a',
          schedule: { counts, executedOnSchedule: null, byQuarter: [q(2029, 1, 'late'), q(2028, 4, null)] },
        },
        { mapId: 'b', schedule: { counts, executedOnSchedule: null, byQuarter: [q(2028, 3, 'done')] } },
      ],
      (b) => b.mapId.toUpperCase(),
      (y, n) => `${n}/${y}`,
    );
    expect(out.rows).toEqual([
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
    ]);
    expect(out.columns.map((c) => c.label)).toEqual(['3/2028', '4/2028', '1/2029']);
    expect(out.cells).toEqual([
      { row: 'a', col: '2029-Q1', state: 'late' },
      { row: 'b', col: '2028-Q3', state: 'done' },
    ]);
  });
});
