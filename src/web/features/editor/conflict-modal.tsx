import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictDetails } from '../../../api/maps.ts';
import { type Locale, pickText } from '../../../domain/locale.ts';
import { periodYears } from '../../../domain/map/map.gantt.ts';
import { formatDateTime } from '../../components/ui/format.ts';
import { type DiffEntry, type DiffSegment, diffJson } from './conflict-diff.ts';
import { mergeThreeWay } from './conflict-merge.ts';

const MAX_ROWS = 80;
const isText = (v: unknown): v is { kk: string; ru: string; en?: string } =>
  typeof v === 'object' && v !== null && 'kk' in v && 'ru' in v;
const isSchedule = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length === 20 && v.every((c) => ['', 'R', 'F', 'D'].includes(c as string));

function Value({ v, other, locale }: { v: unknown; other: unknown; locale: Locale }) {
  const { t } = useTranslation('editor');
  if (v === undefined) return <span className="ed-empty">{t('diff.absent')}</span>;
  if (v === null || v === '') return <span className="ed-empty">—</span>;
  if (typeof v === 'boolean') return <>{t(v ? 'common.yes' : 'common.no')}</>;
  if (isText(v))
    return (
      <div className="ed-diff-text">
        {(['kk', 'ru', 'en'] as const).map((l) =>
          v[l] ? (
            <div key={l} className={isText(other) && other[l] !== v[l] ? 'ed-diff-changed' : undefined}>
              <span className="ed-lang-tag">{l.toUpperCase()}</span> {v[l]}
            </div>
          ) : null,
        )}
      </div>
    );
  if (isSchedule(v))
    return (
      <code className="ed-diff-schedule">
        {periodYears()
          .map(
            (year, y) =>
              `${year}: ${v
                .slice(y * 4, y * 4 + 4)
                .map((c) => c || '·')
                .join('')}`,
          )
          .join('  ')}
      </code>
    );
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const name = (v as Record<string, unknown>).name ?? (v as Record<string, unknown>).text;
    if (isText(name)) return <>{pickText(name, locale) || t('diff.item')}</>;
  }
  if (typeof v === 'object') return <pre className="ed-diff-json">{JSON.stringify(v, null, 2)}</pre>;
  return <>{String(v)}</>;
}

function pathLabel(
  path: DiffSegment[],
  t: (k: string, o?: Record<string, unknown>) => string,
  locale: Locale,
) {
  return path
    .map((seg) => {
      if (typeof seg === 'string')
        return seg === '#order' ? t('diff.order') : t(`field.${seg}`, { defaultValue: seg });
      const name = isText(seg.name) ? pickText(seg.name, locale) : '';
      return name ? `«${name}»` : `#${seg.index + 1}`;
    })
    .join(' › ');
}

/**
 * A stale save (409): both versions of the section side by side, field by field, with who saved
 * theirs and when; the user keeps theirs or writes hers over it. Nothing is lost either way.
 */
export function ConflictModal(props: {
  sectionLabel: string;
  conflict: ConflictDetails;
  mine: unknown;
  /** The version I started from: what makes a three-way merge possible. */
  base: unknown;
  locale: Locale;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMerge: (merged: unknown) => void;
}) {
  const { t } = useTranslation('editor');
  const { conflict, locale } = props;
  const entries: DiffEntry[] = diffJson(props.mine, conflict.theirs);
  // Their section still exists and we changed different things: both can be kept.
  const merge =
    conflict.theirs !== null && props.base !== null
      ? mergeThreeWay(props.base, props.mine, conflict.theirs)
      : null;
  const canMerge = merge !== null && merge.clashes.length === 0;
  const when = formatDateTime(conflict.updatedAt, locale);
  return (
    <Modal
      open
      width={980}
      title={t('conflict.title', { section: props.sectionLabel })}
      closable={false}
      mask={{ closable: false }}
      footer={[
        <Button key="theirs" onClick={props.onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </Button>,
        <Button key="mine" type={canMerge ? 'default' : 'primary'} onClick={props.onKeepMine}>
          {t('conflict.keepMine')}
        </Button>,
        ...(canMerge
          ? [
              <Button key="merge" type="primary" onClick={() => props.onMerge(merge.merged)}>
                {t('conflict.merge')}
              </Button>,
            ]
          : []),
      ]}
    >
      <p>{t('conflict.intro', { who: conflict.updatedBy ?? t('conflict.someone'), when })}</p>
      {conflict.theirs === null && <p className="ed-msg-warning">{t('conflict.removed')}</p>}
      {entries.length === 0 ? (
        <p>{t('conflict.same')}</p>
      ) : (
        <div className="ed-scroll ed-diff-wrap">
          <table className="ed-table ed-diff">
            <thead>
              <tr>
                <th scope="col">{t('conflict.field')}</th>
                <th scope="col">{t('conflict.mine')}</th>
                <th scope="col">
                  {t('conflict.theirs', { who: conflict.updatedBy ?? t('conflict.someone') })}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.slice(0, MAX_ROWS).map((e, i) => (
                <tr key={i}>
                  <th scope="row">{pathLabel(e.path, t, locale)}</th>
                  <td className="ed-diff-mine">
                    <Value v={e.mine} other={e.theirs} locale={locale} />
                  </td>
                  <td className="ed-diff-theirs">
                    <Value v={e.theirs} other={e.mine} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries.length > MAX_ROWS && <p>{t('conflict.more', { count: entries.length - MAX_ROWS })}</p>}
        </div>
      )}
      <p className="ed-helper">
        {t('conflict.explain')} {canMerge ? t('conflict.mergeExplain') : t('conflict.clashExplain')}
      </p>
    </Modal>
  );
}
