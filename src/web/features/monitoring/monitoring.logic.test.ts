import { describe, expect, it } from 'vitest';
import type { MapSummaryOut } from '../../../api/maps.ts';
import type { ReportOut } from '../../../api/monitoring.ts';
import {
  actualsPayload,
  cellKey,
  cellsOfQuarter,
  cellsPayload,
  deviation,
  dirtyKeys,
  draftsFromReport,
  EVIDENCE_ACCEPT,
  EXECUTION_COLOR,
  evidenceTypeOf,
  indicatorSeries,
  isStale,
  ownMapInForce,
  parseValue,
  quarterOf,
  rowErrors,
  STATUS_COLOR,
  TERM_COLOR,
} from './monitoring.logic.ts';

const text = (ru: string) => ({ kk: ru, ru, en: ru });
const indicator = (key: string, actual: { value: number; revision: number } | null) =>
  ({
    key,
    name: text(key),
    unit: text('%'),
    actual: actual
      ? {
          value: actual.value,
          valueDate: '2026-03-31',
          source: 'stat',
          comment: '',
          evidence: null,
          revision: actual.revision,
          updatedAt: '2026-04-01T00:00:00Z',
          updatedBy: null,
        }
      : null,
  }) as unknown as ReportOut['indicators'][number];

describe('form rows ↔ payload', () => {
  const report = {
    indicators: [indicator('performance:a', { value: 12.5, revision: 2 }), indicator('performance:b', null)],
  };

  it('makes one row per indicator with its revision', () => {
    expect(draftsFromReport(report)).toEqual([
      {
        key: 'performance:a',
        value: '12.5',
        valueDate: '2026-03-31',
        source: 'stat',
        comment: '',
        evidence: null,
        baseRevision: 2,
      },
      {
        key: 'performance:b',
        value: '',
        valueDate: '',
        source: '',
        comment: '',
        evidence: null,
        baseRevision: 0,
      },
    ]);
  });

  it('sends only changed rows, with the revision they were based on; a blank new row is left out', () => {
    const original = draftsFromReport(report);
    expect(actualsPayload(original, original)).toEqual({ actuals: [] });
    const drafts = original.map((d) =>
      d.key === 'performance:b' ? { ...d, value: '1 234,5', source: ' Росстат ' } : d,
    );
    expect(dirtyKeys(drafts, original)).toEqual(['performance:b']);
    expect(actualsPayload(drafts, original)).toEqual({
      actuals: [{ key: 'performance:b', value: 1234.5, source: 'Росстат', comment: '', baseRevision: 0 }],
    });
    const edited = original.map((d) => (d.key === 'performance:a' ? { ...d, value: '13' } : d));
    expect(actualsPayload(edited, original).actuals).toEqual([
      {
        key: 'performance:a',
        value: 13,
        valueDate: '2026-03-31',
        source: 'stat',
        comment: '',
        baseRevision: 2,
      },
    ]);
  });

  it('sends a picked evidence file with its row; a file alone makes the row changed', () => {
    const original = draftsFromReport(report);
    const evidence = { name: 'акт.pdf', type: 'application/pdf', contentBase64: 'JVBERi0=' } as const;
    const drafts = original.map((d) => (d.key === 'performance:a' ? { ...d, evidence } : d));
    expect(dirtyKeys(drafts, original)).toEqual(['performance:a']);
    expect(actualsPayload(drafts, original).actuals).toEqual([
      expect.objectContaining({ key: 'performance:a', value: 12.5, evidence, baseRevision: 2 }),
    ]);
  });

  it('takes the evidence type from the browser, else from the extension; refuses others', () => {
    expect(evidenceTypeOf({ name: 'a.bin', type: 'application/pdf' })).toBe('application/pdf');
    expect(evidenceTypeOf({ name: 'Скан.JPG', type: '' })).toBe('image/jpeg');
    expect(evidenceTypeOf({ name: 'отчёт.xlsx', type: 'application/octet-stream' })).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(evidenceTypeOf({ name: 'script.exe', type: 'application/x-msdownload' })).toBeNull();
    expect(EVIDENCE_ACCEPT).toContain('.pdf');
  });

  it('reads decimal commas and leaves text as typed for the server to refuse per row', () => {
    expect(parseValue(' 12,75 ')).toBe(12.75);
    expect(parseValue('-3')).toBe(-3);
    expect(parseValue('1e3')).toBe(1000);
    expect(parseValue('12 %')).toBe('12 %');
    expect(parseValue('abc')).toBe('abc');
    expect(parseValue('')).toBe('');
  });
});

