import { Alert, Spin, Tag } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, LocalizedText } from '../../../domain/locale.ts';
import type {
  CellChange,
  DiffStatus,
  FieldChange,
  ItemChange,
  SectionDiff,
} from '../../../domain/map/map.diff.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import { formatNumber } from '../../components/ui/format.ts';
import { ScrollArea } from '../../components/ui/scroll-area.tsx';
import { useLocale } from '../../components/ui/use-locale.ts';
import { usePublicDiff, usePublicVersion } from './api.ts';
import type { ReferenceNames } from './portal-map-view.tsx';
import { pickWithLang } from './portal-text.ts';
import { LocalText } from './portal-text-view.tsx';
import {
  cellRowNames,
  describeField,
  elide,
  listField,
  parentOf,
  valueKind,
  wordDiff,
} from './redline.logic.ts';

const STATUS_COLOR: Record<DiffStatus, string> = {
  added: 'success',
  removed: 'error',
  changed: 'processing',
};

function StatusTag({ status }: { status: DiffStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} className="dtm-tag">
      {t(`portal.redline.${status}`)}
    </Tag>
  );
}

/** Names of what a map's fields point at: reference rows and the map's own subjects and stages. */
function useNameOf(names: ReferenceNames, docs: readonly MapDocument[]) {
  const own = new Map<string, LocalizedText>();
  for (const doc of docs)
    for (const s of doc.sectors)
      for (const subject of s.subjects) {
        if (!own.has(subject.id)) own.set(subject.id, subject.name);
        for (const stage of subject.lifeCycle) if (!own.has(stage.id)) own.set(stage.id, stage.name);
      }
  return (id: string): LocalizedText | null => names.get(id)?.name ?? own.get(id) ?? null;
}

