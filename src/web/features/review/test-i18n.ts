import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../../../domain/locale.ts';
import en from '../editor/locales/en.json';
import kk from '../editor/locales/kk.json';
import ru from '../editor/locales/ru.json';

/**
 * A translator over the real editor catalogs, configured as the app configures i18next
 * (lib/i18n.ts: flat keys, ':' namespaces), for tests of the messages the review pages build.
 */
export async function editorT(locale: Locale): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { kk: { editor: kk }, ru: { editor: ru }, en: { editor: en } },
    lng: locale,
    fallbackLng: false,
    ns: ['editor'],
    defaultNS: 'editor',
    keySeparator: false,
    nsSeparator: ':',
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
