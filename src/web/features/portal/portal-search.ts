import { type Locale, type LocalizedText, pickText } from '../../../domain/locale.ts';
import { nameCollator } from '../../components/ui/format.ts';

/** A published map as GET /api/public/maps lists it. */
export interface PublicMapSummary {
  id: string;
  organisation: { id: string; code: string; kind: string; name: LocalizedText };
  title: LocalizedText;
  periodFrom: number;
  versionNumber: number;
  publishedOn: string | null;
}

/**
 * Text for matching: lower case, ё as е, Kazakh letters kept (қ is not к: a reader typing
 * «қаржы» means it), runs of spaces and punctuation as one space.
 */
export function normalize(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

/** Everything a reader may search a map by: titles and the body's name in every language. */
function haystack(m: PublicMapSummary): string {
  const texts = [m.title, m.organisation.name].flatMap((t) => [t.kk, t.ru, t.en ?? '']);
  return normalize([...texts, m.organisation.code].join(' '));
}

/** Whether every word of the query occurs in the map's titles or organisation names (any language). */
export function matchesQuery(m: PublicMapSummary, query: string): boolean {
  const words = normalize(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack(m);
  return words.every((w) => text.includes(w));
}

/**
 * The maps matching the query, ordered by the body's name and then the title in the reader's
 * language, compared the way that language sorts (Kazakh letters where Kazakh expects them).
 */
export function searchMaps(
  maps: readonly PublicMapSummary[],
  query: string,
  locale: Locale,
): PublicMapSummary[] {
  const collator = nameCollator(locale);
  return maps
    .filter((m) => matchesQuery(m, query))
    .sort(
      (a, b) =>
        collator.compare(pickText(a.organisation.name, locale), pickText(b.organisation.name, locale)) ||
        collator.compare(pickText(a.title, locale), pickText(b.title, locale)) ||
        b.periodFrom - a.periodFrom,
    );
}
