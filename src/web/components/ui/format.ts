import type { Locale } from '../../../domain/locale.ts';

/** BCP 47 tags for Intl: Kazakh and Russian as used in Kazakhstan. */
const INTL_TAG: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function intlTag(locale: Locale): string {
  return INTL_TAG[locale] ?? 'kk-KZ';
}

/** A date and time as civil servants write it: 14.03.2026, 10:42 (ICU's medium Kazakh date reads «М03»). */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlTag(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A comparer for names in the reader's language (ә, ғ, қ, ң, ө, ұ, ү, һ, і sort where Kazakh expects). */
export function nameCollator(locale: Locale): Intl.Collator {
  return new Intl.Collator(intlTag(locale), { sensitivity: 'base', numeric: true });
}
