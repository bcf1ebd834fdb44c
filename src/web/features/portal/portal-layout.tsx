import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MeOut } from '../../../api/auth.ts';
import type { Locale } from '../../../domain/locale.ts';
import { LanguageSwitch } from '../../components/ui/language-switch.tsx';
import { setLocale } from '../../lib/i18n.ts';
import { ME_KEY } from '../auth/api.ts';
import './portal.css';

/**
 * The public portal's frame (R.24): a light header with the product name, the language switch
 * (remembered in this browser) and the way in. It never asks who the reader is: a signed-in user
 * whose session the app already knows gets a link back to the workspace instead of "Sign in".
 */
export function PortalLayout() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = qc.getQueryData<MeOut | null>(ME_KEY) ?? null;
  const path = useLocation({ select: (l) => l.pathname });
  // The portal's two lists: published maps (R.24) and published results of reengineering (R.37).
  const sections = [
    { to: '/portal', label: t('portal.nav.maps'), active: !path.startsWith('/portal/projects') },
    { to: '/portal/projects', label: t('portal.nav.projects'), active: path.startsWith('/portal/projects') },
  ] as const;
  return (
    <div className="pt-app">
      <a className="dtm-skip" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="pt-header">
        <Link to="/portal" className="dtm-brand">
          <span className="dtm-brand__mark" aria-hidden="true">
            DT
          </span>
          <span className="dtm-brand__text">
            <span className="dtm-brand__name">{t('app.name')}</span>
            <span className="pt-brand__subtitle">
              {t('app.subtitle')} · {t('portal.subtitle')}
            </span>
          </span>
        </Link>
        <nav className="dtm-nav" aria-label={t('portal.nav.label')}>
          <ul>
            {sections.map((i) => (
              <li key={i.to}>
                <Link
                  to={i.to}
                  className={i.active ? 'dtm-nav__link dtm-nav__link--active' : 'dtm-nav__link'}
                  aria-current={i.active ? 'page' : undefined}
                >
                  {i.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="dtm-header__right">
          <LanguageSwitch onChange={(l: Locale) => void setLocale(l)} />
          {me ? (
            <Link to="/" className="pt-signin">
              {t('portal.toWorkspace')}
            </Link>
          ) : (
            <Link to="/login" className="pt-signin">
              {t('portal.signIn')}
            </Link>
          )}
        </div>
      </header>
      <main id="main" className="pt-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="pt-footer">
        <p>{t('portal.footer')}</p>
      </footer>
    </div>
  );
}
