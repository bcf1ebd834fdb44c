import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Empty, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummaryOut } from '../../../../api/reengineering.ts';
import { pickText } from '../../../../domain/locale.ts';
import { PROJECT_STAGES, type ProjectStage } from '../../../../domain/reengineering/project.workflow.ts';
import { formatDate } from '../../../components/ui/format.ts';
import { Page } from '../../../components/ui/page.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useDocumentTitle } from '../../../components/ui/use-document-title.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';
import { useSignedIn } from '../../auth/use-signed-in.ts';
import { useProjects } from './api.ts';
import { OpenProjectModal } from './open-project-modal.tsx';
import { almatyToday, countdown, type ProjectsSearch, projectTerms } from './project.logic.ts';
import { Countdown, ReengStatusTag, StageTag } from './project-bits.tsx';
import './projects.css';

/** Organisations that open projects for their own cases (their office does). */
const OWNER_KINDS = ['central_state_body', 'authorized_body'];

/**
 * /projects: the reengineering projects the user sees (own body; every body for the authorized
 * body, the Center and the Commission), with stage and terms; filter by stage in the URL.
 */
export function ProjectsPage() {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const me = useSignedIn();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as ProjectsSearch;
  const projects = useProjects(search.stage);
  const [opening, setOpening] = useState(false);
  useDocumentTitle(t('project.list.title'));
  if (!me) return null;
  const canOpen = me.roles.includes('dt_office') && OWNER_KINDS.includes(me.organisation.kind);
  const today = almatyToday();
  const date = (d: string | null) => formatDate(d, locale);

  const columns: TableColumnsType<ProjectSummaryOut> = [
    {
      key: 'case',
      title: t('project.col.case'),
      render: (_, p) => (
        <Link to="/projects/$projectId" params={{ projectId: p.id }}>
          {pickText(p.caseName, locale) || p.caseId}
        </Link>
      ),
    },
    { key: 'org', title: t('project.col.org'), render: (_, p) => pickText(p.org.name, locale) },
    {
      key: 'stage',
      title: t('project.col.stage'),
      className: 'pj-nowrap-tags',
      render: (_, p) => <StageTag stage={p.stage} />,
    },
    {
      key: 'status',
      title: t('project.col.status'),
      className: 'pj-nowrap-tags',
      render: (_, p) => <ReengStatusTag status={p.reengineeringStatus} />,
    },
    {
      key: 'team',
      title: t('project.col.team'),
      render: (_, p) => (
        <span className="pj-cell-term">
          <span className="dtm-nowrap">{date(p.teamDue)}</span>
          {p.teamFormedOn ? (
            <span className="pj-countdown is-done">
              {t('project.doneOn', { date: date(p.teamFormedOn) })}
            </span>
          ) : p.pendingTerm?.term === 'team' ? (
            <Countdown {...countdown(p.pendingTerm.daysLeft)} />
          ) : null}
        </span>
      ),
    },
    {
      key: 'publication',
      title: t('project.col.publication'),
      render: (_, p) =>
        p.publicationDue ? (
          <span className="pj-cell-term">
            <span className="dtm-nowrap">{date(p.publicationDue)}</span>
            {p.publishedOn ? (
              <span className="pj-countdown is-done">
                {t('project.doneOn', { date: date(p.publishedOn) })}
              </span>
            ) : p.pendingTerm?.term === 'publication' ? (
              <Countdown {...countdown(p.pendingTerm.daysLeft)} />
            ) : null}
          </span>
        ) : (
          <span className="dtm-muted">—</span>
        ),
    },
    {
      key: 'deadline',
      title: t('project.col.deadline'),
      render: (_, p) => {
        const term = projectTerms(p, today).find((x) => x.term === 'reengineering');
        return (
          <span className="pj-cell-term">
            <span className="dtm-nowrap">{date(p.reengineeringDue)}</span>
            {term?.overdue && (
              <span className="pj-countdown is-late">
                <span aria-hidden="true">⚠ </span>
                {t('project.overdue')}
              </span>
            )}
          </span>
        );
      },
    },
  ];

  return (
    <Page>
      <PageHeader
        title={t('project.list.title')}
        description={t('project.list.description')}
        actions={
          canOpen ? (
            <Button type="primary" onClick={() => setOpening(true)}>
              {t('project.open.button')}
            </Button>
          ) : null
        }
      />
      {projects.isError ? (
        <Alert
          type="error"
          showIcon
          className="dtm-block"
          title={projects.error.message}
          action={<Button onClick={() => void projects.refetch()}>{t('project.retry')}</Button>}
        />
      ) : (
        <div className="dtm-panel">
          <div className="dtm-toolbar">
            <div className="pj-inline-field">
              <label htmlFor="pj-stage-filter">{t('project.list.stage')}</label>
              <Select<ProjectStage | 'all'>
                id="pj-stage-filter"
                value={search.stage ?? 'all'}
                onChange={(v) =>
                  void navigate({ to: '/projects', search: (v === 'all' ? {} : { stage: v }) as never })
                }
                options={[
                  { value: 'all', label: t('project.list.allStages') },
                  ...PROJECT_STAGES.map((s) => ({ value: s, label: t(`project.stage.${s}`) })),
                ]}
                className="pj-select pj-select--stage"
                popupMatchSelectWidth={false}
              />
            </div>
            <span className="dtm-toolbar__count" role="status">
              {t('project.list.count', { count: projects.data?.length ?? 0 })}
            </span>
          </div>
          {projects.data && projects.data.length === 0 ? (
            <div className="dtm-panel--empty">
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  <div className="dtm-empty">
                    <div className="dtm-empty__title">{t('project.list.empty')}</div>
                    <div className="dtm-muted">{t('project.list.emptyHelp')}</div>
                  </div>
                }
              />
            </div>
          ) : (
            <Table<ProjectSummaryOut>
              rowKey="id"
              columns={columns}
              dataSource={projects.data ?? []}
              loading={projects.isLoading}
              pagination={false}
              size="middle"
            />
          )}
        </div>
      )}
      {opening && (
        <OpenProjectModal
          onClose={() => setOpening(false)}
          onOpened={(id) => void navigate({ to: '/projects/$projectId', params: { projectId: id } })}
        />
      )}
    </Page>
  );
}
