import { useNavigate } from '@tanstack/react-router';
import { Alert, Select, Spin } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/locale.ts';
import type { SectionDiff } from '../../../domain/map/map.diff.ts';
import { DocumentDownloads } from '../../components/ui/document-downloads.tsx';
import { useEditor, useEditorVersion } from '../editor/editor-context.tsx';
import { pageParam } from '../editor/editor-pages.ts';
import { SectionHeading } from '../editor/form-row.tsx';
import { useMapDiff, useMapVersions } from './api.ts';
import { defaultRedlinePair, isReviewer } from './lifecycle.logic.ts';
import { cellRows, groupItems, listTitle } from './redline.logic.ts';
import { CellChangesTable, DiffStatusTag, ItemChangeView, useDiffNames } from './redline-view.tsx';
import { itemText } from './remark-targets.ts';

/** One section of the redline: its changed items list by list, then its plan-schedule cells. */
function SectionRedline(props: { section: SectionDiff; from: number; to: number }) {
  const { t } = useTranslation('editor');
  const names = useDiffNames();
  const { doc, locale } = useEditor();
  const { section } = props;
  const sectorId = section.key.startsWith('sector:') ? section.key.slice('sector:'.length) : null;
  const index = sectorId ? doc.sectors.findIndex((s) => s.id === sectorId) : -1;
  const n = index >= 0 ? index + 1 : null;
  const title =
    section.key === 'passport'
      ? t('editor:nav.passport')
      : section.key === 'attachments'
        ? t('editor:nav.attachments')
        : `${n ? `${n}. ` : ''}${pickText(section.label, locale) || t('editor:sector.unnamed')}`;
  const parentName = (list: string, parentId: string) => {
    const item = section.items.find((i) => i.id === parentId);
    if (item) return itemText({ list: list.split('.')[0], n: null, label: item.label }, t, locale);
    for (const s of doc.sectors) {
      const found = [...s.cases, ...s.subjects].find((x) => x.id === parentId);
      if (found) return itemText({ list: list.split('.')[0], n: null, label: found.name }, t, locale);
    }
    const direction = doc.attachments.priorityDirections.find((d) => d.id === parentId);
    return direction
      ? itemText({ list: 'priorityDirections', n: null, label: direction.name }, t, locale)
      : parentId;
  };
  const whole = section.status !== 'changed';
  return (
    <section className="rv-section">
      <h3 className="rv-section-title">
        {title} {whole && <DiffStatusTag status={section.status} />}
      </h3>
      {whole ? (
        <p className="rv-muted rv-small">
          {t('editor:rl.contentIn', { n: section.status === 'added' ? props.to : props.from })}
        </p>
      ) : (
        groupItems(section).map((g) => {
          const heading = listTitle(g.list, n);
          const text = t(`editor:${heading.key}`, heading.params);
          return (
            <div key={`${g.list}|${g.parentId ?? ''}`} className="rv-group">
              <h4 className="rv-group-title">
                {g.parentId
                  ? t('editor:rl.nested', { parent: parentName(g.list, g.parentId), list: text })
                  : text}
              </h4>
              {g.items.map((item) => (
                <ItemChangeView
                  key={`${item.id}-${item.status}`}
                  item={item}
                  from={props.from}
                  to={props.to}
                  headingLevel={5}
                  names={names}
                />
              ))}
            </div>
          );
        })
      )}
      {section.cells.length > 0 && (
        <div className="rv-group">
          <h4 className="rv-group-title">
            {n ? `${n}.3. ` : ''}
            {t('editor:rl.cells')}
          </h4>
          <CellChangesTable rows={cellRows(section.cells)} names={names} />
        </div>
      )}
    </section>
  );
}

/**
 * The redline between any two versions of the map (R.41–R.42), item by item and cell by cell. By
 * default a reviewer sees the shown version against the last approved one (or the previous
 * submitted one); anyone else against the version it was based on.
 */
export function RedlinePage(props: { from?: number; to?: number }) {
  const { t } = useTranslation('editor');
  const navigate = useNavigate();
  const { mapId, number } = useEditor();
  const version = useEditorVersion();
  const versions = useMapVersions(mapId);
  const list = versions.data?.versions ?? [];
  const fallback = defaultRedlinePair(list, number, {
    reviewer: isReviewer(version.allowedActions),
    basedOn: version.lifecycle.basedOnNumber,
  });
  const explicit = props.from !== undefined && props.to !== undefined;
  const from = explicit ? props.from! : (fallback?.from ?? null);
  const to = explicit ? props.to! : (fallback?.to ?? null);
  const diff = useMapDiff(mapId, from, to);
  const fromId = useId();
  const toId = useId();

  const choose = (a: number | null, b: number | null) => {
    if (a === null || b === null) return;
    void navigate({
      to: '/maps/$mapId/v/$number/$page',
      params: { mapId, number: String(number), page: pageParam({ kind: 'redline', from: a, to: b }) },
    });
  };
  const options = [...list]
    .sort((a, b) => b.number - a.number)
    .map((v) => ({
      value: v.number,
      label: t('editor:rl.versionOption', { n: v.number, status: t(`editor:wf.status.${v.status}`) }),
    }));

  return (
    <article className="ed-page">
      <SectionHeading title={t('editor:nav.redline')} helper={t('editor:rl.help')} />
      {versions.isError && <Alert type="error" showIcon title={versions.error.message} />}
      {versions.isPending && <Spin aria-label={t('editor:load.loading')} />}
      {versions.data && list.length < 2 && <p className="rv-muted">{t('editor:rl.needTwo')}</p>}
      {versions.data && list.length >= 2 && (
        <div className="rv-pickers">
          <div className="rv-picker">
            <label htmlFor={fromId} className="rv-label">
              {t('editor:rl.from')}
            </label>
            <Select id={fromId} value={from ?? undefined} options={options} onChange={(v) => choose(v, to)} />
          </div>
          <span aria-hidden="true" className="rv-pick-arrow">
            →
          </span>
          <div className="rv-picker">
            <label htmlFor={toId} className="rv-label">
              {t('editor:rl.to')}
            </label>
            <Select id={toId} value={to ?? undefined} options={options} onChange={(v) => choose(from, v)} />
          </div>
          {!explicit && fallback?.reason === 'approved' && (
            <p className="rv-muted rv-small">{t('editor:rl.defaultApproved')}</p>
          )}
          {!explicit && fallback?.reason === 'submitted' && (
            <p className="rv-muted rv-small">{t('editor:rl.defaultSubmitted')}</p>
          )}
        </div>
      )}
      {from !== null && from === to && <p className="rv-muted">{t('editor:rl.same')}</p>}
      {diff.isError && <Alert type="error" showIcon title={diff.error.message} />}
      {diff.isLoading && <Spin aria-label={t('editor:load.loading')} />}
      {diff.data && from !== null && to !== null && (
        <>
          <p className="rv-summary" role="status">
            {t('editor:rl.summary', diff.data.counts)}
          </p>
          <DocumentDownloads
            href={`/api/maps/${encodeURIComponent(mapId)}/diff?from=${from}&to=${to}`}
            label={t('editor:rl.document')}
          />
          {diff.data.sections.length === 0 && <p className="ed-ok">{t('editor:rl.none')}</p>}
          {diff.data.sections.map((s) => (
            <SectionRedline key={s.key} section={s} from={from} to={to} />
          ))}
        </>
      )}
    </article>
  );
}
