import type { Locale, LocalizedText } from '../../../domain/locale.ts';

/**
 * A content text in the reader's language, else in the next language filled in (kk, ru, en —
 * the order of `pickText`), with the language it is in, so the page can mark it (lang="kk").
 */
export function pickWithLang(
  text: LocalizedText | null | undefined,
  locale: Locale,
): { text: string; lang: Locale } | null {
  if (!text) return null;
  for (const l of [locale, 'kk', 'ru', 'en'] as const) {
    const v = text[l];
    if (v && v.trim() !== '') return { text: v, lang: l };
  }
  return null;
}

/** The period of a map: 2025–2029 (five years, R.16). */
export const periodLabel = (from: number, to?: number): string => `${from}–${to ?? from + 4}`;
