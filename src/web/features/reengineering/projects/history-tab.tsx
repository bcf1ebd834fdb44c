import { Alert, Checkbox, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../domain/locale.ts';
import { formatDateTime } from '../../../components/ui/format.ts';
import { useProjectHistory } from './api.ts';
import { PROJECT_SAVE_EVENTS, projectHistoryMessage } from './history.logic.ts';
import { Section, tm } from './project-bits.tsx';
import { useProjectCtx } from './project-context.tsx';

/**
 * The project's history from the audit trail, newest first, in the reader's language: «14.03.2026,
 * 10:42 — Айгерім Сейітова (ҚР Денсаулық сақтау министрлігі) — іс-шаралар жоспарын бекітті». Saves
 * of the parts and the models are hidden unless asked for.
 */
export function HistoryTab() {
  const { t } = useTranslation('reeng');
  const { project, locale } = useProjectCtx();
  const history = useProjectHistory(project.id);
  const [saves, setSaves] = useState(false);
  const events = [...(history.data ?? [])].reverse();
  const shown = saves ? events : events.filter((e) => !PROJECT_SAVE_EVENTS.includes(e.type));
  const hidden = events.length - shown.length;
  const processName = (id: string | null) =>
    pickText(project.processes.find((p) => p.id === id)?.name, locale) || t('project.hist.process');

  return (
    <div className="pj-tab">
      <Section
        title={t('project.tab.history')}
        helper={t('project.hist.help')}
        tools={
          <Checkbox checked={saves} onChange={(e) => setSaves(e.target.checked)}>
            {t('project.hist.showSaves')}
          </Checkbox>
        }
      >
        {history.isError && <Alert type="error" showIcon title={history.error.message} />}
        {history.isPending && <Spin aria-label={t('project.loading')} />}
        {history.data && shown.length === 0 && <p className="dtm-muted">{t('project.hist.empty')}</p>}
        <ol className="pj-history">
          {shown.map((e) => (
            <li key={e.seq} className={`pj-event is-${e.type.replace(/\./g, '-')}`}>
              <time dateTime={e.at} className="pj-event__at">
                {formatDateTime(e.at, locale)}
              </time>
              <span className="pj-event__actor">
                {e.actorName ?? t('project.hist.system')}
                {e.orgName && <span className="dtm-muted"> ({pickText(e.orgName, locale)})</span>}
              </span>
              <span className="pj-event__text">
                {tm(t, projectHistoryMessage(e, { locale, processName }))}
              </span>
            </li>
          ))}
        </ol>
        {!saves && hidden > 0 && (
          <p className="dtm-muted pj-small">{t('project.hist.savesHidden', { count: hidden })}</p>
        )}
      </Section>
    </div>
  );
}
