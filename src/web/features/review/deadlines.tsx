import { useTranslation } from 'react-i18next';
import type { DeadlineInfo } from '../../../api/maps.ts';
import type { Locale } from '../../../domain/locale.ts';
import {
  countdownMessage,
  countdownOf,
  countdownTone,
  formatIsoDate,
  pointNumber,
} from './lifecycle.logic.ts';

/**
 * The deadlines of the Rules that run for a version (R.23 review, R.24 publication): the term, the
 * dates it counts from and to, and where it stands today.
 */
export function Deadlines(props: { deadlines: DeadlineInfo[]; locale: Locale }) {
  const { t } = useTranslation('editor');
  if (!props.deadlines.length) return null;
  return (
    <ul className="rv-deadlines" aria-label={t('editor:dl.label')}>
      {props.deadlines.map((d) => {
        const c = countdownOf(d);
        const m = countdownMessage(c, props.locale);
        const tone = countdownTone(c);
        return (
          <li key={d.term} className="rv-deadline">
            <span className="rv-deadline-term">
              {t(`editor:dl.term.${d.term}`)}{' '}
              <span className="rv-muted">
                ({t('editor:dl.point', { n: pointNumber(d.point) })},{' '}
                {t('editor:dl.workingDays', { count: d.workingDays })})
              </span>
              :
            </span>{' '}
            <span className="rv-deadline-dates">
              {t('editor:dl.range', {
                from: formatIsoDate(d.from, props.locale),
                due: formatIsoDate(d.due, props.locale),
              })}
            </span>{' '}
            <span className={`rv-countdown is-${tone}`}>
              {tone === 'late' && <span aria-hidden="true">⚠ </span>}
              {t(`editor:${m.key}`, m.params)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
