import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MapReengineeringOut } from '../../../../api/reengineering.ts';
import { pickText } from '../../../../domain/locale.ts';
import { FORM_PERIOD, quarterOf } from '../../../../domain/map/map.schema.ts';
import { formatDate } from '../../../components/ui/format.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';
import { api } from '../../../lib/api.ts';
import { ReengStatusTag, StageTag } from '../projects/project-bits.tsx';
import { CELL_COLOR } from './map-panel.logic.ts';

type Rows = z.infer<typeof MapReengineeringOut>;

/**
 * Under the plan-schedule (F 1.3): how the reengineering of each case of the sector goes — the
 * project's stage, the case's status, the deadline, and the actual state of every R cell.
 */
export function MapReengineeringPanel({ mapId, caseIds }: { mapId: string; caseIds: string[] }) {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const query = useQuery({
    queryKey: ['projects', 'map', mapId],
    queryFn: () => api<Rows>('GET', `/api/maps/${encodeURIComponent(mapId)}/reengineering`),
  });
  const rows = (query.data ?? []).filter((r) => caseIds.includes(r.caseId));
  if (rows.length === 0) return null;
  return (
    <section className="ed-block" aria-labelledby="map-reeng-title">
      <h3 id="map-reeng-title" className="ed-h4">
        {t('mapPanel.title')}
      </h3>
      <table className="ed-table ed-table-compact">
        <caption className="dtm-sr-only">{t('mapPanel.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mapPanel.case')}</th>
            <th scope="col">{t('mapPanel.stage')}</th>
            <th scope="col">{t('mapPanel.status')}</th>
            <th scope="col">{t('mapPanel.due')}</th>
            <th scope="col">{t('mapPanel.cells')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.projectId}>
              <td>
                <Link to="/projects/$projectId" params={{ projectId: r.projectId }}>
                  {pickText(r.caseName, locale)}
                </Link>
              </td>
              <td>
                <StageTag stage={r.stage} />
              </td>
              <td>
                <ReengStatusTag status={r.reengineeringStatus} />
              </td>
              <td>{formatDate(r.reengineeringDue, locale)}</td>
              <td>
                {r.cells.map((c) => {
                  const q = quarterOf(FORM_PERIOD, c.quarter);
                  return (
                    <Tag key={c.quarter} color={CELL_COLOR[c.state as keyof typeof CELL_COLOR]}>
                      {t('mapPanel.cell', {
                        year: q.year,
                        quarter: q.quarter,
                        state: t(`mapPanel.state.${c.state}`),
                      })}
                    </Tag>
                  );
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
