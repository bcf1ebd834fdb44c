import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api.ts';
import { bytesToBase64 } from '../reengineering/projects/file.logic.ts';
import { MONITORING_KEY } from './api.ts';

/**
 * The quarterly report in Excel: download the period's indicators (targets and stored values) as
 * a workbook, fill it in, upload it back. A refused file lists every bad row as Excel numbers it.
 */
export function ExcelBar({ mapId, period, editable }: { mapId: string; period: string; editable: boolean }) {
  const { t } = useTranslation('monitoring');
  const qc = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const url = `/api/monitoring/maps/${encodeURIComponent(mapId)}/periods/${encodeURIComponent(period)}`;
  const upload = useMutation({
    mutationFn: async (file: File) =>
      api<{ saved: { key: string }[] }>('POST', `${url}/actuals/import`, {
        file: { name: file.name, contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: MONITORING_KEY }),
  });
  const issues = upload.error instanceof ApiError ? (upload.error.body.issues ?? []) : [];
  return (
    <div className="mo-excel">
      <div className="mo-actions">
        <Button href={`${url}/actuals.xlsx`} download>
          {t('excel.download')}
        </Button>
        {editable ? (
          <>
            <input
              ref={input}
              type="file"
              accept=".xlsx"
              hidden
              aria-label={t('excel.upload')}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) upload.mutate(file);
                e.target.value = '';
              }}
            />
            <Button onClick={() => input.current?.click()} loading={upload.isPending}>
              {t('excel.upload')}
            </Button>
          </>
        ) : null}
        <span className="mo-muted">{t('excel.help')}</span>
      </div>
      {upload.isSuccess ? (
        <Alert
          className="dtm-block"
          type="success"
          showIcon
          title={t('excel.imported', { n: upload.data.saved.length })}
        />
      ) : null}
      {upload.isError ? (
        <Alert
          className="dtm-block"
          type="error"
          showIcon
          title={upload.error.message}
          description={
            issues.length ? (
              <ul className="mo-excel-issues">
                {issues.map((i) => (
                  <li key={`${i.path.join('.')}-${i.rule}`}>{i.message}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
    </div>
  );
}
