import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReferenceItemOut } from '../../../api/reference.ts';
import { type Locale, pickText } from '../../../domain/locale.ts';
import type { CellChange, DiffStatus, ItemChange } from '../../../domain/map/map.diff.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import { useEditor } from '../editor/editor-context.tsx';
import { type CellRow, fieldLabelText, lastSegment, setChange, valueView } from './redline.logic.ts';
import { itemText, shorten } from './remark-targets.ts';

const STATUS_COLOR: Record<DiffStatus, string> = {
  added: 'success',
  removed: 'error',
  changed: 'processing',
};

export function DiffStatusTag({ status }: { status: DiffStatus }) {
  const { t } = useTranslation('editor');
  return (
    <Tag color={STATUS_COLOR[status]} className="rv-diff-tag">
      {t(`editor:rl.status.${status}`)}
    </Tag>
  );
}

interface Names {
  doc: MapDocument;
  locale: Locale;
  refs: ReferenceItemOut[];
}

/** The name of an id a field holds: a reference entry, a subject, a life-cycle stage or a case. */
function nameOf(id: string, n: Names): string {
  const ref = n.refs.find((r) => r.id === id);
  if (ref) return pickText(ref.name, n.locale);
  for (const s of n.doc.sectors) {
    const subject = s.subjects.find((x) => x.id === id);
    if (subject) return pickText(subject.name, n.locale);
    for (const x of s.subjects) {
      const stage = x.lifeCycle.find((st) => st.id === id);
      if (stage) return pickText(stage.name, n.locale);
    }
    const c = s.cases.find((x) => x.id === id);
    if (c) return pickText(c.name, n.locale);
  }
  return id;
}

function ValueText(props: { list: string; field: string; value: unknown; names: Names }) {
  const { t } = useTranslation('editor');
  const v = valueView(props.list, props.field, props.value);
  switch (v.kind) {
    case 'blank':
      return <span className="rv-blank">{t('editor:rl.blank')}</span>;
    case 'key':
      return <>{t(`editor:${v.key}`, { defaultValue: v.key.split('.').pop() })}</>;
    case 'item':
      return <>{nameOf(v.id, props.names)}</>;
    case 'ids':
      return (
        <ul className="rv-idlist">
          {v.ids.map((id) => (
            <li key={id}>{nameOf(id, props.names)}</li>
          ))}
        </ul>
      );
    case 'text':
      return <span className="rv-text">{v.text}</span>;
  }
}

/** A set of ids after the change: what it gained and what it lost. */
function SetAfter(props: { before: unknown; after: unknown; names: Names }) {
  const { t } = useTranslation('editor');
  const { added, removed } = setChange(props.before, props.after);
  const list = (ids: string[]) => ids.map((id) => nameOf(id, props.names)).join('; ');
  return (
    <>
      {added.length > 0 && <div className="rv-ins">{t('editor:rl.setAdded', { items: list(added) })}</div>}
      {removed.length > 0 && (
        <div className="rv-del">{t('editor:rl.setRemoved', { items: list(removed) })}</div>
      )}
      {!added.length && !removed.length && <span className="rv-blank">{t('editor:rl.blank')}</span>}
    </>
  );
}

/** The reference entries of the editor, for naming ids in a redline. */
export function useDiffNames(doc?: MapDocument): Names {
  const ctx = useEditor();
  const r = ctx.references;
  return {
    doc: doc ?? ctx.doc,
    locale: ctx.locale,
    refs: [...r.publicServices, ...r.informationSystems, ...r.planningDocuments],
  };
}

/**
 * One changed item of the redline: its status and name; a changed one lists its fields, each
 * with the value before and after (a text per language, a year's target per year).
 */
