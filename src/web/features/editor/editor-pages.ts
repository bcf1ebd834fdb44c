import type { Finding } from '../../../domain/map/map.findings.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import type { SectionKey } from '../../../domain/map/map.sections.ts';

/**
 * The pages of the editor, in the Form's order, and how each is written in the URL (`$page`):
 * 'passport' · 'sector.<id>.<sub>' · 'gantt' · 'attachments' · 'findings'; then the pages about
 * the map's life cycle: 'versions' · 'history' · 'redline' (the default pair of versions) or
 * 'redline.<from>.<to>'. Sector ids match /^[A-Za-z0-9_-]+$/, so a dot never occurs inside one.
 */
export const SECTOR_SUBPAGES = [
  'description',
  'subjects',
  'problems',
  'technologies',
  'cases',
  'schedule',
  'fast-track',
] as const;
export type SectorSubpage = (typeof SECTOR_SUBPAGES)[number];

export type EditorPageRef =
  | { kind: 'passport' }
  | { kind: 'sector'; sectorId: string; sub: SectorSubpage }
  | { kind: 'gantt' }
  | { kind: 'attachments' }
  | { kind: 'findings' }
  | { kind: 'versions' }
  | { kind: 'history' }
  /** The redline between two versions; without numbers, the default pair for the reader. */
  | { kind: 'redline'; from?: number; to?: number };

const SIMPLE = ['passport', 'gantt', 'attachments', 'findings', 'versions', 'history'] as const;
const ID = /^[A-Za-z0-9_-]+$/;
const VERSION_NUMBER = /^[1-9]\d{0,4}$/;

/** The page a `$page` URL param names; no param means the passport, an unknown one null. */
export function parsePageParam(param: string | undefined): EditorPageRef | null {
  if (param === undefined || param === '') return { kind: 'passport' };
  if ((SIMPLE as readonly string[]).includes(param)) return { kind: param as (typeof SIMPLE)[number] };
  if (param === 'redline') return { kind: 'redline' };
  const parts = param.split('.');
  if (
    parts.length === 3 &&
    parts[0] === 'redline' &&
    VERSION_NUMBER.test(parts[1]) &&
    VERSION_NUMBER.test(parts[2])
  )
    return { kind: 'redline', from: Number(parts[1]), to: Number(parts[2]) };
  if (parts.length === 3 && parts[0] === 'sector' && ID.test(parts[1])) {
    const sub = parts[2] as SectorSubpage;
    if (SECTOR_SUBPAGES.includes(sub)) return { kind: 'sector', sectorId: parts[1], sub };
  }
  return null;
}

/** The `$page` URL param of a page. */
export function pageParam(page: EditorPageRef): string {
  if (page.kind === 'sector') return `sector.${page.sectorId}.${page.sub}`;
  if (page.kind === 'redline')
    return page.from !== undefined && page.to !== undefined ? `redline.${page.from}.${page.to}` : 'redline';
  return page.kind;
}

/** The pages about the map as a whole rather than a part of the Form (no section, no findings). */
export const isLifecyclePage = (page: EditorPageRef): boolean =>
  page.kind === 'versions' || page.kind === 'history' || page.kind === 'redline';

export const samePage = (a: EditorPageRef, b: EditorPageRef): boolean => pageParam(a) === pageParam(b);

/** Every page of a document in the Form's order (the side navigation, the findings list). */
export function editorPages(doc: MapDocument): EditorPageRef[] {
  return [
    { kind: 'passport' },
    ...doc.sectors.flatMap((s) =>
      SECTOR_SUBPAGES.map((sub): EditorPageRef => ({ kind: 'sector', sectorId: s.id, sub })),
    ),
    { kind: 'gantt' },
    { kind: 'attachments' },
    { kind: 'findings' },
  ];
}

/** Which key of a sector belongs on which of its pages. */
export const SECTOR_FIELD_PAGE: Record<string, SectorSubpage> = {
  name: 'description',
  responsibleUnit: 'description',
  description: 'description',
  indicators: 'description',
  subjects: 'subjects',
  problems: 'problems',
  technologies: 'technologies',
  cases: 'cases',
  fastTrack: 'fast-track',
};

/**
 * The page where a finding is shown and fixed. Mostly its path decides; a few codes are about
 * another page than the field they point at: the plan-schedule rules (F 1.3) point into cases but
 * are fixed in the grid, and life-cycle coverage (F note to 1.2) points at a stage but is fixed by
 * the cases.
 */
export function pageOfFinding(f: Pick<Finding, 'code' | 'path'>, doc: MapDocument): EditorPageRef {
  const [head, index, key] = f.path;
  if (head === 'attachments') return { kind: 'attachments' };
  if (head === 'sectors' && typeof index === 'number' && doc.sectors[index]) {
    const sectorId = doc.sectors[index].id;
    if (f.code.startsWith('schedule.')) return { kind: 'sector', sectorId, sub: 'schedule' };
    if (f.code === 'sector.life_cycle_stage_not_covered') return { kind: 'sector', sectorId, sub: 'cases' };
    return { kind: 'sector', sectorId, sub: SECTOR_FIELD_PAGE[String(key)] ?? 'description' };
  }
  return { kind: 'passport' };
}

/** The section a page edits (null for derived pages). */
export function sectionOfPage(page: EditorPageRef): SectionKey | null {
  switch (page.kind) {
    case 'passport':
      return 'passport';
    case 'attachments':
      return 'attachments';
    case 'sector':
      return `sector:${page.sectorId}`;
    default:
      return null;
  }
}

/** Findings grouped by the page that shows them, pages in the Form's order (empty pages left out). */
export function findingsByPage(
  findings: readonly Finding[],
  doc: MapDocument,
): { page: EditorPageRef; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = pageParam(pageOfFinding(f, doc));
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return editorPages(doc)
    .filter((p) => groups.has(pageParam(p)))
    .map((page) => ({ page, findings: groups.get(pageParam(page))! }));
}

/** Blocking findings per page param, for the badges of the navigation. */
export function blockingCountByPage(findings: readonly Finding[], doc: MapDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) {
    if (f.severity !== 'blocking') continue;
    const key = pageParam(pageOfFinding(f, doc));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
