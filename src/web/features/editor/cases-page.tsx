import { Button, Collapse, Popconfirm, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/locale.ts';
import { type Case, CaseSchema, type Sector } from '../../../domain/map/map.schema.ts';
import { CaseFields } from './case-card.tsx';
import { focusPathSoon } from './dom-focus.ts';
import { useEditor } from './editor-context.tsx';
import { FieldMessages } from './field-messages.tsx';
import { type JsonPath, parsePathKey, pathKey } from './field-paths.ts';
import { SectionHeading } from './form-row.tsx';
import { moveItem, newId, removeAt, replaceAt } from './list.logic.ts';
import { AddButton } from './row-actions.tsx';
import { type SectorPageProps, sectorSetter } from './sector-page-props.ts';

/** The case (by id) a highlighted path points into, if any. */
function caseOfPath(key: string | null, sector: Sector, base: JsonPath): string | null {
  if (!key) return null;
  const path = parsePathKey(key);
  const i = path[base.length];
  return pathKey(path.slice(0, base.length)) === pathKey(base) && typeof i === 'number'
    ? (sector.cases[i]?.id ?? null)
    : null;
}

/** F 1.2 "Кейстер (саладағы бизнес-процестер топтары)": one collapsible panel per case. */
export function CasesPage({ sector, index, update }: SectorPageProps) {
  const { t } = useTranslation('editor');
  const { locale, highlight, messages } = useEditor();
  const set = sectorSetter(update);
  const base: JsonPath = useMemo(() => ['sectors', index, 'cases'], [index]);
  const [open, setOpen] = useState<string[]>(() => {
    const hit = caseOfPath(highlight, sector, base);
    return hit ? [hit] : sector.cases.slice(0, 1).map((c) => c.id);
  });
  useEffect(() => {
    const hit = caseOfPath(highlight, sector, base);
    if (hit) setOpen((cur) => (cur.includes(hit) ? cur : [...cur, hit]));
  }, [highlight, sector, base]);

  const blockingUnder = (path: JsonPath) => {
    const prefix = pathKey(path);
    let n = 0;
    for (const [key, list] of messages)
      if (key === prefix || key.startsWith(`${prefix}.`))
        n += list.filter((m) => m.severity === 'blocking').length;
    return n;
  };
  const setCases = set?.('cases');
  const caseLabel = (i: number) => t('case.n', { n: i + 1 });

  const items = sector.cases.map((c, i) => {
    const path = [...base, i];
    const blocking = blockingUnder(path);
    return {
      key: c.id,
      label: (
        <span className="ed-case-head">
          <span className="ed-case-n">{t('case.n', { n: `${index + 1}.2.${i + 1}` })}</span>
          <span className="ed-case-name">{pickText(c.name, locale) || t('case.unnamed')}</span>
          {c.reengineeringStatus && <Tag>{t(`reeng.${c.reengineeringStatus}`)}</Tag>}
          {blocking > 0 && (
            <span className="ed-badge">{t('findings.blockingShort', { count: blocking })}</span>
          )}
        </span>
      ),
      children: (
        <div data-path={pathKey(path)}>
          {setCases && (
            <div className="ed-case-toolbar">
              <Button size="small" disabled={i === 0} onClick={() => setCases(moveItem(sector.cases, i, -1))}>
                {t('list.moveUp', { item: caseLabel(i) })}
              </Button>
              <Button
                size="small"
                disabled={i === sector.cases.length - 1}
                onClick={() => setCases(moveItem(sector.cases, i, 1))}
              >
                {t('list.moveDown', { item: caseLabel(i) })}
              </Button>
              <Popconfirm
                title={t('list.removeConfirm', { item: caseLabel(i) })}
                okText={t('common.remove')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => setCases(removeAt(sector.cases, i))}
              >
                <Button size="small" danger>
                  {t('list.remove', { item: caseLabel(i) })}
                </Button>
              </Popconfirm>
            </div>
          )}
          <CaseFields
            sector={sector}
            c={c}
            path={path}
            onChange={
              update && ((nc: Case) => update((cur) => ({ ...cur, cases: replaceAt(cur.cases, i, nc) })))
            }
          />
        </div>
      ),
    };
  });

  return (
    <article className="ed-page">
      <SectionHeading title={t('sub.cases', { n: index + 1 })} helper={t('cases.help')} />
      <div data-path={pathKey(base)}>
        {items.length > 0 && (
          <Collapse
            className="ed-cases"
            activeKey={open}
            onChange={(keys) => setOpen(keys as string[])}
            items={items}
          />
        )}
        {setCases && (
          <AddButton
            label={t('case.add')}
            onClick={() => {
              const id = newId();
              setCases([...sector.cases, CaseSchema.parse({ id })]);
              setOpen((cur) => [...cur, id]);
              focusPathSoon(pathKey([...base, sector.cases.length, 'name']));
            }}
          />
        )}
        <FieldMessages path={base} />
      </div>
      <LifeCycleCoverage sector={sector} index={index} />
    </article>
  );
}

/** F note to 1.2: the cases must cover the whole life cycle of the sector's subjects/objects. */
function LifeCycleCoverage({ sector, index }: { sector: Sector; index: number }) {
  const { t } = useTranslation('editor');
  const { locale } = useEditor();
  const rows = sector.subjects.flatMap((s, j) =>
    s.lifeCycle.map((st, k) => ({
      subject: pickText(s.name, locale) || t('subject.n', { n: j + 1 }),
      stage: pickText(st.name, locale) || t('stage.n', { n: k + 1 }),
      path: ['sectors', index, 'subjects', j, 'lifeCycle', k] as JsonPath,
      cases: sector.cases
        .map((c, ci) => ({ c, ci }))
        .filter(({ c }) => c.lifeCycleStageIds.includes(st.id))
        .map(({ c, ci }) => pickText(c.name, locale) || t('case.n', { n: ci + 1 })),
    })),
  );
  return (
    <section className="ed-block" aria-labelledby="ed-coverage">
      <SectionHeading level={3} title={t('coverage.title')} helper={t('coverage.help')} />
      {rows.length === 0 ? (
        <p className="ed-empty-list">{t('coverage.noStages')}</p>
      ) : (
        <table className="ed-table ed-table-compact" id="ed-coverage">
          <thead>
            <tr>
              <th scope="col">{t('subject.name')}</th>
              <th scope="col">{t('coverage.stage')}</th>
              <th scope="col">{t('coverage.cases')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={pathKey(r.path)}
                data-path={pathKey(r.path)}
                className={r.cases.length ? '' : 'ed-row-missing'}
              >
                <td>{r.subject}</td>
                <td>{r.stage}</td>
                <td>
                  {r.cases.length ? (
                    r.cases.join('; ')
                  ) : (
                    <span className="ed-empty">{t('coverage.none')}</span>
                  )}
                  <FieldMessages path={r.path} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
