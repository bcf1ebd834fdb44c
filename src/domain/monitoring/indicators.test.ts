import { describe, expect, it } from 'vitest';
import { validMapDocument } from '../map/map.fixture.ts';
import { checkActualRows, indicatorKey, monitoredIndicators, parseIndicatorKey } from './indicators.ts';

const doc = validMapDocument();
const indicators = monitoredIndicators(doc);

describe('monitoredIndicators', () => {
  it('lists sector, priority-direction and performance indicators under keys built from their path', () => {
    expect(indicators.map((i) => i.key)).toEqual([
      'sector:s1:ind1',
      'sector:s1:ind2',
      'priority_direction:pd1:pdi1',
      'performance:pi1',
      'performance:pi2',
      'performance:pi3',
      'performance:pi4',
      'performance:pi5',
    ]);
    expect(indicators.find((i) => i.key === 'performance:pi3')).toMatchObject({
      criterion: 3,
      containerId: null,
    });
    expect(indicators[2]).toMatchObject({ kind: 'priority_direction', containerId: 'pd1', criterion: null });
  });

  it('keeps two sectors’ indicators with the same id apart', () => {
    const two = validMapDocument();
    two.sectors.push({ ...structuredClone(two.sectors[0]!), id: 's2' });
    const keys = monitoredIndicators(two).map((i) => i.key);
    expect(keys).toContain('sector:s1:ind1');
    expect(keys).toContain('sector:s2:ind1');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads a key back', () => {
    expect(parseIndicatorKey('sector:s1:ind1')).toEqual({
      kind: 'sector',
      containerId: 's1',
      indicatorId: 'ind1',
    });
    expect(parseIndicatorKey('performance:pi1')).toEqual({
      kind: 'performance',
      containerId: null,
      indicatorId: 'pi1',
    });
    expect(parseIndicatorKey(indicatorKey('priority_direction', 'pd1', 'x_1'))).toMatchObject({
      indicatorId: 'x_1',
    });
    for (const bad of ['', 'sector:s1', 'performance:a:b', 'other:s1:i', 'sector:s 1:i'])
      expect(parseIndicatorKey(bad)).toBeNull();
  });
});

describe('checkActualRows', () => {
  it('accepts finite numbers for known indicators, with or without the indicator unit', () => {
    expect(
      checkActualRows(
        [
          { key: 'sector:s1:ind1', value: 58 },
          { key: 'performance:pi1', value: 74.7, unit: '%' },
          { key: 'sector:s1:ind2', value: 0, unit: ' % ' },
          { key: 'priority_direction:pd1:pdi1', value: -1e15, unit: '%' },
        ],
        indicators,
      ),
    ).toEqual([]);
  });

  it('names the row and the field of every bad row: not a number, NaN, Infinity, missing, unknown, wrong unit', () => {
    const issues = checkActualRows(
      [
        { key: 'sector:s1:ind1', value: '58' },
        { key: 'sector:s1:ind2', value: Number.NaN },
        { key: 'performance:pi1', value: Number.POSITIVE_INFINITY },
        { key: 'performance:pi2' },
        { key: 'performance:nope', value: 1 },
        { key: 'sector:s1:ind1', value: 1 },
        { key: 'sector:s1:ind1x', value: 2e15 },
        { key: 'priority_direction:pd1:pdi1', value: 3, unit: 'шт.' },
      ],
      indicators,
      ['body', 'actuals'],
    );
    expect(issues.map((i) => [i.path.join('.'), i.rule, i.params?.row])).toEqual([
      ['body.actuals.0.value', 'not_a_number', 1],
      ['body.actuals.1.value', 'not_a_number', 2],
      ['body.actuals.2.value', 'not_a_number', 3],
      ['body.actuals.3.value', 'value_required', 4],
      ['body.actuals.4.key', 'unknown_indicator', 5],
      ['body.actuals.5.key', 'duplicate_row', 6],
      ['body.actuals.6.key', 'unknown_indicator', 7],
      ['body.actuals.6.value', 'out_of_range', 7],
      ['body.actuals.7.unit', 'unit_mismatch', 8],
    ]);
    expect(issues.at(-1)!.params).toMatchObject({ field: 'unit', given: 'шт.', expected: '%' });
  });
});
