import { Button } from 'antd';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/locale.ts';
import { summaryGantt } from '../../../domain/map/map.gantt.ts';
import { type Case, FORM_PERIOD, quarterOf, type ScheduleCell } from '../../../domain/map/map.schema.ts';
import { MapReengineeringPanel } from '../reengineering/map-panel/map-reengineering-panel.tsx';
import { focusPath } from './dom-focus.ts';
import { useEditor } from './editor-context.tsx';
import { type JsonPath, parsePathKey, pathKey } from './field-paths.ts';
import { SectionHeading } from './form-row.tsx';
import { GanttTable } from './gantt-table.tsx';
import { replaceAt } from './list.logic.ts';
import { PageLink } from './page-link.tsx';
import { setCell } from './plan-grid.logic.ts';
import { type GridRow, PlanScheduleGrid, ScheduleLegend } from './plan-schedule-grid.tsx';
import type { SectorPageProps } from './sector-page-props.ts';

/** The rows of the grid: a case's own row, or one row per process when the case is split. */
function gridRows(
  cases: Case[],
  sectorIndex: number,
  name: (c: Case, i: number) => string,
  pname: (p: Case['processes'][number], j: number) => string,
) {
  return cases.flatMap((c, i): GridRow[] => {
    const casePath = ['sectors', sectorIndex, 'cases', i];
    if (!c.scheduleByProcess)
      return [
        {
          key: c.id,
          label: name(c, i),
          path: [...casePath, 'schedule'],
          cells: c.schedule,
          casePath,
          firstOfCase: true,
          isProcess: false,
        },
      ];
    return c.processes.map((p, j) => ({
      key: `${c.id}/${p.id}`,
      label: `${name(c, i)} — ${pname(p, j)}`,
      path: [...casePath, 'processes', j, 'schedule'],
      cells: p.schedule,
      casePath,
      firstOfCase: j === 0,
      isProcess: true,
    }));
  });
}

/** F 1.3 "Сфера бойынша жоспар-кесте" with the sector's summary Gantt under it. */
export function PlanSchedulePage({ sector, index, update }: SectorPageProps) {
  const { t } = useTranslation('editor');
  const { doc, locale, messages, mapId } = useEditor();
  // Rebuilt only when the cases change: the grid's rows compare their cells by identity.
  const rows = useMemo(
    () =>
      gridRows(
        sector.cases,
        index,
        (c, i) => pickText(c.name, locale) || t('case.n', { n: i + 1 }),
        (p, j) => pickText(p.name, locale) || t('process.n', { n: j + 1 }),
      ),
    [sector.cases, index, locale, t],
  );
  // Where a finding points, by the row's and the case's path (one lookup per finding, not a scan).
  const rowOf = useMemo(() => {
    const byRow = new Map<string, GridRow>();
    const byCase = new Map<string, GridRow>();
    for (const r of rows) {
      byRow.set(pathKey(r.path), r);
      if (!byCase.has(pathKey(r.casePath))) byCase.set(pathKey(r.casePath), r);
    }
    return (path: JsonPath) => {
      for (let n = path.length; n > 0; n--) {
        const row = byRow.get(pathKey(path.slice(0, n)));
        if (row) return row;
      }
      for (let n = path.length - 1; n > 0; n--) {
        const row = byCase.get(pathKey(path.slice(0, n)));
        if (row) return row;
      }
      return undefined;
    };
  }, [rows]);
  const where = (key: string) => {
    const path = parsePathKey(key);
    const row = rowOf(path);
    if (!row) return '';
    const col = path.length === row.path.length + 1 ? (path.at(-1) as number) : null;
    return col === null
      ? row.label
      : `${row.label}, ${quarterOf(FORM_PERIOD, col).year} ${t(`quarter.${quarterOf(FORM_PERIOD, col).quarter}`)}`;
  };

  // One callback for the life of the page: the grid's rows need not re-render when the editor does.
  const updateRef = useRef(update);
  useLayoutEffect(() => {
    updateRef.current = update;
  });
  const setOne = useCallback((row: GridRow, col: number, value: ScheduleCell) => {
    const ci = row.casePath[3] as number;
    updateRef.current?.((cur) => {
      const c = cur.cases[ci];
      const next: Case = row.isProcess
        ? {
            ...c,
            processes: replaceAt(c.processes, row.path[5] as number, {
              ...c.processes[row.path[5] as number],
              schedule: setCell(c.processes[row.path[5] as number].schedule, col, value),
            }),
          }
        : { ...c, schedule: setCell(c.schedule, col, value) };
      return { ...cur, cases: replaceAt(cur.cases, ci, next) };
    });
  }, []);
  const onSet = update ? setOne : undefined;

  const sectorGantt = useMemo(
    () => summaryGantt(doc).find((g) => g.sectorId === sector.id),
    [doc, sector.id],
  );
  const pageMessages = useMemo(
    () => [...messages.entries()].flatMap(([key, list]) => list.map((m) => ({ key, m }))),
    [messages],
  );

  return (
    <article className="ed-page">
      <SectionHeading title={t('sub.schedule', { n: index + 1 })} helper={t('schedule.help')} />
      {rows.length === 0 ? (
        <p className="ed-empty-list">
          {t('schedule.noCases')}{' '}
          <PageLink page={{ kind: 'sector', sectorId: sector.id, sub: 'cases' }}>
            {t('schedule.toCases')}
          </PageLink>
        </p>
      ) : (
        <PlanScheduleGrid rows={rows} onSet={onSet} caption={t('sub.schedule', { n: index + 1 })} />
      )}
      <ScheduleLegend />
      <MapReengineeringPanel mapId={mapId} caseIds={sector.cases.map((c) => c.id)} />
      {!!update && rows.length > 0 && <p className="ed-helper">{t('schedule.keys')}</p>}
      {pageMessages.length > 0 && (
        <section className="ed-block" aria-label={t('schedule.findings')}>
          <h3 className="ed-h4">{t('schedule.findings')}</h3>
          <ul className="ed-messages ed-messages-list">
            {pageMessages.map(({ key, m }, i) => (
              <li
                key={`${key}-${i}`}
                className={m.severity === 'blocking' ? 'ed-msg ed-msg-error' : 'ed-msg ed-msg-warning'}
              >
                <span aria-hidden="true" className="ed-msg-icon">
                  {m.severity === 'blocking' ? '●' : '▲'}
                </span>
                <Button type="link" size="small" className="ed-msg-link" onClick={() => focusPath(key, true)}>
                  {where(key)}
                </Button>
                {m.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SectionHeading level={3} title={t('gantt.sectorTitle')} helper={t('gantt.derived')} />
      {sectorGantt && (
        <GanttTable
          caption={t('gantt.sectorTitle')}
          rows={[
            {
              key: sector.id,
              name: pickText(sector.name, locale) || t('sector.unnamed'),
              unit: pickText(sector.responsibleUnit, locale),
              years: sectorGantt.years,
            },
          ]}
        />
      )}
    </article>
  );
}
