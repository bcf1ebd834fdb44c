import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodYears } from '../../../domain/map/map.gantt.ts';
import type { ScheduleCell } from '../../../domain/map/map.schema.ts';
import { useEditor } from './editor-context.tsx';
import { type JsonPath, pathKey } from './field-paths.ts';
import { type GridPos, handleGridKey, nextCode } from './plan-grid.logic.ts';

export interface GridRow {
  key: string;
  /** The case's name, or "case — process" for a row of a split case. */
  label: string;
  /** The path of the row's schedule array in the document. */
  path: JsonPath;
  cells: ScheduleCell[];
  /** The path of the case (rows of one case share it). */
  casePath: JsonPath;
  /** True for the first row of a case (starts a new tbody). */
  firstOfCase: boolean;
  isProcess: boolean;
}

const QUARTERS = [1, 2, 3, 4] as const;

/**
 * F 1.3 "Жоспар-кесте": a spreadsheet-like grid, one row per case (or per business process of a
 * split case), one cell per quarter of 2025–2029. A click cycles '' → R → F → D; the keyboard
 * moves with arrows and types R / F / D, Delete clears (plan-grid.logic.ts).
 */
export function PlanScheduleGrid(props: {
  rows: GridRow[];
  onSet?: (row: GridRow, col: number, value: ScheduleCell) => void;
  caption: string;
}) {
  const { t } = useTranslation('editor');
  const { messages } = useEditor();
  const years = periodYears();
  const cols = years.length * 4;
  const [focus, setFocus] = useState<GridPos>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const readOnly = !props.onSet;
  // Rows may disappear (a case removed): keep the one tab stop inside the grid.
  const active = { row: Math.min(focus.row, Math.max(0, props.rows.length - 1)), col: focus.col };

  const moveFocus = (to: GridPos) => {
    setFocus(to);
    cells.current.get(`${to.row}:${to.col}`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent, row: number, col: number) => {
    const r = props.rows[row];
    const result = handleGridKey(
      { key: e.key, code: e.code, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey },
      { row, col },
      { rows: props.rows.length, cols },
      r.cells[col],
      readOnly,
    );
    if (!result) return;
    e.preventDefault();
    if ('set' in result) props.onSet?.(r, col, result.set);
    else moveFocus(result.focus);
  };

  const quarterLabel = (q: number) => t(`quarter.${q}`);

  return (
    <div className="ed-scroll ed-grid-wrap">
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA data grid pattern is a table with role=grid (WAI-ARIA APG). */}
      <table className="ed-grid" role="grid" aria-label={props.caption} aria-readonly={readOnly || undefined}>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="ed-grid-rowhead">
              {t('schedule.rowHeader')}
            </th>
            {years.map((y) => (
              <th scope="colgroup" colSpan={4} key={y} className="ed-grid-year">
                {y}
              </th>
            ))}
          </tr>
          <tr>
            {years.flatMap((y) =>
              QUARTERS.map((q) => (
                <th scope="col" key={`${y}-${q}`} className={q === 1 ? 'ed-grid-q ed-grid-q1' : 'ed-grid-q'}>
                  {quarterLabel(q)}
                </th>
              )),
            )}
          </tr>
        </thead>
        {groupByCase(props.rows).map((group) => (
          <tbody key={pathKey(group[0].row.casePath)} data-path={pathKey(group[0].row.casePath)}>
            {group.map(({ row: r, index: ri }) => (
              <tr key={r.key} data-path={pathKey(r.path)}>
                <th scope="row" className={rowHeadClass(r, messages)}>
                  {r.label}
                </th>
                {r.cells.map((cell, ci) => {
                  const path = [...r.path, ci];
                  const found = messages.get(pathKey(path)) ?? [];
                  const sev = found.some((m) => m.severity === 'blocking')
                    ? 'error'
                    : found.length
                      ? 'warning'
                      : '';
                  const year = years[Math.floor(ci / 4)];
                  const label = t('schedule.cellLabel', {
                    row: r.label,
                    year,
                    quarter: quarterLabel((ci % 4) + 1),
                    value: cell || t('schedule.emptyCell'),
                  });
                  return (
                    <td
                      key={ci}
                      ref={(el) => {
                        if (el) cells.current.set(`${ri}:${ci}`, el);
                        else cells.current.delete(`${ri}:${ci}`);
                      }}
                      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the ARIA data grid (WAI-ARIA APG).
                      role="gridcell"
                      data-path={pathKey(path)}
                      tabIndex={active.row === ri && active.col === ci ? 0 : -1}
                      aria-label={found.length ? `${label}. ${found.map((m) => m.text).join('. ')}` : label}
                      aria-invalid={sev === 'error' || undefined}
                      title={found.map((m) => m.text).join('\n') || undefined}
                      className={[
                        'ed-cell',
                        cell ? `ed-code-${cell}` : '',
                        ci % 4 === 0 ? 'ed-grid-q1' : '',
                        sev ? `ed-cell-${sev}` : '',
                        readOnly ? '' : 'is-editable',
                      ].join(' ')}
                      onFocus={() => setFocus({ row: ri, col: ci })}
                      onClick={() => {
                        setFocus({ row: ri, col: ci });
                        if (!readOnly) props.onSet?.(r, ci, nextCode(cell));
                      }}
                      onKeyDown={(e) => onKeyDown(e, ri, ci)}
                    >
                      {cell}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** A row's header is marked when a finding points at the row itself (e.g. an empty schedule). */
function rowHeadClass(r: GridRow, messages: Map<string, { severity: string }[]>): string {
  const own = [
    ...(messages.get(pathKey(r.path)) ?? []),
    ...(r.firstOfCase && r.isProcess ? (messages.get(pathKey([...r.casePath, 'processes'])) ?? []) : []),
  ];
  const sev = own.some((m) => m.severity === 'blocking') ? ' has-error' : own.length ? ' has-warning' : '';
  return `ed-grid-rowhead${r.isProcess ? ' is-process' : ''}${sev}`;
}

function groupByCase(rows: GridRow[]): { row: GridRow; index: number }[][] {
  const groups: { row: GridRow; index: number }[][] = [];
  rows.forEach((row, index) => {
    if (row.firstOfCase || groups.length === 0) groups.push([]);
    groups[groups.length - 1].push({ row, index });
  });
  return groups;
}

/** The Form's legend under the plan-schedule and the Gantt, with the cell colours. */
export function ScheduleLegend() {
  const { t } = useTranslation('editor');
  return (
    <p className="ed-legend">
      <span className="ed-legend-chips" aria-hidden="true">
        <span className="ed-chip ed-code-R">R</span>
        <span className="ed-chip ed-code-F">F</span>
        <span className="ed-chip ed-code-D">D</span>
      </span>
      {t('schedule.legend')}
    </p>
  );
}
