import { Alert, App, Button, Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectStage } from '../../../../domain/reengineering/project.workflow.ts';
import { ApiError } from '../../../lib/api.ts';
import { NESTED_PARAMS } from './history.logic.ts';
import { type Message, STAGE_COLOR, type Tone } from './project.logic.ts';

/** Translates a message whose parameters may be catalog keys themselves (stage, part, kind, action). */
export function tm(t: TFunction<'reeng'>, m: Message): string {
  const params: Record<string, string | number> = { ...m.params };
  for (const p of NESTED_PARAMS) {
    const v = params[p];
    if (typeof v === 'string' && v.startsWith('project.')) params[p] = t(v, { defaultValue: v });
  }
  return t(m.key, params);
}

export function StageTag({ stage }: { stage: ProjectStage }) {
  const { t } = useTranslation('reeng');
  return (
    <Tag color={STAGE_COLOR[stage]} className="dtm-tag">
      {t(`project.stage.${stage}`)}
    </Tag>
  );
}

const STATUS_COLOR = { planned: 'default', in_progress: 'processing', implemented: 'success' } as const;

/** The case's reengineering status in the map (F 1.2): planned / in progress / implemented. */
export function ReengStatusTag({ status }: { status: keyof typeof STATUS_COLOR }) {
  const { t } = useTranslation('reeng');
  return (
    <Tag color={STATUS_COLOR[status]} className="dtm-tag">
      {t(`project.status.${status}`)}
    </Tag>
  );
}

/** A countdown («осталось 3 рабочих дня») coloured by how much time is left. */
export function Countdown({ message, tone }: { message: Message; tone: Tone }) {
  const { t } = useTranslation('reeng');
  return (
    <span className={`pj-countdown is-${tone}`}>
      {tone === 'late' && <span aria-hidden="true">⚠ </span>}
      {tm(t, message)}
    </span>
  );
}

/** A section of a tab: a white panel with its heading, an optional helper line and tools on the right. */
export function Section(props: {
  id?: string;
  title: ReactNode;
  helper?: ReactNode;
  tools?: ReactNode;
  children: ReactNode;
  level?: 2 | 3;
}) {
  const H = props.level === 3 ? 'h3' : 'h2';
  return (
    <section className="pj-section" aria-labelledby={props.id ? `${props.id}-h` : undefined}>
      <div className="pj-section__head">
        <div className="pj-section__text">
          <H id={props.id ? `${props.id}-h` : undefined} className="pj-section__title" tabIndex={-1}>
            {props.title}
          </H>
          {props.helper ? <p className="pj-section__helper">{props.helper}</p> : null}
        </div>
        {props.tools ? <div className="pj-section__tools">{props.tools}</div> : null}
      </div>
      {props.children}
    </section>
  );
}

/** An error of a request as an alert: the server's message in the user's language. */
export function RequestError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('reeng');
  if (!error) return null;
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="pj-alert"
      title={message}
      action={onRetry ? <Button onClick={onRetry}>{t('project.retry')}</Button> : undefined}
    />
  );
}

/** The bar under an editable part: whether it has unsaved changes, and Save. */
export function SaveBar(props: {
  dirty: boolean;
  saving: boolean;
  canEdit: boolean;
  onSave: () => void;
  error?: unknown;
  extra?: ReactNode;
  /** Keeps the bar in view at the bottom of the window (long parts such as the as-is description). */
  sticky?: boolean;
}) {
  const { t } = useTranslation('reeng');
  if (!props.canEdit) return null;
  return (
    <div className={props.sticky ? 'pj-savebar is-sticky' : 'pj-savebar'}>
      <Button type="primary" onClick={props.onSave} loading={props.saving} disabled={!props.dirty}>
        {t('project.save')}
      </Button>
      <span className="pj-savebar__status" role="status" aria-live="polite">
        {props.dirty ? (
          <span className="pj-dirty">{t('project.unsaved')}</span>
        ) : (
          <span className="dtm-muted">{t('project.allSaved')}</span>
        )}
      </span>
      {props.extra}
      {props.error ? (
        <div className="pj-savebar__error">
          <RequestError error={props.error} />
        </div>
      ) : null}
    </div>
  );
}

/** Saves a part's draft with a confirmation; errors stay on the draft (shown by SaveBar), conflicts open their dialog. */
export function useSaveDraft(draft: { save: () => Promise<boolean> }) {
  const { t } = useTranslation('reeng');
  const { message } = App.useApp();
  return () =>
    void draft
      .save()
      .then((ok) => {
        if (ok) message.success(t('project.saved'));
      })
      .catch(() => undefined);
}
