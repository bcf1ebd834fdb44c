import type { FieldIssue } from '../errors.ts';
import type { LocalizedText } from '../locale.ts';
import type { Attachments, Indicator, Sector } from '../map/map.schema.ts';

/**
 * The indicators of a map that the monitoring measures, each under a stable key built from its
 * JSON path: a sector's key indicators (F 1.1), the target indicators of the priority directions
 * (R.18, R.25) and the DT performance indicators with their R.19 criterion. Item ids are unique
 * only within their list (two sectors may both have 'ind1'), so the key carries the container.
 */

export const INDICATOR_KINDS = ['sector', 'priority_direction', 'performance'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export interface MonitoredIndicator {
  /** 'sector:<sectorId>:<id>', 'priority_direction:<directionId>:<id>' or 'performance:<id>'. */
  key: string;
  kind: IndicatorKind;
  /** The sector or priority direction holding it; null for a performance indicator. */
  containerId: string | null;
  containerName: LocalizedText | null;
  indicator: Indicator;
  /** R.19 criterion (1–5) of a performance indicator; null otherwise or when not set. */
  criterion: number | null;
}

/** The key of an indicator. */
export function indicatorKey(kind: IndicatorKind, containerId: string | null, id: string): string {
  return kind === 'performance' ? `performance:${id}` : `${kind}:${containerId}:${id}`;
}

const KEY_PATTERN =
  /^(sector|priority_direction):([A-Za-z0-9_-]{1,64}):([A-Za-z0-9_-]{1,64})$|^performance:([A-Za-z0-9_-]{1,64})$/;

/** The parts of a key, or null when it is not one. */
export function parseIndicatorKey(
  key: string,
): { kind: IndicatorKind; containerId: string | null; indicatorId: string } | null {
  const m = KEY_PATTERN.exec(key);
  if (!m) return null;
  if (m[4]) return { kind: 'performance', containerId: null, indicatorId: m[4] };
  return { kind: m[1] as IndicatorKind, containerId: m[2]!, indicatorId: m[3]! };
}

/**
 * What the monitoring reads of a map's indicators: a whole MapDocument fits, and so does the
 * projection the national view loads instead of the whole document (national.queries.ts).
 */
export interface IndicatorSource {
  sectors: readonly Pick<Sector, 'id' | 'name' | 'indicators'>[];
  attachments: Pick<Attachments, 'priorityDirections' | 'performanceIndicators'>;
}

/** Every indicator of the map, in the order of the document: sectors, priority directions, performance. */
export function monitoredIndicators(doc: IndicatorSource): MonitoredIndicator[] {
  const out: MonitoredIndicator[] = [];
  for (const s of doc.sectors)
    for (const indicator of s.indicators)
      out.push({
        key: indicatorKey('sector', s.id, indicator.id),
        kind: 'sector',
        containerId: s.id,
        containerName: s.name,
        indicator,
        criterion: null,
      });
  for (const d of doc.attachments.priorityDirections)
    for (const indicator of d.indicators)
      out.push({
        key: indicatorKey('priority_direction', d.id, indicator.id),
        kind: 'priority_direction',
        containerId: d.id,
        containerName: d.name,
        indicator,
        criterion: null,
      });
  for (const indicator of doc.attachments.performanceIndicators)
    out.push({
      key: indicatorKey('performance', null, indicator.id),
      kind: 'performance',
      containerId: null,
      containerName: null,
      indicator,
      criterion: indicator.criterion,
    });
  return out;
}

/** The largest magnitude a value may have (the map's own numbers are bounded the same way). */
export const MAX_ABS_VALUE = 1e15;

/** One row of actual values as it arrives (from the API now, from an XLSX file later): unchecked. */
export interface ActualRowInput {
  key: unknown;
  value?: unknown;
  /** The unit the sender meant, if it says; it must be the indicator's. */
  unit?: unknown;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Checks rows of actual values against the map's indicators, every row, so the sender learns all
 * that is wrong at once: the key names an indicator of the map, appears once, the value is a
 * finite number (not a string, NaN or Infinity — the unit is the indicator's, so only the number
 * is sent) within ±MAX_ABS_VALUE, and a stated unit is the indicator's (in any of its languages).
 * Paths are `[...prefix, rowIndex, field]`; params name the row (1-based) and the field.
 */
export function checkActualRows(
  rows: readonly ActualRowInput[],
  indicators: readonly MonitoredIndicator[],
  prefix: (string | number)[] = [],
): FieldIssue[] {
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  rows.forEach((r, i) => {
    const at = (field: string, rule: string, extra: Record<string, string | number> = {}) =>
      issues.push({ path: [...prefix, i, field], rule, params: { row: i + 1, field, ...extra } });
    const key = typeof r.key === 'string' ? r.key : '';
    const found = byKey.get(key);
    if (!found) at('key', 'unknown_indicator', { key });
    else if (seen.has(key)) at('key', 'duplicate_row', { key });
    seen.add(key);
    if (r.value === undefined || r.value === null || r.value === '') at('value', 'value_required');
    else if (typeof r.value !== 'number' || !Number.isFinite(r.value)) at('value', 'not_a_number');
    else if (Math.abs(r.value) > MAX_ABS_VALUE) at('value', 'out_of_range', { maximum: MAX_ABS_VALUE });
    if (found && r.unit !== undefined && r.unit !== null && r.unit !== '') {
      const unit = found.indicator.unit;
      const accepted = [unit.kk, unit.ru, unit.en ?? ''].filter((u) => u.trim()).map(norm);
      if (typeof r.unit !== 'string' || !accepted.includes(norm(r.unit)))
        at('unit', 'unit_mismatch', {
          given: String(r.unit),
          expected: [...new Set([unit.kk, unit.ru].filter((u) => u.trim()))].join(' / '),
        });
    }
  });
  return issues;
}
