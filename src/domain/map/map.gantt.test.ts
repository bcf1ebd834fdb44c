import { describe, expect, it } from 'vitest';
import { row, validMapDocument } from './map.fixture.ts';
import { effectiveRows, ganttLabel, periodYears, summaryGantt } from './map.gantt.ts';
import type { MapDocument, ScheduleCell, ScheduleCode } from './map.schema.ts';

const EMPTY = '....................';
const doc = (mutate: (d: MapDocument) => void): MapDocument => {
  const d = validMapDocument();
  mutate(d);
  return d;
};
/** The codes per year of the first sector, as 'R+F' strings for compact tables. */
const years = (d: MapDocument, sector = 0) => summaryGantt(d)[sector].years.map((y) => y.codes.join('+'));

describe('effectiveRows', () => {
  it("is the case's own row when the case is not split by process", () => {
    const c = validMapDocument().sectors[0].cases[0];
    expect(effectiveRows(c)).toEqual([{ processId: null, cells: c.schedule }]);
  });

  it('is one row per business process, in order, when the case is split', () => {
    const c = validMapDocument().sectors[0].cases[1];
    expect(effectiveRows(c)).toEqual([
      { processId: 'bp2', cells: c.processes[0].schedule },
      { processId: 'bp3', cells: c.processes[1].schedule },
    ]);
  });

  it('is empty for a split case without processes', () => {
    const c = validMapDocument().sectors[0].cases[1];
    c.processes = [];
    expect(effectiveRows(c)).toEqual([]);
  });
});

describe('summaryGantt', () => {
  it('has a row per sector and a column per year of the period', () => {
    const gantt = summaryGantt(validMapDocument());
    expect(gantt.map((g) => g.sectorId)).toEqual(['s1']);
    expect(gantt[0].years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(periodYears()).toEqual([2025, 2026, 2027, 2028, 2029]);
  });

  it('is empty for a map without sectors', () => {
    const d = doc((m) => {
      m.sectors = [];
    });
    expect(summaryGantt(d)).toEqual([]);
  });

  it.each<{ name: string; c1: string; bp2: string; bp3: string; expected: string[] }>([
    {
      name: 'combines the case rows and the process rows of the sector',
      c1: '.RRFFFFF.RRFFFFDD...',
      bp2: '....RRFFFFFF........',
      bp3: '............RRFFD...',
      expected: ['R+F', 'R+F', 'R+F', 'R+F+D', 'D'],
    },
    {
      name: 'leaves a year without cells empty',
      c1: 'RRFF................',
      bp2: EMPTY,
      bp3: '............DD......',
      expected: ['R+F', '', '', 'D', ''],
    },
    {
      name: 'orders the codes R, F, D whatever the order of the quarters',
      c1: 'DFR.................',
      bp2: EMPTY,
      bp3: EMPTY,
      expected: ['R+F+D', '', '', '', ''],
    },
    {
      name: 'reads the last quarter of the period',
      c1: '...................F',
      bp2: EMPTY,
      bp3: EMPTY,
      expected: ['', '', '', '', 'F'],
    },
  ])('$name', ({ c1, bp2, bp3, expected }) => {
    const d = doc((m) => {
      const [a, b] = m.sectors[0].cases;
      a.schedule = row(c1);
      b.processes[0].schedule = row(bp2);
      b.processes[1].schedule = row(bp3);
    });
    expect(years(d)).toEqual(expected);
  });

  it("ignores a split case's own row", () => {
    const d = doc((m) => {
      m.sectors[0].cases[0].schedule = row(EMPTY);
      m.sectors[0].cases[1].schedule = row('RRRRRRRRRRRRRRRRRRRR');
      m.sectors[0].cases[1].processes[0].schedule = row('....F...............');
      m.sectors[0].cases[1].processes[1].schedule = row(EMPTY);
    });
    expect(years(d)).toEqual(['', 'F', '', '', '']);
  });

  it('ignores the process rows of a case that is not split', () => {
    const d = doc((m) => {
      m.sectors[0].cases[0].schedule = row(EMPTY);
      m.sectors[0].cases[0].processes[0].schedule = row('DDDDDDDDDDDDDDDDDDDD');
      m.sectors[0].cases[1].scheduleByProcess = false;
      m.sectors[0].cases[1].schedule = row('........R...........');
    });
    expect(years(d)).toEqual(['', '', 'R', '', '']);
  });

  it('ignores cells that are not R, F or D', () => {
    const d = doc((m) => {
      m.sectors[0].cases[0].schedule = row(EMPTY);
      m.sectors[0].cases[0].schedule[0] = 'X' as ScheduleCell;
      m.sectors[0].cases[1].processes[0].schedule = row(EMPTY);
      m.sectors[0].cases[1].processes[1].schedule = row(EMPTY);
    });
    expect(years(d)).toEqual(['', '', '', '', '']);
  });

  it('keeps each sector to its own cases', () => {
    const d = doc((m) => {
      const s2 = structuredClone(m.sectors[0]);
      s2.id = 's2';
      s2.cases = [{ ...s2.cases[0], id: 'c3', schedule: row('................RRFF') }];
      m.sectors.push(s2);
    });
    const gantt = summaryGantt(d);
    expect(gantt.map((g) => g.sectorId)).toEqual(['s1', 's2']);
    expect(years(d, 0)).toEqual(['R+F', 'R+F', 'R+F', 'R+F+D', 'D']);
    expect(years(d, 1)).toEqual(['', '', '', '', 'R+F']);
  });
});

describe('ganttLabel', () => {
  it.each<{ codes: ScheduleCode[]; kk: string; ru: string; en: string }>([
    { codes: [], kk: '', ru: '', en: '' },
    { codes: ['R'], kk: 'R', ru: 'R', en: 'R' },
    { codes: ['R', 'F'], kk: 'R и F', ru: 'R и F', en: 'R and F' },
    { codes: ['R', 'F', 'D'], kk: 'R и F и D', ru: 'R и F и D', en: 'R and F and D' },
  ])('labels $codes as the Form prints it', ({ codes, kk, ru, en }) => {
    expect(ganttLabel(codes, 'kk')).toBe(kk);
    expect(ganttLabel(codes, 'ru')).toBe(ru);
    expect(ganttLabel(codes, 'en')).toBe(en);
  });
});
