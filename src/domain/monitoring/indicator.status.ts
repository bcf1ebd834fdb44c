import type { Indicator } from '../map/map.schema.ts';
import type { Period } from './period.ts';

/**
 * The one rule that says whether an indicator is on track (R.18: priority directions and their
 * target indicators are "specific, measurable, time-bound and achievable"; R.25: achieving them
 * is the deputy head's KPI). An indicator is measurable through its baseline and its target per
 * year; it is time-bound through the year of each target. So for a reporting period:
 *
 * - expected value: the target of the period's year; for a quarter, pro-rated linearly from the
 *   last earlier target (or the baseline, at the end of its year) to this year's target — at the
 *   end of quarter q the expected value is `from + (target − from) × (quarters elapsed since
 *   from) / (quarters from 'from' to the target)`; with nothing earlier, the year's target itself;
 * - achievement: the share of the way from the baseline to the expected value covered by the
 *   actual, `(actual − baseline) / (expected − baseline)` — the same for indicators that should
 *   grow and those that should fall, since both differences change sign together. Without a
 *   baseline, or when the expected value is the baseline itself (keep a level), the ratio of the
 *   values: actual / expected for growth, expected / actual for decline;
 * - status: on track when achievement ≥ 100 %, at risk when ≥ 90 %, off track below; no target
 *   for the period's year → `no_target`; no actual → `not_reported`.
 */

/** Achievement at or above this is on track: the period's (pro-rated) target is met. */
export const ON_TRACK_MIN_ACHIEVEMENT = 1;
/** Achievement at or above this (and below on track) is at risk: within 10 % of the way. */
export const AT_RISK_MIN_ACHIEVEMENT = 0.9;

export const INDICATOR_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_target', 'not_reported'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** Whether a higher or a lower value is better. */
export type Direction = 'increase' | 'decrease';

/** What the rule reads of an indicator. */
export type IndicatorTargets = Pick<Indicator, 'baselineValue' | 'baselineYear' | 'targets'>;

/** Floating-point noise off (74.8 − 75 = −0.2, not −0.20000000000000284). */
const clean = (x: number) => Math.round(x * 1e10) / 1e10;

/** The years with a target set, ascending. */
function targetYears(ind: IndicatorTargets): number[] {
  return Object.entries(ind.targets)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([y]) => Number(y))
    .sort((a, b) => a - b);
}

/** The target of a year, or null when the map sets none. */
export function targetOf(ind: IndicatorTargets, year: number): number | null {
  const v = ind.targets[String(year)];
  return v === undefined || v === null ? null : v;
}

/**
 * Higher is better unless the targets decrease from the baseline: the last target below the
 * baseline (or, without a baseline, below the first target) makes it a "lower is better" indicator
 * (a term in days, a cost). Flat or unset targets count as growth (keep at least the level).
 */
export function directionOf(ind: IndicatorTargets): Direction {
  const years = targetYears(ind);
  if (!years.length) return 'increase';
  const last = targetOf(ind, years[years.length - 1]!)!;
  const from = ind.baselineValue ?? targetOf(ind, years[0]!)!;
  return last < from ? 'decrease' : 'increase';
}

/** The expected value at the end of a period (see the rule above); null when its year has no target. */
export function expectedValue(ind: IndicatorTargets, period: Period): number | null {
  const target = targetOf(ind, period.year);
  if (target === null) return null;
  if (period.kind === 'year') return target;
  const earlier = targetYears(ind).filter((y) => y < period.year);
  let anchor: { year: number; value: number } | null = null;
  if (earlier.length) {
    const year = earlier[earlier.length - 1]!;
    anchor = { year, value: targetOf(ind, year)! };
  } else if (ind.baselineValue !== null && ind.baselineYear !== null && ind.baselineYear < period.year)
    anchor = { year: ind.baselineYear, value: ind.baselineValue };
  if (!anchor) return target;
  const span = (period.year - anchor.year) * 4;
  const elapsed = (period.year - anchor.year - 1) * 4 + period.quarter;
  return clean(anchor.value + ((target - anchor.value) * elapsed) / span);
}

/** How far the actual is from the expected value. */
export interface Deviation {
  /** actual − expected: positive above the target, whichever direction is better. */
  absolute: number;
  /** absolute / |expected|; null when the expected value is 0. */
  relative: number | null;
  /** Whether the deviation is on the good side (or none): above for growth, below for decline. */
  favourable: boolean;
}

export function deviationOf(direction: Direction, expected: number, actual: number): Deviation {
  const absolute = clean(actual - expected);
  return {
    absolute,
    relative: expected === 0 ? null : clean(absolute / Math.abs(expected)),
    favourable: direction === 'increase' ? absolute >= 0 : absolute <= 0,
  };
}

/** The baseline the way to the target is measured from: set, and not after the period's year. */
function baselineFor(ind: IndicatorTargets, period: Period): number | null {
  if (ind.baselineValue === null) return null;
  if (ind.baselineYear !== null && ind.baselineYear >= period.year) return null;
  return ind.baselineValue;
}

/** The achievement ratio (1 = the expected value reached); see the rule above. */
export function achievementOf(
  ind: IndicatorTargets,
  period: Period,
  expected: number,
  actual: number,
): number {
  const direction = directionOf(ind);
  const baseline = baselineFor(ind, period);
  if (baseline !== null && expected !== baseline) return clean((actual - baseline) / (expected - baseline));
  const atLeastAsGood = direction === 'increase' ? actual >= expected : actual <= expected;
  if (expected > 0 && actual > 0)
    return clean(direction === 'increase' ? actual / expected : expected / actual);
  return atLeastAsGood ? 1 : 0;
}

/** The status for an achievement ratio (null: no actual). */
export function statusOf(achievement: number | null): Exclude<IndicatorStatus, 'no_target'> {
  if (achievement === null) return 'not_reported';
  if (achievement >= ON_TRACK_MIN_ACHIEVEMENT) return 'on_track';
  if (achievement >= AT_RISK_MIN_ACHIEVEMENT) return 'at_risk';
  return 'off_track';
}

/** Everything the monitoring shows of one indicator in one period. */
export interface IndicatorAssessment {
  direction: Direction;
  /** The target of the period's year. */
  target: number | null;
  /** The (pro-rated) value expected at the end of the period. */
  expected: number | null;
  actual: number | null;
  deviation: Deviation | null;
  achievement: number | null;
  status: IndicatorStatus;
}

/** The one status rule applied to an indicator, a period and the actual reported for it (or null). */
export function assessIndicator(
  ind: IndicatorTargets,
  period: Period,
  actual: number | null,
): IndicatorAssessment {
  const direction = directionOf(ind);
  const target = targetOf(ind, period.year);
  const expected = expectedValue(ind, period);
  if (expected === null)
    return { direction, target, expected, actual, deviation: null, achievement: null, status: 'no_target' };
  if (actual === null)
    return {
      direction,
      target,
      expected,
      actual,
      deviation: null,
      achievement: null,
      status: 'not_reported',
    };
  const achievement = achievementOf(ind, period, expected, actual);
  return {
    direction,
    target,
    expected,
    actual,
    deviation: deviationOf(direction, expected, actual),
    achievement,
    status: statusOf(achievement),
  };
}
