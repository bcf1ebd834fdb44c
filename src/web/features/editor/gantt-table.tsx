import { useTranslation } from 'react-i18next';
import { type GanttYear, ganttLabel, periodYears } from '../../../domain/map/map.gantt.ts';
import { useEditor } from './editor-context.tsx';

export interface GanttTableRow {
  key: string;
  name: string;
  unit: string;
  years: GanttYear[];
  /** Where the name links to (the sector's plan-schedule), if anywhere. */
  link?: React.ReactNode;
}

/**
 * F "Салалар трансформациясының жиынтық трафигі (Гант диаграммасы)": per sector and year the codes
 * of its plan-schedule (R, R и F, F, D…). Derived (map.gantt.ts), so read-only.
 */
export function GanttTable(props: { rows: GanttTableRow[]; caption: string; showUnit?: boolean }) {
  const { t } = useTranslation('editor');
  const { locale } = useEditor();
  const years = periodYears();
  return (
    // Read-only: the wrapper takes focus so a keyboard can scroll a table wider than the page.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="ed-scroll" tabIndex={0} aria-label={props.caption}>
      <table className="ed-table ed-gantt">
        <caption className="ed-sr-only">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gantt.sector')}</th>
            {props.showUnit !== false && <th scope="col">{t('gantt.unit')}</th>}
            {years.map((y) => (
              <th scope="col" key={y} className="ed-gantt-year">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.link ?? r.name}</th>
              {props.showUnit !== false && <td>{r.unit || <span className="ed-empty">—</span>}</td>}
              {years.map((y) => {
                const codes = r.years.find((g) => g.year === y)?.codes ?? [];
                const text = ganttLabel(codes, locale);
                return (
                  <td key={y} className="ed-gantt-cell">
                    {text && (
                      <span className="ed-gantt-codes" role="img" aria-label={text}>
                        {text.split(/(\b[RFD]\b)/).map((part, i) =>
                          /^[RFD]$/.test(part) ? (
                            <span key={i} aria-hidden="true" className={`ed-chip ed-code-${part}`}>
                              {part}
                            </span>
                          ) : (
                            <span key={i} aria-hidden="true" className="ed-gantt-joiner">
                              {part}
                            </span>
                          ),
                        )}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
