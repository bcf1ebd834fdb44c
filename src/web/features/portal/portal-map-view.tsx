import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceItemOut } from '../../../api/reference.ts';
import { type LocalizedText, pickText } from '../../../domain/locale.ts';
import { periodYears, summaryGantt } from '../../../domain/map/map.gantt.ts';
import { type Indicator, type MapDocument, PRINCIPLES, type Sector } from '../../../domain/map/map.schema.ts';
import { formatNumber } from '../../components/ui/format.ts';
import { ScrollArea } from '../../components/ui/scroll-area.tsx';
import { useLocale } from '../../components/ui/use-locale.ts';
import { EditorProvider } from '../editor/editor-context.tsx';
import { GanttTable } from '../editor/gantt-table.tsx';
import { type GridRow, PlanScheduleGrid, ScheduleLegend } from '../editor/plan-schedule-grid.tsx';
import { pickWithLang } from './portal-text.ts';
import { LocalText } from './portal-text-view.tsx';
// The grid and the Gantt come from the editor, with their styles.
import '../editor/editor.css';
import '../editor/editor-tables.css';

/** Names of the reference rows a map points at (public services, systems, planning documents). */
export type ReferenceNames = Map<string, ReferenceItemOut>;

export const sectorAnchor = (s: Sector) => `sector-${s.id}`;

/** One row of the Form's two-column tables: the Form's label, the value. */
function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

function KvTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <table className="pt-kv">
      <caption className="dtm-sr-only">{caption}</caption>
      <tbody>{children}</tbody>
    </table>
  );
}

