import { Link } from '@tanstack/react-router';
import { Alert, Button, Empty, Input, Spin } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/ui/format.ts';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { usePublicMaps } from './api.ts';
import { searchMaps } from './portal-search.ts';
import { periodLabel } from './portal-text.ts';
import { LocalText } from './portal-text-view.tsx';

/** The portal's home: every published map of every body, searchable, in the reader's order. */
export function PortalListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const maps = usePublicMaps();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  useDocumentTitle(t('portal.list.title'));

  const shown = useMemo(() => searchMaps(maps.data ?? [], deferred, locale), [maps.data, deferred, locale]);
  const total = maps.data?.length ?? 0;

  let body: React.ReactNode;
  if (maps.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={maps.error.message}
        action={<Button onClick={() => void maps.refetch()}>{t('common.retry')}</Button>}
      />
    );
  else if (maps.isLoading)
    body = (
      <div className="dtm-center">
        <Spin aria-label={t('common.loading')} />
      </div>
    );
  else if (total === 0)
    body = (
      <div className="dtm-panel dtm-panel--empty">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.list.empty')} />
      </div>
    );
  else
    body = (
      <div className="dtm-panel">
        <div className="dtm-toolbar">
          <Input
            type="search"
            allowClear
            className="dtm-toolbar__search pt-search"
            placeholder={t('portal.list.search')}
            aria-label={t('portal.list.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <span className="dtm-toolbar__count" role="status">
            {t('common.shown', { shown: shown.length, total })}
          </span>
        </div>
        {shown.length === 0 ? (
          <p className="pt-list-empty">{t('common.nothingFound')}</p>
        ) : (
          <ul className="pt-list" aria-label={t('portal.list.label')}>
            {shown.map((m) => (
              <li key={m.id} className="pt-list__item">
                <div className="pt-list__org">
                  <LocalText text={m.organisation.name} />
                </div>
                <h2 className="pt-list__title">
                  <Link to="/portal/maps/$mapId" params={{ mapId: m.id }}>
                    <LocalText text={m.title} />
                  </Link>
                </h2>
                <div className="pt-meta">
                  <span>{t('portal.list.period', { period: periodLabel(m.periodFrom) })}</span>
                  <span>{t('portal.version', { n: m.versionNumber })}</span>
                  {m.publishedOn ? (
                    <span>{t('portal.published', { date: formatDate(m.publishedOn, locale) })}</span>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    );

  return (
    <div className="dtm-page">
      <PageHeader title={t('portal.list.title')} description={t('portal.list.description')} />
      {body}
    </div>
  );
}
