import type { Finding } from '../../../domain/map/map.findings.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import { parseSectionKey, type SectionKey } from '../../../domain/map/map.sections.ts';

/**
 * JSON paths into the MapDocument, the language findings, server issues and fields share:
 * a field of the editor carries its path, and shows what points exactly at it.
 */
export type JsonPath = readonly (string | number)[];

/** The string form of a path ('sectors.0.cases.1.name'), used in DOM attributes and the URL hash. */
export const pathKey = (path: JsonPath): string => path.join('.');

/** A path from its string form; numeric segments become indices again. */
export const parsePathKey = (key: string): JsonPath =>
  key === '' ? [] : key.split('.').map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));

/** Whether `path` is `prefix` or lies under it. */
export function isUnder(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}

/** An index of items by the exact path they point at. */
export function indexByPath<T extends { path: JsonPath }>(items: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const key = pathKey(item.path);
    index.set(key, [...(index.get(key) ?? []), item]);
  }
  return index;
}

/** The path itself, then each ancestor: where to look for the field of a path, nearest first. */
export function pathAndAncestors(path: JsonPath): JsonPath[] {
  return path.map((_, i) => path.slice(0, path.length - i));
}

/** The path of a section inside the document, e.g. ['sectors', 2] for 'sector:<id>'. */
export function sectionBasePath(section: SectionKey, doc: MapDocument): JsonPath | null {
  const ref = parseSectionKey(section);
  if (!ref) return null;
  if (ref.kind !== 'sector') return [ref.kind];
  const index = doc.sectors.findIndex((s) => s.id === ref.sectorId);
  return index < 0 ? null : ['sectors', index];
}

/**
 * A 400's field issue of a section save (paths like ['body', 'content', 'cases', 0, …]) as a
 * document path, so the issue shows next to the same field as a finding would.
 */
export function issuePathToDocPath(
  section: SectionKey,
  issuePath: JsonPath,
  doc: MapDocument,
): JsonPath | null {
  const base = sectionBasePath(section, doc);
  if (!base) return null;
  const rest = issuePath[0] === 'body' && issuePath[1] === 'content' ? issuePath.slice(2) : issuePath;
  return [...base, ...rest];
}

/** Which languages a finding says are blank (params.locales is 'kk', 'ru' or 'kk, ru'). */
export function findingLocales(f: Pick<Finding, 'params'>): string[] {
  const raw = f.params?.locales;
  return typeof raw === 'string' ? raw.split(',').map((s) => s.trim()) : [];
}

/** The worst severity among findings: the colour of a field. */
export function worstSeverity(
  findings: readonly Pick<Finding, 'severity'>[],
): 'error' | 'warning' | undefined {
  if (findings.some((f) => f.severity === 'blocking')) return 'error';
  return findings.length ? 'warning' : undefined;
}
