import { type Locale, type LocalizedText, pickText } from '../../../../domain/locale.ts';

/** The published results, filtered by words of the case or the body (any language), newest first. */
export function searchPublicProjects<
  P extends { caseName: LocalizedText; org: { name: LocalizedText }; publishedOn: string | null },
>(projects: readonly P[], query: string, locale: Locale): P[] {
  const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const text = (p: P) =>
    [p.caseName.kk, p.caseName.ru, p.caseName.en ?? '', p.org.name.kk, p.org.name.ru, p.org.name.en ?? '']
      .join(' ')
      .toLocaleLowerCase();
  return projects
    .filter((p) => words.every((w) => text(p).includes(w)))
    .sort(
      (a, b) =>
        (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '') ||
        pickText(a.caseName, locale).localeCompare(pickText(b.caseName, locale)),
    );
}
