import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, App, Button, Input, Segmented, Select, Spin, Tag } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewFindingOut, VersionOut } from '../../../api/maps.ts';
import { formatDateTime } from '../../components/ui/format.ts';
import { ApiError } from '../../lib/api.ts';
import { useEditor } from '../editor/editor-context.tsx';
import { type EditorPageRef, isLifecyclePage, pageParam, samePage } from '../editor/editor-pages.ts';
import { PageLink } from '../editor/page-link.tsx';
import { useAddRemark, useMapDiff, useReplyToRemark, useResolveRemark } from './api.ts';
import { locateFinding } from './finding-location.ts';
import { cellRows, changesForRemark, knownFieldLabel } from './redline.logic.ts';
import { CellChangesTable, ItemChangeView, useDiffNames } from './redline-view.tsx';
import { remarkLabel, remarkTargets, targetText } from './remark-targets.ts';
import { sortRemarks } from './remarks.logic.ts';

const errorText = (e: unknown) =>
  e instanceof ApiError ? e.body.message : e instanceof Error ? e.message : String(e);

/** The changes to a remark's item since the version it was raised on ("what changed since"). */
function WhatChanged(props: { remark: ReviewFindingOut }) {
  const { t } = useTranslation('editor');
  const { mapId, number } = useEditor();
  const { remark } = props;
  const diff = useMapDiff(mapId, remark.versionNumber, number);
  const names = useDiffNames();
  if (diff.isPending) return <Spin size="small" />;
  if (diff.isError) return <p className="rv-muted rv-small">{errorText(diff.error)}</p>;
  const changes = changesForRemark(diff.data, remark);
  const rows = cellRows(changes.cells);
  const redline = { kind: 'redline', from: remark.versionNumber, to: number } as const;
  return (
    <div className="rv-changed">
      <h3 className="rv-changed-title">{t('editor:rv.changed.title', { n: remark.versionNumber })}</h3>
      {changes.section ? (
        <p className="rv-small">
          {t('editor:rl.summary', {
            added: changes.section.items.filter((i) => i.status === 'added').length,
            removed: changes.section.items.filter((i) => i.status === 'removed').length,
            changed: changes.section.items.filter((i) => i.status === 'changed').length,
            fields: changes.section.items.reduce((n, i) => n + (i.fields?.length ?? 0), 0),
            cells: changes.section.cells.length,
          })}
        </p>
      ) : changes.items.length === 0 && rows.length === 0 ? (
        <p className="rv-small rv-muted">{t('editor:rv.changed.none')}</p>
      ) : (
        <>
          {changes.items.map((item) => (
            <ItemChangeView
              key={`${item.list}-${item.id}-${item.status}`}
              item={item}
              from={remark.versionNumber}
              to={number}
              headingLevel={4}
              names={names}
              compact
            />
          ))}
          <CellChangesTable rows={rows} names={names} caption={t('editor:rl.cells')} />
        </>
      )}
      <PageLink page={redline} className="rv-small">
        {t('editor:rv.changed.full')}
      </PageLink>
    </div>
  );
}

/** One remark as a thread: where it points, who raised it, the messages, the answer box, resolving. */
function RemarkThread(props: { remark: ReviewFindingOut }) {
  const { t } = useTranslation('editor');
  const { message } = App.useApp();
  const { doc, locale, mapId, number } = useEditor();
  const { remark } = props;
  const [reply, setReply] = useState('');
  const replyMut = useReplyToRemark(mapId);
  const resolveMut = useResolveRemark(mapId);
  const loc = locateFinding(remark, doc);
  const label = remarkLabel(loc, doc, t, locale, (list, field) => knownFieldLabel(list, field, t));
  const replyId = useId();
  const open = remark.status === 'open';
  const [first, ...answers] = remark.messages;

  const send = async () => {
    if (!reply.trim()) return;
    try {
      await replyMut.mutateAsync({ id: remark.id, text: reply.trim() });
      setReply('');
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <article className={open ? 'rv-thread is-open' : 'rv-thread is-resolved'} aria-label={label}>
      <header className="rv-thread-head">
        <Tag color={open ? 'warning' : 'success'} className="rv-state">
          {t(open ? 'editor:rv.state.open' : 'editor:rv.state.resolved')}
        </Tag>
        {remark.versionNumber !== number && (
          <span className="rv-muted rv-small">{t('editor:rv.raisedOn', { n: remark.versionNumber })}</span>
        )}
        <div className="rv-thread-where">
          {loc.page ? <PageLink page={loc.page}>{label}</PageLink> : label}
        </div>
      </header>
      <ol className="rv-messages">
        {[first, ...answers].filter(Boolean).map((m, i) => (
          <li key={m.id} className={i === 0 ? 'rv-msg is-first' : 'rv-msg'}>
            <div className="rv-msg-meta">
              <strong>{m.authorName}</strong>
              {i === 0 && (
                <span>
                  {' '}
                  · {t(`translation:orgKind.${remark.authorOrgKind}`, { defaultValue: remark.authorOrgKind })}
                </span>
              )}{' '}
              · <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, locale)}</time>
            </div>
            <p className="rv-msg-body">{m.body}</p>
          </li>
        ))}
      </ol>
      {remark.versionNumber < number && <WhatChanged remark={remark} />}
      {remark.canReply && (
        <div className="rv-reply">
          <label htmlFor={replyId} className="rv-reply-label">
            {t('editor:rv.reply')}
          </label>
          <Input.TextArea
            id={replyId}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
            autoSize={{ minRows: 1, maxRows: 6 }}
            maxLength={5000}
            aria-description={t('editor:rv.replyTo', { about: label })}
          />
          <div className="rv-reply-actions">
            <Button
              size="small"
              onClick={() => void send()}
              loading={replyMut.isPending}
              disabled={!reply.trim()}
            >
              {t('editor:rv.replySend')}
            </Button>
            {remark.canResolve && (
              <Button
                size="small"
                onClick={() => resolveMut.mutate(remark.id, { onError: (e) => message.error(errorText(e)) })}
                loading={resolveMut.isPending}
              >
                {t('editor:rv.resolve')}
              </Button>
            )}
          </div>
        </div>
      )}
      {!remark.canReply && remark.canResolve && (
        <div className="rv-reply-actions">
          <Button
            size="small"
            onClick={() => resolveMut.mutate(remark.id, { onError: (e) => message.error(errorText(e)) })}
            loading={resolveMut.isPending}
          >
            {t('editor:rv.resolve')}
          </Button>
        </div>
      )}
    </article>
  );
}

