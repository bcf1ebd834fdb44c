import { Link, useNavigate } from '@tanstack/react-router';
import { Alert, App, Button, Empty, Table, type TableColumnsType, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeOut } from '../../../api/auth.ts';
import type { MapSummaryOut } from '../../../api/maps.ts';
import { pickText } from '../../../domain/locale.ts';
import { issuePath } from '../../components/ui/api-errors.ts';
import { formatDateTime } from '../../components/ui/format.ts';
import { Page } from '../../components/ui/page.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { StatusTag } from '../../components/ui/status-tag.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { ApiError } from '../../lib/api.ts';
import { useSignedIn } from '../auth/use-signed-in.ts';
import { useCreateMap, useMaps } from './api.ts';

/** Organisations that draw up a map of their own (R.4): state bodies, the authorized body included. */
const MAP_ORG_KINDS = ['central_state_body', 'authorized_body'];
/** A map covers five years (R.17). */
const PERIOD_YEARS = 5;

type UploadProblem = { title: string; lines: string[] };

function FindingTags({ blocking, warnings }: { blocking: number; warnings: number }) {
  const { t } = useTranslation();
  if (blocking === 0 && warnings === 0)
    return (
      <Tag color="success" className="dtm-tag">
        {t('maps.findings.none')}
      </Tag>
    );
  return (
    <span className="dtm-tags">
      {blocking > 0 ? (
        <Tag color="error" className="dtm-tag">
          {t('maps.findings.blocking', { count: blocking })}
        </Tag>
      ) : null}
      {warnings > 0 ? (
        <Tag color="warning" className="dtm-tag">
          {t('maps.findings.warnings', { count: warnings })}
        </Tag>
      ) : null}
    </span>
  );
}

const editorParams = (mapId: string, number: number) => ({ mapId, number: String(number) });

export function MapsPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  useDocumentTitle(t('maps.title'));
  if (!me) return null;
  // The Center has no map of its own but reviews every submitted one.
  if (!MAP_ORG_KINDS.includes(me.organisation.kind) && !me.can.reviewMaps)
    return <NoMapsForOrganisation me={me} />;
  return <MapsList me={me} />;
}

/** The Center, the commission, the operator…: no map of their own; say so instead of an empty table. */
function NoMapsForOrganisation({ me }: { me: MeOut }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Page narrow>
      <PageHeader
        title={t('maps.title')}
        description={pickText(me.organisation.name, locale)}
        actions={<Link to="/documents/bundle">{t('maps.bundle')}</Link>}
      />
      <Alert
        type="info"
        showIcon
        title={t('maps.notForOrg.title', { kind: t(`orgKind.${me.organisation.kind}`) })}
        description={t('maps.notForOrg.text')}
      />
    </Page>
  );
}

/** Issues of a refused document as lines "passport.period.from — message". */
function issueLines(e: unknown): string[] {
  if (!(e instanceof ApiError) || !e.body.issues?.length) return [];
  return e.body.issues.map((i) => {
    const path = issuePath(i, ['body', 'document']);
    return path ? `${path} — ${i.message}` : i.message;
  });
}

