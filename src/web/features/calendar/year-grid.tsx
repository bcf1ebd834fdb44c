import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate, monthName, weekdayName } from '../../components/ui/format.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { buildYear, type CalendarEntry, type DayCell, initialFocus, moveInYear } from './calendar-grid.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The twelve months of a year, each a table Monday–Sunday. A day is a button (open it to change
 * it); the year is one tab stop, moved with the arrows, Home/End and PageUp/PageDown (WAI-ARIA APG
 * date grid). Status shows in colour and shape, and in words in each day's name.
 */
export function YearGrid(props: {
  year: number;
  entries: readonly CalendarEntry[];
  today: string;
  onOpen: (date: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const months = useMemo(() => buildYear(props.year, props.entries), [props.year, props.entries]);
  const [focus, setFocus] = useState(() => initialFocus(props.year, props.today));
  const root = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent, date: string) => {
    const next = moveInYear(date, e.key, props.year);
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    root.current?.querySelector<HTMLButtonElement>(`[data-date="${next}"]`)?.focus();
  };

  const dayLabel = (c: DayCell) => {
    const status =
      c.status === 'working'
        ? t('calendar.status.working')
        : c.status === 'weekend'
          ? t('calendar.kind.day_off')
          : t(`calendar.kind.${c.entry!.kind}`);
    const date = formatLongDate(c.date, locale);
    return c.entry
      ? t('calendar.dayLabelNamed', { date, status, name: c.entry.name[locale] || c.entry.name.ru })
      : t('calendar.dayLabel', { date, status });
  };

  return (
    <section className="cal-year" aria-labelledby="cal-year-h">
      <h2 id="cal-year-h" className="dtm-sr-only">
        {t('calendar.months', { year: props.year })}
      </h2>
      <p className="cal-help">{t('calendar.gridHelp')}</p>
      <div className="cal-months" ref={root}>
        {months.map((m) => (
          <div key={m.month} className="cal-month-card">
            <table className="cal-month">
              <caption>
                <span className="cal-month__name">
                  {monthName(m.month, locale)} {props.year}
                </span>
                <span className="cal-month__count">
                  {t('calendar.monthWorking', { count: m.workingDays })}
                </span>
              </caption>
              <thead>
                <tr>
                  {WEEKDAYS.map((d) => (
                    <th key={d} scope="col" className={d >= 6 ? 'cal-th--weekend' : undefined}>
                      <span aria-hidden="true">{t(`calendar.wd.${d}`)}</span>
                      <span className="dtm-sr-only">{weekdayName(d - 1, locale)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {m.weeks.map((week, wi) => (
                  <tr key={wi}>
                    {week.map((c, di) =>
                      c ? (
                        <td key={di}>
                          <button
                            type="button"
                            data-date={c.date}
                            className={`cal-day cal-day--${c.status}`}
                            tabIndex={c.date === focus ? 0 : -1}
                            aria-label={dayLabel(c)}
                            aria-current={c.date === props.today ? 'date' : undefined}
                            title={
                              c.entry
                                ? `${c.entry.name[locale] || c.entry.name.ru} — ${t(`calendar.kind.${c.entry.kind}`)}`
                                : undefined
                            }
                            onFocus={() => setFocus(c.date)}
                            onKeyDown={(e) => onKeyDown(e, c.date)}
                            onClick={() => props.onOpen(c.date)}
                          >
                            {c.day}
                          </button>
                        </td>
                      ) : (
                        <td key={di} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}
