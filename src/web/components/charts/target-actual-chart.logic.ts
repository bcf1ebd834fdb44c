import type { EChartsCoreOption } from 'echarts/core';
import type { Locale } from '../../../domain/locale.ts';
import { formatNumber, formatQuantity } from '../ui/format.ts';
import {
  AXIS_LINE,
  escapeHtml,
  GRID_LINE,
  SERIES_COLORS,
  TEXT,
  TEXT_SECONDARY,
  type Translate,
} from './chart.logic.ts';

/** Targets and actuals of one indicator, one value per year (null: none set / not reported). */
export interface TargetActualSeries {
  target: readonly (number | null)[];
  actual: readonly (number | null)[];
  baseline?: number | null;
}

export interface TargetActualInput {
  title: string;
  unit: string;
  years: readonly (number | string)[];
  series: TargetActualSeries;
  locale: Locale;
}

/** One line of the table view: the year and the values as the reader writes them ('' for none). */
export interface TargetActualRow {
  year: string;
  target: string;
  actual: string;
}

const valueAt = (values: readonly (number | null)[], i: number): number | null => {
  const v = values[i];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** The table view: one row per year, numbers in the reader's format (the unit is in the header). */
export function targetActualRows(input: TargetActualInput): TargetActualRow[] {
  const { years, series, locale } = input;
  const text = (v: number | null) => (v === null ? '' : formatNumber(v, locale));
  return years.map((year, i) => ({
    year: String(year),
    target: text(valueAt(series.target, i)),
    actual: text(valueAt(series.actual, i)),
  }));
}

/** The baseline as a sentence for the table's caption and the summary ('' when there is none). */
export function baselineText(input: TargetActualInput, t: Translate): string {
  const b = input.series.baseline;
  if (typeof b !== 'number' || !Number.isFinite(b)) return '';
  return t('chart.targetActual.baseline', { value: formatQuantity(b, input.unit, input.locale) });
}

/**
 * What the chart shows, in words, for the chart's aria-label: the years covered, the latest actual
 * against its target, and the baseline. Whether more is better depends on the indicator, so the
 * summary states values and leaves judging to the domain's status rule.
 */
export function targetActualSummary(input: TargetActualInput, t: Translate): string {
  const { title, unit, years, series, locale } = input;
  if (years.length === 0) return t('chart.summaryEmpty', { title });
  const parts = [
    t('chart.targetActual.summary', {
      title,
      from: String(years[0]),
      to: String(years[years.length - 1]),
    }),
  ];
  let latest = -1;
  for (let i = years.length - 1; i >= 0 && latest < 0; i--)
    if (valueAt(series.actual, i) !== null) latest = i;
  if (latest < 0) parts.push(t('chart.targetActual.noActual'));
  else {
    const actual = formatQuantity(valueAt(series.actual, latest), unit, locale);
    const target = valueAt(series.target, latest);
    const year = String(years[latest]);
    parts.push(
      target === null
        ? t('chart.targetActual.latestNoTarget', { year, actual })
        : t('chart.targetActual.latest', { year, actual, target: formatQuantity(target, unit, locale) }),
    );
  }
  const baseline = baselineText(input, t);
  if (baseline) parts.push(baseline);
  // A unit ending in a full stop («тыс.», «ед.») must not end the sentence twice.
  return parts.map((p) => p.replace(/\.\.$/, '.')).join(' ');
}

/** The legend's entries (drawn in HTML under the chart, where long names wrap): actual, target, baseline. */
export function targetActualLegend(
  input: TargetActualInput,
  t: Translate,
): { key: 'actual' | 'target' | 'baseline'; label: string; color: string }[] {
  const b = input.series.baseline;
  return [
    { key: 'actual' as const, label: t('chart.actual'), color: SERIES_COLORS.actual },
    { key: 'target' as const, label: t('chart.target'), color: SERIES_COLORS.target },
    ...(typeof b === 'number' && Number.isFinite(b)
      ? [{ key: 'baseline' as const, label: t('chart.baseline'), color: SERIES_COLORS.baseline }]
      : []),
  ];
}

/** A column header with its unit: «Target, %». */
export const withUnit = (label: string, unit: string, t: Translate): string =>
  unit.trim() ? t('chart.withUnit', { label, unit: unit.trim() }) : label;

/** The id of the series that only carries the actual values' labels. */
const LABEL_SERIES = 'actual-labels';

interface AxisTooltipParam {
  seriesId?: string;
  axisValueLabel?: string;
  seriesName?: string;
  value?: unknown;
  color?: unknown;
}

/** The ECharts option: actual values as bars, targets as a line with diamonds, the baseline dashed. */
export function targetActualOption(
  input: TargetActualInput,
  t: Translate,
  options: { animate?: boolean } = {},
): EChartsCoreOption {
  const { unit, years, series, locale } = input;
  const names = { target: t('chart.target'), actual: t('chart.actual'), baseline: t('chart.baseline') };
  const clean = (values: readonly (number | null)[]) => years.map((_, i) => valueAt(values, i));
  const actual = clean(series.actual);
  const baseline =
    typeof series.baseline === 'number' && Number.isFinite(series.baseline) ? series.baseline : null;
  const quantity = (v: unknown) =>
    typeof v === 'number' ? formatQuantity(v, unit, locale) : t('chart.noValue');

  const tooltipFormatter = (raw: unknown) => {
    const params = ((Array.isArray(raw) ? raw : [raw]) as AxisTooltipParam[]).filter(
      (p) => p.seriesId !== LABEL_SERIES,
    );
    const head = `<strong>${escapeHtml(String(params[0]?.axisValueLabel ?? ''))}</strong>`;
    const lines = params.map((p) => {
      const color = typeof p.color === 'string' ? p.color : TEXT;
      const marker = `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${color}"></span>`;
      return `${marker}${escapeHtml(p.seriesName ?? '')}: <strong>${escapeHtml(quantity(p.value))}</strong>`;
    });
    return [head, ...lines].join('<br/>');
  };

  return {
    animation: options.animate ?? true,
    textStyle: { color: TEXT },
    // 'same': the axis labels and names fit inside these margins (ECharts 6's replacement of containLabel).
    grid: { left: 8, right: 16, top: 8, bottom: 4, outerBoundsMode: 'same' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: tooltipFormatter,
      textStyle: { color: TEXT },
    },
    xAxis: {
      type: 'category',
      data: years.map(String),
      axisLine: { lineStyle: { color: AXIS_LINE } },
      axisTick: { alignWithLabel: true },
      axisLabel: { color: TEXT_SECONDARY, fontSize: 13 },
    },
    yAxis: {
      type: 'value',
      name: unit.trim() || undefined,
      nameTextStyle: { color: TEXT_SECONDARY, align: 'left' },
      axisLabel: { color: TEXT_SECONDARY, formatter: (v: number) => formatNumber(v, locale) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        type: 'bar',
        name: names.actual,
        data: actual,
        barMaxWidth: 40,
        z: 2,
        itemStyle: { color: SERIES_COLORS.actual, borderRadius: [2, 2, 0, 0] },
      },
      {
        type: 'line',
        name: names.target,
        data: clean(series.target),
        symbol: 'diamond',
        symbolSize: 11,
        z: 3,
        lineStyle: { width: 2.5, color: SERIES_COLORS.target },
        itemStyle: { color: SERIES_COLORS.target, borderColor: '#ffffff', borderWidth: 1.5 },
      },
      // The actual values written over the bars, in a transparent twin of the bar series drawn above
      // the target line, so a target diamond never covers a number (a white halo keeps both legible).
      {
        id: LABEL_SERIES,
        type: 'bar',
        data: actual,
        barMaxWidth: 40,
        barGap: '-100%',
        z: 4,
        silent: true,
        tooltip: { show: false },
        itemStyle: { color: 'transparent' },
        emphasis: { disabled: true },
        label: {
          show: true,
          position: 'top',
          distance: 4,
          color: TEXT,
          fontSize: 12,
          textBorderColor: '#ffffff',
          textBorderWidth: 3,
          formatter: (p: { value?: unknown }) =>
            typeof p.value === 'number' ? formatNumber(p.value, locale) : '',
        },
      },
      ...(baseline === null
        ? []
        : [
            {
              type: 'line',
              name: names.baseline,
              data: years.map(() => baseline),
              symbol: 'none',
              z: 1,
              lineStyle: { width: 2, type: 'dashed', color: SERIES_COLORS.baseline },
              itemStyle: { color: SERIES_COLORS.baseline },
            },
          ]),
    ],
  };
}
