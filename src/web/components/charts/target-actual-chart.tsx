import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../domain/locale.ts';
import { useLocale } from '../ui/use-locale.ts';
import type { Translate } from './chart.logic.ts';
import { ChartFrame } from './chart-frame.tsx';
import { NoValue } from './no-value.tsx';
import {
  baselineText,
  type TargetActualInput,
  type TargetActualSeries,
  targetActualLegend,
  targetActualOption,
  targetActualRows,
  targetActualSummary,
  withUnit,
} from './target-actual-chart.logic.ts';
import { useReducedMotion } from './use-reduced-motion.ts';

export interface TargetActualChartProps {
  title: string;
  /** The indicator's unit as written after a number: «%», «услуг», «days». */
  unit: string;
  years: readonly (number | string)[];
  series: TargetActualSeries;
  /** The language numbers are written in (default: the UI language). */
  locale?: Locale;
  titleLevel?: 2 | 3 | 4 | 5;
  height?: number;
}

/** The series' mark as drawn: a bar, a line with a diamond, a dashed line. */
function LegendMark({ kind, color }: { kind: 'actual' | 'target' | 'baseline'; color: string }) {
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      {kind === 'actual' && <rect x="5" y="1" width="12" height="12" rx="1.5" fill={color} />}
      {kind === 'target' && (
        <>
          <line x1="0" y1="7" x2="22" y2="7" stroke={color} strokeWidth="2.5" />
          <path d="M11 1.5 L16.5 7 L11 12.5 L5.5 7 Z" fill={color} stroke="#ffffff" strokeWidth="1.2" />
        </>
      )}
      {kind === 'baseline' && (
        <line x1="0" y1="7" x2="22" y2="7" stroke={color} strokeWidth="2" strokeDasharray="5 3" />
      )}
    </svg>
  );
}

/** Targets (a line) and actual values (bars) of one indicator per year, with its table view. */
export function TargetActualChart(props: TargetActualChartProps) {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const reducedMotion = useReducedMotion();
  const locale = props.locale ?? uiLocale;
  const { title, unit, years, series } = props;
  const tr: Translate = t;
  const input: TargetActualInput = useMemo(
    () => ({ title, unit, years, series, locale }),
    [title, unit, years, series, locale],
  );
  const option = useMemo(
    () => targetActualOption(input, tr, { animate: !reducedMotion }),
    [input, tr, reducedMotion],
  );
  const baseline = baselineText(input, tr);
  const rows = targetActualRows(input);
  // Only the chart needs a legend: the table's headers name its columns.
  const legend = (tableShown: boolean) =>
    tableShown ? null : (
      <ul className="dtm-chart-legend" aria-label={t('chart.legend')}>
        {targetActualLegend(input, tr).map((item) => (
          <li key={item.key}>
            <LegendMark kind={item.key} color={item.color} />
            {item.label}
          </li>
        ))}
      </ul>
    );
  const table = () => (
    <table className="dtm-chart-table">
      <caption>
        <span className="dtm-chart__sr-only">{title}. </span>
        {baseline}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.year')}</th>
          <th scope="col">{withUnit(t('chart.target'), unit, tr)}</th>
          <th scope="col">{withUnit(t('chart.actual'), unit, tr)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.year}>
            <th scope="row">{r.year}</th>
            <td className="dtm-chart-table__number">{r.target || <NoValue />}</td>
            <td className="dtm-chart-table__number">{r.actual || <NoValue />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      title={title}
      titleLevel={props.titleLevel}
      summary={targetActualSummary(input, tr)}
      option={option}
      height={props.height ?? 320}
      table={table}
      legend={legend}
    />
  );
}
