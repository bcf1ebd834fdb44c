import { Link, useParams } from '@tanstack/react-router';
import { Alert, App, Button, Input, Popconfirm, Select, Spin, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportOut } from '../../../api/monitoring.ts';
import { pickText } from '../../../domain/locale.ts';
import {
  REPORTED_CELL_STATES,
  type ReportedCellState,
} from '../../../domain/monitoring/schedule.execution.ts';
import { formatDate, formatNumber } from '../../components/ui/format.ts';
import { Page } from '../../components/ui/page.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { ApiError } from '../../lib/api.ts';
import { usePeriodStep, useReport, useSaveActuals, useSaveCells } from './api.ts';
import { ExcelBar } from './excel-bar.tsx';
import {
  type ActualDraft,
  actualsPayload,
  type CellDraft,
  cellDraftOf,
  cellKey,
  cellsOfQuarter,
  cellsPayload,
  dirtyKeys,
  draftsFromReport,
  EVIDENCE_ACCEPT,
  type EvidenceDraft,
  evidenceTypeOf,
  isStale,
  type ReportCell,
  type RowError,
  rowErrors,
} from './monitoring.logic.ts';
import { ExecutionTag, PeriodStatusTag, Section, StatusTag, usePeriodName } from './monitoring-bits.tsx';
import './monitoring.css';

/** /monitoring/$mapId/report/$period: the office's report of a period — actual values and the quarter's cells. */
export function ReportPage() {
  const { t } = useTranslation('monitoring');
  const { mapId, period } = useParams({ strict: false }) as { mapId: string; period: string };
  const report = useReport(mapId, period);
  const periodName = usePeriodName();
  useDocumentTitle(`${t('report.title')} — ${periodName(period)}`);
  if (report.isError)
    return (
      <Page>
        <Alert
          type="error"
          showIcon
          title={report.error.message}
          description={
            <Link to="/monitoring/$mapId" params={{ mapId }}>
              {t('report.back')}
            </Link>
          }
        />
      </Page>
    );
  if (!report.data)
    return (
      <div className="dtm-center">
        <Spin aria-label={t('loading')} />
      </div>
    );
  // A fresh form after every load of the report (after a save, a step or a reload).
  return (
    <ReportView key={report.dataUpdatedAt} report={report.data} onReload={() => void report.refetch()} />
  );
}

