import { Alert, Button, Checkbox, Progress, Spin, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../components/ui/format.ts';
import { Page } from '../../components/ui/page.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import './bundle.css';
import { type BundleOut, inTheMaking, percentOf, useBundles, useRequestBundle } from './api.ts';

const FORMATS = ['docx', 'pdf'] as const;
const LANGUAGES = ['kk', 'ru'] as const;

/**
 * /documents/bundle: every published map as official documents in one ZIP. The bundle is built by
 * a job on the server; the page shows its progress (files made of files to make) and the download
 * link when it is done, and keeps the user's earlier bundles.
 */
export function BundlePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  useDocumentTitle(t('bundle.title'));
  const [formats, setFormats] = useState<string[]>(['docx', 'pdf']);
  const [locales, setLocales] = useState<string[]>(['kk', 'ru']);
  const bundles = useBundles();
  const request = useRequestBundle();
  const making = bundles.data?.some(inTheMaking) ?? false;

  const columns: TableColumnsType<BundleOut> = [
    { key: 'asked', title: t('bundle.col.asked'), render: (_, b) => formatDateTime(b.createdAt, locale) },
    {
      key: 'what',
      title: t('bundle.col.what'),
      render: (_, b) =>
        `${b.formats.map((f) => f.toUpperCase()).join(', ')} · ${b.locales.map((l) => t(`bundle.lang.${l}`)).join(', ')}`,
    },
    {
      key: 'progress',
      title: t('bundle.col.progress'),
      width: 320,
      render: (_, b) =>
        b.status === 'failed' ? (
          <span className="bd-error">{t('bundle.failed')}</span>
        ) : (
          <div>
            <Progress
              percent={percentOf(b)}
              size="small"
              status={b.status === 'done' ? 'success' : 'active'}
              aria-label={t('bundle.progressLabel')}
            />
            <div className="dtm-muted">
              {b.status === 'queued'
                ? t('bundle.queued')
                : t('bundle.files', { done: b.done, total: b.total, maps: b.maps })}
            </div>
          </div>
        ),
    },
    {
      key: 'file',
      title: t('bundle.col.file'),
      render: (_, b) =>
        b.status === 'done' && b.fileName ? (
          <a href={`/api/documents/bundles/${b.id}/file`} download={b.fileName}>
            {t('bundle.download', { size: formatNumber(Math.round((b.size ?? 0) / 1024), locale) })}
          </a>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Page>
      <PageHeader title={t('bundle.title')} description={t('bundle.description')} />
      <section className="dtm-panel bd-ask" aria-labelledby="bundle-ask">
        <h2 id="bundle-ask">{t('bundle.ask')}</h2>
        <fieldset className="bd-fieldset">
          <legend>{t('bundle.formats')}</legend>
          <Checkbox.Group
            value={formats}
            onChange={(v) => setFormats(v as string[])}
            options={FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))}
          />
        </fieldset>
        <fieldset className="bd-fieldset">
          <legend>{t('bundle.languages')}</legend>
          <Checkbox.Group
            value={locales}
            onChange={(v) => setLocales(v as string[])}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`bundle.lang.${l}`) }))}
          />
        </fieldset>
        {request.isError ? (
          <Alert className="dtm-block" type="error" showIcon title={request.error.message} />
        ) : null}
        <Button
          type="primary"
          disabled={formats.length === 0 || locales.length === 0 || making}
          loading={request.isPending}
          onClick={() => request.mutate({ formats, locales })}
        >
          {t('bundle.start')}
        </Button>{' '}
        {making ? <span className="dtm-muted">{t('bundle.oneAtATime')}</span> : null}
      </section>
      <section className="bd-list" aria-labelledby="bundle-list">
        <h2 id="bundle-list">{t('bundle.mine')}</h2>
        {bundles.isError ? <Alert type="error" showIcon title={bundles.error.message} /> : null}
        {bundles.isLoading ? <Spin aria-label={t('bundle.loading')} /> : null}
        {bundles.data ? (
          <Table<BundleOut>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={bundles.data}
            pagination={false}
            locale={{ emptyText: t('bundle.none') }}
          />
        ) : null}
      </section>
    </Page>
  );
}
