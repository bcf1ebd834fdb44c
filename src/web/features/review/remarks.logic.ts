import type { MapDocument } from '../../../domain/map/map.schema.ts';
import { pageParam } from '../editor/editor-pages.ts';
import { type FindingTarget, locateFinding } from './finding-location.ts';

/** The fields of a remark the lists need. */
export interface RemarkLike extends FindingTarget {
  id: string;
  status: 'open' | 'resolved';
  createdAt: string;
  versionNumber: number;
}

/** Open remarks first, then resolved ones; oldest first within each (the order they were raised). */
export function sortRemarks<T extends RemarkLike>(remarks: readonly T[]): T[] {
  return [...remarks].sort(
    (a, b) =>
      Number(a.status !== 'open') - Number(b.status !== 'open') ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

/** Open remarks per page param, for the badges of the navigation. */
export function openRemarksByPage(remarks: readonly RemarkLike[], doc: MapDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of remarks) {
    if (r.status !== 'open') continue;
    const page = locateFinding(r, doc).page;
    if (!page) continue;
    const key = pageParam(page);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export const countOpen = (remarks: readonly RemarkLike[]): number =>
  remarks.filter((r) => r.status === 'open').length;
