import { useNavigate, useParams } from '@tanstack/react-router';
import { Alert, Button, Input, Table, type TableColumnsType, Tabs, Tag } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REFERENCE_KINDS, type ReferenceItemOut, type ReferenceKind } from '../../../api/reference.ts';
import { pickText } from '../../../domain/locale.ts';
import { ActiveTag } from '../../components/ui/active-tag.tsx';
import { nameCollator } from '../../components/ui/format.ts';
import { Page } from '../../components/ui/page.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { useSignedIn } from '../auth/use-signed-in.ts';
import { useOrganisations, useReference } from './api.ts';
import { Forbidden, PageNotice } from './forbidden.tsx';
import { ReferenceDrawer } from './reference-drawer.tsx';

const isKind = (k: string): k is ReferenceKind => (REFERENCE_KINDS as readonly string[]).includes(k);

export function ReferencePage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  // Not strict: while signing out the router may render this page one more time under /login.
  const kind = useParams({ strict: false }).kind ?? '';
  useDocumentTitle(
    isKind(kind) ? `${t(`reference.kind.${kind}`)} · ${t('reference.title')}` : t('reference.title'),
  );
  if (!me) return null;
  if (!me.can.manageReference) return <Forbidden />;
  if (!isKind(kind)) return <PageNotice status="404" title={t('reference.unknownKind')} />;
  return <ReferenceTables kind={kind} />;
}

function ReferenceTables({ kind }: { kind: ReferenceKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page>
      <PageHeader title={t('reference.title')} description={t('reference.description')} />
      <Tabs
        activeKey={kind}
        onChange={(k) => void navigate({ to: '/admin/reference/$kind', params: { kind: k } })}
        items={REFERENCE_KINDS.map((k) => ({ key: k, label: t(`reference.kind.${k}`) }))}
      />
      <ReferenceTable key={kind} kind={kind} />
    </Page>
  );
}

function ReferenceTable({ kind }: { kind: ReferenceKind }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = useReference(kind);
  const orgs = useOrganisations();
  // Data objects name the information system that holds them.
  const systems = useReference('information-systems');
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<ReferenceItemOut | null | undefined>(undefined);

  const orgByCode = useMemo(() => new Map((orgs.data ?? []).map((o) => [o.code, o])), [orgs.data]);
  const systemById = useMemo(() => new Map((systems.data ?? []).map((s) => [s.id, s])), [systems.data]);
  const extraText = useCallback(
    (r: ReferenceItemOut): string => {
      if (!r.extra) return '';
      if (kind === 'planning-documents') return t(`reference.docKind.${r.extra}`, { defaultValue: r.extra });
      if (kind === 'legal-acts') return t(`reference.legalActKind.${r.extra}`, { defaultValue: r.extra });
      if (kind === 'data-objects') {
        const system = systemById.get(r.extra);
        return system ? pickText(system.name, locale) : r.extra;
      }
      if (kind === 'information-systems') {
        const org = orgByCode.get(r.extra);
        return org ? pickText(org.name, locale) : r.extra;
      }
      return r.extra;
    },
    [kind, t, orgByCode, systemById, locale],
  );

  const kk = useMemo(() => nameCollator('kk'), []);
  const ru = useMemo(() => nameCollator('ru'), []);
  const local = locale === 'kk' ? kk : ru;
  const sorted = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const list = (rows.data ?? []).filter(
      (r) =>
        !q ||
        [
          r.code ?? '',
          r.name.kk,
          r.name.ru,
          r.name.en ?? '',
          r.extra ?? '',
          extraText(r),
          ...(r.synonyms ?? []),
        ]
          .join(' ')
          .toLocaleLowerCase()
          .includes(q),
    );
    // Names in the reader's language first, sorted by that language's alphabet.
    const key = locale === 'kk' ? 'kk' : 'ru';
    return list.sort((a, b) => local.compare(a.name[key], b.name[key]));
  }, [rows.data, query, locale, local, extraText]);

  const columns: TableColumnsType<ReferenceItemOut> = [
    ...(kind !== 'planning-documents'
      ? [
          {
            key: 'code',
            title: t('reference.col.code'),
            width: 130,
            className: 'dtm-nowrap',
            render: (_: unknown, r: ReferenceItemOut) => r.code ?? '',
            sorter: (a: ReferenceItemOut, b: ReferenceItemOut) => ru.compare(a.code ?? '', b.code ?? ''),
          },
        ]
      : []),
    {
      key: 'nameKk',
      title: t('reference.col.nameKk'),
      render: (_, r) => <span lang="kk">{r.name.kk}</span>,
      sorter: (a, b) => kk.compare(a.name.kk, b.name.kk),
    },
    {
      key: 'nameRu',
      title: t('reference.col.nameRu'),
      render: (_, r) => <span lang="ru">{r.name.ru}</span>,
      sorter: (a, b) => ru.compare(a.name.ru, b.name.ru),
    },
    {
      key: 'extra',
      title: t(`reference.extra.${kind}`),
      width: '22%',
      render: (_, r) => extraText(r),
      sorter: (a, b) => local.compare(extraText(a), extraText(b)),
    },
    ...(kind === 'data-objects'
      ? [
          {
            key: 'synonyms',
            title: t('reference.col.synonyms'),
            width: '20%',
            render: (_: unknown, r: ReferenceItemOut) => (
              <span className="dtm-tags">
                {(r.synonyms ?? []).map((s) => (
                  <Tag key={s} className="dtm-tag">
                    {s}
                  </Tag>
                ))}
              </span>
            ),
          },
        ]
      : []),
    {
      key: 'isActive',
      title: t('reference.col.isActive'),
      width: 120,
      render: (_, r) => <ActiveTag active={r.isActive} kind="reference" />,
      filters: [
        { text: t('active.reference.yes'), value: true },
        { text: t('active.reference.no'), value: false },
      ],
      onFilter: (value, r) => r.isActive === value,
    },
    {
      key: 'actions',
      title: <span className="dtm-sr-only">{t('common.actions')}</span>,
      width: 110,
      align: 'right',
      render: (_, r) => (
        <Button
          size="small"
          onClick={() => setEditing(r)}
          aria-label={t('reference.editNamed', { name: pickText(r.name, locale) })}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  if (rows.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={rows.error.message}
        action={<Button onClick={() => void rows.refetch()}>{t('common.retry')}</Button>}
      />
    );

  return (
    <div className="dtm-panel">
      <div className="dtm-toolbar">
        <Input
          type="search"
          allowClear
          className="dtm-toolbar__search"
          aria-label={t('reference.search')}
          placeholder={t('reference.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="dtm-toolbar__count" aria-live="polite">
          {t('common.shown', { shown: sorted.length, total: rows.data?.length ?? 0 })}
        </span>
        <Button type="primary" onClick={() => setEditing(null)}>
          {t('reference.add')}
        </Button>
      </div>
      <Table<ReferenceItemOut>
        rowKey="id"
        columns={columns}
        dataSource={sorted}
        loading={rows.isLoading}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: query ? t('common.nothingFound') : t('reference.empty') }}
      />
      <ReferenceDrawer kind={kind} item={editing} onClose={() => setEditing(undefined)} />
    </div>
  );
}