function MapsList({ me }: { me: MeOut }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const maps = useMaps();
  const create = useCreateMap();
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<UploadProblem | null>(null);
  const orgName = pickText(me.organisation.name, locale);

  const openEditor = (mapId: string, number: number) =>
    navigate({ to: '/maps/$mapId/v/$number', params: editorParams(mapId, number) });

  const createMap = async (document?: unknown) => {
    setProblem(null);
    try {
      const created = await create.mutateAsync(document);
      message.success(t('maps.created'));
      await openEditor(created.map.id, created.version.number);
    } catch (e) {
      // One map per organisation and period: open the one that exists instead of failing.
      if (
        e instanceof ApiError &&
        e.body.code === 'map.exists' &&
        typeof e.body.details?.mapId === 'string'
      ) {
        const mapId = e.body.details.mapId;
        const existing = maps.data?.find((m) => m.id === mapId);
        message.info(t('maps.exists'));
        await openEditor(mapId, existing?.latestVersion.number ?? 1);
        return;
      }
      setProblem({ title: e instanceof Error ? e.message : String(e), lines: issueLines(e) });
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setProblem({ title: t('maps.upload.notJson', { name: file.name }), lines: [] });
      return;
    }
    await createMap(document);
  };

  const titleOf = (m: MapSummaryOut) => pickText(m.title, locale) || t('maps.untitled');
  const columns: TableColumnsType<MapSummaryOut> = [
    {
      key: 'title',
      title: t('maps.col.title'),
      render: (_, m) => (
        <Link to="/maps/$mapId/v/$number" params={editorParams(m.id, m.latestVersion.number)}>
          {titleOf(m)}
        </Link>
      ),
    },
    {
      key: 'period',
      title: t('maps.col.period'),
      className: 'dtm-nowrap',
      render: (_, m) => `${m.periodFrom}–${m.periodFrom + PERIOD_YEARS - 1}`,
    },
    {
      key: 'version',
      title: t('maps.col.version'),
      align: 'right',
      render: (_, m) => m.latestVersion.number,
    },
    {
      key: 'status',
      title: t('maps.col.status'),
      render: (_, m) => <StatusTag status={m.latestVersion.status} />,
    },
    {
      key: 'updatedAt',
      title: t('maps.col.updatedAt'),
      className: 'dtm-nowrap',
      render: (_, m) => formatDateTime(m.latestVersion.updatedAt, locale),
    },
    {
      key: 'findings',
      title: t('maps.col.findings'),
      render: (_, m) => (
        <FindingTags blocking={m.latestVersion.blockingCount} warnings={m.latestVersion.warningCount} />
      ),
    },
    {
      key: 'open',
      title: <span className="dtm-sr-only">{t('common.actions')}</span>,
      align: 'right',
      render: (_, m) => (
        <Link
          to="/maps/$mapId/v/$number"
          params={editorParams(m.id, m.latestVersion.number)}
          aria-label={t('maps.openNamed', { title: titleOf(m) })}
        >
          {t('maps.open')}
        </Link>
      ),
    },
  ];

  const bundleLink = <Link to="/documents/bundle">{t('maps.bundle')}</Link>;
  const actions = me.can.createMap ? (
    <>
      {bundleLink}
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('maps.createFromFile')}
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <Button onClick={() => fileInput.current?.click()} disabled={create.isPending}>
        {t('maps.createFromFile')}
      </Button>
      <Button type="primary" onClick={() => void createMap()} loading={create.isPending}>
        {t('maps.create')}
      </Button>
    </>
  ) : (
    bundleLink
  );

  return (
    <Page>
      <PageHeader
        title={t('maps.title')}
        description={maps.data?.length ? t('maps.description', { organisation: orgName }) : orgName}
        actions={actions}
      />
      {problem ? (
        <Alert
          type="error"
          showIcon
          className="dtm-block"
          title={problem.title}
          description={
            problem.lines.length ? (
              <ul className="dtm-issues">
                {problem.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            ) : undefined
          }
          closable={{ onClose: () => setProblem(null), 'aria-label': t('common.close') }}
        />
      ) : null}
      {maps.isError ? (
        <Alert
          type="error"
          showIcon
          className="dtm-block"
          title={t('common.loadFailed')}
          description={maps.error.message}
          action={<Button onClick={() => void maps.refetch()}>{t('common.retry')}</Button>}
        />
      ) : maps.data && maps.data.length === 0 ? (
        <div className="dtm-panel dtm-panel--empty">
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <div className="dtm-empty">
                <div className="dtm-empty__title">{t('maps.empty.title')}</div>
                <div className="dtm-muted">
                  {me.can.createMap ? t('maps.empty.canCreate') : t('maps.empty.cannotCreate')}
                </div>
              </div>
            }
          />
        </div>
      ) : (
        <div className="dtm-panel">
          <Table<MapSummaryOut>
            rowKey="id"
            columns={columns}
            dataSource={maps.data ?? []}
            loading={maps.isLoading}
            pagination={false}
          />
        </div>
      )}
    </Page>
  );
}
