import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, Button, Spin, Tabs } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectOut } from '../../../../api/reengineering.ts';
import { pickText } from '../../../../domain/locale.ts';
import { type AsIs, AsIsSchema } from '../../../../domain/reengineering/project.schema.ts';
import { formatDate, nameCollator } from '../../../components/ui/format.ts';
import { useDocumentTitle } from '../../../components/ui/use-document-title.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';
import { ApiError } from '../../../lib/api.ts';
import { useOrganisations } from '../../admin/api.ts';
import { useProject } from './api.ts';
import { checklistSummary, liveChecklist } from './as-is.logic.ts';
import { AsIsTab } from './as-is-tab.tsx';
import type { PlanValue } from './conflict.logic.ts';
import { DeadlinesTab } from './deadlines-tab.tsx';
import { HistoryTab } from './history-tab.tsx';
import { JustificationTab } from './justification-tab.tsx';
import { ModelsTab } from './models-tab.tsx';
import { PartConflictModal } from './part-conflict-modal.tsx';
import { PlanTab } from './plan-tab.tsx';
import {
  almatyToday,
  defaultTab,
  type ProjectSearch,
  type ProjectTab,
  projectTerms,
  stageSteps,
} from './project.logic.ts';
import { ProjectActions } from './project-actions.tsx';
import { Countdown, ReengStatusTag, StageTag } from './project-bits.tsx';
import { ProjectContext, type ProjectCtx } from './project-context.tsx';
import { type TeamValue, teamPayload, teamValueOf } from './team.logic.ts';
import { TeamTab } from './team-tab.tsx';
import { usePartDraft, useUnsavedGuard } from './use-part-draft.ts';
import './projects.css';
import { DocumentDownloads } from '../../../components/ui/document-downloads.tsx';

/** /projects/$projectId: one reengineering project (R.29–R.37), its stage, terms, steps and tabs. */
export function ProjectPage() {
  const { t } = useTranslation('reeng');
  const { projectId } = useParams({ strict: false }) as { projectId: string };
  const project = useProject(projectId);
  const locale = useLocale();
  useDocumentTitle(project.data ? pickText(project.data.caseName, locale) : t('project.list.title'));

  if (project.isError) {
    const notFound = project.error instanceof ApiError && project.error.status === 404;
    return (
      <div className="dtm-page">
        <Alert
          type={notFound ? 'warning' : 'error'}
          showIcon
          title={notFound ? t('project.notFound') : project.error.message}
          description={<Link to="/projects">{t('project.backToList')}</Link>}
          action={
            notFound ? undefined : (
              <Button onClick={() => void project.refetch()}>{t('project.retry')}</Button>
            )
          }
        />
      </div>
    );
  }
  if (!project.data)
    return (
      <div className="dtm-center">
        <Spin aria-label={t('project.loading')} />
      </div>
    );
  return <SortedProject project={project.data} />;
}

/**
 * The project with its processes in a stable order, by name in the reader's language (the
 * server's order is not guaranteed once their models are saved).
 */
function SortedProject({ project }: { project: ProjectOut }) {
  const locale = useLocale();
  const sorted = useMemo(() => {
    const collator = nameCollator(locale);
    return {
      ...project,
      processes: [...project.processes].sort((a, b) =>
        collator.compare(pickText(a.name, locale), pickText(b.name, locale)),
      ),
    };
  }, [project, locale]);
  return <ProjectView project={sorted} />;
}

const planOf = (
  c: Pick<ProjectOut['content'], 'justification' | 'actionPlan' | 'concernedOrgIds'>,
): PlanValue => ({
  justification: c.justification,
  actionPlan: c.actionPlan.map((i) => ({ ...i })),
  concernedOrgIds: [...c.concernedOrgIds],
});

