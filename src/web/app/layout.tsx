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
import { InboxBell } from '../features/inbox/inbox-bell.tsx';
import { ApiError, api } from '../lib/api.ts';
import { setLocale } from '../lib/i18n.ts';

const isLoginPath = (path: string) => path === '/login' || path.startsWith('/login/');
/** The public portal draws its own frame and never needs a session. */
export const isPortalPath = (path: string) => path === '/portal' || path.startsWith('/portal/');

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
    // The registry of business processes (R.11.7): every signed-in user reads it (own body or national).
    { to: '/registry', label: t('nav.registry'), active: path.startsWith('/registry'), show: true },
    // Reengineering projects (R.29–R.37): every signed-in user sees the ones of their body (or all, nationally).
    { to: '/projects', label: t('nav.projects'), active: path.startsWith('/projects'), show: true },
    // Internal monitoring (R.27): /monitoring opens the own body's map in force.
    { to: '/monitoring', label: t('nav.monitoring'), active: path.startsWith('/monitoring'), show: true },
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
    {
      to: '/admin/calendar',
      label: t('nav.calendar'),
      active: path.startsWith('/admin/calendar'),
      show: me.can.manageReference,
    },
    {
      to: '/admin/jobs',
      label: t('nav.jobs'),
      active: path.startsWith('/admin/jobs'),
      show: me.can.manageUsers,
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

/** The public portal, for showing a colleague or a citizen what is published; a globe, named. */
function PortalLink() {
  const { t } = useTranslation();
  return (
    <Link to="/portal" className="dtm-portal-link" title={t('nav.portal')}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.93 6h-2.95a15.6 15.6 0 0 0-1.38-3.56A8.03 8.03 0 0 1 18.93 8ZM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96ZM4.26 14a8.2 8.2 0 0 1 0-4h3.38a16.5 16.5 0 0 0 0 4H4.26Zm.81 2h2.95c.32 1.25.78 2.45 1.38 3.56A7.99 7.99 0 0 1 5.07 16Zm2.95-8H5.07a7.99 7.99 0 0 1 4.33-3.56A15.6 15.6 0 0 0 8.02 8ZM12 19.96A14.1 14.1 0 0 1 10.09 16h3.82A14.1 14.1 0 0 1 12 19.96ZM14.34 14H9.66a14.7 14.7 0 0 1 0-4h4.68a14.7 14.7 0 0 1 0 4Zm.26 5.56c.6-1.11 1.06-2.31 1.38-3.56h2.95a8.03 8.03 0 0 1-4.33 3.56ZM16.36 14a16.5 16.5 0 0 0 0-4h3.38a8.2 8.2 0 0 1 0 4h-3.38Z"
        />
      </svg>
      <span className="dtm-portal-link__text">{t('nav.portal')}</span>
    </Link>
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

/**
 * The root of every page: the public portal (/portal*) frames itself and asks for no session;
 * everything else is the signed-in app.
 */
export function AppLayout() {
  const path = useLocation({ select: (l) => l.pathname });
  return isPortalPath(path) ? <Outlet /> : <WorkspaceLayout />;
}

/** The frame of the app: header with brand, navigation, inbox, language and user; the page below, full width. */
function WorkspaceLayout() {
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
          <PortalLink />
          {user && !onLogin ? <InboxBell /> : null}
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
