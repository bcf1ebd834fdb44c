import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../domain/locale.ts';
import { formatDateTime, formatTime } from '../../components/ui/format.ts';
import { PageLink } from './page-link.tsx';
import type { SectionStatus } from './section-save.logic.ts';

/** "14:32" today, the date and time another day. */
function formatSavedAt(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (d.toDateString() !== new Date().toDateString()) return formatDateTime(iso, locale);
  return formatTime(d);
}

/** The map's title, version and status, the save state, the findings totals and the JSON export. */
export function EditorTopbar(props: {
  title: string;
  organisation: string;
  versionNumber: number;
  saveStatus: SectionStatus;
  savedAt: string | null;
  saveError: string | null;
  blocking: number;
  warnings: number;
  /** The totals are not known yet (the map is validated after the first render): keep their place. */
  findingsPending?: boolean;
  downloadUrl: string | null;
  readOnly: boolean;
  locale: Locale;
}) {
  const { t } = useTranslation('editor');
  const save = (() => {
    switch (props.saveStatus) {
      case 'saving':
        return <span className="ed-save is-saving">{t('save.saving')}</span>;
      case 'dirty':
        return <span className="ed-save is-dirty">{t('save.dirty')}</span>;
      case 'conflict':
        return <span className="ed-save is-conflict">{t('save.conflict')}</span>;
      case 'error':
        return (
          <Tooltip title={props.saveError}>
            <span className="ed-save is-error">{t('save.error')}</span>
          </Tooltip>
        );
      default:
        return (
          <span className="ed-save is-saved">
            {props.savedAt
              ? t('save.saved', { time: formatSavedAt(props.savedAt, props.locale) })
              : t('save.savedNever')}
          </span>
        );
    }
  })();
  return (
    <header className="ed-topbar">
      <div className="ed-topbar-title">
        <h1 className="ed-title">{props.title || t('topbar.untitled')}</h1>
        <div className="ed-topbar-meta">
          <span>{props.organisation}</span>
          <span aria-hidden="true">·</span>
          <span>{t('topbar.version', { n: props.versionNumber })}</span>
          {props.readOnly && <Tag className="ed-readonly-tag">{t('topbar.readOnly')}</Tag>}
        </div>
      </div>
      <div className="ed-topbar-right">
        {!props.readOnly && (
          <div role="status" aria-live="polite" className="ed-save-wrap">
            {save}
          </div>
        )}
        <PageLink
          page={{ kind: 'findings' }}
          className={props.findingsPending ? 'ed-totals ed-totals--pending' : 'ed-totals'}
        >
          <span className={props.blocking ? 'ed-total-blocking' : 'ed-total-zero'}>
            {t('topbar.blocking', { count: props.blocking })}
          </span>
          <span className={props.warnings ? 'ed-total-warning' : 'ed-total-zero'}>
            {t('topbar.warnings', { count: props.warnings })}
          </span>
        </PageLink>
        {props.downloadUrl && (
          <a className="ed-download" href={props.downloadUrl} download>
            {t('topbar.download')}
          </a>
        )}
      </div>
    </header>
  );
}