/** The reviewer's form: what the remark is about (the page or one of its items) and its text. */
function AddRemark(props: { page: EditorPageRef }) {
  const { t } = useTranslation('editor');
  const { message } = App.useApp();
  const { doc, locale, mapId, number } = useEditor();
  const targets = useMemo(() => remarkTargets(props.page, doc), [props.page, doc]);
  const [about, setAbout] = useState<string | undefined>(undefined);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useAddRemark(mapId, number);
  const aboutId = useId();
  const textId = useId();
  const chosen = targets.find((x) => x.value === about) ?? targets[0];
  if (!chosen) return null;

  const submit = async () => {
    if (!text.trim()) return;
    setError(null);
    try {
      await add.mutateAsync({ section: chosen.section, path: chosen.path, text: text.trim() });
      setText('');
      setAbout(undefined);
      message.success(t('editor:rv.add.done'));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form
      className="rv-add"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="rv-add-title">{t('editor:rv.add')}</h3>
      <label htmlFor={aboutId} className="rv-label">
        {t('editor:rv.add.about')}
      </label>
      <Select
        id={aboutId}
        showSearch={{ optionFilterProp: 'label' }}
        value={chosen.value}
        onChange={setAbout}
        options={targets.map((x) => ({ value: x.value, label: targetText(x, props.page, doc, t, locale) }))}
        popupMatchSelectWidth={false}
        className="rv-about"
      />
      <label htmlFor={textId} className="rv-label">
        {t('editor:rv.add.text')}
      </label>
      <Input.TextArea
        id={textId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={5000}
      />
      {error && <Alert type="error" showIcon role="alert" title={error} className="rv-add-error" />}
      <Button type="primary" htmlType="submit" loading={add.isPending} disabled={!text.trim()}>
        {t('editor:rv.add.submit')}
      </Button>
    </form>
  );
}

type Filter = 'page' | 'all';

/**
 * The review's remarks (R.23) as threads, in a side column next to the page: this page's or all,
 * open ones first. Reviewers raise new ones here, on the page or on one of its items.
 */
export function RemarksPanel(props: {
  remarks: UseQueryResult<ReviewFindingOut[]>;
  page: EditorPageRef;
  version: VersionOut;
  onClose: () => void;
}) {
  const { t } = useTranslation('editor');
  const { doc } = useEditor();
  const formPage =
    !isLifecyclePage(props.page) && props.page.kind !== 'findings' && props.page.kind !== 'gantt';
  const [filter, setFilter] = useState<Filter>(formPage ? 'page' : 'all');
  const all = sortRemarks(props.remarks.data ?? []);
  const onPage = all.filter((r) => {
    const p = locateFinding(r, doc).page;
    return p !== null && samePage(p, props.page);
  });
  const shown = filter === 'page' ? onPage : all;
  const canAdd = props.version.allowedActions.includes('add_finding');
  const headingId = useId();

  return (
    <aside id="rv-panel" className="rv-panel" aria-labelledby={headingId} tabIndex={-1}>
      <div className="rv-panel-head">
        <h2 id={headingId} className="rv-panel-title">
          {t('editor:rv.title')}
        </h2>
        <Button size="small" type="text" onClick={props.onClose} aria-label={t('editor:rv.close')}>
          <span aria-hidden="true">✕</span>
        </Button>
      </div>
      {canAdd && <AddRemark key={pageParam(props.page)} page={props.page} />}
      <Segmented<Filter>
        aria-label={t('editor:rv.filter.label')}
        value={filter}
        onChange={setFilter}
        size="small"
        options={[
          { value: 'page', label: t('editor:rv.filter.page', { count: onPage.length }) },
          { value: 'all', label: t('editor:rv.filter.all', { count: all.length }) },
        ]}
      />
      {props.remarks.isPending && <Spin size="small" />}
      {props.remarks.isError && (
        <Alert type="error" showIcon title={errorText(props.remarks.error)} className="rv-add-error" />
      )}
      {props.remarks.data && shown.length === 0 && (
        <p className="rv-muted">{t(filter === 'page' ? 'editor:rv.nonePage' : 'editor:rv.none')}</p>
      )}
      <div className="rv-threads">
        {shown.map((r) => (
          <RemarkThread key={r.id} remark={r} />
        ))}
      </div>
    </aside>
  );
}