function Value(props: {
  field: string;
  lang: Locale | null;
  value: unknown;
  nameOf: (id: string) => LocalizedText | null;
  docs: readonly MapDocument[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const v = valueKind(props.field, props.value);
  switch (v.kind) {
    case 'empty':
      return <span className="pt-none">—</span>;
    case 'text':
      return <span lang={props.lang && props.lang !== locale ? props.lang : undefined}>{v.text}</span>;
    case 'number':
      return <>{formatNumber(v.value, locale)}</>;
    case 'bool':
      return <>{v.value ? t('editor:common.yes') : t('editor:common.no')}</>;
    case 'enum':
      return <>{t(v.key)}</>;
    case 'case': {
      const c = props.docs.flatMap((d) => d.sectors.flatMap((s) => s.cases)).find((x) => x.id === v.id);
      return <LocalText text={c?.name} />;
    }
    case 'ids':
      return (
        <ul className="pt-plain">
          {v.ids.map((id) => (
            <li key={id}>
              <LocalText text={props.nameOf(id)} fallback={t('portal.map.unknownRef')} />
            </li>
          ))}
        </ul>
      );
  }
}

/** "Описание (казахский)", "Целевые значения, 2027", "Срок реализации — Начало". */
function fieldLabel(path: string, t: (k: string, o?: Record<string, unknown>) => string): string {
  const f = describeField(path);
  let label = t(`editor:field.${f.field}`, { defaultValue: f.field });
  if (f.year) label += `, ${f.year}`;
  if (f.part) label += ` — ${t(`editor:field.${f.part}`)}`;
  if (f.lang) label += ` (${t(`editor:field.${f.lang}`)})`;
  return label;
}

function ItemCell({ item, docs }: { item: ItemChange; docs: readonly MapDocument[] }) {
  const { t } = useTranslation();
  const own = item.list === 'passport' || item.list === 'sector' || item.list === 'attachments';
  const parent = item.parentId ? parentOf(item.list, item.parentId, docs) : null;
  const locale = useLocale();
  const parentName = parent ? pickWithLang(parent.name, locale)?.text : null;
  return (
    <>
      <div className="pt-muted pt-small">{t(`editor:field.${listField(item.list)}`)}</div>
      {own ? null : item.list === 'principles' ? (
        <div>{t('portal.redline.principle', { n: item.id })}</div>
      ) : (
        <div className="pt-redline__label">
          <LocalText text={item.label} fallback={item.id} />
        </div>
      )}
      {parentName ? (
        <div className="pt-muted pt-small">{t('portal.redline.parent', { name: parentName })}</div>
      ) : null}
    </>
  );
}

function ItemsTable(props: {
  items: ItemChange[];
  from: number;
  to: number;
  docs: readonly MapDocument[];
  nameOf: (id: string) => LocalizedText | null;
  caption: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows: ReactNode[] = [];
  props.items.forEach((item, i) => {
    const fields: FieldChange[] = item.status === 'changed' ? (item.fields ?? []) : [];
    const span = Math.max(1, fields.length);
    const head = (
      <>
        <th scope="row" rowSpan={span} className="pt-redline__item">
          <ItemCell item={item} docs={props.docs} />
        </th>
        <td rowSpan={span} className="pt-redline__status">
          <StatusTag status={item.status} />
        </td>
      </>
    );
    if (fields.length === 0) {
      rows.push(
        <tr key={`${i}`} className={`pt-redline--${item.status}`}>
          {head}
          <td colSpan={3} className="pt-muted">
            {t('portal.redline.wholeItem')}
          </td>
        </tr>,
      );
      return;
    }
    fields.forEach((f, j) => {
      const d = describeField(f.field);
      const words =
        typeof f.before === 'string' && typeof f.after === 'string' && f.before && f.after
          ? wordDiff(f.before, f.after)
          : null;
      const lang = d.lang && d.lang !== locale ? d.lang : undefined;
      rows.push(
        <tr key={`${i}-${j}`}>
          {j === 0 ? head : null}
          <td className="pt-redline__field">{fieldLabel(f.field, t)}</td>
          {words ? (
            // A text: one redline across both columns, removed words struck, added underlined.
            <td colSpan={2} className="pt-redline__words" lang={lang}>
              {elide(words).map((r, k) =>
                r.op === 'del' ? (
                  <del key={k}>
                    <span className="dtm-sr-only">[{t('portal.redline.removed')}: </span>
                    {r.text}
                    <span className="dtm-sr-only">]</span>
                  </del>
                ) : r.op === 'ins' ? (
                  <ins key={k}>
                    <span className="dtm-sr-only">[{t('portal.redline.added')}: </span>
                    {r.text}
                    <span className="dtm-sr-only">]</span>
                  </ins>
                ) : (
                  <span key={k}>{r.text}</span>
                ),
              )}
            </td>
          ) : (
            <>
              <td className="pt-redline__before">
                <del>
                  <Value
                    field={d.field}
                    lang={d.lang}
                    value={f.before}
                    nameOf={props.nameOf}
                    docs={props.docs}
                  />
                </del>
              </td>
              <td className="pt-redline__after">
                <ins>
                  <Value
                    field={d.field}
                    lang={d.lang}
                    value={f.after}
                    nameOf={props.nameOf}
                    docs={props.docs}
                  />
                </ins>
              </td>
            </>
          )}
        </tr>,
      );
    });
  });
  return (
    <ScrollArea label={props.caption}>
      <table className="pt-table pt-redline">
        <caption className="dtm-sr-only">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portal.redline.col.item')}</th>
            <th scope="col">
              <span className="dtm-sr-only">{t('portal.history.col.status')}</span>
            </th>
            <th scope="col">{t('portal.redline.col.field')}</th>
            <th scope="col">{t('portal.redline.col.before', { n: props.from })}</th>
            <th scope="col">{t('portal.redline.col.after', { n: props.to })}</th>
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </ScrollArea>
  );
}

function Code({ value }: { value: string }) {
  const { t } = useTranslation();
  if (!value) return <span className="pt-none">{t('editor:schedule.emptyCell')}</span>;
  return <span className={`ed-chip ed-code-${value}`}>{value}</span>;
}

function CellsTable({
  cells,
  doc,
  from,
  to,
  section,
}: {
  cells: CellChange[];
  doc: MapDocument;
  from: number;
  to: number;
  section: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <h5 className="pt-h5">{t('portal.redline.cells')}</h5>
      <ScrollArea label={`${t('portal.redline.cells')} — ${section}`}>
        <table className="pt-table pt-redline">
          <caption className="dtm-sr-only">{t('portal.redline.cells')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editor:schedule.rowHeader')}</th>
              <th scope="col">{t('portal.redline.col.quarter')}</th>
              <th scope="col">{t('portal.redline.col.before', { n: from })}</th>
              <th scope="col">{t('portal.redline.col.after', { n: to })}</th>
            </tr>
          </thead>
          <tbody>
            {cells.map((c, i) => {
              const { caseName, processName } = cellRowNames(doc, c.caseId, c.processId);
              const name = pickWithLang(caseName, locale)?.text ?? c.caseId;
              const process = processName ? pickWithLang(processName, locale)?.text : null;
              return (
                <tr key={i}>
                  <th scope="row" className="pt-redline__item">
                    {process ? `${name} — ${process}` : name}
                  </th>
                  <td className="dtm-nowrap">
                    {c.year}, {t(`editor:quarter.${c.quarter}`)}
                  </td>
                  <td className="pt-redline__before">
                    <del>
                      <Code value={c.before} />
                    </del>
                  </td>
                  <td className="pt-redline__after">
                    <ins>
                      <Code value={c.after} />
                    </ins>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
    </>
  );
}

function sectionTitle(s: SectionDiff, t: (k: string) => string, locale: Locale): string {
  if (s.key === 'passport') return t('editor:nav.passport');
  if (s.key === 'attachments') return t('editor:nav.attachments');
  return `${t('editor:field.sector')}: ${pickWithLang(s.label, locale)?.text ?? t('editor:sector.unnamed')}`;
}

/**
 * The redline between two published versions (R.41–R.42): per section, the items added, removed
 * and changed with each changed field before → after, and the plan-schedule cells that changed.
 */
export function Redline(props: { mapId: string; from: number; to: number; names: ReferenceNames }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const diff = usePublicDiff(props.mapId, props.from, props.to);
  const older = usePublicVersion(props.mapId, props.from);
  const newer = usePublicVersion(props.mapId, props.to);
  const docs = [newer.data, older.data].filter((d): d is MapDocument => Boolean(d));
  const nameOf = useNameOf(props.names, docs);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = Boolean(diff.data && newer.data && older.data);

  // Comparing moves the reader to the result.
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);

  const title = t('portal.redline.title', { from: props.from, to: props.to });
  let body: ReactNode;
  const error = diff.error ?? older.error ?? newer.error;
  if (error)
    body = <Alert type="error" showIcon title={t('common.loadFailed')} description={error.message} />;
  else if (!diff.data || !newer.data || !older.data)
    body = (
      <div className="dtm-center">
        <Spin aria-label={t('common.loading')} />
      </div>
    );
  else if (diff.data.sections.length === 0) body = <p>{t('portal.redline.none')}</p>;
  else
    body = (
      <>
        <p className="pt-redline__counts">{t('portal.redline.counts', diff.data.counts)}</p>
        {diff.data.sections.map((s) => {
          const name = sectionTitle(s, t, locale);
          return (
            <section key={s.key} className="pt-redline__section">
              <h4 className="pt-h4">
                {name} {s.status !== 'changed' ? <StatusTag status={s.status} /> : null}
              </h4>
              {s.items.length > 0 && (
                <ItemsTable
                  items={s.items}
                  from={props.from}
                  to={props.to}
                  docs={docs}
                  nameOf={nameOf}
                  caption={name}
                />
              )}
              {s.cells.length > 0 && (
                <CellsTable
                  cells={s.cells}
                  doc={newer.data!}
                  from={props.from}
                  to={props.to}
                  section={name}
                />
              )}
            </section>
          );
        })}
      </>
    );

  return (
    <div className="pt-redline-block">
      <h3 className="pt-h3" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {body}
    </div>
  );
}
