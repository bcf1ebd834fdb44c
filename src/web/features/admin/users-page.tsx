import { Alert, Button, Input, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserOut } from '../../../api/admin.ts';
import { pickText } from '../../../domain/locale.ts';
import { ActiveTag } from '../../components/ui/active-tag.tsx';
import { nameCollator } from '../../components/ui/format.ts';
import { Page } from '../../components/ui/page.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { RoleTags } from '../../components/ui/role-tags.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { useSignedIn } from '../auth/use-signed-in.ts';
import { useUsers } from './api.ts';
import { Forbidden } from './forbidden.tsx';
import { UserCreateDrawer } from './user-create-drawer.tsx';
import { UserEditDrawer } from './user-edit-drawer.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  useDocumentTitle(t('users.title'));
  if (!me) return null;
  if (!me.can.manageUsers) return <Forbidden />;
  return <UsersList />;
}

function UsersList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const users = useUsers();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserOut | null>(null);

  const collator = useMemo(() => nameCollator(locale), [locale]);
  const rows = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const all = users.data ?? [];
    if (!q) return all;
    return all.filter((u) =>
      [
        u.login,
        u.fullName,
        u.organisation.name.kk,
        u.organisation.name.ru,
        u.organisation.name.en ?? '',
        u.organisation.code,
      ]
        .join(' ')
        .toLocaleLowerCase()
        .includes(q),
    );
  }, [users.data, query]);

  const orgName = (u: UserOut) => pickText(u.organisation.name, locale);
  const columns: TableColumnsType<UserOut> = [
    {
      key: 'login',
      title: t('users.col.login'),
      dataIndex: 'login',
      sorter: (a, b) => collator.compare(a.login, b.login),
      defaultSortOrder: 'ascend',
    },
    {
      key: 'fullName',
      title: t('users.col.fullName'),
      dataIndex: 'fullName',
      sorter: (a, b) => collator.compare(a.fullName, b.fullName),
    },
    {
      key: 'organisation',
      title: t('users.col.organisation'),
      render: (_, u) => orgName(u),
      sorter: (a, b) => collator.compare(orgName(a), orgName(b)),
    },
    { key: 'roles', title: t('users.col.roles'), render: (_, u) => <RoleTags roles={u.roles} /> },
    {
      key: 'isActive',
      title: t('users.col.status'),
      render: (_, u) => <ActiveTag active={u.isActive} />,
      filters: [
        { text: t('active.user.yes'), value: true },
        { text: t('active.user.no'), value: false },
      ],
      onFilter: (value, u) => u.isActive === value,
    },
    {
      key: 'actions',
      title: <span className="dtm-sr-only">{t('common.actions')}</span>,
      align: 'right',
      render: (_, u) => (
        <Button
          size="small"
          onClick={() => setEditing(u)}
          aria-label={t('users.editNamed', { login: u.login })}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Page>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('users.create.button')}
          </Button>
        }
      />
      {users.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={users.error.message}
          action={<Button onClick={() => void users.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <div className="dtm-panel">
          <div className="dtm-toolbar">
            <Input
              type="search"
              allowClear
              className="dtm-toolbar__search"
              aria-label={t('users.search')}
              placeholder={t('users.search')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <span className="dtm-toolbar__count" aria-live="polite">
              {t('common.shown', { shown: rows.length, total: users.data?.length ?? 0 })}
            </span>
          </div>
          <Table<UserOut>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={users.isLoading}
            pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: query ? t('common.nothingFound') : t('users.empty') }}
          />
        </div>
      )}
      <UserCreateDrawer open={creating} onClose={() => setCreating(false)} />
      <UserEditDrawer user={editing} onClose={() => setEditing(null)} />
    </Page>
  );
}
