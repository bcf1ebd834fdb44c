import { memo, useCallback } from 'react';
import type { ScheduleCell } from '../../../domain/map/map.schema.ts';
import type { FieldMessage } from './editor-context.tsx';
import { type JsonPath, pathKey } from './field-paths.ts';

export interface GridRow {
  key: string;
  /** The case's name, or "case — process" for a row of a split case. */
  label: string;
  /** The path of the row's schedule array in the document. */
  path: JsonPath;
  cells: ScheduleCell[];
  /** The path of the case (rows of one case share it). */
  casePath: JsonPath;
  /** True for the first row of a case. */
  firstOfCase: boolean;
  isProcess: boolean;
}

/** What every row needs to name its cells, computed once per language, not per cell. */
export interface CellLabels {
  /** The accessible name of a cell: row, year, quarter, value. */
  cell: (row: string, col: number, value: ScheduleCell) => string;
}

/** The number of header rows above the first case row (years, quarters): aria-rowindex starts after them. */
export const HEADER_ROWS = 2;

interface RowProps {
  row: GridRow;
  index: number;
  /** True when the next row starts another case (a heavier line below this one). */
  caseEnd: boolean;
  /** The column of the grid's tab stop when it is in this row, else -1. */
  activeCol: number;
  readOnly: boolean;
  messages: Map<string, FieldMessage[]>;
  labels: CellLabels;
  /** Keeps the row's element by index (for focus and for measuring its height); returns the release. */
  register: (index: number, el: HTMLTableRowElement) => () => void;
}

/**
 * One row of the plan-schedule grid. Memoised: scrolling, moving the focus or editing one cell
 * renders only the rows whose cells, name, focus or findings changed. Events are handled by the
 * grid (delegated), so a cell carries no handlers of its own.
 */
export const ScheduleRow = memo(function ScheduleRow({
  row: r,
  index,
  caseEnd,
  activeCol,
  readOnly,
  messages,
  labels,
  register,
}: RowProps) {
  const ref = useCallback(
    (el: HTMLTableRowElement | null) => (el ? register(index, el) : undefined),
    [register, index],
  );
  const rowKey = pathKey(r.path);
  return (
    <tr
      ref={ref}
      data-path={rowKey}
      data-row={index}
      aria-rowindex={index + 1 + HEADER_ROWS}
      className={caseEnd ? 'ed-grid-case-end' : undefined}
    >
      <th scope="row" className={rowHeadClass(r, messages)}>
        {r.label}
      </th>
      {r.cells.map((cell, ci) => {
        const key = `${rowKey}.${ci}`;
        const found = messages.get(key);
        const sev = !found?.length ? '' : found.some((m) => m.severity === 'blocking') ? 'error' : 'warning';
        const label = labels.cell(r.label, ci, cell);
        const texts = found?.length ? found.map((m) => m.text) : null;
        return (
          <td
            key={ci}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the ARIA data grid (WAI-ARIA APG).
            role="gridcell"
            data-path={key}
            data-col={ci}
            tabIndex={activeCol === ci ? 0 : -1}
            aria-label={texts ? `${label}. ${texts.join('. ')}` : label}
            aria-invalid={sev === 'error' || undefined}
            title={texts ? texts.join('\n') : undefined}
            className={cellClass(cell, ci, sev, readOnly)}
          >
            {cell}
          </td>
        );
      })}
    </tr>
  );
}, sameRow);

function cellClass(cell: ScheduleCell, col: number, sev: string, readOnly: boolean): string {
  let c = 'ed-cell';
  if (cell) c += ` ed-code-${cell}`;
  if (col % 4 === 0) c += ' ed-grid-q1';
  else if (col % 4 === 3) c += ' ed-grid-q4';
  if (sev) c += ` ed-cell-${sev}`;
  if (!readOnly) c += ' is-editable';
  return c;
}

/**
 * Rows are rebuilt from the document on every edit, but a row's cells array is the document's own
 * (unchanged for every row but the edited one), so comparing by value of what is shown is cheap.
 */
function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.index === b.index &&
    a.caseEnd === b.caseEnd &&
    a.activeCol === b.activeCol &&
    a.readOnly === b.readOnly &&
    a.messages === b.messages &&
    a.labels === b.labels &&
    a.register === b.register &&
    a.row.cells === b.row.cells &&
    a.row.label === b.row.label &&
    a.row.key === b.row.key &&
    a.row.firstOfCase === b.row.firstOfCase &&
    a.row.isProcess === b.row.isProcess &&
    pathKey(a.row.path) === pathKey(b.row.path) &&
    pathKey(a.row.casePath) === pathKey(b.row.casePath)
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
