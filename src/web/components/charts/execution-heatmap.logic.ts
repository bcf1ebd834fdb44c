import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml, TEXT, TEXT_SECONDARY, type Translate } from './chart.logic.ts';

/** The actual state of a planned cell of the plan-schedule; 'none' where nothing is planned. */
export const EXECUTION_STATES = ['done', 'in_progress', 'not_started', 'late', 'upcoming', 'none'] as const;
export type ExecutionState = (typeof EXECUTION_STATES)[number];

export interface HeatmapAxisItem {
  key: string;
  label: string;
}

export interface HeatmapCell {
  row: string;
  col: string;
  state: ExecutionState;
}

export interface HeatmapInput {
  title: string;
  rows: readonly HeatmapAxisItem[];
  columns: readonly HeatmapAxisItem[];
  cells: readonly HeatmapCell[];
}

/**
 * A fill, a glyph and the glyph's colour per state. Hues from the Okabe–Ito palette (told apart in
 * the common colour-vision deficiencies); the glyph carries the state too, so colour is never the
 * only cue (WCAG 1.4.1), and each glyph has at least 4.5:1 against its fill.
 */
export const STATE_STYLE: Record<ExecutionState, { fill: string; glyph: string; glyphColor: string }> = {
  done: { fill: '#00745a', glyph: '✓', glyphColor: '#ffffff' },
  in_progress: { fill: '#0063a0', glyph: '◐', glyphColor: '#ffffff' },
  not_started: { fill: '#f0e442', glyph: '○', glyphColor: '#1f2329' },
  late: { fill: '#b03a00', glyph: '!', glyphColor: '#ffffff' },
  upcoming: { fill: '#cfe6f5', glyph: '…', glyphColor: '#1f2329' },
  none: { fill: '#f3f4f6', glyph: '', glyphColor: '#1f2329' },
};

/** The states named in the legend and the summary: every state but 'none'. */
export const LEGEND_STATES = EXECUTION_STATES.filter((s) => s !== 'none');

const isState = (s: unknown): s is ExecutionState =>
  typeof s === 'string' && (EXECUTION_STATES as readonly string[]).includes(s);

/**
 * The grid rows × columns. A missing cell is 'none'; a cell naming an unknown row or column, or an
 * unknown state, is dropped; when a cell is given twice, the last one wins.
 */
export function heatmapGrid(input: HeatmapInput): ExecutionState[][] {
  const rowIndex = new Map(input.rows.map((r, i) => [r.key, i]));
  const colIndex = new Map(input.columns.map((c, i) => [c.key, i]));
  const grid = input.rows.map(() => input.columns.map((): ExecutionState => 'none'));
  for (const cell of input.cells) {
    const r = rowIndex.get(cell.row);
    const c = colIndex.get(cell.col);
    if (r === undefined || c === undefined || !isState(cell.state)) continue;
    grid[r][c] = cell.state;
  }
  return grid;
}

/** How many cells are in each state. */
export function heatmapCounts(grid: readonly (readonly ExecutionState[])[]): Record<ExecutionState, number> {
  const counts = Object.fromEntries(EXECUTION_STATES.map((s) => [s, 0])) as Record<ExecutionState, number>;
  for (const row of grid) for (const state of row) counts[state] += 1;
  return counts;
}

/** The chart's aria-label: the size of the grid and how many cells are in each state. */
export function heatmapSummary(input: HeatmapInput, t: Translate): string {
  const grid = heatmapGrid(input);
  const counts = heatmapCounts(grid);
  const named = LEGEND_STATES.filter((s) => counts[s] > 0);
  if (input.rows.length === 0 || input.columns.length === 0 || named.length === 0)
    return t('chart.summaryEmpty', { title: input.title });
  const list = named
    .map((s) => t('chart.heatmap.count', { state: t(`chart.state.${s}`), count: counts[s] }))
    .join('; ');
  return t('chart.heatmap.summary', {
    title: input.title,
    rows: input.rows.length,
    columns: input.columns.length,
    counts: list,
  });
}

