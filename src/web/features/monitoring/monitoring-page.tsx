import { Link, Navigate, useParams } from '@tanstack/react-router';
import { Alert, Button, Empty, Spin, Table, type TableColumnsType, Tooltip } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryOut } from '../../../api/monitoring.ts';
import { pickText } from '../../../domain/locale.ts';
import { EXECUTION_STATES } from '../../../domain/monitoring/schedule.execution.ts';
import { TargetActualChart } from '../../components/charts/target-actual-chart.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../components/ui/format.ts';
import { Page } from '../../components/ui/page.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { useSignedIn } from '../auth/use-signed-in.ts';
import { useMaps } from '../maps/api.ts';
import { useOpenPeriods, usePeriods, useSummary } from './api.ts';
import { deviation, indicatorSeries, lateCells, ownMapInForce, summaryYears } from './monitoring.logic.ts';
import {
  ExecutionTag,
  PeriodStatusTag,
  Section,
  StatusTag,
  TermTag,
  usePeriodName,
} from './monitoring-bits.tsx';
import './monitoring.css';
import { DocumentDownloads } from '../../components/ui/document-downloads.tsx';

/** /monitoring: the entry of the nav item — the national page for the external monitors, else the own body's map in force. */
export function MonitoringHomePage() {
  const { t } = useTranslation('monitoring');
  const me = useSignedIn();
  const maps = useMaps();
  useDocumentTitle(t('title'));
  if (!me) return null;
  // The authorized body and the Center monitor every body (R.28): their entry is the national page.
  if (me.can.monitorAllBodies) return <Navigate to="/monitoring/national" replace />;
  if (maps.isError)
    return (
      <Page>
        <Alert type="error" showIcon title={maps.error.message} />
      </Page>
    );
  if (!maps.data)
    return (
      <div className="dtm-center">
        <Spin aria-label={t('loading')} />
      </div>
    );
  const own = ownMapInForce(maps.data, me.organisation.id);
  if (own) return <Navigate to="/monitoring/$mapId" params={{ mapId: own.id }} replace />;
  return (
    <Page>
      <PageHeader title={t('title')} />
      <Empty description={t('noMapInForce')} />
    </Page>
  );
}

/** /monitoring/$mapId: internal monitoring of a map (R.27) — KPI (R.25), indicators, schedule, terms. */
export function MonitoringPage() {
  const { t } = useTranslation('monitoring');
  const { mapId } = useParams({ strict: false }) as { mapId: string };
  const summary = useSummary(mapId);
  const maps = useMaps();
  const locale = useLocale();
  const map = maps.data?.find((m) => m.id === mapId);
  useDocumentTitle(map ? `${t('title')} — ${pickText(map.title, locale)}` : t('title'));
  if (summary.isError)
    return (
      <Page>
        <Alert
          type="error"
          showIcon
          title={summary.error.message}
          action={<Button onClick={() => void summary.refetch()}>{t('retry')}</Button>}
        />
      </Page>
    );
  if (!summary.data)
    return (
      <div className="dtm-center">
        <Spin aria-label={t('loading')} />
      </div>
    );
  const s = summary.data;
  return (
    <Page>
      <PageHeader
        title={map ? pickText(map.title, locale) : t('title')}
        description={`${t('title')} · ${pickText(s.org.name, locale)} · ${t('version', { n: s.version.number })}`}
        actions={
          <>
            <Button href={`/api/monitoring/maps/${encodeURIComponent(mapId)}/summary.xlsx`} download>
              {t('excel.report')}
            </Button>
            <DocumentDownloads
              href={`/api/monitoring/maps/${encodeURIComponent(mapId)}/summary`}
              label={t('documents.report')}
            />
          </>
        }
      />
      <Header s={s} />
      <PeriodsSection mapId={mapId} />
      <IndicatorsSection s={s} />
      <ScheduleSection s={s} />
      <TermsSection s={s} />
    </Page>
  );
}

export function Header({ s }: { s: SummaryOut }) {
  const { t } = useTranslation('monitoring');
  const locale = useLocale();
  const periodName = usePeriodName();
  const formula = t('kpi.formula');
  return (
    <div className="mo-kpis">
      <div className="mo-kpi">
        <div className="mo-kpi__label">
          {t('kpi.title')}
          <Tooltip title={formula}>
            <button type="button" className="mo-help" aria-describedby="mo-kpi-formula">
              {t('kpi.how')}
            </button>
          </Tooltip>
          <span id="mo-kpi-formula" hidden>
            {formula}
          </span>
        </div>
        <div className="mo-kpi__value">
          {s.kpi.value === null ? '—' : `${formatNumber(s.kpi.value, locale)} %`}
        </div>
        <div className="mo-kpi__sub">
          {t('kpi.detail', {
            onTrack: s.kpi.onTrack,
            counted: s.kpi.counted,
            period: periodName(s.kpi.period),
          })}
        </div>
      </div>
      <div className="mo-kpi">
        <div className="mo-kpi__label">{t('lastSubmitted')}</div>
        <div className="mo-kpi__value">
          {s.lastSubmittedAt ? formatDateTime(s.lastSubmittedAt, locale) : '—'}
        </div>
        <div className="mo-kpi__sub">{t('latestPeriod', { period: periodName(s.latest.period) })}</div>
      </div>
      <div className="mo-kpi">
        <div className="mo-kpi__label">{t('schedule.onSchedule')}</div>
        <div className="mo-kpi__value">
          {s.schedule.executedOnSchedule === null
            ? '—'
            : `${formatNumber(s.schedule.executedOnSchedule, locale)} %`}
        </div>
        <div className="mo-kpi__sub">{t('schedule.lateCount', { n: s.schedule.counts.late })}</div>
      </div>
    </div>
  );
}

