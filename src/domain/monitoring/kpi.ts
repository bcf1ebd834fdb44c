import { R19_CRITERIA } from '../map/map.schema.ts';
import { INDICATOR_STATUSES, type IndicatorStatus } from './indicator.status.ts';
import { comparePeriods, type Period, parsePeriod } from './period.ts';

/**
 * The deputy head's key performance indicator (R.25: "achieving the target indicators of the
 * priority directions of digital transformation is the KPI of the deputy head for digitalisation"),
 * computed the same way for every state body so the authorized body can compare them (R.28):
 *
 *     KPI = 100 × (target indicators of the priority directions on track in the period)
 *               / (target indicators of the priority directions with a target for the period's year)
 *
 * rounded to one decimal, where the period is the latest reported one (submitted or locked), and
 * "on track" is the status rule of indicator.status.ts. An indicator with a target but no actual
 * counts in the denominator (`not_reported` is not on track: an unreported value cannot raise the
 * KPI); one without a target for the year (`no_target`) is left out. No indicator with a target →
 * no KPI (null), never 0 or 100 by default.
 */

export type StatusCounts = Record<IndicatorStatus, number> & { total: number };

export const emptyCounts = (): StatusCounts => ({
  ...(Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as Record<IndicatorStatus, number>),
  total: 0,
});

/** How many of each status. */
export function countByStatus(statuses: readonly IndicatorStatus[]): StatusCounts {
  const out = emptyCounts();
  for (const s of statuses) {
    out[s]++;
    out.total++;
  }
  return out;
}

export interface Kpi {
  /** Percent with one decimal; null when no indicator has a target for the period. */
  value: number | null;
  onTrack: number;
  /** The denominator: indicators with a target for the period. */
  counted: number;
}

/** The KPI of R.25 from the statuses of the priority directions' target indicators in one period. */
export function deputyHeadKpi(statuses: readonly IndicatorStatus[]): Kpi {
  const counted = statuses.filter((s) => s !== 'no_target').length;
  const onTrack = statuses.filter((s) => s === 'on_track').length;
  return { value: counted ? Math.round((1000 * onTrack) / counted) / 10 : null, onTrack, counted };
}

/** The status of each period's report that makes it count as reported. */
export const REPORTED_PERIOD_STATUSES = ['submitted', 'locked'] as const;

/** The latest period whose report is in (submitted or locked), or null. */
export function latestReportedPeriod(periods: readonly { period: string; status: string }[]): Period | null {
  let latest: Period | null = null;
  for (const row of periods) {
    if (!(REPORTED_PERIOD_STATUSES as readonly string[]).includes(row.status)) continue;
    const p = parsePeriod(row.period);
    if (p && (!latest || comparePeriods(p, latest) > 0)) latest = p;
  }
  return latest;
}

/**
 * R.19 roll-up: the statuses of the DT performance indicators counted per criterion (1–5);
 * indicators whose criterion is not set are counted under `unassigned`.
 */
export function criteriaRollup(items: readonly { criterion: number | null; status: IndicatorStatus }[]): {
  criteria: { criterion: number; counts: StatusCounts }[];
  unassigned: StatusCounts;
} {
  const criteria = R19_CRITERIA.map((criterion) => ({
    criterion: criterion as number,
    counts: countByStatus(items.filter((i) => i.criterion === criterion).map((i) => i.status)),
  }));
  const known = new Set<number>(R19_CRITERIA);
  const unassigned = countByStatus(
    items.filter((i) => i.criterion === null || !known.has(i.criterion)).map((i) => i.status),
  );
  return { criteria, unassigned };
}
