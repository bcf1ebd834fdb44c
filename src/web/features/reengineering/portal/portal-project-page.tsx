import { Link, useParams } from '@tanstack/react-router';
import { Alert, Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicProjectOut } from '../../../../api/reengineering.ts';
import { pickText } from '../../../../domain/locale.ts';
import { formatDate, nameCollator } from '../../../components/ui/format.ts';
import { useDocumentTitle } from '../../../components/ui/use-document-title.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';
import { ApiError } from '../../../lib/api.ts';
import { LocalText } from '../../portal/portal-text-view.tsx';
import { BpmnViewer } from '../bpmn/index.ts';
import { formatDelta, metricRows } from '../projects/metrics.logic.ts';
import '../projects/projects.css';
import { DocumentDownloads } from '../../../components/ui/document-downloads.tsx';
import { usePublicProject } from './api.ts';

/**
 * /portal/projects/$projectId: what R.37 publishes of a reengineering — the as-is and the target
 * variants of each process (read-only diagrams and their metrics side by side) and the action plan.
 */
export function PortalProjectPage() {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const { projectId } = useParams({ strict: false }) as { projectId: string };
  const project = usePublicProject(projectId);
  const p = project.data;
  useDocumentTitle(p ? pickText(p.caseName, locale) : t('portal.project.listTitle'));

  let body: React.ReactNode;
  if (project.isError) {
    const notFound = project.error instanceof ApiError && project.error.status === 404;
    body = (
      <Alert
        type={notFound ? 'warning' : 'error'}
        showIcon
        title={notFound ? t('portal.project.notFound') : project.error.message}
        description={notFound ? t('portal.project.notFoundText') : undefined}
        action={
          notFound ? undefined : <Button onClick={() => void project.refetch()}>{t('project.retry')}</Button>
        }
      />
    );
  } else if (!p)
    body = (
      <div className="dtm-center">
        <Spin aria-label={t('project.loading')} />
      </div>
    );
  else body = <PublicProject p={p} />;

  return (
    <div className="dtm-page pt-page">
      <nav className="pt-breadcrumb" aria-label={t('portal.project.back')}>
        <Link to="/portal/projects">← {t('portal.project.back')}</Link>
      </nav>
      {body}
    </div>
  );
}

function PublicProject({ p }: { p: PublicProjectOut }) {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  return (
    <>
      <header className="pt-map-head">
        <div className="pt-list__org">
          <LocalText text={p.org.name} />
        </div>
        <h1 className="pt-h1">
          <LocalText text={p.caseName} />
        </h1>
        <div className="pt-meta">
          {p.approvedOn && (
            <span>{t('portal.project.approved', { date: formatDate(p.approvedOn, locale) })}</span>
          )}
          {p.publishedOn && (
            <span>{t('portal.project.published', { date: formatDate(p.publishedOn, locale) })}</span>
          )}
        </div>
        <p className="pt-help">{t('portal.project.intro')}</p>
        <DocumentDownloads
          href={`/api/public/projects/${encodeURIComponent(p.id)}/results`}
          label={t('portal.project.documents')}
        />
      </header>

      {[...p.processes]
        .sort((a, b) => nameCollator(locale).compare(pickText(a.name, locale), pickText(b.name, locale)))
        .map((proc) => {
          const asIs = proc.variants.find((v) => v.kind === 'as_is');
          const target = proc.variants.find((v) => v.kind === 'target');
          const rows = metricRows(proc.variants);
          const name = pickText(proc.name, locale);
          return (
            <section key={proc.id} className="pt-section" aria-labelledby={`pp-${proc.id}`}>
              <h2 id={`pp-${proc.id}`} className="pt-h2">
                {name}
              </h2>
              <div className="pj-portal-models">
                {[
                  { kind: 'as_is' as const, v: asIs },
                  { kind: 'target' as const, v: target },
                ].map(({ kind, v }) => (
                  <figure key={kind} className="pj-portal-model">
                    <figcaption className="pt-h3">{t(`project.kind.${kind}`)}</figcaption>
                    {v ? (
                      <BpmnViewer
                        xml={v.xml}
                        height={400}
                        ariaLabel={`${t(`project.kind.${kind}`)}: ${name}`}
                      />
                    ) : (
                      <p className="pt-none">{t('portal.project.noModel')}</p>
                    )}
                  </figure>
                ))}
              </div>
              <h3 className="pt-h3">{t('portal.project.metrics')}</h3>
              <div className="pj-scroll">
                <table className="pt-table pj-portal-metrics">
                  <thead>
                    <tr>
                      <th scope="col">{t('project.metrics.metric')}</th>
                      <th scope="col" className="pt-num">
                        {t('project.kind.as_is')}
                      </th>
                      <th scope="col" className="pt-num">
                        {t('project.kind.target')}
                      </th>
                      <th scope="col" className="pt-num">
                        {t('portal.project.change')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => {
                      const c = r.cells.target;
                      return (
                        <tr key={r.key}>
                          <th scope="row">{t(`project.metric.${r.key}`)}</th>
                          <td className="pt-num">{r.cells.as_is.value?.count ?? '—'}</td>
                          <td className="pt-num">{c.value?.count ?? '—'}</td>
                          <td className="pt-num">
                            {c.delta === null ? (
                              '—'
                            ) : (
                              <span className={`pj-delta is-${c.tone}`}>
                                {formatDelta(c.delta)}
                                <span className="dtm-sr-only"> ({t(`project.metrics.tone.${c.tone}`)})</span>
                              </span>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}

      {p.justification.trim() && (
        <section className="pt-section" aria-labelledby="pp-justification">
          <h2 id="pp-justification" className="pt-h2">
            {t('project.justification.text')}
          </h2>
          <p className="pt-text pj-pre">{p.justification}</p>
        </section>
      )}

      <section className="pt-section" aria-labelledby="pp-plan">
        <h2 id="pp-plan" className="pt-h2">
          {t('project.plan.title')}
        </h2>
        {p.actionPlan.length === 0 ? (
          <p className="pt-none">{t('project.plan.empty')}</p>
        ) : (
          <div className="pj-scroll">
            <table className="pt-table">
              <thead>
                <tr>
                  <th scope="col" className="pt-col-n">
                    №
                  </th>
                  <th scope="col">{t('project.plan.action')}</th>
                  <th scope="col">{t('project.plan.responsible')}</th>
                  <th scope="col">{t('project.plan.due')}</th>
                  <th scope="col">{t('project.plan.draftsLegalAct')}</th>
                </tr>
              </thead>
              <tbody>
                {p.actionPlan.map((i, n) => (
                  <tr key={i.id}>
                    <td className="pt-col-n">{n + 1}</td>
                    <td className="pj-pre">{i.action}</td>
                    <td>{i.responsible}</td>
                    <td className="dtm-nowrap">{formatDate(i.due, locale) || '—'}</td>
                    <td>{i.draftsLegalAct ? t('project.yes') : t('project.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
