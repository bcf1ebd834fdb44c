import { useTranslation } from 'react-i18next';

/** An empty table cell: a dash to the eye, «no data» to a screen reader. */
export function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="dtm-chart__sr-only">{t('chart.noValue')}</span>
    </>
  );
}