function PeriodsSection({ mapId }: { mapId: string }) {
  const { t } = useTranslation('monitoring');
  const locale = useLocale();
  const periods = usePeriods(mapId);
  const open = useOpenPeriods(mapId);
  const periodName = usePeriodName();
  const list = periods.data?.periods ?? [];
  type P = (typeof list)[number];
  const columns: TableColumnsType<P> = [
    {
      key: 'period',
      title: t('period.col.period'),
      render: (_, p) => (
        <Link to="/monitoring/$mapId/report/$period" params={{ mapId, period: p.period }}>
          {periodName(p.period)}
        </Link>
      ),
    },
    { key: 'status', title: t('period.col.status'), render: (_, p) => <PeriodStatusTag status={p.status} /> },
    { key: 'due', title: t('period.col.due'), render: (_, p) => formatDate(p.due, locale) },
    {
      key: 'submitted',
      title: t('period.col.submitted'),
      render: (_, p) => (p.submittedAt ? formatDateTime(p.submittedAt, locale) : '—'),
    },
  ];
  const next = periods.data?.next;
  return (
    <Section
      id="mo-periods"
      title={t('period.title')}
      helper={
        next
          ? t('period.next', { period: periodName(next.period), opens: formatDate(next.opensOn, locale) })
          : undefined
      }
    >
      {periods.isError ? <Alert type="error" showIcon title={periods.error.message} /> : null}
      {open.isError ? <Alert type="error" showIcon title={open.error.message} /> : null}
      <Table<P>
        rowKey="id"
        size="small"
        loading={periods.isLoading}
        columns={columns}
        dataSource={[...list].reverse()}
        pagination={false}
        locale={{ emptyText: t('period.none') }}
      />
      <div className="mo-actions">
        <Button onClick={() => open.mutate()} loading={open.isPending}>
          {t('period.openDue')}
        </Button>
      </div>
    </Section>
  );
}

type IndicatorRow = SummaryOut['indicators'][number];

export function IndicatorsSection({ s }: { s: SummaryOut }) {
  const { t } = useTranslation('monitoring');
  const locale = useLocale();
  const years = summaryYears(s);
  const num = (v: number | null) => (v === null ? '—' : formatNumber(v, locale));
  const columns: TableColumnsType<IndicatorRow> = [
    {
      key: 'name',
      title: t('ind.col.indicator'),
      fixed: 'left',
      width: 280,
      render: (_, i) => (
        <>
          <div>{pickText(i.name, locale)}</div>
          {i.containerName ? <div className="mo-muted">{pickText(i.containerName, locale)}</div> : null}
        </>
      ),
    },
    { key: 'unit', title: t('ind.col.unit'), render: (_, i) => pickText(i.unit, locale) },
    ...years.map((year) => ({
      key: String(year),
      title: String(year),
      children: [
        {
          key: `${year}-t`,
          title: t('ind.col.target'),
          className: 'mo-num',
          render: (_: unknown, i: IndicatorRow) => num(i.years.find((y) => y.year === year)?.target ?? null),
        },
        {
          key: `${year}-a`,
          title: t('ind.col.actual'),
          className: 'mo-num',
          render: (_: unknown, i: IndicatorRow) => num(i.years.find((y) => y.year === year)?.actual ?? null),
        },
        {
          key: `${year}-d`,
          title: t('ind.col.deviation'),
          className: 'mo-num',
          render: (_: unknown, i: IndicatorRow) => {
            const y = i.years.find((x) => x.year === year);
            const d = y ? deviation(y.target, y.actual) : null;
            return d === null ? '—' : `${d > 0 ? '+' : ''}${formatNumber(d, locale)}`;
          },
        },
        {
          key: `${year}-s`,
          title: t('ind.col.status'),
          render: (_: unknown, i: IndicatorRow) => {
            const y = i.years.find((x) => x.year === year);
            return y ? <StatusTag status={y.status} /> : '—';
          },
        },
      ],
    })),
  ];
  const c = s.latest.counts;
  return (
    <Section id="mo-indicators" title={t('ind.title')} helper={t('ind.helper')}>
      <ul className="mo-counts" aria-label={t('ind.countsLabel')}>
        {(['on_track', 'at_risk', 'off_track', 'not_reported', 'no_target'] as const).map((k) => (
          <li key={k}>
            <StatusTag status={k} /> {c[k]}
          </li>
        ))}
      </ul>
      <FocusableScroll label={t('ind.title')}>
        <Table<IndicatorRow>
          rowKey="key"
          size="small"
          bordered
          scroll={{ x: 'max-content' }}
          columns={columns}
          dataSource={s.indicators}
          pagination={false}
          locale={{ emptyText: t('ind.none') }}
        />
      </FocusableScroll>
      {s.indicators.length > 0 && (
        <div className="mo-charts">
          {s.indicators.map((i) => (
            <TargetActualChart
              key={i.key}
              title={pickText(i.name, locale)}
              unit={pickText(i.unit, locale)}
              years={years}
              series={indicatorSeries(i, years)}
              titleLevel={3}
              height={220}
            />
          ))}
        </div>
      )}
    </Section>
  );
}

