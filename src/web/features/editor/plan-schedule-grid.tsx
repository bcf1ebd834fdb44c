import {
  type KeyboardEvent,
  type SyntheticEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { periodYears } from '../../../domain/map/map.gantt.ts';
import type { ScheduleCell } from '../../../domain/map/map.schema.ts';
import { focusPath, registerRevealer } from './dom-focus.ts';
import { useEditor } from './editor-context.tsx';
import { pathKey } from './field-paths.ts';
import { type GridPos, gridPathLocator, handleGridKey, nextCode } from './plan-grid.logic.ts';
import { ROW_ESTIMATE, rowOffsets, scrollToShow, segments, visibleRows } from './plan-grid.window.ts';
import { type CellLabels, type GridRow, HEADER_ROWS, ScheduleRow } from './plan-schedule-row.tsx';

export type { GridRow } from './plan-schedule-row.tsx';

const QUARTERS = [1, 2, 3, 4] as const;
const YEARS = periodYears();
/**
 * Rows rendered beyond each edge of the viewport, in pixels (≈ a dozen rows), from the frame after
 * the grid's first paint: the first paint needs only the rows in view, and the rows beyond them
 * (half the cells of the first render) would only delay it.
 */
const OVERSCAN = 400;
/** The viewport assumed until the scroll box is measured (its CSS max-height is 70vh). */
const INITIAL_VIEW = 720;
/** Where the row, year, quarter and value go in the cell label's message (see `labels`). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the markers, never in a message.
const LABEL_MARKS = /[\u0001-\u0004]/g;

interface View {
  /** scrollTop of the box: the rows' offset at the lower edge of the sticky header. */
  top: number;
  height: number;
  /** Height of the sticky header. */
  head: number;
}

/**
 * F 1.3 "Жоспар-кесте": a spreadsheet-like grid, one row per case (or per business process of a
 * split case), one cell per quarter of 2025–2029. A click cycles '' → R → F → D; the keyboard
 * moves with arrows and types R / F / D, Delete clears (plan-grid.logic.ts).
 *
 * Only the rows in view (plus a margin, plus the row holding the focus) are in the DOM; spacer
 * rows stand for the others (plan-grid.window.ts). aria-rowcount / aria-rowindex tell assistive
 * technology the full size, and moving the focus to a row that is not rendered scrolls it in first.
 */
