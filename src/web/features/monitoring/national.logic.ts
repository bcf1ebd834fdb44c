import type { NationalBodyOut } from '../../../api/monitoring.ts';
import type { HeatmapAxisItem, HeatmapCell } from '../../components/charts/execution-heatmap.logic.ts';

/** The external monitoring page (R.28): filtering the bodies and the bodies × quarters heat map. */

/** The bodies whose name (in the reader's language) or code contains the query, case-insensitively. */
export function filterBodies<
  T extends {
    org: { code: string };
    indicators: { counts: { off_track: number } };
    schedule: { counts: { late: number } };
    terms: { missed: number };
  },
>(bodies: readonly T[], query: string, nameOf: (b: T) => string, problemsOnly = false): T[] {
  const q = query.trim().toLocaleLowerCase();
  return bodies.filter(
    (b) =>
      (!q || nameOf(b).toLocaleLowerCase().includes(q) || b.org.code.toLocaleLowerCase().includes(q)) &&
      (!problemsOnly || hasProblems(b)),
  );
}

/** A body that needs attention: an indicator off track, a late item or a missed term of the Rules. */
export const hasProblems = (b: {
  indicators: { counts: { off_track: number } };
  schedule: { counts: { late: number } };
  terms: { missed: number };
}) => b.indicators.counts.off_track > 0 || b.schedule.counts.late > 0 || b.terms.missed > 0;

/** KPI ascending for a table sorter, a body without a KPI always at the bottom. */
export function compareKpi(
  a: number | null,
  b: number | null,
  order: 'ascend' | 'descend' | null | undefined,
) {
  if (a === b) return 0;
  // antd reverses the comparator for 'descend': keep null last either way.
  if (a === null) return order === 'descend' ? -1 : 1;
  if (b === null) return order === 'descend' ? 1 : -1;
  return a - b;
}

/** ISO dates/times compared, an absent one the oldest. */
export const compareDates = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');

const columnKey = (year: number, q: number) => `${year}-Q${q}`;

/**
 * The heat map of the bodies (rows, in the given order) × the calendar quarters any of their maps
 * plans (columns, in time order); a cell is the worst state of the body's cells in that quarter.
 */
export function nationalHeatmap(
  bodies: readonly Pick<NationalBodyOut, 'mapId' | 'schedule'>[],
  labelOf: (b: Pick<NationalBodyOut, 'mapId' | 'schedule'>) => string,
  quarterLabel: (year: number, q: number) => string,
): { rows: HeatmapAxisItem[]; columns: HeatmapAxisItem[]; cells: HeatmapCell[] } {
  const quarters = new Map<string, { year: number; q: number }>();
  const cells: HeatmapCell[] = [];
  for (const b of bodies)
    for (const q of b.schedule.byQuarter) {
      const col = columnKey(q.year, q.q);
      quarters.set(col, { year: q.year, q: q.q });
      if (q.worst) cells.push({ row: b.mapId, col, state: q.worst });
    }
  const columns = [...quarters.entries()]
    .sort(([, a], [, b]) => a.year - b.year || a.q - b.q)
    .map(([key, { year, q }]) => ({ key, label: quarterLabel(year, q) }));
  return { rows: bodies.map((b) => ({ key: b.mapId, label: labelOf(b) })), columns, cells };
}
