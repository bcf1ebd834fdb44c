import type { IndicatorStatus } from './indicator.status.ts';
import { emptyCounts, type StatusCounts } from './kpi.ts';
import type { ExecutionCounts, ExecutionState } from './schedule.execution.ts';

/**
 * External monitoring (R.28): the bodies side by side. The ranking is the same for everyone — the
 * deputy head's KPI (R.25) highest first, a body without a KPI last; then the fewer late cells of
 * the plan-schedule; then the name — and the R.19 criteria are summed across the bodies.
 */

/** The states of a quarter's cells from the worst to the best: what one heat-map cell shows. */
export const STATE_SEVERITY: readonly ExecutionState[] = [
  'late',
  'not_started',
  'in_progress',
  'upcoming',
  'done',
];

/** The worst state among a quarter's cells, or null when nothing is planned in it. */
export function worstState(counts: ExecutionCounts): ExecutionState | null {
  return STATE_SEVERITY.find((s) => counts[s] > 0) ?? null;
}

export interface Rankable {
  kpi: number | null;
  late: number;
  name: string;
}

/** KPI descending (null last), then late cells ascending, then name. */
export function compareForRanking(a: Rankable, b: Rankable): number {
  if (a.kpi !== b.kpi) {
    if (a.kpi === null) return 1;
    if (b.kpi === null) return -1;
    return b.kpi - a.kpi;
  }
  return a.late - b.late || a.name.localeCompare(b.name);
}

/** The items in ranking order with their rank (1 = best); ties on KPI and late share no rank. */
export function rank<T extends Rankable>(items: readonly T[]): (T & { rank: number })[] {
  return [...items].sort(compareForRanking).map((item, i) => ({ ...item, rank: i + 1 }));
}

/** The sum of status counts (the national R.19 roll-up sums each criterion over the bodies). */
export function sumStatusCounts(all: readonly StatusCounts[]): StatusCounts {
  const out = emptyCounts();
  for (const c of all)
    for (const key of Object.keys(out) as (IndicatorStatus | 'total')[]) out[key] += c[key];
  return out;
}
