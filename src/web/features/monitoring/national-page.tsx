import { Link, useNavigate } from '@tanstack/react-router';
import { Alert, Button, Checkbox, Input, Spin, Table, type TableColumnsType, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationalBodyOut, NationalOut } from '../../../api/monitoring.ts';
import { pickText } from '../../../domain/locale.ts';
import { ExecutionHeatmap } from '../../components/charts/execution-heatmap.tsx';
import { formatDateTime, formatNumber } from '../../components/ui/format.ts';
import { Page } from '../../components/ui/page.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { useNational } from './api.ts';
import { Section, usePeriodName } from './monitoring-bits.tsx';
import { compareDates, compareKpi, filterBodies, nationalHeatmap } from './national.logic.ts';
import './monitoring.css';
import { DocumentDownloads } from '../../components/ui/document-downloads.tsx';

type Body = NationalBodyOut;

/**
 * /monitoring/national: the external monitoring of the authorized body and the Center (R.28) —
 * every body with a map in force ranked by the deputy head's KPI (R.25), its indicators on and off
 * track, the plan-schedule's execution quarter by quarter (a heat map that drills down to the
 * body's own monitoring), the terms of the Rules missed, the last report; the R.19 roll-up.
 */
export function NationalMonitoringPage() {
  const { t } = useTranslation('monitoring');
  const national = useNational();
  useDocumentTitle(t('national.title'));
  if (national.isError)
    return (
      <Page>
        <Alert
          type="error"
          showIcon
          title={national.error.message}
          action={<Button onClick={() => void national.refetch()}>{t('retry')}</Button>}
        />
      </Page>
    );
  if (!national.data)
    return (
      <div className="dtm-center">
        <Spin aria-label={t('loading')} />
      </div>
    );
  return <NationalView data={national.data} />;
}

function NationalView({ data }: { data: NationalOut }) {
  const { t } = useTranslation('monitoring');
  const locale = useLocale();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [problemsOnly, setProblemsOnly] = useState(false);
  const nameOf = (b: Pick<Body, 'org'>) => pickText(b.org.name, locale);
  const bodies = useMemo(
    () => filterBodies(data.bodies, query, (b) => pickText(b.org.name, locale), problemsOnly),
    [data.bodies, query, locale, problemsOnly],
  );
  const heatmap = useMemo(() => {
    const byId = new Map(data.bodies.map((b) => [b.mapId, b]));
    return nationalHeatmap(
      bodies,
      (b) => pickText(byId.get(b.mapId)?.org.name, locale),
      (year, q) => t('quarterOf', { q, year }),
    );
  }, [bodies, data.bodies, locale, t]);
  const { totals } = data;

  return (
    <Page>
      <PageHeader
        title={t('national.title')}
        description={t('national.description')}
        actions={
          <>
            <Button href="/api/monitoring/national.xlsx" download>
              {t('excel.report')}
            </Button>
            <DocumentDownloads href="/api/monitoring/national" label={t('documents.report')} />
          </>
        }
      />
      <div className="mo-kpis">
        <div className="mo-kpi">
          <div className="mo-kpi__label">{t('national.bodies')}</div>
          <div className="mo-kpi__value">{data.bodies.length}</div>
          <div className="mo-kpi__sub">
            {t('national.withKpi', { n: data.bodies.filter((b) => b.kpi.value !== null).length })}
          </div>
        </div>
        <div className="mo-kpi">
          <div className="mo-kpi__label">{t('national.lateTotal')}</div>
          <div className="mo-kpi__value">{totals.schedule.late}</div>
          <div className="mo-kpi__sub">{t('national.cellsTotal', { n: totals.schedule.total })}</div>
        </div>
        <div className="mo-kpi">
          <div className="mo-kpi__label">{t('national.termsMissedTotal')}</div>
          <div className="mo-kpi__value">{totals.terms.missed}</div>
          <div className="mo-kpi__sub">{t('national.termsMetTotal', { n: totals.terms.met })}</div>
        </div>
      </div>

      <Section id="mo-national-bodies" title={t('national.ranking')} helper={t('national.rankingHelper')}>
        <Input.Search
          className="mo-national-filter"
          allowClear
          placeholder={t('national.filter')}
          aria-label={t('national.filter')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ maxWidth: 360, marginBottom: 12 }}
        />{' '}
        <Checkbox checked={problemsOnly} onChange={(e) => setProblemsOnly(e.target.checked)}>
          {t('national.problemsOnly')}
        </Checkbox>
        <BodiesTable bodies={bodies} nameOf={nameOf} />
      </Section>

      <Section id="mo-national-heatmap" title={t('national.heatmap')} helper={t('national.heatmapHelper')}>
        {heatmap.rows.length === 0 ? (
          <p>{t('national.none')}</p>
        ) : (
          <ExecutionHeatmap
            title={t('national.heatmapChart')}
            titleLevel={3}
            rows={heatmap.rows}
            columns={heatmap.columns}
            cells={heatmap.cells}
            rowHeader={t('national.col.body')}
            onCellClick={(cell) => void navigate({ to: '/monitoring/$mapId', params: { mapId: cell.row } })}
          />
        )}
      </Section>

      <CriteriaSection data={data} />
    </Page>
  );
}