/** A cell of the plan-schedule as a sentence: «Ministry of … — Q1 2026: Late». */
export function cellLabel(row: string, col: string, state: ExecutionState, t: Translate): string {
  return t('chart.heatmap.cell', { row, col, state: t(`chart.state.${state}`) });
}

const ROW_HEIGHT = 30;
/** Room for the column labels on top (the grid shrinks to fit them: outerBoundsMode 'same'). */
const AXIS_SPACE = 26;

/** The chart's height in pixels for a number of rows (the heat map never squeezes its rows). */
export const heatmapHeight = (rows: number): number => AXIS_SPACE + Math.max(rows, 1) * ROW_HEIGHT + 8;

/** What the click handler gets from a heat map data item. */
export interface HeatmapDatum {
  value: [number, number, number];
  state: ExecutionState;
}

/** A small square with the state's glyph, the same as in the legend (tooltip HTML). */
export function stateBadgeHtml(state: ExecutionState): string {
  const s = STATE_STYLE[state];
  return `<span style="display:inline-block;width:18px;height:18px;line-height:18px;text-align:center;border-radius:3px;margin-right:6px;font-weight:700;background:${s.fill};color:${s.glyphColor}">${escapeHtml(s.glyph)}</span>`;
}

/**
 * The ECharts option: one heat map cell per row × column, filled by state, with the state's glyph
 * as the label. Rows read top-down in the given order, columns sit on top like the plan-schedule.
 */
export function heatmapOption(
  input: HeatmapInput,
  t: Translate,
  options: { clickable?: boolean; rowLabelWidth?: number } = {},
): EChartsCoreOption {
  const grid = heatmapGrid(input);
  const data = grid.flatMap((row, r) =>
    row.map((state, c) => ({
      value: [c, r, EXECUTION_STATES.indexOf(state)],
      state,
      label: { color: STATE_STYLE[state].glyphColor },
      cursor: options.clickable && state !== 'none' ? 'pointer' : 'default',
    })),
  );
  const tooltipFormatter = (raw: unknown) => {
    const p = raw as { data?: { value?: number[]; state?: ExecutionState } };
    const [c, r] = p.data?.value ?? [];
    const state = p.data?.state ?? 'none';
    const row = input.rows[r ?? -1]?.label ?? '';
    const col = input.columns[c ?? -1]?.label ?? '';
    return `<strong>${escapeHtml(row)}</strong><br/>${escapeHtml(col)}<br/>${stateBadgeHtml(state)}${escapeHtml(t(`chart.state.${state}`))}`;
  };
  return {
    animation: false,
    textStyle: { color: TEXT },
    grid: { left: 4, right: 4, top: 4, bottom: 4, outerBoundsMode: 'same' },
    // ECharts' heat map takes its colours from a visual map: one piece per state, the control hidden
    // (the legend is HTML, under the chart).
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      seriesIndex: 0,
      pieces: EXECUTION_STATES.map((state, i) => ({ value: i, color: STATE_STYLE[state].fill })),
    },
    tooltip: { trigger: 'item', formatter: tooltipFormatter, textStyle: { color: TEXT }, confine: true },
    xAxis: {
      type: 'category',
      position: 'top',
      data: input.columns.map((c) => c.label),
      axisLine: { show: false },
      axisTick: { show: false },
      splitArea: { show: false },
      axisLabel: { color: TEXT_SECONDARY, interval: 0, fontSize: 12, hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.rows.map((r) => r.label),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: {
        color: TEXT,
        fontSize: 13,
        width: options.rowLabelWidth ?? 220,
        overflow: 'truncate',
      },
    },
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#ffffff', borderWidth: 2, borderRadius: 3 },
        emphasis: { itemStyle: { borderColor: TEXT, borderWidth: 2 } },
        label: {
          show: true,
          fontSize: 14,
          fontWeight: 'bold',
          formatter: (p: { data?: { state?: ExecutionState } }) => STATE_STYLE[p.data?.state ?? 'none'].glyph,
        },
      },
    ],
  };
}
