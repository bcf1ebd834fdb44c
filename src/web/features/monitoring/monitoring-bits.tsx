import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodStatus } from '../../../api/monitoring.ts';
import type { IndicatorStatus } from '../../../domain/monitoring/indicator.status.ts';
import { parsePeriod, periodLabel } from '../../../domain/monitoring/period.ts';
import type { TermOutcome } from '../../../domain/monitoring/rule.terms.ts';
import type { ExecutionState } from '../../../domain/monitoring/schedule.execution.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { EXECUTION_COLOR, PERIOD_STATUS_COLOR, STATUS_COLOR, TERM_COLOR } from './monitoring.logic.ts';

export function StatusTag({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation('monitoring');
  return (
    <Tag color={STATUS_COLOR[status]} className="dtm-tag">
      {t(`status.${status}`)}
    </Tag>
  );
}

export function ExecutionTag({ state }: { state: ExecutionState }) {
  const { t } = useTranslation('monitoring');
  return (
    <Tag color={EXECUTION_COLOR[state]} className="dtm-tag">
      {t(`execution.${state}`)}
    </Tag>
  );
}

export function TermTag({ outcome }: { outcome: TermOutcome }) {
  const { t } = useTranslation('monitoring');
  return (
    <Tag color={TERM_COLOR[outcome]} className="dtm-tag">
      {t(`term.outcome.${outcome}`)}
    </Tag>
  );
}

export function PeriodStatusTag({ status }: { status: PeriodStatus }) {
  const { t } = useTranslation('monitoring');
  return (
    <Tag color={PERIOD_STATUS_COLOR[status]} className="dtm-tag">
      {t(`period.status.${status}`)}
    </Tag>
  );
}

/** 'YYYY-Qn' / 'YYYY' in the reader's language («I квартал 2026 года»). */
export function usePeriodName() {
  const locale = useLocale();
  return (period: string | null) => {
    if (!period) return '—';
    const p = parsePeriod(period);
    return p ? periodLabel(p, locale) : period;
  };
}

/** A white panel with its heading and an optional helper line. */
export function Section(props: { id: string; title: ReactNode; helper?: ReactNode; children: ReactNode }) {
  return (
    <section className="mo-section" aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`} className="mo-section__title">
        {props.title}
      </h2>
      {props.helper ? <p className="mo-section__helper">{props.helper}</p> : null}
      {props.children}
    </section>
  );
}
