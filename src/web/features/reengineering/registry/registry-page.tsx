import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Input, Select, Table, type TableColumnsType, type TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessListItem } from '../../../../api/registry.ts';
import { type Locale, pickText } from '../../../../domain/locale.ts';
import { PROCESS_STATUSES } from '../../../../domain/registry/registry.ts';
import { nameCollator } from '../../../components/ui/format.ts';
import { Page } from '../../../components/ui/page.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../../components/ui/use-document-title.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';
import { useReference } from '../../admin/api.ts';
import { OrganisationSelect } from '../../admin/organisation-select.tsx';
import { useSignedIn } from '../../auth/use-signed-in.ts';
import { useProcesses, useRegistryCases } from './api.ts';
import { ProcessFormDrawer } from './process-form-drawer.tsx';
import type { RegistrySearch } from './registry-search.ts';
import { ProcessStatusTag, RepeatedDataTag, VariantTags } from './registry-tags.tsx';
import './registry.css';

const PAGE_SIZE = 50;
/** Organisations that read the whole national registry (the server decides; this only shows the body filter). */
const NATIONAL_KINDS = ['authorized_body', 'support_center', 'interagency_commission'];

/** Options of a reference table for a filter: active and archived rows, by name in the reader's language. */
function useReferenceOptions(kind: 'public-services' | 'information-systems', locale: Locale) {
  const rows = useReference(kind);
  return useMemo(() => {
    const collator = nameCollator(locale);
    return (rows.data ?? [])
      .map((r) => ({
        value: r.id,
        label: pickText(r.name, locale),
        search: [r.name.kk, r.name.ru, r.name.en ?? '', r.code ?? ''].join(' ').toLocaleLowerCase(),
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [rows.data, locale]);
}

const searchFilter = {
  filterOption: (input: string, option?: { search?: string }) =>
    (option?.search ?? '').includes(input.trim().toLocaleLowerCase()),
};

/** The electronic registry of business processes (R.11.7): a dense table with its filters in the URL. */
export function RegistryPage() {
  const { t } = useTranslation('reeng');
  const me = useSignedIn();
  useDocumentTitle(t('registry.title'));
  if (!me) return null;
  return <RegistryList national={NATIONAL_KINDS.includes(me.organisation.kind)} />;
}

function RegistryList({ national }: { national: boolean }) {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as RegistrySearch;
  const page = search.page ?? 1;
  const list = useProcesses({ ...search, page, pageSize: PAGE_SIZE });
  const services = useReferenceOptions('public-services', locale);
  const systems = useReferenceOptions('information-systems', locale);
  const cases = useRegistryCases(search.orgId);
  const [creating, setCreating] = useState(false);

  /** Changes filters (back to the first page unless the page itself changes). */
  const setSearch = (patch: Partial<RegistrySearch>, replace = false) =>
    void navigate({
      to: '/registry',
      search: (prev: RegistrySearch) => {
        const next: RegistrySearch = { ...prev, page: undefined, ...patch };
        return Object.fromEntries(
          Object.entries(next).filter(([, v]) => v !== undefined && v !== ''),
        ) as RegistrySearch;
      },
      replace,
    });

  // The text search follows typing after a pause, without a history entry per keystroke.
  const [text, setText] = useState(search.q ?? '');
  useEffect(() => setText(search.q ?? ''), [search.q]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: setSearch is a fresh closure each render.
  useEffect(() => {
    if (text === (search.q ?? '')) return;
    const timer = setTimeout(() => setSearch({ q: text.trim() ? text : undefined }, true), 350);
    return () => clearTimeout(timer);
  }, [text, search.q]);

  const caseOptions = useMemo(() => {
    const groups = new Map<
      string,
      { label: string; search?: string; options: { value: string; label: string; search: string }[] }
    >();
    for (const c of cases.data ?? []) {
      const group = `${c.mapId}`;
      if (!groups.has(group))
        groups.set(group, {
          label: t('registry.filter.mapOf', {
            org: pickText(c.org.name, locale),
            from: c.periodFrom,
            to: c.periodFrom + 4,
          }),
          options: [],
        });
      groups.get(group)!.options.push({
        value: `${c.mapId}/${c.caseId}`,
        label: pickText(c.name, locale),
        search: `${c.name.kk} ${c.name.ru} ${c.name.en ?? ''}`.toLocaleLowerCase(),
      });
    }
    return [...groups.values()];
  }, [cases.data, locale, t]);

  const columns: TableColumnsType<ProcessListItem> = [
    {
      key: 'name',
      title: t('registry.col.name'),
      sorter: true,
      sortOrder: (search.sort ?? 'name') === 'name' ? 'ascend' : search.sort === '-name' ? 'descend' : null,
      render: (_, p) => (
        <div>
          <Link to="/registry/$processId" params={{ processId: p.id }} lang={locale}>
            {pickText(p.name, locale)}
          </Link>
          {locale !== 'ru' && p.name.ru ? (
            <div className="reg-other" lang="ru">
              {p.name.ru}
            </div>
          ) : locale === 'ru' && p.name.kk ? (
            <div className="reg-other" lang="kk">
              {p.name.kk}
            </div>
          ) : null}
        </div>
      ),
    },
    ...(national
      ? [
          {
            key: 'org',
            title: t('registry.col.org'),
            width: '16%',
            sorter: true,
            sortOrder: search.sort === 'org' ? ('ascend' as const) : null,
            render: (_: unknown, p: ProcessListItem) => pickText(p.org.name, locale),
          },
        ]
      : []),
    {
      key: 'cases',
      title: t('registry.col.cases'),
      width: '20%',
      render: (_, p) =>
        p.caseLinks.length ? (
          <ul className="reg-list">
            {p.caseLinks.map((c) => (
              <li key={`${c.mapId}/${c.caseId}/${c.processItemId ?? ''}`}>
                {c.caseName ? pickText(c.caseName, locale) : c.caseId}
              </li>
            ))}
          </ul>
        ) : (
          <span className="dtm-muted">—</span>
        ),
    },
    {
      key: 'size',
      title: t('registry.col.rolesSteps'),
      width: 110,
      className: 'dtm-nowrap',
      render: (_, p) => (
        <span
          title={t('registry.col.rolesStepsTitle', { roles: p.roles.length, steps: p.steps.length })}
        >{`${p.roles.length} / ${p.steps.length}`}</span>
      ),
    },
    {
      key: 'variants',
      title: t('registry.col.variants'),
      width: 200,
      render: (_, p) => <VariantTags variants={p.variants} />,
    },
    {
      key: 'repeated',
      title: t('registry.col.repeated'),
      width: 150,
      render: (_, p) => <RepeatedDataTag count={p.repeatedDataCount} />,
    },
    {
      key: 'status',
      title: t('registry.col.status'),
      width: 150,
      render: (_, p) => <ProcessStatusTag status={p.status} />,
    },
  ];

  const onTableChange: TableProps<ProcessListItem>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort =
      s?.columnKey === 'org' && s.order
        ? 'org'
        : s?.columnKey === 'name' && s.order === 'descend'
          ? '-name'
          : undefined;
    const nextPage = pagination.current && pagination.current > 1 ? pagination.current : undefined;
    if (sort !== search.sort) setSearch({ sort });
    else if (nextPage !== search.page) setSearch({ page: nextPage });
  };

  const filtered = Object.keys(search).some((k) => k !== 'sort' && k !== 'page');

  return (
    <Page>
      <PageHeader
        title={t('registry.title')}
        description={t(national ? 'registry.descriptionNational' : 'registry.description')}
        actions={
          <>
            <Link to="/registry/repeated-data">{t('registry.repeated.link')}</Link>
            {list.data?.canCreate ? (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('registry.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="dtm-panel">
        <search className="dtm-toolbar reg-filters" aria-label={t('registry.filter.label')}>
          <Input
            type="search"
            allowClear
            className="dtm-toolbar__search"
            aria-label={t('registry.filter.q')}
            placeholder={t('registry.filter.q')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {national ? (
            <OrganisationSelect
              value={search.orgId}
              allowClear
              placeholder={t('registry.filter.org')}
              aria-describedby={undefined}
              onChange={(orgId) =>
                setSearch({ orgId: orgId || undefined, mapId: undefined, caseId: undefined })
              }
            />
          ) : null}
          <Select
            allowClear
            className="reg-filter"
            aria-label={t('registry.filter.status')}
            placeholder={t('registry.filter.status')}
            value={search.status}
            options={PROCESS_STATUSES.map((s) => ({ value: s, label: t(`registry.status.${s}`) }))}
            onChange={(status) => setSearch({ status })}
          />
          <Select
            allowClear
            className="reg-filter reg-filter--wide"
            aria-label={t('registry.filter.case')}
            placeholder={t('registry.filter.case')}
            value={search.mapId && search.caseId ? `${search.mapId}/${search.caseId}` : undefined}
            options={caseOptions}
            loading={cases.isLoading}
            showSearch={searchFilter}
            popupMatchSelectWidth={false}
            onChange={(v?: string) => {
              const [mapId, caseId] = v ? v.split('/') : [];
              setSearch({ mapId, caseId });
            }}
          />
          <Select
            allowClear
            className="reg-filter reg-filter--wide"
            aria-label={t('registry.filter.service')}
            placeholder={t('registry.filter.service')}
            value={search.publicServiceId}
            options={services}
            showSearch={searchFilter}
            popupMatchSelectWidth={false}
            onChange={(publicServiceId) => setSearch({ publicServiceId })}
          />
          <Select
            allowClear
            className="reg-filter reg-filter--wide"
            aria-label={t('registry.filter.system')}
            placeholder={t('registry.filter.system')}
            value={search.informationSystemId}
            options={systems}
            showSearch={searchFilter}
            popupMatchSelectWidth={false}
            onChange={(informationSystemId) => setSearch({ informationSystemId })}
          />
          {filtered ? (
            <Button onClick={() => setSearch({ ...EMPTY_FILTERS, sort: search.sort })}>
              {t('registry.filter.reset')}
            </Button>
          ) : null}
          <span className="dtm-toolbar__count" aria-live="polite">
            {t('registry.total', { total: list.data?.total ?? 0 })}
          </span>
        </search>
        {list.isError ? (
          <Alert
            type="error"
            showIcon
            className="dtm-block"
            title={t('translation:common.loadFailed')}
            description={list.error.message}
            action={<Button onClick={() => void list.refetch()}>{t('translation:common.retry')}</Button>}
          />
        ) : (
          <Table<ProcessListItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            onChange={onTableChange}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
            }}
            locale={{ emptyText: filtered ? t('registry.nothingFound') : t('registry.empty') }}
          />
        )}
      </div>
      <ProcessFormDrawer open={creating} process={null} onClose={() => setCreating(false)} />
    </Page>
  );
}

const EMPTY_FILTERS: Partial<RegistrySearch> = {
  orgId: undefined,
  mapId: undefined,
  caseId: undefined,
  publicServiceId: undefined,
  informationSystemId: undefined,
  status: undefined,
  q: undefined,
};
