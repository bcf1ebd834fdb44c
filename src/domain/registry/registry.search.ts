import type { LocalizedText } from '../locale.ts';

/**
 * Text search over the registry (R.11.7) in Kazakh, Russian and English. Both the stored
 * `search_text` of a process and the query go through `normalizeSearch`, so the database only
 * has to do a plain substring match: case is folded with Kazakh rules (Ә Ғ Қ Ң Ө Ұ Ү Һ І lower
 * to ә ғ қ ң ө ұ ү һ і), ё is read as е, and runs of whitespace become one space.
 */
export function normalizeSearch(s: string): string {
  return s.toLocaleLowerCase('kk').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** What a process is found by: its names in every language, roles, steps, data names and description. */
export interface SearchableProcess {
  name: LocalizedText;
  roles: readonly string[];
  steps: readonly string[];
  dataNames: readonly string[];
  description?: string;
}

/**
 * The normalised text a process is searched in. Parts are joined with a line break (normalised
 * to a space) — a query is matched within the text as a whole, like a reader scanning the row.
 */
export function processSearchText(p: SearchableProcess): string {
  return normalizeSearch(
    [p.name.kk, p.name.ru, p.name.en ?? '', ...p.roles, ...p.steps, ...p.dataNames, p.description ?? '']
      .filter((s) => s.trim() !== '')
      .join('\n'),
  );
}

/** A normalised query as a LIKE pattern body: `%`, `_` and the escape character `\` taken literally. */
export function likeEscape(normalizedQuery: string): string {
  return normalizedQuery.replace(/[\\%_]/g, (c) => `\\${c}`);
}
