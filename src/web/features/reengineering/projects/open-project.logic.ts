import { type Locale, pickText } from '../../../../domain/locale.ts';
import type { Case, MapDocument } from '../../../../domain/map/map.schema.ts';

/** Opening a project by hand: the version in force and the cases of it that may get a project. */

/** The newest version that is approved or published (the one in force), or null. */
export function versionInForce<V extends { number: number; status: string }>(
  versions: readonly V[],
): V | null {
  return (
    [...versions]
      .sort((a, b) => b.number - a.number)
      .find((v) => v.status === 'approved' || v.status === 'published') ?? null
  );
}

export interface CaseOption {
  value: string;
  label: string;
  /** A project is already open for it. */
  disabled: boolean;
}

/**
 * The cases of the document with reengineering (R) planned, in the document's order, named in the
 * reader's language (prefixed with the sector when the map has several); those that already have
 * a project are disabled.
 */
export function caseOptions(
  doc: MapDocument,
  mapId: string,
  projects: readonly { mapId: string; caseId: string }[],
  locale: Locale,
  hasReengineering: (c: Case) => boolean,
): CaseOption[] {
  const many = doc.sectors.length > 1;
  return doc.sectors.flatMap((s) =>
    s.cases.filter(hasReengineering).map((c) => {
      const name = pickText(c.name, locale) || c.id;
      const sector = pickText(s.name, locale);
      return {
        value: c.id,
        label: many && sector ? `${sector} › ${name}` : name,
        disabled: projects.some((p) => p.mapId === mapId && p.caseId === c.id),
      };
    }),
  );
}