function ReportView({ report, onReload }: { report: ReportOut; onReload: () => void }) {
  const { t } = useTranslation('monitoring');
  const locale = useLocale();
  const periodName = usePeriodName();
  const p = report.period;
  const step = usePeriodStep(report.mapId, p.period);
  const { message } = App.useApp();
  const can = (a: (typeof p.allowedActions)[number]) => p.allowedActions.includes(a);
  return (
    <Page>
      <PageHeader
        title={`${t('report.title')}: ${periodName(p.period)}`}
        description={
          <>
            {pickText(report.org.name, locale)} · {t('version', { n: p.versionNumber })} ·{' '}
            {t('report.due', { date: formatDate(p.due, locale) })} · <PeriodStatusTag status={p.status} />
          </>
        }
        actions={
          <>
            <Link to="/monitoring/$mapId" params={{ mapId: report.mapId }}>
              {t('report.back')}
            </Link>
            {can('submit') ? (
              <Popconfirm
                title={t('report.submitConfirm')}
                okText={t('report.submit')}
                cancelText={t('cancel')}
                onConfirm={() =>
                  step.mutate('submit', { onSuccess: () => void message.success(t('report.submitted')) })
                }
              >
                <Button type="primary" loading={step.isPending}>
                  {t('report.submit')}
                </Button>
              </Popconfirm>
            ) : null}
            {can('lock') ? (
              <Popconfirm
                title={t('report.lockConfirm')}
                okText={t('report.lock')}
                cancelText={t('cancel')}
                onConfirm={() =>
                  step.mutate('lock', { onSuccess: () => void message.success(t('report.locked')) })
                }
              >
                <Button type="primary" loading={step.isPending}>
                  {t('report.lock')}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      {step.isError ? <Alert className="dtm-block" type="error" showIcon title={step.error.message} /> : null}
      {p.status === 'locked' ? (
        <Alert className="dtm-block" type="info" showIcon title={t('report.lockedInfo')} />
      ) : null}
      <ActualsSection report={report} editable={can('report_indicators')} onReload={onReload} />
      <CellsSection report={report} editable={can('report_schedule')} />
    </Page>
  );
}

type Ind = ReportOut['indicators'][number];

function ActualsSection({
  report,
  editable,
  onReload,
}: {
  report: ReportOut;
  editable: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const locale = useLocale();
  const { message } = App.useApp();
  const [original] = useState(() => draftsFromReport(report));
  const [drafts, setDrafts] = useState<ActualDraft[]>(original);
  const [errors, setErrors] = useState<Record<string, RowError[]>>({});
  const [stale, setStale] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const save = useSaveActuals(report.mapId, report.period.period);
  const dirty = dirtyKeys(drafts, original);
  const draftOf = (key: string) => drafts.find((d) => d.key === key)!;
  const set = (key: string, patch: Partial<ActualDraft>) =>
    setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  const onSave = () => {
    const body = actualsPayload(drafts, original);
    if (body.actuals.length === 0) return;
    const sent = body.actuals.map((r) => r.key);
    setErrors({});
    setStale(false);
    setFailure(null);
    save.mutate(body, {
      onSuccess: () => void message.success(t('report.saved')),
      onError: (e) => {
        if (e instanceof ApiError && isStale(e.status, e.body.code)) setStale(true);
        else if (e instanceof ApiError && e.status === 400) {
          setErrors(rowErrors(e.body, sent));
          setFailure(e.message);
        } else setFailure(e.message);
      },
    });
  };
  const num = (v: number | null) => (v === null ? '—' : formatNumber(v, locale));
  const columns: TableColumnsType<Ind> = [
    {
      key: 'name',
      title: t('ind.col.indicator'),
      width: 260,
      render: (_, i) => (
        <>
          <div>{pickText(i.name, locale)}</div>
          <div className="mo-muted">
            {t('ind.col.unit')}: {pickText(i.unit, locale)}
          </div>
          {(errors[i.key] ?? []).map((e) => (
            <p key={`${e.field}-${e.message}`} className="mo-row-error" role="alert">
              {e.message}
            </p>
          ))}
        </>
      ),
    },
    { key: 'target', title: t('ind.col.expected'), className: 'mo-num', render: (_, i) => num(i.expected) },
    {
      key: 'value',
      title: t('report.col.value'),
      width: 130,
      render: (_, i) => (
        <Input
          inputMode="decimal"
          aria-label={`${t('report.col.value')}: ${pickText(i.name, locale)}`}
          value={draftOf(i.key).value}
          disabled={!editable}
          status={errors[i.key]?.some((e) => e.field === 'value') ? 'error' : undefined}
          onChange={(e) => set(i.key, { value: e.target.value })}
        />
      ),
    },
    {
      key: 'date',
      title: t('report.col.date'),
      width: 150,
      render: (_, i) => (
        <Input
          type="date"
          aria-label={`${t('report.col.date')}: ${pickText(i.name, locale)}`}
          value={draftOf(i.key).valueDate}
          disabled={!editable}
          onChange={(e) => set(i.key, { valueDate: e.target.value })}
        />
      ),
    },
    {
      key: 'source',
      title: t('report.col.source'),
      render: (_, i) => (
        <Input
          aria-label={`${t('report.col.source')}: ${pickText(i.name, locale)}`}
          value={draftOf(i.key).source}
          disabled={!editable}
          maxLength={2000}
          onChange={(e) => set(i.key, { source: e.target.value })}
        />
      ),
    },
    {
      key: 'comment',
      title: t('report.col.comment'),
      render: (_, i) => (
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          aria-label={`${t('report.col.comment')}: ${pickText(i.name, locale)}`}
          value={draftOf(i.key).comment}
          disabled={!editable}
          maxLength={5000}
          onChange={(e) => set(i.key, { comment: e.target.value })}
        />
      ),
    },
    {
      key: 'evidence',
      title: t('report.col.evidence'),
      width: 200,
      render: (_, i) => (
        <EvidenceCell
          href={`/api/monitoring/maps/${report.mapId}/periods/${report.period.period}/actuals/${encodeURIComponent(i.key)}/evidence`}
          stored={i.actual?.evidence ?? null}
          picked={draftOf(i.key).evidence}
          editable={editable}
          indicator={pickText(i.name, locale)}
          onPick={(evidence) => set(i.key, { evidence })}
        />
      ),
    },
    { key: 'status', title: t('ind.col.status'), render: (_, i) => <StatusTag status={i.status} /> },
  ];
  return (
    <Section id="mo-actuals" title={t('report.actualsTitle')} helper={t('report.actualsHelper')}>
      {stale ? (
        <Alert
          className="dtm-block"
          type="warning"
          showIcon
          title={t('report.stale')}
          action={<Button onClick={onReload}>{t('report.reload')}</Button>}
        />
      ) : null}
      {failure ? <Alert className="dtm-block" type="error" showIcon title={failure} /> : null}
      <ExcelBar mapId={report.mapId} period={report.period.period} editable={editable} />
      {(errors[''] ?? []).map((e) => (
        <p key={e.message} className="mo-row-error" role="alert">
          {e.message}
        </p>
      ))}
      <Table<Ind>
        rowKey="key"
        size="small"
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={report.indicators}
        pagination={false}
        locale={{ emptyText: t('ind.none') }}
      />
      {editable ? (
        <div className="mo-actions">
          <Button type="primary" onClick={onSave} loading={save.isPending} disabled={dirty.length === 0}>
            {t('report.save')}
          </Button>
          <span className="mo-muted">{t('report.changed', { n: dirty.length })}</span>
        </div>
      ) : null}
    </Section>
  );
}

/** The evidence of one value: the stored file (a download link), a newly picked one, a picker. */
function EvidenceCell({
  href,
  stored,
  picked,
  editable,
  indicator,
  onPick,
}: {
  href: string;
  stored: { name: string; size: number } | null;
  picked: EvidenceDraft | null;
  editable: boolean;
  indicator: string;
  onPick: (e: EvidenceDraft | null) => void;
}) {
  const { t } = useTranslation('monitoring');
  const { message } = App.useApp();
  const onFile = (file: File | undefined) => {
    if (!file) return;
    const type = evidenceTypeOf(file);
    if (!type) return void message.error(t('report.evidenceType', { name: file.name }));
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      onPick({ name: file.name, type, contentBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  };
  return (
    <div className="mo-evidence">
      {picked ? (
        <span>
          {picked.name} <span className="mo-muted">{t('report.evidencePending')}</span>{' '}
          <Button size="small" type="link" onClick={() => onPick(null)}>
            {t('cancel')}
          </Button>
        </span>
      ) : stored ? (
        <a href={href} download={stored.name}>
          {stored.name}
        </a>
      ) : (
        <span className="mo-muted">{t('report.evidenceNone')}</span>
      )}
      {editable ? (
        <label className="mo-file">
          <input
            type="file"
            accept={EVIDENCE_ACCEPT}
            aria-label={`${t('report.evidencePick')}: ${indicator}`}
            onChange={(e) => {
              onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <span aria-hidden="true">
            {stored || picked ? t('report.evidenceReplace') : t('report.evidencePick')}
          </span>
        </label>
      ) : null}
    </div>
  );
}

function CellsSection({ report, editable }: { report: ReportOut; editable: boolean }) {
  const { t } = useTranslation('monitoring');
  const locale = useLocale();
  const { message } = App.useApp();
  const cells = cellsOfQuarter(report.cells, report.period.period);
  const [drafts, setDrafts] = useState<Record<string, CellDraft>>(() =>
    Object.fromEntries(cells.filter((c) => c.source !== 'project').map((c) => [cellKey(c), cellDraftOf(c)])),
  );
  const set = (c: ReportCell, patch: Partial<CellDraft>) =>
    setDrafts((ds) => ({ ...ds, [cellKey(c)]: { ...(ds[cellKey(c)] ?? cellDraftOf(c)), ...patch } }));
  const save = useSaveCells(report.mapId, report.period.period);
  const body = cellsPayload(cells, drafts);
  if (report.period.kind !== 'quarter') return null;
  const columns: TableColumnsType<ReportCell> = [
    { key: 'case', title: t('schedule.col.case'), render: (_, c) => pickText(c.caseName, locale) },
    {
      key: 'process',
      title: t('schedule.col.process'),
      render: (_, c) => (c.processName ? pickText(c.processName, locale) : '—'),
    },
    { key: 'code', title: t('schedule.col.code'), render: (_, c) => t(`code.${c.code}`) },
    {
      key: 'state',
      title: t('report.col.state'),
      width: 200,
      render: (_, c) =>
        c.source === 'project' ? (
          <span>
            <ExecutionTag state={c.state} /> <span className="mo-muted">{t('source.project')}</span>
          </span>
        ) : (
          <Select<ReportedCellState>
            aria-label={`${t('report.col.state')}: ${pickText(c.caseName, locale)}`}
            value={drafts[cellKey(c)]?.state}
            disabled={!editable}
            style={{ minWidth: 170 }}
            onChange={(v) => set(c, { state: v })}
            options={REPORTED_CELL_STATES.map((s) => ({ value: s, label: t(`execution.${s}`) }))}
          />
        ),
    },
    { key: 'now', title: t('report.col.actualState'), render: (_, c) => <ExecutionTag state={c.state} /> },
    {
      key: 'comment',
      title: t('report.col.comment'),
      render: (_, c) =>
        c.source === 'project' ? (
          <span className="mo-muted">{c.comment ?? ''}</span>
        ) : (
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            aria-label={`${t('report.col.comment')}: ${pickText(c.caseName, locale)}`}
            value={drafts[cellKey(c)]?.comment ?? ''}
            disabled={!editable}
            maxLength={5000}
            onChange={(e) => set(c, { comment: e.target.value })}
          />
        ),
    },
  ];
  return (
    <Section id="mo-cells" title={t('report.cellsTitle')} helper={t('report.cellsHelper')}>
      {save.isError ? <Alert className="dtm-block" type="error" showIcon title={save.error.message} /> : null}
      <Table<ReportCell>
        rowKey={(c) => `${cellKey(c)}|${c.code}`}
        size="small"
        columns={columns}
        dataSource={cells}
        pagination={false}
        locale={{ emptyText: t('report.noCells') }}
      />
      {editable && cells.some((c) => c.source !== 'project') ? (
        <div className="mo-actions">
          <Button
            type="primary"
            loading={save.isPending}
            disabled={body.cells.length === 0}
            onClick={() => save.mutate(body, { onSuccess: () => void message.success(t('report.saved')) })}
          >
            {t('report.saveCells')}
          </Button>
        </div>
      ) : null}
    </Section>
  );
}
