import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ExcelBar as WorkbookBar } from '../../components/ui/excel-bar.tsx';
import { api } from '../../lib/api.ts';
import { MONITORING_KEY } from './api.ts';

/**
 * The quarterly report in Excel: download the period's indicators (targets and stored values) as
 * a workbook, fill it in, upload it back. A refused file lists every bad row as Excel numbers it.
 */
export function ExcelBar({ mapId, period, editable }: { mapId: string; period: string; editable: boolean }) {
  const { t } = useTranslation('monitoring');
  const qc = useQueryClient();
  const url = `/api/monitoring/maps/${encodeURIComponent(mapId)}/periods/${encodeURIComponent(period)}`;
  return (
    <WorkbookBar<{ saved: { key: string }[] }>
      downloadHref={`${url}/actuals.xlsx`}
      labels={{ download: t('excel.download'), upload: t('excel.upload'), help: t('excel.help') }}
      upload={editable ? (file) => api('POST', `${url}/actuals/import`, { file }) : undefined}
      success={(r) => t('excel.imported', { n: r.saved.length })}
      onUploaded={() => void qc.invalidateQueries({ queryKey: MONITORING_KEY })}
    />
  );
}
