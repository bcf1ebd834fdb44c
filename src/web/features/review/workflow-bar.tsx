import { Link, useNavigate } from '@tanstack/react-router';
import { App, Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionOut } from '../../../api/maps.ts';
import type { Locale } from '../../../domain/locale.ts';
import { formatDateTime } from '../../components/ui/format.ts';
import { ApiError } from '../../lib/api.ts';
import { PageLink } from '../editor/page-link.tsx';
import type { SectionStatus } from '../editor/section-save.logic.ts';
import { type StepRequest, useInvalidateLifecycle, useWorkflowStep } from './api.ts';
import { Deadlines } from './deadlines.tsx';
import {
  formatIsoDate,
  newerVersion,
  type VersionSummary,
  type WorkflowButton,
  workflowButtons,
} from './lifecycle.logic.ts';
import { VersionStatusTag } from './status-tag.tsx';
import { AmendmentDialog, ConfirmStepDialog, DecisionDialog, StepError } from './workflow-dialogs.tsx';

type Dialog = WorkflowButton | null;

/** What a step is called in the URL and which message confirms it. */
const STEP: Record<Exclude<WorkflowButton, 'decision' | 'start_amendment'>, StepRequest['action']> = {
  submit: 'submit',
  start_draft: 'start-draft',
  approve: 'approve',
  publish: 'publish',
};

/**
 * The life cycle of the shown version under the top bar (SPEC §3): where it stands — based on,
 * submitted, decided, approved, published — the running deadlines with their countdown, and the
 * buttons for exactly the actions the server allows this user (`allowedActions`). After a step the
 * data is refetched and the editor moves to the version the step produced.
 */