export function PlanScheduleGrid(props: {
  rows: GridRow[];
  onSet?: (row: GridRow, col: number, value: ScheduleCell) => void;
  caption: string;
}) {
  const { rows, onSet } = props;
  const { t } = useTranslation('editor');
  const { messages } = useEditor();
  const cols = YEARS.length * 4;
  const readOnly = !onSet;
  const [focus, setFocus] = useState<GridPos>({ row: 0, col: 0 });
  // Rows may disappear (a case removed): keep the one tab stop inside the grid.
  const active = { row: Math.min(focus.row, Math.max(0, rows.length - 1)), col: focus.col };

  const boxRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const rowEls = useRef(new Map<number, HTMLTableRowElement>());
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [view, setView] = useState<View>({ top: 0, height: INITIAL_VIEW, head: 0 });
  const [overscan, setOverscan] = useState(0);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setOverscan(OVERSCAN), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  /** A focus to give once its row is rendered: a cell, or a path of the findings list. */
  const pending = useRef<{ pos: GridPos; path?: string; highlight?: boolean } | null>(null);

  // Rows not measured yet count as the average of those that were (names wrap to 1–4 lines), so
  // the scroll height changes little as rows get measured.
  const tops = useMemo(() => {
    let sum = 0;
    for (const h of heights.values()) sum += h;
    const estimate = heights.size ? sum / heights.size : ROW_ESTIMATE;
    return rowOffsets(rows.length, (i) => heights.get(rows[i].key) ?? estimate);
  }, [rows, heights]);
  // This render's scroll position is the end of the rows as far as they are known.
  const atEnd = view.top > 0 && view.top + view.height >= view.head + tops[rows.length] - 2;
  /**
   * The box was last scrolled to its very end (by the user, or by the effect below keeping it
   * there). Measuring the rows that came into view changes the scroll height without a scroll
   * event, after which `atEnd` (from the estimated heights) may no longer hold: this keeps the box
   * at the end until the user scrolls elsewhere.
   */
  const stickToEnd = useRef(false);
  const win = visibleRows(tops, { top: view.top, height: view.height - view.head }, overscan);
  const parts = segments(tops, win, [active.row]);

  // Every rendered cell has a label (20 per row): the message is interpolated once per language,
  // with markers where its values go, and filled in per cell in one pass over that short text.
  const labels = useMemo<CellLabels>(() => {
    const quarter = QUARTERS.map((q) => t(`quarter.${q}`));
    const empty = t('schedule.emptyCell');
    const template = t('schedule.cellLabel', {
      row: '\u0001',
      year: '\u0002',
      quarter: '\u0003',
      value: '\u0004',
    });
    return {
      cell: (row, col, value) =>
        template.replace(LABEL_MARKS, (mark) =>
          mark === '\u0001'
            ? row
            : mark === '\u0002'
              ? String(YEARS[Math.floor(col / 4)])
              : mark === '\u0003'
                ? quarter[col % 4]
                : value || empty,
        ),
    };
  }, [t]);

  const register = useCallback((index: number, el: HTMLTableRowElement) => {
    rowEls.current.set(index, el);
    return () => {
      if (rowEls.current.get(index) === el) rowEls.current.delete(index);
    };
  }, []);
  const cellEl = (pos: GridPos) => rowEls.current.get(pos.row)?.cells[pos.col + 1] ?? null;

  /** Scrolls the box so that a row (rendered or not) is in view, and renders that window now. */
  const scrollToRow = (row: number) => {
    const box = boxRef.current;
    if (!box) return;
    const top = scrollToShow(
      { top: tops[row], bottom: tops[row + 1] },
      { top: box.scrollTop, height: box.clientHeight, head: view.head },
    );
    if (top === box.scrollTop) return;
    // Moving away from the end by the keyboard or a link: the scroll event comes only later.
    stickToEnd.current = false;
    box.scrollTop = top;
    setView((v) => ({ ...v, top: box.scrollTop }));
  };

  const moveFocus = (to: GridPos) => {
    setFocus(to);
    const el = cellEl(to);
    if (el) {
      el.focus({ preventScroll: true });
      if (boxRef.current) {
        stickToEnd.current = false;
        reveal(boxRef.current, el, view.head);
      }
    } else {
      pending.current = { pos: to };
      scrollToRow(to.row);
    }
  };

  // The findings list and links to a field (focusPath) reach cells that are not rendered through this.
  const locate = useMemo(() => gridPathLocator(rows), [rows]);
  const revealPath = useRef<(key: string, highlight: boolean) => boolean>(() => false);
  const revealer = (key: string, highlight: boolean) => {
    const at = locate(key);
    if (!at) return false;
    const pos = { row: at.row, col: at.col ?? 0 };
    const target = at.col === null ? pathKey(rows[at.row].path) : key;
    setFocus(pos);
    if (cellEl(pos)) return focusPath(target, highlight);
    pending.current = { pos, path: target, highlight };
    scrollToRow(at.row);
    return true;
  };
  useEffect(() => registerRevealer((key, highlight) => revealPath.current(key, highlight)), []);

  // After every render: measure what was rendered (a changed height re-renders before paint), then
  // give a pending focus once its row is in the DOM.
  useLayoutEffect(() => {
    revealPath.current = revealer;
    const box = boxRef.current;
    if (!box) return;
    const head = headRef.current?.offsetHeight ?? 0;
    const height = box.clientHeight;
    // Scrolled to the end (the scroll bar dragged down, Ctrl+End): stay there while the rows that
    // came into view are measured and the scroll height changes.
    if ((atEnd || stickToEnd.current) && box.scrollTop + height < box.scrollHeight - 1)
      box.scrollTop = box.scrollHeight;
    const top = box.scrollTop;
    setView((v) => (v.top === top && v.height === height && v.head === head ? v : { top, height, head }));
    let changed: Map<string, number> | null = null;
    for (const [index, el] of rowEls.current) {
      const key = rows[index]?.key;
      if (key === undefined) continue;
      const h = el.getBoundingClientRect().height;
      if (Math.abs((heights.get(key) ?? -1) - h) > 0.5) {
        changed ??= new Map(heights);
        changed.set(key, h);
      }
    }
    if (changed) setHeights(changed);
    const p = pending.current;
    const el = p && cellEl(p.pos);
    if (p && el) {
      pending.current = null;
      if (p.path !== undefined) focusPath(p.path, p.highlight);
      else {
        el.focus({ preventScroll: true });
        stickToEnd.current = false;
        reveal(box, el, head);
      }
    }
  });

  // The box's height follows the window (70vh): a resize changes how many rows are needed.
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setView((v) => (v.height === box.clientHeight ? v : { ...v, height: box.clientHeight })),
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const posOf = (e: SyntheticEvent): GridPos | null => {
    const td = (e.target as HTMLElement).closest?.('td[data-col]');
    const tr = td?.parentElement;
    if (!td || !tr?.dataset.row) return null;
    return { row: Number(tr.dataset.row), col: Number((td as HTMLElement).dataset.col) };
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const pos = posOf(e);
    if (!pos || !rows[pos.row]) return;
    const r = rows[pos.row];
    const result = handleGridKey(
      { key: e.key, code: e.code, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey },
      pos,
      { rows: rows.length, cols },
      r.cells[pos.col],
      readOnly,
    );
    if (!result) return;
    e.preventDefault();
    if ('set' in result) onSet?.(r, pos.col, result.set);
    else moveFocus(result.focus);
  };
  const onClick = (e: SyntheticEvent) => {
    const pos = posOf(e);
    if (!pos || !rows[pos.row]) return;
    setFocus(pos);
    onSet?.(rows[pos.row], pos.col, nextCode(rows[pos.row].cells[pos.col]));
  };
  const onFocus = (e: SyntheticEvent) => {
    const pos = posOf(e);
    if (pos) setFocus((f) => (f.row === pos.row && f.col === pos.col ? f : pos));
  };

  let gap = 0;
  return (
    <div
      className="ed-scroll ed-grid-wrap"
      ref={boxRef}
      onScroll={(e) => {
        const box = e.currentTarget;
        const top = box.scrollTop;
        stickToEnd.current = top > 0 && top + box.clientHeight >= box.scrollHeight - 1;
        setView((v) => (v.top === top ? v : { ...v, top }));
      }}
    >
      <table
        className="ed-grid"
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA data grid pattern is a table with role=grid (WAI-ARIA APG).
        role="grid"
        aria-label={props.caption}
        aria-readonly={readOnly || undefined}
        aria-rowcount={rows.length + HEADER_ROWS}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={onFocus}
      >
        <thead ref={headRef}>
          <tr aria-rowindex={1}>
            <th scope="col" rowSpan={2} className="ed-grid-rowhead">
              {t('schedule.rowHeader')}
            </th>
            {YEARS.map((y) => (
              <th scope="colgroup" colSpan={4} key={y} className="ed-grid-year">
                {y}
              </th>
            ))}
          </tr>
          <tr aria-rowindex={2}>
            {YEARS.flatMap((y) =>
              QUARTERS.map((q) => (
                <th
                  scope="col"
                  key={`${y}-${q}`}
                  className={
                    q === 1 ? 'ed-grid-q ed-grid-q1' : q === 4 ? 'ed-grid-q ed-grid-q4' : 'ed-grid-q'
                  }
                >
                  {t(`quarter.${q}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {parts.flatMap((part) => {
            if (part.kind === 'gap')
              return [
                // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer standing for rows not rendered; it holds nothing focusable.
                <tr
                  key={`gap-${gap++}`}
                  className="ed-grid-gap"
                  aria-hidden="true"
                  style={{ height: part.height }}
                >
                  <td colSpan={cols + 1} />
                </tr>,
              ];
            const out = [];
            for (let i = part.from; i <= part.to; i++)
              out.push(
                <ScheduleRow
                  key={rows[i].key}
                  row={rows[i]}
                  index={i}
                  caseEnd={i + 1 < rows.length && rows[i + 1].firstOfCase}
                  activeCol={i === active.row ? active.col : -1}
                  readOnly={readOnly}
                  messages={messages}
                  labels={labels}
                  register={register}
                />,
              );
            return out;
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Makes a cell fully visible in the scroll box: below the sticky header and right of the sticky
 * row header, then in the page (the box itself may be partly off screen).
 */
function reveal(box: HTMLElement, cell: HTMLTableCellElement, head: number) {
  const b = box.getBoundingClientRect();
  const c = cell.getBoundingClientRect();
  const top = b.top + box.clientTop + head;
  const bottom = b.top + box.clientTop + box.clientHeight;
  if (c.top < top) box.scrollTop -= top - c.top;
  else if (c.bottom > bottom) box.scrollTop += c.bottom - bottom;
  const rowHead = (cell.parentElement as HTMLTableRowElement).cells[0]?.getBoundingClientRect().width ?? 0;
  const left = b.left + box.clientLeft + rowHead;
  const right = b.left + box.clientLeft + box.clientWidth;
  if (c.left < left) box.scrollLeft -= left - c.left;
  else if (c.right > right) box.scrollLeft += c.right - right;
  cell.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
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
