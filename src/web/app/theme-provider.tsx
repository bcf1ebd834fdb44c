import { App, ConfigProvider, type ConfigProviderProps } from 'antd';
import enUS from 'antd/locale/en_US';
import kkKZ from 'antd/locale/kk_KZ';
import ruRU from 'antd/locale/ru_RU';
import { type ReactNode, useEffect } from 'react';
import type { Locale } from '../../domain/locale.ts';
import { useLocale } from '../components/ui/use-locale.ts';
import '../components/ui/ui.css';
import { THEME } from './theme.ts';

const ANTD_LOCALES: Record<Locale, ConfigProviderProps['locale']> = { kk: kkKZ, ru: ruRU, en: enUS };

/** antd in the UI language, with the app's theme; `lang` on <html> follows the UI language too. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={THEME}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