export function ItemChangeView(props: {
  item: ItemChange;
  from: number;
  to: number;
  headingLevel?: 4 | 5;
  names: Names;
  /** A narrow column (the remarks panel): each field as "name / before → after" instead of a table. */
  compact?: boolean;
}) {
  const { t } = useTranslation('editor');
  const { item } = props;
  const H = props.headingLevel === 5 ? 'h5' : 'h4';
  const list = lastSegment(item.list);
  const name =
    item.list === 'passport' || item.list === 'attachments'
      ? ''
      : itemText({ list, n: null, label: item.label }, t, props.names.locale);
  return (
    <div className={`rv-item is-${item.status}`}>
      <H className="rv-item-head">
        <DiffStatusTag status={item.status} />
        {name && <span className="rv-item-name">{name}</span>}
      </H>
      {item.status === 'removed' && (
        <p className="rv-muted rv-small">{t('editor:rl.contentIn', { n: props.from })}</p>
      )}
      {item.status === 'added' && (
        <p className="rv-muted rv-small">{t('editor:rl.contentIn', { n: props.to })}</p>
      )}
      {item.fields && item.fields.length > 0 && props.compact && (
        <ul className="rv-compact">
          {item.fields.map((f) => {
            const isSet = Array.isArray(f.before) || Array.isArray(f.after);
            return (
              <li key={f.field}>
                <div className="rv-compact-field">{fieldLabelText(item.list, f.field, t)}</div>
                <div className="rv-compact-values">
                  <span className="rv-compact-before">
                    <span className="ed-sr-only">{t('editor:rl.was')}: </span>
                    <ValueText list={item.list} field={f.field} value={f.before} names={props.names} />
                  </span>
                  <span aria-hidden="true" className="rv-compact-arrow">
                    →
                  </span>
                  <span className="rv-compact-after">
                    <span className="ed-sr-only">{t('editor:rl.now')}: </span>
                    {isSet ? (
                      <SetAfter before={f.before} after={f.after} names={props.names} />
                    ) : (
                      <ValueText list={item.list} field={f.field} value={f.after} names={props.names} />
                    )}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {item.fields && item.fields.length > 0 && !props.compact && (
        <table className="rv-fields">
          <thead>
            <tr>
              <th scope="col">{t('editor:rl.col.field')}</th>
              <th scope="col">{t('editor:rl.col.before', { n: props.from })}</th>
              <th scope="col">{t('editor:rl.col.after', { n: props.to })}</th>
            </tr>
          </thead>
          <tbody>
            {item.fields.map((f) => {
              const isSet = Array.isArray(f.before) || Array.isArray(f.after);
              return (
                <tr key={f.field}>
                  <th scope="row">{fieldLabelText(item.list, f.field, t)}</th>
                  <td className="rv-before">
                    <ValueText list={item.list} field={f.field} value={f.before} names={props.names} />
                  </td>
                  <td className="rv-after">
                    {isSet ? (
                      <SetAfter before={f.before} after={f.after} names={props.names} />
                    ) : (
                      <ValueText list={item.list} field={f.field} value={f.after} names={props.names} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

const cellText = (v: string, t: TFunction) => v || t('editor:rl.blank');

/** The row's name: the case, and the process of a split case. */
function rowName(row: Pick<CellRow, 'caseId' | 'processId'>, names: Names, t: TFunction): string {
  for (const s of names.doc.sectors) {
    const c = s.cases.find((x) => x.id === row.caseId);
    if (!c) continue;
    const caseName = shorten(pickText(c.name, names.locale), 80) || t('editor:case.unnamed');
    const p = row.processId ? c.processes.find((x) => x.id === row.processId) : undefined;
    return p ? `${caseName} › ${shorten(pickText(p.name, names.locale), 60)}` : caseName;
  }
  return row.caseId;
}

export function quarterText(c: Pick<CellChange, 'year' | 'quarter'>, t: TFunction): string {
  return t('editor:rl.quarter', { year: c.year, quarter: t(`editor:quarter.${c.quarter}`) });
}

/** Changed plan-schedule cells (F 1.3) as a small table: row — quarter — before → after. */
export function CellChangesTable(props: { rows: CellRow[]; names: Names; caption?: string }) {
  const { t } = useTranslation('editor');
  if (!props.rows.length) return null;
  return (
    <table className="rv-cells">
      {props.caption && <caption>{props.caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('editor:schedule.rowHeader')}</th>
          <th scope="col">{t('editor:rl.col.quarter')}</th>
          <th scope="col">{t('editor:rl.col.change')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.flatMap((row) =>
          row.cells.map((c, i) => (
            <tr key={`${row.caseId}-${row.processId ?? ''}-${c.quarterIndex}`}>
              {i === 0 && (
                <th scope="rowgroup" rowSpan={row.cells.length} className="rv-cells-row">
                  {rowName(row, props.names, t)}
                </th>
              )}
              <td className="rv-nowrap">{quarterText(c, t)}</td>
              <td className="rv-nowrap">
                <span className={`rv-code is-${c.before || 'empty'}`}>{cellText(c.before, t)}</span>
                {' → '}
                <span className={`rv-code is-${c.after || 'empty'}`}>{cellText(c.after, t)}</span>
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
