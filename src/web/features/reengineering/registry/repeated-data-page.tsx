import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Select, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepeatedDataRow } from '../../../../api/registry.ts';
import { pickText } from '../../../../domain/locale.ts';
import { nameCollator } from '../../../components/ui/format.ts';
import { Page } from '../../../components/ui/page.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../../components/ui/use-document-title.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';
import { useReference } from '../../admin/api.ts';
import { OrganisationSelect } from '../../admin/organisation-select.tsx';
import { useRepeatedData } from './api.ts';
import type { RepeatedDataSearch } from './registry-search.ts';
import './registry.css';

/**
 * The national list of repeated data requests (R.40, R.5.7): every step of a current process
 * variant that asks the applicant for data an e-government information system already holds.
 */
export function RepeatedDataPage() {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const navigate = useNavigate();
  useDocumentTitle(t('registry.repeated.title'));
  const search = useSearch({ strict: false }) as RepeatedDataSearch;
  const rows = useRepeatedData(search);
  const systems = useReference('information-systems');
  const systemOptions = useMemo(() => {
    const collator = nameCollator(locale);
    return (systems.data ?? [])
      .map((s) => ({
        value: s.id,
        label: pickText(s.name, locale),
        search: [s.name.kk, s.name.ru, s.code ?? ''].join(' ').toLocaleLowerCase(),
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [systems.data, locale]);

  const setSearch = (patch: Partial<RepeatedDataSearch>) =>
    void navigate({
      to: '/registry/repeated-data',
      search: (prev: RepeatedDataSearch) =>
        Object.fromEntries(
          Object.entries({ ...prev, ...patch }).filter(([, v]) => v !== undefined && v !== ''),
        ) as RepeatedDataSearch,
    });

  const columns: TableColumnsType<RepeatedDataRow> = [
    {
      key: 'process',
      title: t('registry.repeated.col.process'),
      render: (_, r) => (
        <Link to="/registry/$processId" params={{ processId: r.process.id }}>
          {pickText(r.process.name, locale)}
        </Link>
      ),
    },
    {
      key: 'org',
      title: t('registry.col.org'),
      width: '16%',
      render: (_, r) => pickText(r.process.org.name, locale),
    },
    {
      key: 'variant',
      title: t('registry.repeated.col.variant'),
      width: 120,
      render: (_, r) => t(`registry.variant.${r.variantKind}`),
    },
    { key: 'element', title: t('registry.repeated.col.element'), render: (_, r) => r.elementName },
    {
      key: 'object',
      title: t('registry.repeated.col.dataObject'),
      render: (_, r) => pickText(r.dataObject.name, locale),
    },
    {
      key: 'system',
      title: t('registry.repeated.col.system'),
      width: '20%',
      render: (_, r) => pickText(r.informationSystem.name, locale),
    },
  ];

  return (
    <Page>
      <p className="reg-back">
        <Link to="/registry">{t('registry.process.back')}</Link>
      </p>
      <PageHeader title={t('registry.repeated.title')} description={t('registry.repeated.description')} />
      <div className="dtm-panel">
        <search className="dtm-toolbar reg-filters" aria-label={t('registry.filter.label')}>
          <OrganisationSelect
            value={search.orgId}
            allowClear
            placeholder={t('registry.filter.org')}
            onChange={(orgId) => setSearch({ orgId: orgId || undefined })}
          />
          <Select
            allowClear
            className="reg-filter reg-filter--wide"
            aria-label={t('registry.filter.system')}
            placeholder={t('registry.filter.system')}
            value={search.informationSystemId}
            options={systemOptions}
            showSearch={{
              filterOption: (input, option) =>
                (option?.search ?? '').includes(input.trim().toLocaleLowerCase()),
            }}
            popupMatchSelectWidth={false}
            onChange={(informationSystemId) => setSearch({ informationSystemId })}
          />
          <span className="dtm-toolbar__count" aria-live="polite">
            {t('registry.total', { total: rows.data?.total ?? 0 })}
          </span>
        </search>
        {rows.isError ? (
          <Alert
            type="error"
            showIcon
            className="dtm-block"
            title={t('translation:common.loadFailed')}
            description={rows.error.message}
            action={<Button onClick={() => void rows.refetch()}>{t('translation:common.retry')}</Button>}
          />
        ) : (
          <Table<RepeatedDataRow>
            rowKey={(r) => `${r.process.id}/${r.variantKind}/${r.elementId}/${r.dataObject.id}`}
            size="small"
            columns={columns}
            dataSource={rows.data?.items ?? []}
            loading={rows.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('registry.repeated.none') }}
          />
        )}
      </div>
    </Page>
  );
}