function ProjectView({ project }: { project: ProjectOut }) {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as ProjectSearch;
  const orgs = useOrganisations();
  const tab: ProjectTab = search.tab ?? defaultTab(project.stage);

  const team = usePartDraft<TeamValue>({
    projectId: project.id,
    part: 'team',
    serverValue: teamValueOf(project.content),
    revision: project.revision,
    fromStored: (s) => teamValueOf(s as ProjectOut['content']),
    toPayload: teamPayload,
  });
  const asIs = usePartDraft<AsIs>({
    projectId: project.id,
    part: 'asIs',
    serverValue: project.content.asIs,
    revision: project.revision,
    fromStored: (s) => AsIsSchema.parse((s as { asIs?: unknown }).asIs ?? {}),
    toPayload: (v) => v,
  });
  const plan = usePartDraft<PlanValue>({
    projectId: project.id,
    part: 'plan',
    serverValue: planOf(project.content),
    revision: project.revision,
    fromStored: (s) => planOf(s as ProjectOut['content']),
    toPayload: (v) => ({ ...v, justification: v.justification.trim() }),
  });
  const unsaved = [team, asIs, plan].filter((d) => d.state.dirty).map((d) => t(`project.part.${d.part}`));
  useUnsavedGuard(unsaved.length > 0);

  const go = useCallback(
    (s: ProjectSearch) =>
      void navigate({
        to: '/projects/$projectId',
        params: { projectId: project.id },
        search: s as never,
      }),
    [navigate, project.id],
  );

  const orgList = orgs.data ?? [];
  const orgName = useCallback(
    (id: string | null) => {
      if (!id) return '—';
      const o = orgList.find((x) => x.id === id);
      return o ? pickText(o.name, locale) : id;
    },
    [orgList, locale],
  );

  const ctx: ProjectCtx = {
    project,
    locale,
    organisations: orgList,
    orgName,
    team,
    asIs,
    plan,
    go,
    search,
  };

  const checklist = useMemo(
    () => liveChecklist(project.content, asIs.state.value, project.processes),
    [project.content, asIs.state.value, project.processes],
  );
  const done = checklistSummary(checklist);
  const pendingChanges = project.deadlineChanges.filter((c) => c.status === 'pending').length;
  const mark = (dirty: boolean) =>
    dirty ? (
      <span className="pj-tab-dirty" title={t('project.unsaved')}>
        {' '}
        •
      </span>
    ) : null;

  const items = [
    {
      key: 'team',
      label: (
        <>
          {t('project.tab.team')}
          {mark(team.state.dirty)}
        </>
      ),
      children: <TeamTab />,
    },
    {
      key: 'asIs',
      label: (
        <>
          {t('project.tab.asIs')}{' '}
          <span className="pj-tab-count">
            {done.done}/{done.total}
          </span>
          {mark(asIs.state.dirty)}
        </>
      ),
      children: <AsIsTab checklist={checklist} />,
    },
    { key: 'models', label: t('project.tab.models'), children: <ModelsTab /> },
    {
      key: 'justification',
      label: (
        <>
          {t('project.tab.justification')}
          {mark(plan.state.dirty)}
        </>
      ),
      children: <JustificationTab />,
    },
    {
      key: 'plan',
      label: (
        <>
          {t('project.tab.plan')}
          {mark(plan.state.dirty)}
        </>
      ),
      children: <PlanTab />,
    },
    {
      key: 'deadlines',
      label: (
        <>
          {t('project.tab.deadlines')}
          {pendingChanges > 0 && <span className="pj-tab-count is-pending"> {pendingChanges}</span>}
        </>
      ),
      children: <DeadlinesTab />,
    },
    { key: 'history', label: t('project.tab.history'), children: <HistoryTab /> },
  ];

  return (
    <ProjectContext.Provider value={ctx}>
      <div className="dtm-page pj-page">
        <ProjectHeader project={project} unsaved={unsaved} go={go} />
        <Tabs
          className="pj-tabs"
          activeKey={tab}
          onChange={(k) => go({ tab: k as ProjectTab })}
          items={items}
          destroyOnHidden={false}
        />
        {team.state.conflict && <PartConflictModal draft={team} />}
        {asIs.state.conflict && <PartConflictModal draft={asIs} />}
        {plan.state.conflict && <PartConflictModal draft={plan} />}
      </div>
    </ProjectContext.Provider>
  );
}

function ProjectHeader({
  project,
  unsaved,
  go,
}: {
  project: ProjectOut;
  unsaved: string[];
  go: (s: ProjectSearch) => void;
}) {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const steps = stageSteps(project.stage, project.commissionDecision !== null);
  const terms = projectTerms(project, almatyToday());
  const date = (d: string | null) => formatDate(d, locale);
  return (
    <header className="pj-head">
      <nav className="pj-breadcrumb" aria-label={t('project.breadcrumb')}>
        <Link to="/projects">{t('project.list.title')}</Link>
        <span aria-hidden="true"> › </span>
        <span>{pickText(project.org.name, locale)}</span>
      </nav>
      <div className="pj-head__main">
        <div className="pj-head__text">
          <h1 className="pj-title">{pickText(project.caseName, locale) || project.caseId}</h1>
          <div className="pj-meta">
            <StageTag stage={project.stage} />
            <ReengStatusTag status={project.reengineeringStatus} />
            <span>{t('project.openedOn', { date: date(project.openedOn) })}</span>
            {project.approvedOn && <span>{t('project.approvedOn', { date: date(project.approvedOn) })}</span>}
            {project.publishedOn && (
              <span>{t('project.publishedOn', { date: date(project.publishedOn) })}</span>
            )}
            {project.stage === 'published' && (
              <Link to="/portal/projects/$projectId" params={{ projectId: project.id }}>
                {t('project.onPortal')}
              </Link>
            )}
          </div>
          <DocumentDownloads
            href={`/api/projects/${encodeURIComponent(project.id)}/results`}
            label={t('project.documents')}
          />
        </div>
        <ProjectActions project={project} unsaved={unsaved} goToTab={(tab) => go({ tab })} />
      </div>
      <ol className="pj-stepper" aria-label={t('project.stages')}>
        {steps.map((s, i) => (
          <li
            key={s.stage}
            className={`pj-step is-${s.state}`}
            aria-current={s.state === 'current' ? 'step' : undefined}
          >
            <span className="pj-step__n" aria-hidden="true">
              {s.state === 'done' ? '✓' : i + 1}
            </span>
            <span className="pj-step__label">
              {t(`project.stage.${s.stage}`)}
              <span className="dtm-sr-only"> — {t(`project.stepState.${s.state}`)}</span>
            </span>
          </li>
        ))}
      </ol>
      <ul className="pj-terms" aria-label={t('project.terms')}>
        {terms
          .filter((x) => x.due)
          .map((x) => (
            <li key={x.term} className="pj-term">
              <span className="pj-term__name">
                {t(`project.term.${x.term}`)}{' '}
                <span className="dtm-muted">({t('project.point', { n: x.point })})</span>:
              </span>{' '}
              <span>{t('project.dueOn', { date: date(x.due) })}</span>{' '}
              {x.doneOn ? (
                <span className={x.doneLate ? 'pj-countdown is-late' : 'pj-countdown is-done'}>
                  {t(x.doneLate ? 'project.doneLate' : 'project.doneOn', { date: date(x.doneOn) })}
                </span>
              ) : x.countdown ? (
                <Countdown {...x.countdown} />
              ) : x.overdue ? (
                <span className="pj-countdown is-late">
                  <span aria-hidden="true">⚠ </span>
                  {t('project.overdue')}
                </span>
              ) : null}
            </li>
          ))}
      </ul>
    </header>
  );
}
