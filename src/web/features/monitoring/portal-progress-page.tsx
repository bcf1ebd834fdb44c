import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Alert, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SummaryOut } from '../../../api/monitoring.ts';
import { pickText } from '../../../domain/locale.ts';
import { useDocumentTitle } from '../../components/ui/use-document-title.ts';
import { useLocale } from '../../components/ui/use-locale.ts';
import { api } from '../../lib/api.ts';
import { Header, IndicatorsSection, ScheduleSection, TermsSection } from './monitoring-page.tsx';
import './monitoring.css';

/**
 * /portal/maps/$mapId/progress: how a published map is carried out — the KPI, indicators against
 * targets and the plan-schedule's execution — from the reports the body has submitted. No login.
 */
export function PortalProgressPage() {
  const { t } = useTranslation('monitoring');
  const locale = useLocale();
  const { mapId } = useParams({ strict: false }) as { mapId: string };
  const query = useQuery({
    queryKey: ['public', 'progress', mapId],
    queryFn: () => api<SummaryOut>('GET', `/api/public/maps/${encodeURIComponent(mapId)}/progress`),
  });
  const s = query.data;
  const title = s ? `${t('progress.title')}: ${pickText(s.org.name, locale)}` : t('progress.title');
  useDocumentTitle(title);
  return (
    <div className="dtm-page">
      <Link to="/portal/maps/$mapId" params={{ mapId }} search={{}}>
        ← {t('progress.backToMap')}
      </Link>
      <Typography.Title level={1}>{title}</Typography.Title>
      <p className="mo-muted">{t('progress.helper')}</p>
      {query.isLoading ? <Spin aria-label={t('progress.loading')} /> : null}
      {query.isError ? <Alert type="error" showIcon title={query.error.message} /> : null}
      {s ? (
        <>
          <Header s={s} />
          <IndicatorsSection s={s} />
          <ScheduleSection s={s} portal />
          <TermsSection s={s} />
        </>
      ) : null}
    </div>
  );
}
