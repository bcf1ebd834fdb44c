import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../domain/locale.ts';
import { useLocale } from './use-locale.ts';

/** Қазақша / Русский / English; each name is written in its own language so anyone finds theirs. */
export function LanguageSwitch({ onChange }: { onChange: (locale: Locale) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('header.language')}
      className="dtm-language-switch"
      value={locale}
      onChange={onChange}
      options={LOCALES.map((l) => ({
        value: l,
        label: (
          <span lang={l} title={t(`lang.${l}`)}>
            {t(`lang.${l}`)}
          </span>
        ),
      }))}
    />
  );
}
