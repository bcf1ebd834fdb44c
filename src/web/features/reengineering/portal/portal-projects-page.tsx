import { Link } from '@tanstack/react-router';
import { Alert, Button, Empty, Input, Spin } from 'antd';
import { type ReactNode, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/ui/format.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../../components/ui/use-document-title.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';
import { LocalText } from '../../portal/portal-text-view.tsx';
import { usePublicProjects } from './api.ts';
import { searchPublicProjects } from './portal-search.logic.ts';

/** /portal/projects: the published results of reengineering (R.37) of every body, searchable. */
export function PortalProjectsPage() {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const projects = usePublicProjects();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  useDocumentTitle(t('portal.project.listTitle'));
  const shown = useMemo(
    () => searchPublicProjects(projects.data ?? [], deferred, locale),
    [projects.data, deferred, locale],
  );
  const total = projects.data?.length ?? 0;

  let body: ReactNode;
  if (projects.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={projects.error.message}
        action={<Button onClick={() => void projects.refetch()}>{t('project.retry')}</Button>}
      />
    );
  else if (projects.isLoading)
    body = (
      <div className="dtm-center">
        <Spin aria-label={t('project.loading')} />
      </div>
    );
  else if (total === 0)
    body = (
      <div className="dtm-panel dtm-panel--empty">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.project.empty')} />
      </div>
    );
  else
    body = (
      <div className="dtm-panel">
        <div className="dtm-toolbar">
          <Input
            type="search"
            allowClear
            className="dtm-toolbar__search"
            placeholder={t('portal.project.search')}
            aria-label={t('portal.project.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <span className="dtm-toolbar__count" role="status">
            {t('portal.project.shown', { shown: shown.length, total })}
          </span>
        </div>
        {shown.length === 0 ? (
          <p className="pt-list-empty">{t('portal.project.nothingFound')}</p>
        ) : (
          <ul className="pt-list" aria-label={t('portal.project.listTitle')}>
            {shown.map((p) => (
              <li key={p.id} className="pt-list__item">
                <div className="pt-list__org">
                  <LocalText text={p.org.name} />
                </div>
                <h2 className="pt-list__title">
                  <Link to="/portal/projects/$projectId" params={{ projectId: p.id }}>
                    <LocalText text={p.caseName} />
                  </Link>
                </h2>
                <div className="pt-meta">
                  {p.approvedOn && (
                    <span>{t('portal.project.approved', { date: formatDate(p.approvedOn, locale) })}</span>
                  )}
                  {p.publishedOn && (
                    <span>{t('portal.project.published', { date: formatDate(p.publishedOn, locale) })}</span>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    );

  return (
    <div className="dtm-page">
      <PageHeader title={t('portal.project.listTitle')} description={t('portal.project.listDescription')} />
      {body}
    </div>
  );
}