/** A wide table scrolls sideways: its scrolling region takes the keyboard focus (WCAG 2.1.1) and is named. */
function FocusableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const region = ref.current?.querySelector<HTMLElement>('.ant-table-content');
    if (!region) return;
    region.tabIndex = 0;
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', label);
  });
  return <div ref={ref}>{children}</div>;
}

/**
 * The plan-schedule's execution and its late items. A late item fed by a reengineering project
 * links to the project: the internal page, or on the portal the published results (the public
 * summary carries the ids of published projects only).
 */
export function ScheduleSection({ s, portal = false }: { s: SummaryOut; portal?: boolean }) {
  const { t } = useTranslation('monitoring');
  const locale = useLocale();
  const late = lateCells(s);
  type Cell = (typeof late)[number];
  const columns: TableColumnsType<Cell> = [
    { key: 'case', title: t('schedule.col.case'), render: (_, c) => pickText(c.caseName, locale) },
    {
      key: 'process',
      title: t('schedule.col.process'),
      render: (_, c) => (c.processName ? pickText(c.processName, locale) : '—'),
    },
    { key: 'code', title: t('schedule.col.code'), render: (_, c) => t(`code.${c.code}`) },
    {
      key: 'quarter',
      title: t('schedule.col.quarter'),
      render: (_, c) => t('quarterOf', { q: c.q, year: c.year }),
    },
    {
      key: 'source',
      title: t('schedule.col.source'),
      render: (_, c) =>
        c.projectId ? (
          <Link
            to={portal ? '/portal/projects/$projectId' : '/projects/$projectId'}
            params={{ projectId: c.projectId }}
          >
            {t('source.project')}
          </Link>
        ) : c.source === 'project' ? (
          t('source.project')
        ) : (
          t(`source.${c.source}`)
        ),
    },
  ];
  return (
    <Section id="mo-schedule" title={t('schedule.title')} helper={t('schedule.helper')}>
      <ul className="mo-counts" aria-label={t('schedule.countsLabel')}>
        {EXECUTION_STATES.map((k) => (
          <li key={k}>
            <ExecutionTag state={k} /> {s.schedule.counts[k]}
          </li>
        ))}
      </ul>
      <h3 className="mo-section__title">{t('schedule.lateTitle')}</h3>
      <Table<Cell>
        rowKey={(c) => `${c.caseId}|${c.processId ?? ''}|${c.quarter}|${c.code}`}
        size="small"
        columns={columns}
        dataSource={late}
        pagination={late.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: t('schedule.noLate') }}
      />
    </Section>
  );
}

export function TermsSection({ s }: { s: SummaryOut }) {
  const { t } = useTranslation('monitoring');
  const locale = useLocale();
  type Term = SummaryOut['deadlines']['terms'][number];
  const columns: TableColumnsType<Term> = [
    {
      key: 'term',
      title: t('term.col.term'),
      render: (_, x) => (
        <>
          <div>
            {t(`term.${x.term}`)} <span className="mo-muted">({x.point})</span>
          </div>
          {x.caseName ? <div className="mo-muted">{pickText(x.caseName, locale)}</div> : null}
          {x.versionNumber !== null ? (
            <div className="mo-muted">{t('version', { n: x.versionNumber })}</div>
          ) : null}
        </>
      ),
    },
    { key: 'from', title: t('term.col.from'), render: (_, x) => formatDate(x.from, locale) },
    { key: 'due', title: t('term.col.due'), render: (_, x) => formatDate(x.due, locale) },
    {
      key: 'done',
      title: t('term.col.done'),
      render: (_, x) => (x.doneOn ? formatDate(x.doneOn, locale) : '—'),
    },
    { key: 'outcome', title: t('term.col.outcome'), render: (_, x) => <TermTag outcome={x.outcome} /> },
  ];
  const c = s.deadlines.counts;
  return (
    <Section
      id="mo-terms"
      title={t('term.title')}
      helper={t('term.counts', { met: c.met, missed: c.missed, pending: c.pending })}
    >
      <Table<Term>
        rowKey={(x, i) => `${x.term}-${x.projectId ?? x.versionNumber ?? ''}-${i}`}
        size="small"
        columns={columns}
        dataSource={s.deadlines.terms}
        pagination={false}
        locale={{ emptyText: t('term.none') }}
      />
    </Section>
  );
}
