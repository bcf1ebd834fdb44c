import { Alert, Checkbox, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/ui/format.ts';
import { useEditor } from '../editor/editor-context.tsx';
import { SectionHeading } from '../editor/form-row.tsx';
import { sectorTitle } from '../editor/page-titles.ts';
import { useMapHistory } from './api.ts';
import { historyMessage, SAVE_EVENTS } from './history.logic.ts';

/**
 * The map's history from the audit log, in the reader's language: «20.03.2026, 19:00 — Айгерім
 * Сейітова — 1-нұсқаны келісуге жіберді (… қарау мерзімі 09.04.2026 дейін)». Newest first; the
 * many section saves are hidden unless asked for.
 */
export function HistoryPage() {
  const { t } = useTranslation('editor');
  const { mapId, doc, locale } = useEditor();
  const history = useMapHistory(mapId);
  const [saves, setSaves] = useState(false);
  const events = [...(history.data ?? [])].reverse();
  const shown = saves ? events : events.filter((e) => !SAVE_EVENTS.includes(e.type));
  const hidden = events.length - shown.length;
  const sectionName = (key: string) => {
    if (key === 'passport') return t('editor:nav.passport');
    if (key === 'attachments') return t('editor:nav.attachments');
    if (key.startsWith('sector:')) {
      const id = key.slice('sector:'.length);
      return doc.sectors.some((s) => s.id === id) ? sectorTitle(doc, id, t, locale) : id;
    }
    return key;
  };

  return (
    <article className="ed-page">
      <SectionHeading title={t('editor:nav.history')} helper={t('editor:hist.help')}>
        <Checkbox checked={saves} onChange={(e) => setSaves(e.target.checked)}>
          {t('editor:hist.showSaves')}
        </Checkbox>
      </SectionHeading>
      {history.isError && <Alert type="error" showIcon title={history.error.message} />}
      {history.isPending && <Spin aria-label={t('editor:load.loading')} />}
      {history.data && shown.length === 0 && <p className="rv-muted">{t('editor:hist.empty')}</p>}
      <ol className="rv-history">
        {shown.map((e) => {
          const [main, ...more] = historyMessage(e, { locale, sectionName });
          return (
            <li key={e.seq} className={`rv-event is-${e.type.replace(/\./g, '-')}`}>
              <time dateTime={e.at} className="rv-event-at">
                {formatDateTime(e.at, locale)}
              </time>
              {' — '}
              <span className="rv-event-actor">{e.actorName ?? t('editor:hist.system')}</span>
              {' — '}
              <span className="rv-event-text">
                {t(`editor:${main.key}`, main.params)}
                {more.map((m) => `; ${t(`editor:${m.key}`, m.params)}`).join('')}
              </span>
            </li>
          );
        })}
      </ol>
      {!saves && hidden > 0 && (
        <p className="rv-muted rv-small">{t('editor:hist.savesHidden', { count: hidden })}</p>
      )}
    </article>
  );
}
