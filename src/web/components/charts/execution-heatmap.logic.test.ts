import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import { contrastRatio, type Translate } from './chart.logic.ts';
import {
  cellLabel,
  EXECUTION_STATES,
  type HeatmapInput,
  heatmapCounts,
  heatmapGrid,
  heatmapHeight,
  heatmapOption,
  heatmapSummary,
  STATE_STYLE,
} from './execution-heatmap.logic.ts';

const translator =
  (catalog: Record<string, string>): Translate =>
  (key, values = {}) =>
    (catalog[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
const tEn = translator(en);
const tRu = translator(ru);

const input: HeatmapInput = {
  title: 'Plan-schedule execution',
  rows: [
    { key: 'mcriap', label: 'Ministry of Digital Development' },
    { key: 'moa', label: 'Ministry of <Agriculture>' },
  ],
  columns: [
    { key: '2026-1', label: 'Q1 2026' },
    { key: '2026-2', label: 'Q2 2026' },
    { key: '2026-3', label: 'Q3 2026' },
  ],
  cells: [
    { row: 'mcriap', col: '2026-1', state: 'done' },
    { row: 'mcriap', col: '2026-2', state: 'in_progress' },
    { row: 'moa', col: '2026-1', state: 'late' },
    { row: 'moa', col: '2026-3', state: 'upcoming' },
    { row: 'ghost', col: '2026-1', state: 'done' },
    { row: 'moa', col: '2030-1', state: 'done' },
  ],
};

describe('execution heat map grid', () => {
  it('places cells by row and column key, blanks are none, unknown keys are dropped', () => {
    expect(heatmapGrid(input)).toEqual([
      ['done', 'in_progress', 'none'],
      ['late', 'none', 'upcoming'],
    ]);
  });

  it('lets the last of two cells for the same place win', () => {
    const grid = heatmapGrid({
      ...input,
      cells: [
        { row: 'moa', col: '2026-1', state: 'not_started' },
        { row: 'moa', col: '2026-1', state: 'late' },
      ],
    });
    expect(grid[1][0]).toBe('late');
  });

  it('counts the cells of each state', () => {
    expect(heatmapCounts(heatmapGrid(input))).toEqual({
      done: 1,
      in_progress: 1,
      not_started: 0,
      late: 1,
      upcoming: 1,
      none: 2,
    });
  });
});

describe('execution heat map summary (the chart aria-label)', () => {
  it('gives the size of the grid and the count of each state present', () => {
    expect(heatmapSummary(input, tEn)).toBe(
      'Plan-schedule execution. Rows: 2, columns: 3. Done: 1; In progress: 1; Late: 1; Upcoming: 1.',
    );
    expect(heatmapSummary(input, tRu)).toBe(
      'Plan-schedule execution: строк — 2, столбцов — 3. Выполнено: 1; В работе: 1; Просрочено: 1; Предстоит: 1.',
    );
  });

  it('says there is no data when nothing is planned', () => {
    expect(heatmapSummary({ ...input, cells: [] }, tEn)).toBe('Plan-schedule execution: no data yet.');
    expect(heatmapSummary({ ...input, rows: [] }, tEn)).toBe('Plan-schedule execution: no data yet.');
  });

  it('names a cell for the table buttons', () => {
    expect(cellLabel('Ministry', 'Q1 2026', 'late', tEn)).toBe('Ministry — Q1 2026: Late');
  });
});

describe('execution heat map option', () => {
  type Datum = { value: number[]; state: string; cursor: string };
  const option = heatmapOption(input, tEn, { clickable: true });
  const data = (option.series as { data: Datum[] }[])[0].data;

  it('has one datum per cell, filled by its state', () => {
    expect(data).toHaveLength(6);
    const late = data.find((d) => d.state === 'late')!;
    expect(late.value).toEqual([0, 1, EXECUTION_STATES.indexOf('late')]);
    const pieces = option.visualMap as { dimension: number; pieces: { value: number; color: string }[] };
    expect(pieces.dimension).toBe(2);
    expect(pieces.pieces.find((p) => p.value === late.value[2])?.color).toBe(STATE_STYLE.late.fill);
    expect(late.cursor).toBe('pointer');
    expect(data.find((d) => d.state === 'none')!.cursor).toBe('default');
  });

  it('reads rows top-down and puts the columns on top', () => {
    expect(option.yAxis).toMatchObject({
      inverse: true,
      data: ['Ministry of Digital Development', 'Ministry of <Agriculture>'],
    });
    expect(option.xAxis).toMatchObject({ position: 'top', data: ['Q1 2026', 'Q2 2026', 'Q3 2026'] });
  });

  it('shows the state glyph as the label and a tooltip with text and escaped names', () => {
    const series = (option.series as { label: { formatter: (p: unknown) => string } }[])[0];
    expect(series.label.formatter({ data: data[0] })).toBe('✓');
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = tooltip({ data: data[3] });
    expect(html).toContain('<strong>Ministry of &lt;Agriculture&gt;</strong><br/>Q1 2026<br/>');
    expect(html).toContain('>!</span>Late');
  });

  it('grows with the number of rows', () => {
    expect(heatmapHeight(10)).toBeGreaterThan(heatmapHeight(2));
    expect(heatmapHeight(0)).toBe(heatmapHeight(1));
  });
});

describe('state colours', () => {
  it('give every glyph at least 4.5:1 against its fill', () => {
    for (const [state, s] of Object.entries(STATE_STYLE))
      expect(contrastRatio(s.glyphColor, s.fill), state).toBeGreaterThanOrEqual(4.5);
  });

  it('keep the strong states at least 3:1 against white and each state a distinct fill and glyph', () => {
    for (const state of ['done', 'in_progress', 'late'] as const)
      expect(contrastRatio(STATE_STYLE[state].fill, '#ffffff'), state).toBeGreaterThanOrEqual(3);
    const styles = Object.values(STATE_STYLE);
    expect(new Set(styles.map((s) => s.fill)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.glyph)).size).toBe(styles.length);
  });

  it('names every state in all three languages', () => {
    for (const catalog of [kk, ru, en] as Record<string, string>[])
      for (const state of EXECUTION_STATES) expect(catalog[`chart.state.${state}`]).toBeTruthy();
  });
});
