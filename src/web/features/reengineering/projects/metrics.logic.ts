import { METRIC_KEYS, type MetricKey } from '../../../../domain/bpmn/bpmn.metrics.ts';
import type { ModelKind } from './project.logic.ts';

/**
 * The justification's comparison (R.36.2): each metric of the as-is, target and optimal models
 * side by side with the change from the as-is one. Lower is better for every metric.
 */

export interface MetricValue {
  count: number;
  ids: string[];
}

export interface VariantMetrics {
  kind: string;
  metrics: Record<string, MetricValue>;
}

export type DeltaTone = 'better' | 'worse' | 'same';

export interface MetricCell {
  kind: ModelKind;
  value: MetricValue | null;
  /** value − as-is value (null for the as-is column or when either side is missing). */
  delta: number | null;
  tone: DeltaTone | null;
}

export interface MetricRow {
  key: MetricKey;
  cells: Record<ModelKind, MetricCell>;
}

export const deltaTone = (delta: number): DeltaTone => (delta < 0 ? 'better' : delta > 0 ? 'worse' : 'same');

/** "−3", "+2", "0" with a typographic minus. */
export const formatDelta = (delta: number): string =>
  delta < 0 ? `−${Math.abs(delta)}` : delta > 0 ? `+${delta}` : '0';

const metricOf = (
  variants: readonly VariantMetrics[],
  kind: ModelKind,
  key: MetricKey,
): MetricValue | null => {
  const m = variants.find((v) => v.kind === kind)?.metrics[key];
  return m ? { count: m.count, ids: [...m.ids] } : null;
};

/** One row per metric (METRIC_KEYS order); a kind with no saved model has empty cells. */
export function metricRows(variants: readonly VariantMetrics[]): MetricRow[] {
  return METRIC_KEYS.map((key) => {
    const asIs = metricOf(variants, 'as_is', key);
    const cell = (kind: ModelKind): MetricCell => {
      const value = metricOf(variants, kind, key);
      if (kind === 'as_is' || !value || !asIs) return { kind, value, delta: null, tone: null };
      const delta = value.count - asIs.count;
      return { kind, value, delta, tone: deltaTone(delta) };
    };
    return { key, cells: { as_is: cell('as_is'), target: cell('target'), optimal: cell('optimal') } };
  });
}

/** How many metrics a variant improves and worsens against the as-is one. */
export function improvementSummary(rows: readonly MetricRow[], kind: 'target' | 'optimal') {
  let better = 0;
  let worse = 0;
  for (const r of rows) {
    if (r.cells[kind].tone === 'better') better++;
    if (r.cells[kind].tone === 'worse') worse++;
  }
  return { better, worse };
}
