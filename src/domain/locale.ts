import { z } from 'zod';

/** The languages of the product. Official documents exist in kk and ru; en is optional content. */
export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const LocaleSchema = z.enum(LOCALES);

/** Languages every content field must be filled in before a map can be submitted. */
export const REQUIRED_CONTENT_LOCALES = ['kk', 'ru'] as const satisfies readonly Locale[];

/** Longest single text value the platform stores (a long paragraph of a description). */
export const MAX_TEXT = 20_000;

/**
 * Translatable content: kk and ru are always present (possibly empty while drafting), en optional.
 * Emptiness is a completeness finding of the validator, not a schema error, so drafts autosave.
 */
export const LocalizedTextSchema = z
  .object({
    kk: z.string().max(MAX_TEXT).default(''),
    ru: z.string().max(MAX_TEXT).default(''),
    en: z.string().max(MAX_TEXT).optional(),
  })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** An empty localized text. */
export const emptyText = (): LocalizedText => ({ kk: '', ru: '' });

/** Reads a localized text in the wanted language, falling back kk → ru → en. */
export function pickText(text: LocalizedText | undefined | null, locale: Locale): string {
  if (!text) return '';
  const order: Locale[] = [locale, 'kk', 'ru', 'en'];
  for (const l of order) {
    const v = text[l];
    if (v && v.trim() !== '') return v;
  }
  return '';
}

/** The required languages in which a text is still blank. */
export function missingLocales(text: LocalizedText | undefined | null): Locale[] {
  return REQUIRED_CONTENT_LOCALES.filter((l) => !text?.[l] || text[l].trim() === '');
}

/**
 * Substitutes {{name}} placeholders (i18next syntax, so the web and the server share catalogs);
 * a placeholder without a value stays visible rather than silently vanishing.
 */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
