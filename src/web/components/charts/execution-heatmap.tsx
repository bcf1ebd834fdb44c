import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from './chart.logic.ts';
import { ChartFrame } from './chart-frame.tsx';
import {
  cellLabel,
  type ExecutionState,
  type HeatmapAxisItem,
  type HeatmapCell,
  heatmapGrid,
  heatmapHeight,
  heatmapOption,
  heatmapSummary,
  LEGEND_STATES,
  STATE_STYLE,
} from './execution-heatmap.logic.ts';

export interface ExecutionHeatmapProps {
  title: string;
  rows: readonly HeatmapAxisItem[];
  columns: readonly HeatmapAxisItem[];
  cells: readonly HeatmapCell[];
  /** Drill-down: called for a planned cell clicked in the chart or activated in the table view. */
  onCellClick?: (cell: HeatmapCell) => void;
  /** The header of the rows' column in the table view (default «Name»). */
  rowHeader?: string;
  titleLevel?: 2 | 3 | 4 | 5;
  /** Width of the row labels in the chart; longer names are cut with «…» (the tooltip and table show them whole). */
  rowLabelWidth?: number;
}

function StateGlyph({ state }: { state: ExecutionState }) {
  const s = STATE_STYLE[state];
  return (
    <span className="dtm-chart-glyph" style={{ background: s.fill, color: s.glyphColor }} aria-hidden="true">
      {s.glyph}
    </span>
  );
}

/** The execution of the plan-schedule, rows (bodies, items) × columns (quarters), one colour and glyph per state. */
export function ExecutionHeatmap(props: ExecutionHeatmapProps) {
  const { t } = useTranslation();
  const tr: Translate = t;
  const { title, rows, columns, cells, onCellClick, rowLabelWidth } = props;
  const input = useMemo(() => ({ title, rows, columns, cells }), [title, rows, columns, cells]);
  const grid = useMemo(() => heatmapGrid(input), [input]);
  const clickable = !!onCellClick;
  // Row labels take about a third of a narrow screen, at most 240 px, so the cells keep their room.
  const option = useCallback(
    (width: number) =>
      heatmapOption(input, tr, {
        clickable,
        rowLabelWidth: rowLabelWidth ?? Math.max(90, Math.min(240, Math.round((width || 1000) * 0.3))),
      }),
    [input, tr, clickable, rowLabelWidth],
  );

  const open = (r: number, c: number) => {
    const state = grid[r]?.[c];
    if (!onCellClick || !state || state === 'none') return;
    onCellClick({ row: rows[r].key, col: columns[c].key, state });
  };
  const onItemClick = (data: unknown) => {
    const value = (data as { value?: unknown } | null)?.value;
    if (Array.isArray(value)) open(Number(value[1]), Number(value[0]));
  };

  const legend = () => (
    <ul className="dtm-chart-legend" aria-label={t('chart.legend')}>
      {LEGEND_STATES.map((s) => (
        <li key={s}>
          <StateGlyph state={s} />
          {t(`chart.state.${s}`)}
        </li>
      ))}
    </ul>
  );

  const table = (visible: boolean) => (
    <table className="dtm-chart-table dtm-chart-table--grid">
      <caption className="dtm-chart__sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{props.rowHeader ?? t('chart.heatmap.rowHeader')}</th>
          {columns.map((c) => (
            <th scope="col" key={c.key}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {columns.map((col, c) => {
              const state = grid[r][c];
              if (state === 'none') return <td key={col.key} />;
              // Buttons only while the table is seen: no invisible focus stops while the chart shows.
              if (visible && onCellClick)
                return (
                  <td key={col.key}>
                    <button
                      type="button"
                      className="dtm-chart-cell-button"
                      aria-label={cellLabel(row.label, col.label, state, tr)}
                      onClick={() => open(r, c)}
                    >
                      <StateGlyph state={state} />
                    </button>
                  </td>
                );
              return (
                <td key={col.key} title={visible ? t(`chart.state.${state}`) : undefined}>
                  <StateGlyph state={state} />
                  <span className="dtm-chart__sr-only">{t(`chart.state.${state}`)}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      title={title}
      titleLevel={props.titleLevel}
      summary={heatmapSummary(input, tr)}
      option={option}
      height={heatmapHeight(rows.length)}
      table={table}
      legend={legend}
      onItemClick={clickable ? onItemClick : undefined}
    />
  );
}
