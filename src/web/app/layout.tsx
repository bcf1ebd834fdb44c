import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { Alert, Button, Layout, Spin } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeOut } from '../../api/auth.ts';
import { LOCALES, type Locale, pickText } from '../../domain/locale.ts';
import { LanguageSwitch } from '../components/ui/language-switch.tsx';
import { useLocale } from '../components/ui/use-locale.ts';
import { browserSavedLocale, ME_KEY, useChangeLocale, useLogout, useMe } from '../features/auth/api.ts';
import { ApiError, api } from '../lib/api.ts';
import { setLocale } from '../lib/i18n.ts';

const isLoginPath = (path: string) => path === '/login' || path.startsWith('/login/');

/** Any 401 from any query or mutation means the session ended: mark the user signed out. */
function useSignOutOnExpiredSession() {
  const qc = useQueryClient();
  useEffect(() => {
    const expired = (error: unknown) => error instanceof ApiError && error.status === 401;
    const unsubQueries = qc.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && expired(event.action.error))
        qc.setQueryData(ME_KEY, null);
    });
    const unsubMutations = qc.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && expired(event.action.error))
        qc.setQueryData(ME_KEY, null);
    });
    return () => {
      unsubQueries();
      unsubMutations();
    };
  }, [qc]);
}

/**
 * The server's saved language wins on a browser without a choice of its own; an explicit choice
 * made in this browser (e.g. on the sign-in page) wins and is saved to the server.
 */
function useLocaleFromServer(me: MeOut | null | undefined) {
  const synced = useRef<string | null>(null);
  useEffect(() => {
    if (!me || synced.current === me.id) return;
    synced.current = me.id;
    const saved = browserSavedLocale();
    if (saved && (LOCALES as readonly string[]).includes(saved)) {
      if (saved !== me.locale)
        void api('PUT', '/api/auth/me/locale', { locale: saved }).catch(() => undefined);
    } else {
      void setLocale(me.locale);
    }
  }, [me]);
}

function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="dtm-brand">
      <span className="dtm-brand__mark" aria-hidden="true">
        DT
      </span>
      <span className="dtm-brand__text">
        <span className="dtm-brand__name">{t('app.name')}</span>
        <span className="dtm-brand__subtitle">{t('app.subtitle')}</span>
      </span>
    </Link>
  );
}

function MainNav({ me, path }: { me: MeOut; path: string }) {
  const { t } = useTranslation();
  const items = [
    { to: '/', label: t('nav.maps'), active: path === '/' || path.startsWith('/maps/'), show: true },
    {
      to: '/admin/users',
      label: t('nav.users'),
      active: path.startsWith('/admin/users'),
      show: me.can.manageUsers,
    },
    {
      to: '/admin/reference/public-services',
      label: t('nav.reference'),
      active: path.startsWith('/admin/reference'),
      show: me.can.manageReference,
    },
  ].filter((i) => i.show);
  return (
    <nav className="dtm-nav" aria-label={t('nav.main')}>
      <ul>
        {items.map((i) => (
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
  );
}

function UserBlock({ me }: { me: MeOut }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const logout = useLogout();
  return (
    <div className="dtm-user">
      <div className="dtm-user__text">
        <span className="dtm-user__name">{me.fullName}</span>
        <span className="dtm-user__org" title={pickText(me.organisation.name, locale)}>
          {pickText(me.organisation.name, locale)}
        </span>
      </div>
      <Button size="small" loading={logout.isPending} onClick={() => logout.mutate()}>
        {t('header.logout')}
      </Button>
    </div>
  );
}

/** The frame of every page: header with brand, navigation, language and user; the page below, full width. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const changeLocale = useChangeLocale();
  const path = location.pathname;
  const onLogin = isLoginPath(path);

  useSignOutOnExpiredSession();
  useLocaleFromServer(me.data);

  useEffect(() => {
    if (me.data === null && !onLogin) {
      const wanted = `${location.pathname}${location.searchStr ?? ''}`;
      const href = wanted === '/' ? '/login' : `/login?redirect=${encodeURIComponent(wanted)}`;
      void navigate({ href, replace: true });
    }
  }, [me.data, onLogin, location.pathname, location.searchStr, navigate]);

  const user = me.data ?? null;
  let body: ReactNode;
  if (onLogin) body = <Outlet />;
  else if (me.isError)
    body = (
      <div className="dtm-page">
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={me.error.message}
          action={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
        />
      </div>
    );
  else if (!user)
    body = (
      <div className="dtm-center">
        <Spin aria-label={t('common.loading')} />
      </div>
    );
  else body = <Outlet />;

  return (
    <Layout className="dtm-app">
      <a className="dtm-skip" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="dtm-header">
        <Brand />
        {user && !onLogin ? <MainNav me={user} path={path} /> : <span className="dtm-header__spacer" />}
        <div className="dtm-header__right">
          <LanguageSwitch onChange={(l: Locale) => void changeLocale(l)} />
          {user && !onLogin ? <UserBlock me={user} /> : null}
        </div>
      </header>
      <main id="main" className="dtm-main" tabIndex={-1}>
        {body}
      </main>
    </Layout>
  );
}