/** Reference rows by name; an id the table no longer has still shows as such. */
function RefList({ ids, names }: { ids: readonly string[]; names: ReferenceNames }) {
  const { t } = useTranslation();
  if (ids.length === 0) return <span className="pt-none">—</span>;
  return (
    <ul className="pt-plain">
      {ids.map((id) => {
        const item = names.get(id);
        return (
          <li key={id}>
            {item ? (
              <>
                {item.code ? <span className="pt-code">{item.code}</span> : null}
                <LocalText text={item.name} />
              </>
            ) : (
              <span className="pt-none">{t('portal.map.unknownRef')}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function NamedItems({ items }: { items: readonly { id: string; name: LocalizedText }[] }) {
  if (items.length === 0) return <span className="pt-none">—</span>;
  return (
    <ol className="pt-plain pt-numbered">
      {items.map((i) => (
        <li key={i.id}>
          <LocalText text={i.name} />
        </li>
      ))}
    </ol>
  );
}

/** The whole published map: passport, sectors (F 1.1–1.4), the summary Gantt. */
export function MapView(props: {
  mapId: string;
  number: number;
  doc: MapDocument;
  organisation: LocalizedText;
  references: {
    publicServices: ReferenceItemOut[];
    informationSystems: ReferenceItemOut[];
    planningDocuments: ReferenceItemOut[];
  };
}) {
  const locale = useLocale();
  const { doc, references } = props;
  const names: ReferenceNames = new Map(
    [...references.publicServices, ...references.informationSystems, ...references.planningDocuments].map(
      (r) => [r.id, r],
    ),
  );
  // The editor's plan-schedule grid and Gantt read their language and document from the
  // editor's context: give them a read-only one (no findings, nothing editable).
  return (
    <EditorProvider
      value={{
        mapId: props.mapId,
        number: props.number,
        doc,
        locale,
        messages: new Map(),
        highlight: null,
        references,
        allFindings: [],
      }}
    >
      <div className="ed-root pt-doc">
        <PassportView doc={doc} organisation={props.organisation} names={names} />
        {doc.sectors.map((s, i) => (
          <SectorView key={s.id} sector={s} index={i} names={names} />
        ))}
        <GanttView doc={doc} />
      </div>
    </EditorProvider>
  );
}

function PassportView({
  doc,
  organisation,
  names,
}: {
  doc: MapDocument;
  organisation: LocalizedText;
  names: ReferenceNames;
}) {
  const { t } = useTranslation();
  const p = doc.passport;
  return (
    <section className="pt-section" id="passport">
      <h2 id="passport-h" className="pt-h2">
        {t('editor:passport.title')}
      </h2>
      <KvTable caption={t('editor:passport.title')}>
        <Row label={t('editor:passport.name')}>
          <LocalText text={p.title} />
        </Row>
        <Row label={t('editor:passport.goal')}>
          <LocalText text={p.goal} block />
        </Row>
        <Row label={t('editor:passport.planningDocuments')}>
          <RefList ids={p.planningDocumentIds} names={names} />
        </Row>
        <Row label={t('editor:passport.sectors')}>
          {doc.sectors.length ? (
            <ol className="pt-plain pt-numbered">
              {doc.sectors.map((s) => (
                <li key={s.id}>
                  <a href={`#${sectorAnchor(s)}`}>
                    <LocalText text={s.name} fallback={t('editor:sector.unnamed')} />
                  </a>
                </li>
              ))}
            </ol>
          ) : (
            <span className="pt-none">—</span>
          )}
        </Row>
        <Row label={t('editor:passport.principles')}>
          <p className="pt-help">{t('editor:passport.principles.help')}</p>
          <ol className="pt-principles">
            {PRINCIPLES.map((code) => {
              const application = p.principles.find((x) => x.code === code)?.application;
              return (
                <li key={code}>
                  <div className="pt-principle">
                    {code}) {t(`editor:principle.${code}`)}
                  </div>
                  <LocalText text={application} block />
                </li>
              );
            })}
          </ol>
        </Row>
        <Row label={t('editor:passport.responsibleBody')}>
          <LocalText text={organisation} />
        </Row>
        <Row label={t('editor:passport.implementers')}>
          {p.implementers.length ? (
            <ul className="pt-plain">
              {p.implementers.map((i) => (
                <li key={i.id}>
                  <LocalText text={i.name} />{' '}
                  <span className="pt-muted">— {t(`editor:implementer.kind.${i.kind}`)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <span className="pt-none">—</span>
          )}
        </Row>
        <Row label={t('editor:passport.legalBasis')}>
          <LocalText text={p.legalBasis} block />
        </Row>
        <Row label={t('editor:passport.period')}>
          {t('editor:passport.periodValue', { from: p.period.from, to: p.period.to })}
        </Row>
      </KvTable>
    </section>
  );
}

function useNumber() {
  const locale = useLocale();
  return (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v, locale));
}

function IndicatorsView({ items, caption }: { items: readonly Indicator[]; caption: string }) {
  const { t } = useTranslation();
  const num = useNumber();
  const years = periodYears();
  if (items.length === 0) return <p className="pt-none">{t('portal.map.noIndicators')}</p>;
  return (
    <ScrollArea label={caption}>
      <table className="pt-table pt-indicators">
        <caption className="dtm-sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="pt-col-n">
              №
            </th>
            <th scope="col" rowSpan={2}>
              {t('editor:indicator.name')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('editor:indicator.unit')}
            </th>
            <th scope="colgroup" colSpan={2}>
              {t('editor:indicator.baseline')}
            </th>
            <th scope="colgroup" colSpan={years.length}>
              {t('editor:indicator.targets')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('editor:indicator.source')}
            </th>
          </tr>
          <tr>
            <th scope="col">{t('editor:indicator.value')}</th>
            <th scope="col">{t('editor:indicator.year')}</th>
            {years.map((y) => (
              <th scope="col" key={y}>
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((ind, i) => (
            <tr key={ind.id}>
              <td className="pt-col-n">{i + 1}</td>
              <th scope="row" className="pt-col-name">
                <LocalText text={ind.name} />
              </th>
              <td>
                <LocalText text={ind.unit} />
              </td>
              <td className="pt-num">{num(ind.baselineValue)}</td>
              <td className="pt-num">{ind.baselineYear ?? '—'}</td>
              {years.map((y) => (
                <td key={y} className="pt-num">
                  {num(ind.targets[String(y)])}
                </td>
              ))}
              <td className="pt-col-source">
                <LocalText text={ind.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

function SubjectsView({ sector, name }: { sector: Sector; name: string }) {
  const { t } = useTranslation();
  const num = useNumber();
  if (sector.subjects.length === 0) return null;
  return (
    <>
      <h4 className="pt-h4">{t('editor:sub.subjects')}</h4>
      <ScrollArea label={`${t('editor:sub.subjects')} — ${name}`}>
        <table className="pt-table">
          <caption className="dtm-sr-only">{t('editor:sub.subjects')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editor:subject.name')}</th>
              <th scope="col">{t('editor:subject.count')}</th>
              <th scope="col">{t('editor:subject.gdp')}</th>
              <th scope="col">{t('editor:subject.lifeCycle')}</th>
            </tr>
          </thead>
          <tbody>
            {sector.subjects.map((s) => (
              <tr key={s.id}>
                <th scope="row" className="pt-col-name">
                  <LocalText text={s.name} />
                </th>
                <td className="pt-num">{num(s.count)}</td>
                <td>
                  <LocalText text={s.gdpContribution} />
                </td>
                <td>
                  <NamedItems items={s.lifeCycle} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </>
  );
}

function ProblemsAndTechnologies({ sector }: { sector: Sector }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      {sector.problems.length > 0 && (
        <>
          <h4 className="pt-h4">{t('editor:sub.problems')}</h4>
          <ol className="pt-plain pt-numbered">
            {sector.problems.map((p) => (
              <li key={p.id}>
                <LocalText text={p.text} />{' '}
                <span className="pt-muted">({t(`editor:problem.source.${p.source}`)})</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {sector.technologies.length > 0 && (
        <>
          <h4 className="pt-h4">{t('editor:sub.technologies')}</h4>
          <ol className="pt-plain pt-numbered">
            {sector.technologies.map((x) => (
              <li key={x.id}>
                <strong>
                  <LocalText text={x.name} />
                </strong>
                {x.isAi ? <span className="pt-badge">{t('editor:technology.isAi')}</span> : null}
                {pickWithLang(x.description, locale) ? (
                  <>
                    {' — '}
                    <LocalText text={x.description} />
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function CasesView({ sector, names, name }: { sector: Sector; names: ReferenceNames; name: string }) {
  const { t } = useTranslation();
  if (sector.cases.length === 0) return <p className="pt-none">{t('portal.map.noCases')}</p>;
  return (
    <ScrollArea label={`${t('editor:field.cases')} — ${name}`}>
      <table className="pt-table pt-cases">
        <caption className="dtm-sr-only">{t('editor:field.cases')}</caption>
        <thead>
          <tr>
            <th scope="col" className="pt-col-n">
              №
            </th>
            <th scope="col">{t('editor:case.name')}</th>
            <th scope="col">{t('editor:case.processes')}</th>
            <th scope="col">{t('editor:case.publicServices')}</th>
          </tr>
        </thead>
        <tbody>
          {sector.cases.map((c, i) => (
            <tr key={c.id}>
              <td className="pt-col-n">{i + 1}</td>
              <th scope="row" className="pt-col-name">
                <LocalText text={c.name} fallback={t('editor:case.unnamed')} />
                {c.reengineeringStatus ? (
                  <div className="pt-muted pt-small">
                    {t('editor:case.reengineeringStatus')}: {t(`editor:reeng.${c.reengineeringStatus}`)}
                  </div>
                ) : null}
              </th>
              <td>
                <NamedItems items={c.processes} />
              </td>
              <td>
                <RefList ids={c.publicServiceIds} names={names} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

/** The rows of the plan-schedule: a case's own row, or one per business process when split. */
function scheduleRows(
  sector: Sector,
  index: number,
  caseName: (i: number) => string,
  processName: (i: number, j: number) => string,
): GridRow[] {
  return sector.cases.flatMap((c, i): GridRow[] => {
    const casePath = ['sectors', index, 'cases', i];
    if (!c.scheduleByProcess)
      return [
        {
          key: c.id,
          label: caseName(i),
          path: [...casePath, 'schedule'],
          cells: c.schedule,
          casePath,
          firstOfCase: true,
          isProcess: false,
        },
      ];
    return c.processes.map((p, j) => ({
      key: `${c.id}/${p.id}`,
      label: `${caseName(i)} — ${processName(i, j)}`,
      path: [...casePath, 'processes', j, 'schedule'],
      cells: p.schedule,
      casePath,
      firstOfCase: j === 0,
      isProcess: true,
    }));
  });
}

function FastTrackView({ sector }: { sector: Sector }) {
  const { t } = useTranslation();
  if (sector.fastTrack.length === 0) return <p className="pt-none">{t('portal.map.noFastTrack')}</p>;
  return (
    <>
      {sector.fastTrack.map((ft, i) => {
        const c = sector.cases.find((x) => x.id === ft.caseId);
        const title = t('editor:fastTrack.n', { n: i + 1 });
        return (
          <div key={ft.id} className="pt-card">
            <h4 className="pt-h4">{title}</h4>
            <KvTable caption={title}>
              <Row label={t('editor:fastTrack.case')}>
                <LocalText text={c?.name} />
              </Row>
              <Row label={t('editor:fastTrack.rationale')}>
                <LocalText text={ft.rationale} block />
              </Row>
              <Row label={t('editor:fastTrack.effects')}>
                <LocalText text={ft.expectedEffects} block />
              </Row>
              <Row label={t('editor:fastTrack.solutions')}>
                <LocalText text={ft.solutions} block />
              </Row>
            </KvTable>
          </div>
        );
      })}
    </>
  );
}

function SectorView({ sector, index, names }: { sector: Sector; index: number; names: ReferenceNames }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = index + 1;
  const name = pickText(sector.name, locale) || t('editor:sector.unnamed');
  const caseName = (i: number) => pickText(sector.cases[i].name, locale) || t('editor:case.n', { n: i + 1 });
  const rows = scheduleRows(
    sector,
    index,
    caseName,
    (i, j) => pickText(sector.cases[i].processes[j].name, locale) || t('editor:process.n', { n: j + 1 }),
  );
  const headingId = `${sectorAnchor(sector)}-h`;
  return (
    <section className="pt-section" id={sectorAnchor(sector)}>
      <h2 id={headingId} className="pt-h2">
        {t('editor:sector.sectionTitle', { n, name })}
      </h2>
      <KvTable caption={name}>
        <Row label={t('editor:sector.responsibleUnit')}>
          <LocalText text={sector.responsibleUnit} />
        </Row>
      </KvTable>

      <h3 className="pt-h3">{t('editor:sub.description', { n })}</h3>
      <LocalText text={sector.description} block />
      <h4 className="pt-h4">{t('editor:indicator.title')}</h4>
      <IndicatorsView items={sector.indicators} caption={`${t('editor:indicator.title')} — ${name}`} />
      <SubjectsView sector={sector} name={name} />
      <ProblemsAndTechnologies sector={sector} />

      <h3 className="pt-h3">{t('editor:sub.cases', { n })}</h3>
      <CasesView sector={sector} names={names} name={name} />

      <h3 className="pt-h3">{t('editor:sub.schedule', { n })}</h3>
      {rows.length ? (
        <>
          <PlanScheduleGrid rows={rows} caption={t('editor:sub.schedule', { n })} />
          <ScheduleLegend />
          <p className="pt-help">{t('portal.map.gridHelp')}</p>
        </>
      ) : (
        <p className="pt-none">{t('portal.map.noCases')}</p>
      )}

      <h3 className="pt-h3">{t('editor:sub.fastTrack', { n })}</h3>
      <FastTrackView sector={sector} />
    </section>
  );
}

function GanttView({ doc }: { doc: MapDocument }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const gantt = summaryGantt(doc);
  const years = periodYears();
  if (doc.sectors.length === 0) return null;
  return (
    <section className="pt-section" id="gantt">
      <h2 id="gantt-h" className="pt-h2">
        {t('editor:nav.gantt')}
      </h2>
      <p className="pt-help">{t('editor:gantt.derived')}</p>
      <GanttTable
        caption={`${t('editor:nav.gantt')}, ${years[0]}–${years[years.length - 1]}`}
        rows={doc.sectors.map((s, i) => ({
          key: s.id,
          name: `${i + 1}. ${pickText(s.name, locale) || t('editor:sector.unnamed')}`,
          unit: pickText(s.responsibleUnit, locale),
          years: gantt[i]?.years ?? [],
        }))}
      />
      <ScheduleLegend />
    </section>
  );
}