function BodiesTable({ bodies, nameOf }: { bodies: Body[]; nameOf: (b: Body) => string }) {
  const { t } = useTranslation('monitoring');
  const locale = useLocale();
  const periodName = usePeriodName();
  const columns: TableColumnsType<Body> = [
    {
      key: 'rank',
      title: t('national.col.rank'),
      dataIndex: 'rank',
      width: 72,
      sorter: (a, b) => a.rank - b.rank,
      defaultSortOrder: 'ascend',
    },
    {
      key: 'body',
      title: t('national.col.body'),
      sorter: (a, b) => nameOf(a).localeCompare(nameOf(b), locale),
      render: (_, b) => (
        <Link to="/monitoring/$mapId" params={{ mapId: b.mapId }}>
          {nameOf(b)}
        </Link>
      ),
    },
    {
      key: 'kpi',
      title: (
        <Tooltip title={t('kpi.formula')}>
          <span>{t('national.col.kpi')}</span>
        </Tooltip>
      ),
      align: 'right',
      sorter: (a, b, order) => compareKpi(a.kpi.value, b.kpi.value, order),
      render: (_, b) =>
        b.kpi.value === null ? (
          <span title={t('national.noKpi')}>—</span>
        ) : (
          <span
            title={t('kpi.detail', {
              onTrack: b.kpi.onTrack,
              counted: b.kpi.counted,
              period: periodName(b.kpi.period),
            })}
          >
            {`${formatNumber(b.kpi.value, locale)} %`}
          </span>
        ),
    },
    {
      key: 'onTrack',
      title: t('national.col.onTrack'),
      align: 'right',
      sorter: (a, b) => a.indicators.counts.on_track - b.indicators.counts.on_track,
      render: (_, b) => b.indicators.counts.on_track,
    },
    {
      key: 'offTrack',
      title: t('national.col.offTrack'),
      align: 'right',
      sorter: (a, b) =>
        a.indicators.counts.off_track +
        a.indicators.counts.at_risk -
        (b.indicators.counts.off_track + b.indicators.counts.at_risk),
      render: (_, b) =>
        t('national.offTrackCell', { off: b.indicators.counts.off_track, risk: b.indicators.counts.at_risk }),
    },
    {
      key: 'late',
      title: t('national.col.late'),
      align: 'right',
      sorter: (a, b) => a.schedule.counts.late - b.schedule.counts.late,
      render: (_, b) => b.schedule.counts.late,
    },
    {
      key: 'termsMissed',
      title: t('national.col.termsMissed'),
      align: 'right',
      sorter: (a, b) => a.terms.missed - b.terms.missed,
      render: (_, b) => b.terms.missed,
    },
    {
      key: 'lastReport',
      title: t('national.col.lastReport'),
      sorter: (a, b) => compareDates(a.lastSubmittedAt, b.lastSubmittedAt),
      render: (_, b) => (b.lastSubmittedAt ? formatDateTime(b.lastSubmittedAt, locale) : '—'),
    },
  ];
  return (
    <Table<Body>
      rowKey="mapId"
      size="small"
      columns={columns}
      dataSource={bodies}
      pagination={false}
      scroll={{ x: 'max-content' }}
      showSorterTooltip={{ target: 'sorter-icon' }}
      locale={{ emptyText: t('national.none') }}
    />
  );
}

type CriterionRow = { key: string; label: string; counts: NationalOut['unassignedCriterion'] };

function CriteriaSection({ data }: { data: NationalOut }) {
  const { t } = useTranslation('monitoring');
  const rows: CriterionRow[] = [
    ...data.criteria.map((c) => ({
      key: String(c.criterion),
      label: `${c.criterion}. ${t(`national.criterion.${c.criterion}`)}`,
      counts: c.counts,
    })),
    { key: 'unassigned', label: t('national.criterion.unassigned'), counts: data.unassignedCriterion },
  ];
  const count = (k: keyof CriterionRow['counts']) => ({
    key: k,
    title: k === 'total' ? t('national.col.total') : t(`status.${k}`),
    align: 'right' as const,
    render: (_: unknown, r: CriterionRow) => r.counts[k],
  });
  const columns: TableColumnsType<CriterionRow> = [
    { key: 'criterion', title: t('national.col.criterion'), dataIndex: 'label' },
    count('on_track'),
    count('at_risk'),
    count('off_track'),
    count('not_reported'),
    count('total'),
  ];
  return (
    <Section id="mo-national-criteria" title={t('national.criteria')} helper={t('national.criteriaHelper')}>
      <Table<CriterionRow> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} />
    </Section>
  );
}
