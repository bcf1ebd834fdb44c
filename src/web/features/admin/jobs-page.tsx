import { useQuery } from '@tanstack/react-query';
import { Alert, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { JobOut } from '../../../server/jobs/jobs.routes.ts';
import { formatDate, formatDateTime } from '../../components/ui/format.ts';
import { Page } from '../../components/ui/page.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { api } from '../../lib/api.ts';
import { useSignedIn } from '../auth/use-signed-in.ts';
import { Forbidden } from './forbidden.tsx';

type Job = z.infer<typeof JobOut>;
const STATE_COLOR: Record<string, string> = {
  failed: 'error',
  retry: 'warning',
  active: 'processing',
  completed: 'success',
};

/** Reminders and escalations in the queue: failed and retrying first, with their last error. */
export function JobsPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const locale = useLocale();
  useDocumentTitle(t('jobs.title'));
  const jobs = useQuery({
    queryKey: ['admin', 'jobs'],
    queryFn: () => api<Job[]>('GET', '/api/admin/jobs'),
    enabled: Boolean(me?.can.manageUsers),
    refetchInterval: 30_000,
  });
  if (!me) return null;
  if (!me.can.manageUsers) return <Forbidden />;
  const failed = (jobs.data ?? []).filter((j) => j.state === 'failed').length;
  const columns: TableColumnsType<Job> = [
    {
      title: t('jobs.state'),
      dataIndex: 'state',
      render: (s: string) => (
        <Tag color={STATE_COLOR[s] ?? 'default'}>{t(`jobs.state.${s}`, { defaultValue: s })}</Tag>
      ),
    },
    {
      title: t('jobs.what'),
      render: (_: unknown, j) => {
        const d = (j.data ?? {}) as { term?: string; kind?: string; due?: string };
        return d.term && d.kind
          ? t(`jobs.kind.${d.term}_${d.kind}`, { due: formatDate(d.due, locale) })
          : j.name;
      },
    },
    {
      title: t('jobs.startAfter'),
      dataIndex: 'startAfter',
      render: (v: string) => formatDateTime(v, locale),
    },
    { title: t('jobs.retries'), render: (_: unknown, j) => `${j.retryCount} / ${j.retryLimit}` },
    {
      title: t('jobs.error'),
      render: (_: unknown, j) =>
        j.state === 'failed' || j.state === 'retry'
          ? String((j.output as { message?: string } | null)?.message ?? '')
          : '',
    },
  ];
  return (
    <Page>
      <PageHeader title={t('jobs.title')} description={t('jobs.description')} />
      {failed > 0 && (
        <Alert
          type="error"
          showIcon
          message={t('jobs.failedCount', { count: failed })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<Job>
        rowKey="id"
        size="small"
        loading={jobs.isLoading}
        columns={columns}
        dataSource={jobs.data ?? []}
        pagination={{ pageSize: 50 }}
      />
    </Page>
  );
}
