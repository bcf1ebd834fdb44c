import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VersionOut } from '../../../api/maps.ts';
import type { Locale } from '../../../domain/locale.ts';
import { DocumentDownloads } from '../../components/ui/document-downloads.tsx';
import { ExcelBar } from '../../components/ui/excel-bar.tsx';
import { api } from '../../lib/api.ts';
import { versionUrl } from './use-map-version.ts';

/** What the import answers: the sections it changed and the version as stored now. */
export interface MapImportOut {
  changed: string[];
  version: VersionOut;
}

/**
 * The version as the official document (DOCX, PDF in kk or ru), and the map's cases, plan-schedule
 * and indicators in Excel: any version downloads its workbook; a
 * draft the user may edit takes it back (all or nothing; refused rows are listed by sheet, row and
 * column). The upload waits until every edit is saved, and names the revision the user sees, so a
 * concurrent change by someone else is a conflict rather than overwritten.
 */
export function MapExcelBar(props: {
  mapId: string;
  number: number;
  locale: Locale;
  /** The revision of the draft as this editor knows it; null when the user may not import. */
  baseRevision: number | null;
  /** Why the upload must wait (unsaved edits), or null. */
  blocked: string | null;
  onImported: (out: MapImportOut) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('editor');
  const url = versionUrl(props.mapId, props.number);
  const { baseRevision } = props;
  return (
    <div className="ed-excel">
      <DocumentDownloads href={`${url}/map`} label={t('documents.official')} />
      <ExcelBar<MapImportOut>
        downloadHref={`${url}/map.xlsx?lang=${props.locale}`}
        labels={{
          download: t('excel.download'),
          upload: t('excel.upload'),
          help: baseRevision === null ? undefined : t('excel.help'),
          issues: {
            sheet: t('excel.issue.sheet'),
            row: t('excel.issue.row'),
            column: t('excel.issue.column'),
            message: t('excel.issue.message'),
          },
        }}
        upload={
          baseRevision === null
            ? undefined
            : (file) => api<MapImportOut>('POST', `${url}/import.xlsx?baseRevision=${baseRevision}`, { file })
        }
        uploadBlocked={props.blocked}
        onUploaded={props.onImported}
        errorAction={(e) =>
          e.status === 409 && e.body.code === 'map.revision_conflict' ? (
            <Button size="small" onClick={props.onReload}>
              {t('excel.reload')}
            </Button>
          ) : null
        }
      />
    </div>
  );
}