export function WorkflowBar(props: {
  version: VersionOut;
  locale: Locale;
  versions: VersionSummary[] | undefined;
  openRemarks: number;
  remarks: { shown: boolean; available: boolean; toggle: () => void; show: () => void };
  saveStatus: SectionStatus;
  flush: () => void;
  pageParam: string | undefined;
}) {
  const { t } = useTranslation('editor');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { version, locale } = props;
  const mapId = version.map.id;
  const number = version.version.number;
  const life = version.lifecycle;
  const step = useWorkflowStep(mapId, number);
  const invalidate = useInvalidateLifecycle(mapId);
  const [dialog, setDialog] = useState<Dialog>(null);
  // Only the last dialog opened is mounted (it stays for its closing animation): six closed antd
  // modals cost the editor's first render their styles and hooks for nothing.
  const [mounted, setMounted] = useState<Dialog>(null);
  const [error, setError] = useState<ReactNode>(null);
  const buttons = workflowButtons(version.allowedActions);
  const newer = props.versions ? newerVersion(props.versions, number) : null;

  const open = (d: WorkflowButton) => {
    if (d === 'submit') props.flush();
    step.reset();
    setError(null);
    setDialog(d);
    setMounted(d);
  };
  const close = () => {
    setDialog(null);
    setError(null);
  };

  const goTo = (n: number) => {
    const page = props.pageParam?.startsWith('redline') ? 'redline' : props.pageParam;
    if (page)
      void navigate({ to: '/maps/$mapId/v/$number/$page', params: { mapId, number: String(n), page } });
    else void navigate({ to: '/maps/$mapId/v/$number', params: { mapId, number: String(n) } });
  };

  /** The refusal in the user's words, with the way out the server's details offer. */
  const explain = (e: unknown): ReactNode => {
    if (!(e instanceof ApiError)) return <StepError message={String(e)} />;
    const details = (e.body.details ?? {}) as Record<string, unknown>;
    if (e.body.code === 'map.has_blocking_findings') {
      const findings = Array.isArray(details.findings)
        ? (details.findings as { code: string; params?: Record<string, string | number> }[])
        : [];
      return (
        <StepError
          message={e.body.message}
          extra={
            <>
              {findings.length > 0 && (
                <ul className="rv-blocking-list">
                  {findings.slice(0, 5).map((f, i) => (
                    <li key={`${f.code}-${i}`}>{t(`findings:${f.code}`, f.params ?? {})}</li>
                  ))}
                  {findings.length > 5 && <li>…</li>}
                </ul>
              )}
              <PageLink page={{ kind: 'findings' }} onClick={close}>
                {t('editor:wf.blocking.goto')}
              </PageLink>
            </>
          }
        />
      );
    }
    if (e.body.code === 'map.draft_exists' && typeof details.versionNumber === 'number') {
      const n = details.versionNumber;
      return (
        <StepError
          message={e.body.message}
          extra={
            <Link to="/maps/$mapId/v/$number" params={{ mapId, number: String(n) }} onClick={close}>
              {t('editor:wf.openVersion', { n })}
            </Link>
          }
        />
      );
    }
    return <StepError message={e.body.message} />;
  };

  const run = async (req: StepRequest, done: (n: number) => string) => {
    setError(null);
    try {
      const out = await step.mutateAsync(req);
      close();
      message.success(done(out.number));
      if (out.number !== number) goTo(out.number);
      // The refetched version may carry a new status: the editor then starts afresh (its key).
      await invalidate();
    } catch (e) {
      setError(explain(e));
    }
  };

  const facts: ReactNode[] = [];
  if (life.basedOnNumber !== null)
    facts.push(
      <Link key="based" to="/maps/$mapId/v/$number" params={{ mapId, number: String(life.basedOnNumber) }}>
        {t('editor:wf.basedOn', { n: life.basedOnNumber })}
      </Link>,
    );
  if (life.amendmentGround !== null)
    facts.push(<span key="ground">{t('editor:wf.amendmentGround', { ground: life.amendmentGround })}</span>);
  if (life.submittedAt)
    facts.push(
      <span key="sub">{t('editor:wf.submittedAt', { date: formatDateTime(life.submittedAt, locale) })}</span>,
    );
  if (life.decision && life.decidedAt)
    facts.push(
      <span key="dec" className={life.decision === 'return' ? 'rv-fact-return' : undefined}>
        {t(`editor:wf.decided.${life.decision}`, { date: formatDateTime(life.decidedAt, locale) })}
      </span>,
    );
  if (life.approvedOn)
    facts.push(
      <span key="appr">{t('editor:wf.approvedOn', { date: formatIsoDate(life.approvedOn, locale) })}</span>,
    );
  if (life.publishedOn)
    facts.push(
      <span key="pub">{t('editor:wf.publishedOn', { date: formatIsoDate(life.publishedOn, locale) })}</span>,
    );

  const label = (b: WorkflowButton) => t(`editor:wf.action.${b}`);
  const blockedBy =
    props.saveStatus === 'saving' || props.saveStatus === 'dirty'
      ? t('editor:wf.confirm.saving')
      : props.saveStatus === 'saved'
        ? null
        : t('editor:wf.confirm.unsaved');

  return (
    <section className="rv-bar" aria-label={t('editor:wf.label')}>
      <div className="rv-bar-info">
        <div className="rv-bar-line">
          <VersionStatusTag status={version.version.status} />
          {facts.map((f, i) => (
            <span key={i} className="rv-fact">
              {f}
              {i < facts.length - 1 && (
                <span className="rv-sep" aria-hidden="true">
                  ·
                </span>
              )}
            </span>
          ))}
        </div>
        <Deadlines deadlines={version.deadlines} locale={locale} />
        {life.decisionReason && (
          <p className="rv-reason">
            <span className="rv-muted">{t('editor:wf.decision.reason')}: </span>
            <q>{life.decisionReason}</q>
          </p>
        )}
        {newer && (
          <p className="rv-newer">
            {t('editor:wf.newer', { n: newer.number, status: t(`editor:wf.status.${newer.status}`) })}{' '}
            <Link to="/maps/$mapId/v/$number" params={{ mapId, number: String(newer.number) }}>
              {t('editor:wf.openVersion', { n: newer.number })}
            </Link>
          </p>
        )}
      </div>
      <div className="rv-bar-actions">
        {buttons.map((b, i) => (
          <Button
            key={b}
            type={i === 0 && b !== 'start_draft' ? 'primary' : 'default'}
            onClick={() => open(b)}
          >
            {label(b)}
          </Button>
        ))}
        {props.remarks.available && (
          <Button
            aria-expanded={props.remarks.shown}
            aria-controls="rv-panel"
            className={props.openRemarks ? 'rv-remarks-btn has-open' : 'rv-remarks-btn'}
            onClick={props.remarks.toggle}
          >
            {t('editor:rv.button', { open: props.openRemarks })}
          </Button>
        )}
      </div>

      {(['submit', 'start_draft', 'approve', 'publish'] as const).map((b) =>
        mounted !== b ? null : (
          <ConfirmStepDialog
            key={b}
            open={dialog === b}
            title={t(`editor:wf.${b === 'start_draft' ? 'startDraft' : b}.title`)}
            text={t(`editor:wf.${b === 'start_draft' ? 'startDraft' : b}.text`, { n: number })}
            okText={label(b)}
            pending={step.isPending}
            blockedBy={b === 'submit' ? blockedBy : null}
            error={dialog === b ? error : null}
            onCancel={close}
            onOk={() => void run({ action: STEP[b] } as StepRequest, (n) => t(`editor:wf.done.${b}`, { n }))}
          />
        ),
      )}
      {mounted === 'decision' && (
        <DecisionDialog
          open={dialog === 'decision'}
          number={number}
          openRemarks={props.openRemarks}
          allowed={{
            agree: version.allowedActions.includes('agree'),
            return: version.allowedActions.includes('return'),
          }}
          pending={step.isPending}
          error={dialog === 'decision' ? error : null}
          onShowRemarks={() => {
            close();
            props.remarks.show();
          }}
          onCancel={close}
          onSubmit={(v) => void run({ action: 'decision', body: v }, () => t(`editor:wf.done.${v.decision}`))}
        />
      )}
      {mounted === 'start_amendment' && (
        <AmendmentDialog
          open={dialog === 'start_amendment'}
          locale={locale}
          pending={step.isPending}
          error={dialog === 'start_amendment' ? error : null}
          onCancel={close}
          onSubmit={(v) =>
            void run({ action: 'amendments', body: v }, (n) => t('editor:wf.done.start_amendment', { n }))
          }
        />
      )}
    </section>
  );
}
