import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useInbox } from './api.ts';

/** The header's bell: the unread count, polled every 30 s; the link to the inbox. */
export function InboxBell() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const path = useLocation({ select: (l) => l.pathname });
  const unread = inbox.data?.unread ?? 0;
  const label = unread > 0 ? t('header.inbox', { count: unread }) : t('header.inboxNone');
  const active = path === '/inbox';
  return (
    <Link
      to="/inbox"
      className={active ? 'dtm-bell dtm-bell--active' : 'dtm-bell'}
      aria-label={label}
      title={label}
      aria-current={active ? 'page' : undefined}
    >
      <svg
        className="dtm-bell__icon"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        aria-hidden="true"
        focusable="false"
      >
        <path
          fill="currentColor"
          d="M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2zm-2 1H8v-6c0-2.48 1.51-4.5 4-4.5s4 2.02 4 4.5v6z"
        />
      </svg>
      {unread > 0 ? (
        <span className="dtm-bell__count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