describe('per-row errors', () => {
  it('maps issues by the key of the row sent at their index; others go under ""', () => {
    const body = {
      issues: [
        { path: ['body', 'actuals', 1, 'value'], rule: 'not_a_number', message: 'Строка 2: не число' },
        { path: ['body', 'actuals', 1, 'unit'], rule: 'unit_mismatch', message: 'Строка 2: единица' },
        { path: ['params', 'period'], rule: 'quarter_only', message: 'Только квартал' },
      ],
    };
    expect(rowErrors(body, ['performance:a', 'performance:b'])).toEqual({
      'performance:b': [
        { field: 'value', message: 'Строка 2: не число' },
        { field: 'unit', message: 'Строка 2: единица' },
      ],
      '': [{ field: '', message: 'Только квартал' }],
    });
    expect(rowErrors(undefined, [])).toEqual({});
  });

  it('tells a stale batch (409) from other refusals', () => {
    expect(isStale(409, 'monitoring.actual_conflict')).toBe(true);
    expect(isStale(409, 'monitoring.period_locked')).toBe(false);
    expect(isStale(400, 'monitoring.rows_invalid')).toBe(false);
  });
});

describe('colours', () => {
  it('colours every status, state and outcome', () => {
    expect(STATUS_COLOR).toMatchObject({ on_track: 'success', at_risk: 'warning', off_track: 'error' });
    expect(EXECUTION_COLOR.late).toBe('error');
    expect(TERM_COLOR).toEqual({ met: 'success', missed: 'error', pending: 'processing' });
  });
});

describe('cells of the quarter', () => {
  const cell = (over: Partial<ReportOut['cells'][number]>) =>
    ({
      caseId: 'c1',
      processId: null,
      quarter: 0,
      year: 2026,
      q: 1,
      code: 'D',
      state: 'not_started',
      source: 'plan',
      reported: null,
      ...over,
    }) as ReportOut['cells'][number];

  it('keeps the period quarter and saves changed reportable cells only', () => {
    const cells = [
      cell({}),
      cell({ caseId: 'c2', source: 'project', code: 'R' }),
      cell({ caseId: 'c3', reported: 'done', source: 'report' }),
      cell({ caseId: 'c4', q: 2, quarter: 1 }),
    ];
    expect(quarterOf('2026-Q1')).toEqual({ year: 2026, q: 1 });
    expect(quarterOf('2026')).toBeNull();
    const q1 = cellsOfQuarter(cells, '2026-Q1');
    expect(q1.map((c) => c.caseId)).toEqual(['c1', 'c2', 'c3']);
    expect(cellsOfQuarter(cells, '2026')).toEqual([]);
    const drafts = {
      [cellKey(q1[0]!)]: { state: 'in_progress', comment: '' },
      [cellKey(q1[1]!)]: { state: 'done', comment: '' },
      [cellKey(q1[2]!)]: { state: 'done', comment: '' },
    } as const;
    expect(cellsPayload(q1, drafts)).toEqual({
      cells: [{ caseId: 'c1', processId: null, quarter: 0, state: 'in_progress', comment: '' }],
    });
    // A comment alone is a change too, sent trimmed.
    const commented = {
      ...drafts,
      [cellKey(q1[2]!)]: { state: 'done', comment: ' Акт приёмки № 5 ' },
    } as const;
    expect(cellsPayload(q1, commented).cells.map((c) => [c.caseId, c.comment])).toEqual([
      ['c1', ''],
      ['c3', 'Акт приёмки № 5'],
    ]);
  });
});

describe('entry and numbers', () => {
  it('picks the own body map whose latest version is in force', () => {
    const m = (id: string, orgId: string, status: string) =>
      ({ id, organisation: { id: orgId }, latestVersion: { status } }) as unknown as MapSummaryOut;
    const maps = [m('1', 'other', 'published'), m('2', 'own', 'draft'), m('3', 'own', 'approved')];
    expect(ownMapInForce(maps, 'own')?.id).toBe('3');
    expect(ownMapInForce([m('2', 'own', 'draft')], 'own')).toBeNull();
  });

  it('deviation is actual − target, none without either', () => {
    expect(deviation(10, 12.5)).toBe(2.5);
    expect(deviation(0.3, 0.1)).toBe(-0.2);
    expect(deviation(null, 1)).toBeNull();
  });
});

describe('the chart series of an indicator', () => {
  it('lines targets and actuals up with the years, gaps as null, with the baseline', () => {
    const years = [2025, 2026, 2027];
    const series = indicatorSeries(
      {
        baselineValue: 40,
        years: [
          { year: 2025, target: 50, actual: 48, period: '2025', expected: 50, status: 'at_risk' },
          { year: 2027, target: 70, actual: null, period: null, expected: 70, status: 'not_reported' },
        ],
      },
      years,
    );
    expect(series).toEqual({ target: [50, null, 70], actual: [48, null, null], baseline: 40 });
  });
});
