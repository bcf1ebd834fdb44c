import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/locale.ts';
import { summaryGantt } from '../../../domain/map/map.gantt.ts';
import { useEditor } from './editor-context.tsx';
import { FieldMessages } from './field-messages.tsx';
import { SectionHeading } from './form-row.tsx';
import { GanttTable } from './gantt-table.tsx';
import { PageLink } from './page-link.tsx';
import { ScheduleLegend } from './plan-schedule-grid.tsx';

/**
 * F "Салалар трансформациясының жиынтық трафигі (Гант диаграммасы)": every sector with its
 * responsible unit and years 2025–2029, derived from the plan-schedules (nobody retypes it).
 */
export function GanttPage() {
  const { t } = useTranslation('editor');
  const { doc, locale } = useEditor();
  const gantt = summaryGantt(doc);
  const earlier = doc.sectors.flatMap((s) =>
    s.cases.filter((c) => c.reengineeredEarlier).map((c) => ({ sector: s, c })),
  );
  return (
    <article className="ed-page">
      <SectionHeading title={t('nav.gantt')} helper={t('gantt.help')} />
      <p className="ed-note">{t('gantt.derived')}</p>
      {doc.sectors.length === 0 ? (
        <p className="ed-empty-list">{t('gantt.noSectors')}</p>
      ) : (
        <GanttTable
          caption={t('nav.gantt')}
          rows={doc.sectors.map((s, i) => ({
            key: s.id,
            name: pickText(s.name, locale) || t('sector.unnamed'),
            unit: pickText(s.responsibleUnit, locale),
            years: gantt[i]?.years ?? [],
            link: (
              <PageLink page={{ kind: 'sector', sectorId: s.id, sub: 'schedule' }}>
                {i + 1}. {pickText(s.name, locale) || t('sector.unnamed')}
              </PageLink>
            ),
          }))}
        />
      )}
      {doc.sectors.map((_, i) => (
        <FieldMessages key={i} path={['sectors', i, 'responsibleUnit']} />
      ))}
      <ScheduleLegend />
      <SectionHeading level={3} title={t('gantt.earlierTitle')} helper={t('gantt.earlierHelp')} />
      {earlier.length === 0 ? (
        <p className="ed-empty-list">{t('gantt.earlierNone')}</p>
      ) : (
        <ul className="ed-plainlist">
          {earlier.map(({ sector, c }) => (
            <li key={c.id}>
              <PageLink page={{ kind: 'sector', sectorId: sector.id, sub: 'cases' }}>
                {pickText(c.name, locale) || t('case.unnamed')}
              </PageLink>{' '}
              <span className="ed-muted">— {pickText(sector.name, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
