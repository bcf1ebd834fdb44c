import { Link } from '@tanstack/react-router';
import { Alert, App, Button, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/ui/format.ts';
import { Page } from '../../components/ui/page.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { useSignedIn } from '../auth/use-signed-in.ts';
import { useInbox, useMarkRead } from './api.ts';
import { type NotificationItem, notificationMessage } from './notification-message.ts';
import './inbox.css';

/** The user's notifications in the reader's language, newest first; unread ones stand out. */
export function InboxPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const inbox = useInbox(Boolean(me));
  const markRead = useMarkRead();
  const { message } = App.useApp();
  useDocumentTitle(t('inbox.title'));
  if (!me) return null;

  const unread = inbox.data?.unread ?? 0;
  const markAll = () =>
    markRead.mutate(undefined, { onSuccess: () => void message.success(t('inbox.markedAll')) });

  let body: React.ReactNode;
  if (inbox.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={inbox.error.message}
        action={<Button onClick={() => void inbox.refetch()}>{t('common.retry')}</Button>}
      />
    );
  else if (!inbox.data)
    body = (
      <div className="dtm-center">
        <Spin aria-label={t('common.loading')} />
      </div>
    );
  else if (inbox.data.items.length === 0)
    body = (
      <div className="dtm-panel dtm-panel--empty">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inbox.empty')} />
      </div>
    );
  else
    body = (
      <ul className="ib-list dtm-panel" aria-label={t('inbox.title')}>
        {inbox.data.items.map((n) => (
          <InboxItem key={n.id} n={n} onOpen={() => !n.read && markRead.mutate([n.id])} />
        ))}
      </ul>
    );

  return (
    <Page narrow>
      <PageHeader
        title={t('inbox.title')}
        description={t('inbox.description')}
        actions={
          <>
            <span className="dtm-muted" role="status">
              {t('inbox.unreadCount', { count: unread })}
            </span>
            <Button
              onClick={markAll}
              disabled={unread === 0}
              loading={markRead.isPending && !markRead.variables}
            >
              {t('inbox.markAll')}
            </Button>
          </>
        }
      />
      {body}
    </Page>
  );
}

function InboxItem({ n, onOpen }: { n: NotificationItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const m = notificationMessage(n, locale);
  return (
    <li className={`ib-item ib-item--${m.tone}${n.read ? '' : ' ib-item--unread'}`}>
      <span className="ib-dot" aria-hidden="true" />
      <div className="ib-body">
        <p className="ib-text">
          {n.read ? null : <span className="ib-new">{t('inbox.new')}</span>}
          {t(m.key, m.params)}
        </p>
        {m.reason ? <p className="ib-reason">{t('inbox.reason', { reason: m.reason })}</p> : null}
        <div className="ib-meta">
          <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, locale)}</time>
          {m.link ? (
            <Link to="/maps/$mapId/v/$number" params={m.link} onClick={onOpen}>
              {t('inbox.open', { n: m.link.number })}
            </Link>
          ) : null}
          {m.project ? (
            <Link to="/projects/$projectId" params={m.project} onClick={onOpen}>
              {t('inbox.openProject')}
            </Link>
          ) : null}
          {m.monitoring ? (
            <Link to="/monitoring/$mapId/report/$period" params={m.monitoring} onClick={onOpen}>
              {t('inbox.openMonitoring')}
            </Link>
          ) : null}
        </div>
      </div>
    </li>
  );
}
