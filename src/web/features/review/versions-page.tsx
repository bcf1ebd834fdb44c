import { Link } from '@tanstack/react-router';
import { Alert, Spin, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { AMENDMENT_GROUNDS } from '../../../domain/workflow/workflow.ts';
import { formatDateTime } from '../../components/ui/format.ts';
import { useEditor, useEditorVersion } from '../editor/editor-context.tsx';
import { SectionHeading } from '../editor/form-row.tsx';
import { PageLink } from '../editor/page-link.tsx';
import { useMapHistory, useMapVersions } from './api.ts';
import { basedOnFromHistory, formatIsoDate, type VersionSummary } from './lifecycle.logic.ts';
import { VersionStatusTag } from './status-tag.tsx';

/**
 * Every version of the map the user may see (R.41–R.42: every version stays readable), with its
 * status and dates, what it was based on and on which ground it amends; each opens in the editor
 * (read-only unless it is the user's draft) and compares with the shown one.
 */
export function VersionsPage() {
  const { t } = useTranslation('editor');
  const { mapId, number, locale } = useEditor();
  const version = useEditorVersion();
  const versions = useMapVersions(mapId);
  const history = useMapHistory(mapId);
  const basedOn = basedOnFromHistory(history.data ?? []);
  if (version.lifecycle.basedOnNumber !== null) basedOn.set(number, version.lifecycle.basedOnNumber);
  const dash = <span className="rv-muted">—</span>;
  const date = (d: string | null) => (d ? formatIsoDate(d, locale) : dash);

  const columns: TableColumnsType<VersionSummary> = [
    {
      key: 'number',
      title: t('editor:ver.col.number'),
      render: (_, v) => (
        <span className="rv-nowrap">
          {v.number === number ? (
            <strong>{t('editor:topbar.version', { n: v.number })}</strong>
          ) : (
            <Link to="/maps/$mapId/v/$number" params={{ mapId, number: String(v.number) }}>
              {t('editor:topbar.version', { n: v.number })}
            </Link>
          )}
          {v.number === number && <Tag className="rv-current">{t('editor:ver.current')}</Tag>}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('editor:ver.col.status'),
      render: (_, v) => <VersionStatusTag status={v.status} />,
    },
    {
      key: 'updated',
      title: t('editor:ver.col.updated'),
      render: (_, v) => formatDateTime(v.updatedAt, locale),
    },
    {
      key: 'submitted',
      title: t('editor:ver.col.submitted'),
      render: (_, v) => (v.submittedAt ? formatDateTime(v.submittedAt, locale) : dash),
    },
    {
      key: 'approved',
      title: t('editor:ver.col.approved'),
      className: 'rv-nowrap',
      render: (_, v) => date(v.approvedOn),
    },
    {
      key: 'published',
      title: t('editor:ver.col.published'),
      render: (_, v) => date(v.publishedOn),
    },
    {
      key: 'basedOn',
      title: t('editor:ver.col.basedOn'),
      render: (_, v) => {
        const b = basedOn.get(v.number);
        return b ? t('editor:topbar.version', { n: b }) : dash;
      },
    },
    {
      key: 'ground',
      title: t('editor:ver.col.ground'),
      render: (_, v) => {
        const g = AMENDMENT_GROUNDS.find((x) => x.ground === v.amendmentGround);
        if (!g) return dash;
        return (
          <div className="rv-ground">
            <div className="rv-nowrap">{t('editor:ver.groundShort', { ground: g.ground })}</div>
            <div className="rv-muted rv-small">{g.title[locale]}</div>
          </div>
        );
      },
    },
    {
      key: 'compare',
      title: <span className="ed-sr-only">{t('editor:ver.compare')}</span>,
      render: (_, v) =>
        v.number === number ? null : (
          <PageLink
            page={{ kind: 'redline', from: Math.min(v.number, number), to: Math.max(v.number, number) }}
          >
            {t('editor:ver.compareWithThis', { n: v.number })}
          </PageLink>
        ),
    },
  ];

  return (
    <article className="ed-page">
      <SectionHeading title={t('editor:nav.versions')} helper={t('editor:ver.help')} />
      {versions.isError && <Alert type="error" showIcon title={versions.error.message} />}
      {versions.isPending && <Spin aria-label={t('editor:load.loading')} />}
      {versions.data && (
        <Table<VersionSummary>
          className="rv-versions"
          size="small"
          rowKey="number"
          pagination={false}
          columns={columns}
          dataSource={[...versions.data.versions].sort((a, b) => b.number - a.number)}
          rowClassName={(v) => (v.number === number ? 'rv-row-current' : '')}
        />
      )}
    </article>
  );
}
