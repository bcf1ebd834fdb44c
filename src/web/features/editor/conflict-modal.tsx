import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictDetails } from '../../../api/maps.ts';
import { type Locale, pickText } from '../../../domain/locale.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import type { SectionKey } from '../../../domain/map/map.sections.ts';
import { formatDateTime } from '../../components/ui/format.ts';
import { mergeThreeWay } from './conflict-merge.ts';
import { ABSENT, type ConflictRow, conflictRows, PRESENT, sectionChanges } from './conflict-rows.ts';
import { useEditor } from './editor-context.tsx';

const MAX_ROWS = 80;

/** "Атауы (kk)", "Нысаналы мәндер 2027": a field of map.diff.ts ('name.kk', 'targets.2027') in words. */
function useFieldLabel() {
  const { t } = useTranslation('editor');
  return (field: string) => {
    const [head, ...rest] = field.split('.');
    const tail = rest.map((p) => (['kk', 'ru', 'en'].includes(p) ? `(${p})` : p)).join(' ');
    return `${t(`field.${head}`, { defaultValue: head })}${tail ? ` ${tail}` : ''}`;
  };
}

function Where({ row, doc, sectionKey }: { row: ConflictRow; doc: MapDocument; sectionKey: SectionKey }) {
  const { t } = useTranslation('editor');
  const { locale } = useEditor();
  const fieldLabel = useFieldLabel();
  const sector = doc.sectors.find((s) => `sector:${s.id}` === sectionKey);
  return (
    <>
      {row.where
        .map((w) => {
          if ('list' in w) return t(`field.${w.list.split('.').pop()}`, { defaultValue: w.list });
          if ('item' in w) return `«${pickText(w.item, locale) || '…'}»`;
          if ('field' in w) return fieldLabel(w.field);
          const c = sector?.cases.find((x) => x.id === w.cell.caseId);
          const p = c?.processes.find((x) => x.id === w.cell.processId);
          const name = [c && pickText(c.name, locale), p && pickText(p.name, locale)]
            .filter(Boolean)
            .join(' — ');
          return `${t('field.schedule')} › «${name || '…'}» › ${w.cell.year} ${t(`quarter.${w.cell.quarter}`)}`;
        })
        .join(' › ')}
    </>
  );
}

function Value({ v }: { v: unknown }) {
  const { t } = useTranslation('editor');
  const { locale, references } = useEditor();
  if (v === ABSENT) return <span className="ed-empty">{t('diff.absent')}</span>;
  if (v === PRESENT) return <>{t('diff.present')}</>;
  if (v === null || v === undefined || v === '') return <span className="ed-empty">—</span>;
  if (typeof v === 'boolean') return <>{t(v ? 'common.yes' : 'common.no')}</>;
  if (Array.isArray(v)) {
    // Lists of reference ids (public services, systems, documents) read as names.
    const all = [
      ...references.publicServices,
      ...references.informationSystems,
      ...references.planningDocuments,
    ];
    return (
      <>
        {v.map((id) => pickText(all.find((r) => r.id === id)?.name, locale) || String(id)).join('; ') || '—'}
      </>
    );
  }
  return <>{String(v)}</>;
}

/**
 * A stale save (409): both versions of the section side by side, field by field, with who saved
 * theirs and when. The user combines both (when we changed different things), keeps hers, or takes
 * theirs. Nothing is lost silently either way.
 */
export function ConflictModal(props: {
  sectionKey: SectionKey;
  sectionLabel: string;
  conflict: ConflictDetails;
  doc: MapDocument;
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
  const diff = sectionChanges(props.doc, props.sectionKey, props.mine, conflict.theirs);
  const rows = diff ? conflictRows(diff) : [];
  const merge =
    conflict.theirs !== null && props.base !== null
      ? mergeThreeWay(props.base, props.mine, conflict.theirs)
      : null;
  const canMerge = merge !== null && merge.clashes.length === 0;
  const who = conflict.updatedBy ?? t('conflict.someone');
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
      <p>{t('conflict.intro', { who, when: formatDateTime(conflict.updatedAt, locale) })}</p>
      {conflict.theirs === null && <p className="ed-msg-warning">{t('conflict.removed')}</p>}
      {rows.length === 0 ? (
        <p>{t('conflict.same')}</p>
      ) : (
        <div className="ed-scroll ed-diff-wrap">
          <table className="ed-table ed-diff">
            <thead>
              <tr>
                <th scope="col">{t('conflict.field')}</th>
                <th scope="col">{t('conflict.mine')}</th>
                <th scope="col">{t('conflict.theirs', { who })}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, MAX_ROWS).map((row, i) => (
                <tr key={i}>
                  <th scope="row">
                    <Where row={row} doc={props.doc} sectionKey={props.sectionKey} />
                  </th>
                  <td className="ed-diff-mine">
                    <Value v={row.mine} />
                  </td>
                  <td className="ed-diff-theirs">
                    <Value v={row.theirs} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > MAX_ROWS && <p>{t('conflict.more', { count: rows.length - MAX_ROWS })}</p>}
        </div>
      )}
      <p className="ed-helper">
        {t('conflict.explain')} {canMerge ? t('conflict.mergeExplain') : t('conflict.clashExplain')}
      </p>
    </Modal>
  );
}
