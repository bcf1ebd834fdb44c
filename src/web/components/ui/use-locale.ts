import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../domain/locale.ts';

/** The current UI language as a Locale (re-renders on change). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'kk';
}
