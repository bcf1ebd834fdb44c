import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import ru from '../../locales/ru.json';
import { contrastRatio, escapeHtml, SERIES_COLORS, type Translate } from './chart.logic.ts';
import {
  baselineText,
  type TargetActualInput,
  targetActualLegend,
  targetActualOption,
  targetActualRows,
  targetActualSummary,
  withUnit,
} from './target-actual-chart.logic.ts';

/** A translate function over the app catalog, interpolating {{values}} like i18next. */
const translator =
  (catalog: Record<string, string>): Translate =>
  (key, values = {}) =>
    (catalog[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
const tEn = translator(en);
const tRu = translator(ru);

const input = (over: Partial<TargetActualInput> = {}): TargetActualInput => ({
  title: 'Share of services online',
  unit: '%',
  years: [2024, 2025, 2026, 2027],
  series: { target: [40, 55, 70, 85], actual: [38.5, 1234.25, null, null], baseline: 30 },
  locale: 'ru',
  ...over,
});

describe('target/actual table view', () => {
  it('has one row per year with numbers in the reader format and blanks where nothing is known', () => {
    expect(targetActualRows(input())).toEqual([
      { year: '2024', target: '40', actual: '38,5' },
      { year: '2025', target: '55', actual: '1\u00a0234,25' },
      { year: '2026', target: '70', actual: '' },
      { year: '2027', target: '85', actual: '' },
    ]);
    expect(targetActualRows(input({ locale: 'en' }))[1].actual).toBe('1,234.25');
  });

  it('tolerates series shorter than the years and non-finite values', () => {
    const rows = targetActualRows(input({ series: { target: [1], actual: [Number.NaN, 2] } }));
    expect(rows.map((r) => [r.target, r.actual])).toEqual([
      ['1', ''],
      ['', '2'],
      ['', ''],
      ['', ''],
    ]);
  });

  it('puts the unit into the column headers', () => {
    expect(withUnit('Target', '%', tEn)).toBe('Target, %');
    expect(withUnit('Target', '  ', tEn)).toBe('Target');
  });
});

describe('target/actual summary (the chart aria-label)', () => {
  it('names the years, the latest actual with its target, and the baseline', () => {
    expect(targetActualSummary(input({ locale: 'en' }), tEn)).toBe(
      'Share of services online: target and actual values by year, 2024–2027. ' +
        'Latest actual value: 1,234.25% in 2025, target 55%. Baseline: 30%.',
    );
    expect(targetActualSummary(input(), tRu)).toBe(
      'Share of services online: целевые и фактические значения по годам, 2024–2027. ' +
        'Последнее фактическое значение: 1\u00a0234,25\u00a0% за 2025 год, цель — 55\u00a0%. ' +
        'Базовое значение: 30\u00a0%.',
    );
  });

  it('says when no actual value is reported, or when the latest year has no target', () => {
    const none = input({ locale: 'en', series: { target: [1, 2, 3, 4], actual: [null, null] } });
    expect(targetActualSummary(none, tEn)).toContain('No actual values have been reported yet.');
    expect(baselineText(none, tEn)).toBe('');
    const noTarget = input({ locale: 'en', series: { target: [1], actual: [null, 5] } });
    expect(targetActualSummary(noTarget, tEn)).toContain('5% in 2025; no target is set for that year.');
  });

  it('does not end a sentence twice after a unit with a full stop', () => {
    const summary = targetActualSummary(input({ unit: 'тыс.', locale: 'en' }), tEn);
    expect(summary).toContain('target 55\u00a0тыс. Baseline: 30\u00a0тыс.');
    expect(summary).not.toContain('..');
  });

  it('says there is no data when there are no years', () => {
    expect(targetActualSummary(input({ years: [] }), tEn)).toBe('Share of services online: no data yet.');
  });
});

describe('target/actual ECharts option', () => {
  type Series = { type: string; name: string; data: (number | null)[] };
  const seriesOf = (o: ReturnType<typeof targetActualOption>) => o.series as Series[];

  it('draws actuals as bars, targets as a line and the baseline flat across the years', () => {
    const option = targetActualOption(input({ locale: 'en' }), tEn);
    const [actual, target, labels, baseline] = seriesOf(option);
    expect([actual.type, actual.name, actual.data]).toEqual(['bar', 'Actual', [38.5, 1234.25, null, null]]);
    expect([labels.type, labels.name, labels.data]).toEqual(['bar', undefined, actual.data]);
    expect([target.type, target.name, target.data]).toEqual(['line', 'Target', [40, 55, 70, 85]]);
    expect([baseline.type, baseline.name, baseline.data]).toEqual(['line', 'Baseline', [30, 30, 30, 30]]);
    expect(targetActualLegend(input(), tEn).map((l) => l.label)).toEqual(['Actual', 'Target', 'Baseline']);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2024', '2025', '2026', '2027']);
  });

  it('leaves the baseline out of the chart and the legend when there is none', () => {
    const option = targetActualOption(input({ series: { target: [1], actual: [2], baseline: null } }), tEn);
    expect(seriesOf(option).map((s) => s.name)).toEqual(['Actual', 'Target', undefined]);
    const noBaseline = input({ series: { target: [1], actual: [2], baseline: null } });
    expect(targetActualLegend(noBaseline, tEn).map((l) => l.key)).toEqual(['actual', 'target']);
  });

  it('writes the actual values above everything else, without a tooltip or legend entry of their own', () => {
    const labels = (targetActualOption(input(), tRu).series as Record<string, unknown>[])[2] as {
      z: number;
      tooltip: { show: boolean };
      label: { formatter: (p: unknown) => string };
    };
    const line = (targetActualOption(input(), tRu).series as { z: number }[])[1];
    expect(labels.z).toBeGreaterThan(line.z);
    expect(labels.tooltip.show).toBe(false);
    expect(labels.label.formatter({ value: 1234.25 })).toBe('1\u00a0234,25');
    expect(labels.label.formatter({ value: null })).toBe('');
  });

  it('formats axis labels and tooltips in the reader language and escapes names', () => {
    const option = targetActualOption(input(), tRu, { animate: false });
    expect(option.animation).toBe(false);
    const axis = option.yAxis as { name: string; axisLabel: { formatter: (v: number) => string } };
    expect(axis.name).toBe('%');
    expect(axis.axisLabel.formatter(12500.5)).toBe('12\u00a0500,5');
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = tooltip([
      { axisValueLabel: '2025', seriesName: 'Факт <b>', value: 1234.25, color: '#b35900' },
      { axisValueLabel: '2025', seriesName: 'Цель', value: null, color: '#1f4e8c' },
      { axisValueLabel: '2025', seriesId: 'actual-labels', seriesName: 'series2', value: 1234.25 },
    ]);
    expect(html).not.toContain('series2');
    expect(html).toContain('<strong>2025</strong>');
    expect(html).toContain('Факт &lt;b&gt;: <strong>1\u00a0234,25\u00a0%</strong>');
    expect(html).toContain('Цель: <strong>нет данных</strong>');
  });
});

describe('chart colours', () => {
  it('keep every series at least 3:1 against the white background (WCAG 1.4.11)', () => {
    for (const color of Object.values(SERIES_COLORS))
      expect(contrastRatio(color, '#ffffff'), color).toBeGreaterThanOrEqual(3);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('escapes HTML for tooltips', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
    );
  });
});
