import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScheduleCell } from '../../../domain/map/map.schema.ts';
import { i18n } from '../../lib/i18n.ts';
import { type EditorContextValue, EditorProvider, type FieldMessage } from './editor-context.tsx';
import { type GridRow, PlanScheduleGrid } from './plan-schedule-grid.tsx';

/** A sector of `n` cases, every third one split into two process rows. */
function rowsOf(n: number): GridRow[] {
  const cells = (i: number): ScheduleCell[] =>
    Array.from({ length: 20 }, (_, c) => (c === i % 20 ? 'R' : ''));
  return Array.from({ length: n }, (_, i): GridRow[] => {
    const casePath = ['sectors', 0, 'cases', i];
    if (i % 3 !== 2)
      return [
        {
          key: `c${i}`,
          label: `Кейс ${i + 1}`,
          path: [...casePath, 'schedule'],
          cells: cells(i),
          casePath,
          firstOfCase: true,
          isProcess: false,
        },
      ];
    return [0, 1].map((j) => ({
      key: `c${i}/p${j}`,
      label: `Кейс ${i + 1} — Процесс ${j + 1}`,
      path: [...casePath, 'processes', j, 'schedule'],
      cells: cells(i + j),
      casePath,
      firstOfCase: j === 0,
      isProcess: true,
    }));
  }).flat();
}

interface Tag {
  tag: string;
  attrs: Record<string, string>;
}

/** The grid's first render as its table tags with their attributes (no DOM library in this project). */
function render(rows: GridRow[], messages = new Map<string, FieldMessage[]>()): Tag[] {
  const ctx = { messages } as EditorContextValue;
  const html = renderToStaticMarkup(
    <EditorProvider value={ctx}>
      <PlanScheduleGrid rows={rows} caption="1.3. План-график по сфере" onSet={() => {}} />
    </EditorProvider>,
  );
  return [...html.matchAll(/<(tr|td|th|table)\b([^>]*)>/g)].map((m) => ({
    tag: m[1],
    attrs: Object.fromEntries([...m[2].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  }));
}

beforeAll(async () => {
  await i18n.changeLanguage('ru');
});

describe('the plan-schedule grid of a large sector', () => {
  const rows = rowsOf(500); // 667 rows
  let tags: Tag[] = [];
  let caseRows: Tag[] = [];
  beforeAll(() => {
    tags = render(rows);
    caseRows = tags.filter((t) => t.tag === 'tr' && t.attrs['data-row'] !== undefined);
  });

  it('tells assistive technology the full size: header rows + every case row', () => {
    const grid = tags.find((t) => t.tag === 'table');
    expect(grid?.attrs.role).toBe('grid');
    expect(grid?.attrs['aria-rowcount']).toBe(String(rows.length + 2));
    expect(
      tags
        .filter((t) => t.tag === 'tr' && t.attrs['aria-rowindex'])
        .slice(0, 3)
        .map((t) => t.attrs['aria-rowindex']),
    ).toEqual(['1', '2', '3']);
  });

  it('renders only a window of rows, with one spacer standing for the rest', () => {
    expect(caseRows.length).toBeGreaterThan(10);
    // The first render holds the rows of the assumed viewport (720 px at 33 px a row), no more:
    // the rows beyond its edges come in the frame after the first paint.
    expect(caseRows.length).toBeLessThanOrEqual(Math.ceil(720 / 33) + 1);
    expect(caseRows.map((t) => Number(t.attrs['aria-rowindex']))).toEqual(caseRows.map((_, i) => i + 3));
    const gaps = tags.filter((t) => t.tag === 'tr' && t.attrs.class === 'ed-grid-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0].attrs['aria-hidden']).toBe('true');
    const height = Number(/height:([\d.]+)px/.exec(gaps[0].attrs.style)?.[1]);
    expect(height).toBe((rows.length - caseRows.length) * 33);
  });

  it('keeps one tab stop, on the first cell, and names every cell', () => {
    const cells = tags.filter((t) => t.attrs.role === 'gridcell');
    expect(cells).toHaveLength(caseRows.length * 20);
    expect(cells.filter((t) => t.attrs.tabindex === '0').map((t) => t.attrs['data-path'])).toEqual([
      'sectors.0.cases.0.schedule.0',
    ]);
    expect(cells[0].attrs['aria-label']).toBe('Кейс 1 — 2025 I кв.: R');
    expect(cells[1].attrs['aria-label']).toBe('Кейс 1 — 2025 II кв.: пусто');
    // The label is filled in per cell from the message interpolated once: the last year, the
    // fourth quarter, in every language.
    expect(cells[19].attrs['aria-label']).toBe('Кейс 1 — 2029 IV кв.: пусто');
  });
});

describe('the plan-schedule grid of a small sector', () => {
  it('renders every row and no spacer', () => {
    const rows = rowsOf(4);
    const tags = render(rows);
    expect(tags.filter((t) => t.tag === 'tr' && t.attrs['data-row'] !== undefined)).toHaveLength(rows.length);
    expect(tags.some((t) => t.attrs.class === 'ed-grid-gap')).toBe(false);
    // A heavier line below the last row of each case but the last; a split case's rows stay together.
    expect(tags.filter((t) => t.tag === 'tr' && t.attrs['data-row']).map((t) => t.attrs.class ?? '')).toEqual(
      ['ed-grid-case-end', 'ed-grid-case-end', '', 'ed-grid-case-end', ''],
    );
  });

  it('marks a cell a finding points at', () => {
    const messages = new Map<string, FieldMessage[]>([
      [
        'sectors.0.cases.1.schedule.3',
        [{ severity: 'blocking', text: 'Код D раньше кода R', locales: [], code: 'schedule.order' }],
      ],
    ]);
    const cell = render(rowsOf(2), messages).find(
      (t) => t.attrs['data-path'] === 'sectors.0.cases.1.schedule.3',
    );
    expect(cell?.attrs['aria-invalid']).toBe('true');
    expect(cell?.attrs.class).toContain('ed-cell-error');
    expect(cell?.attrs['aria-label']).toBe('Кейс 2 — 2025 IV кв.: пусто. Код D раньше кода R');
  });
});

describe('cell names', () => {
  it('take a case name as it is, whatever characters it holds', () => {
    const [row] = rowsOf(1);
    const odd = { ...row, label: 'Кейс $& $1 {{year}} \u0002' };
    const cells = render([odd]).filter((t) => t.attrs.role === 'gridcell');
    expect(cells[0].attrs['aria-label']).toBe('Кейс $&amp; $1 {{year}} \u0002 — 2025 I кв.: R');
  });

  it('follow the UI language', async () => {
    await i18n.changeLanguage('kk');
    try {
      const cells = render(rowsOf(1)).filter((t) => t.attrs.role === 'gridcell');
      expect(cells[1].attrs['aria-label']).toBe('Кейс 1 — 2025 II тқ: бос');
    } finally {
      await i18n.changeLanguage('ru');
    }
  });
});
