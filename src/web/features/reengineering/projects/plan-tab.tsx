import { Alert, Checkbox, Input, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../domain/locale.ts';
import { formatDate, formatDateTime } from '../../../components/ui/format.ts';
import { livePlanMissing, removeRow, updateRow } from './as-is.logic.ts';
import { OrgMultiSelect } from './org-select.tsx';
import { SaveBar, Section, useSaveDraft } from './project-bits.tsx';
import { useProjectCtx } from './project-context.tsx';
import { RowsTable } from './rows-table.tsx';
import { newRowId } from './team.logic.ts';

/** State bodies that may be concerned with a target variant (R.37). */
const STATE_BODY_KINDS = ['central_state_body', 'authorized_body'];

/**
 * The action plan (R.36.3) and the bodies whose agreement the target variant needs (R.37), saved
 * as the plan part with the justification; below, where the agreements and the Commission stand.
 */
export function PlanTab() {
  const { t } = useTranslation('reeng');
  const { project, plan, locale } = useProjectCtx();
  const canEdit = project.allowedActions.includes('edit_plan');
  const save = useSaveDraft(plan);
  const v = plan.state.value;
  const set = (patch: Partial<typeof v>) => plan.edit({ ...v, ...patch });
  const missing = useMemo(
    () => livePlanMissing(project.content, v, project.processes),
    [project.content, v, project.processes],
  );
  const own = useMemo(() => [project.org.id], [project.org.id]);
  const date = (d: string | null) => formatDate(d, locale);
  const showMissing = canEdit || project.stage === 'target';
  /** Before the plan is submitted the bodies have not been asked yet (R.37). */
  const asked = !['team', 'as_is', 'target'].includes(project.stage);

  return (
    <div className={canEdit ? 'pj-tab' : 'pj-tab pj-readonly'}>
      <Section id="pj-plan" title={t('project.plan.title')} helper={t('project.plan.help')}>
        {showMissing &&
          (missing.length === 0 ? (
            <Alert type="success" showIcon className="pj-alert" title={t('project.plan.ready')} />
          ) : (
            <Alert
              type="warning"
              showIcon
              className="pj-alert"
              title={t('project.plan.missing')}
              description={
                <ul className="pj-list">
                  {missing.map((m) => (
                    <li key={m}>{t(`project.planMissing.${m}`)}</li>
                  ))}
                </ul>
              }
            />
          ))}
        <RowsTable
          rows={v.actionPlan}
          canEdit={canEdit}
          caption={t('project.plan.items')}
          empty={t('project.plan.empty')}
          onRemove={(id) => set({ actionPlan: removeRow(v.actionPlan, id) })}
          addLabel={t('project.plan.add')}
          onAdd={() =>
            set({
              actionPlan: [
                ...v.actionPlan,
                { id: newRowId(), action: '', responsible: '', due: null, draftsLegalAct: false },
              ],
            })
          }
          columns={[
            {
              key: 'action',
              header: t('project.plan.action'),
              cell: (i, n) => (
                <Input.TextArea
                  aria-label={t('project.plan.actionOf', { n })}
                  value={i.action}
                  readOnly={!canEdit}
                  autoSize={{ minRows: 1, maxRows: 6 }}
                  onChange={(e) =>
                    set({ actionPlan: updateRow(v.actionPlan, i.id, { action: e.target.value }) })
                  }
                />
              ),
            },
            {
              key: 'responsible',
              header: t('project.plan.responsible'),
              className: 'pj-col-name',
              cell: (i, n) => (
                <Input
                  aria-label={t('project.plan.responsibleOf', { n })}
                  value={i.responsible}
                  readOnly={!canEdit}
                  maxLength={500}
                  onChange={(e) =>
                    set({ actionPlan: updateRow(v.actionPlan, i.id, { responsible: e.target.value }) })
                  }
                />
              ),
            },
            {
              key: 'due',
              header: t('project.plan.due'),
              className: 'pj-col-date',
              cell: (i, n) => (
                <Input
                  type="date"
                  aria-label={t('project.plan.dueOf', { n })}
                  value={i.due ?? ''}
                  readOnly={!canEdit}
                  onChange={(e) =>
                    set({ actionPlan: updateRow(v.actionPlan, i.id, { due: e.target.value || null }) })
                  }
                />
              ),
            },
            {
              key: 'draftsLegalAct',
              header: t('project.plan.draftsLegalAct'),
              className: 'pj-col-check',
              cellClassName: 'pj-col-check',
              cell: (i, n) => (
                <Checkbox
                  aria-label={t('project.plan.draftsLegalActOf', { n })}
                  checked={i.draftsLegalAct}
                  disabled={!canEdit}
                  onChange={(e) =>
                    set({ actionPlan: updateRow(v.actionPlan, i.id, { draftsLegalAct: e.target.checked }) })
                  }
                />
              ),
            },
          ]}
        />
      </Section>

      <Section id="pj-concerned" title={t('project.plan.concerned')} helper={t('project.plan.concernedHelp')}>
        <OrgMultiSelect
          ariaLabel={t('project.plan.concerned')}
          value={v.concernedOrgIds}
          onChange={(ids) => set({ concernedOrgIds: ids })}
          disabled={!canEdit}
          kinds={STATE_BODY_KINDS}
          exclude={own}
        />
      </Section>

      <SaveBar
        canEdit={canEdit}
        dirty={plan.state.dirty}
        saving={plan.saving}
        onSave={save}
        error={plan.error && !plan.state.conflict ? plan.error : null}
      />

      <Section title={t('project.agreements.title')} helper={t('project.agreements.help')}>
        {project.agreements.length === 0 ? (
          <p className="dtm-muted">{t('project.agreements.none')}</p>
        ) : (
          <div className="pj-scroll">
            <table className="pj-table">
              <thead>
                <tr>
                  <th scope="col">{t('project.agreements.body')}</th>
                  <th scope="col">{t('project.agreements.answer')}</th>
                  <th scope="col">{t('project.reason')}</th>
                  <th scope="col">{t('project.agreements.at')}</th>
                </tr>
              </thead>
              <tbody>
                {project.agreements.map((a) => (
                  <tr key={a.org.id}>
                    <td>{pickText(a.org.name, locale) || a.org.id}</td>
                    <td>
                      <Tag
                        className="dtm-tag"
                        color={
                          a.answer === 'agree' ? 'success' : a.answer === 'disagree' ? 'error' : 'default'
                        }
                      >
                        {t(`project.agreements.${a.answer ?? (asked ? 'pending' : 'notAsked')}`)}
                      </Tag>
                    </td>
                    <td className="pj-pre">{a.reason || '—'}</td>
                    <td className="dtm-nowrap">{a.at ? formatDateTime(a.at, locale) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section title={t('project.commission.title')} helper={t('project.commission.help')}>
        {project.commissionDecision ? (
          <dl className="pj-dl">
            <dt>{t('project.commission.decision')}</dt>
            <dd>
              <Tag
                className="dtm-tag"
                color={project.commissionDecision.decision === 'agreed' ? 'success' : 'error'}
              >
                {t(`project.commission.${project.commissionDecision.decision}`)}
              </Tag>
            </dd>
            <dt>{t('project.commission.protocol')}</dt>
            <dd>
              {t('project.protocolNo', {
                number: project.commissionDecision.protocolNumber,
                date: date(project.commissionDecision.protocolDate),
              })}
            </dd>
            <dt>{t('project.reason')}</dt>
            <dd className="pj-pre">{project.commissionDecision.reason || '—'}</dd>
            <dt>{t('project.commission.at')}</dt>
            <dd>{formatDateTime(project.commissionDecision.at, locale)}</dd>
          </dl>
        ) : (
          <p className="dtm-muted">
            {project.stage === 'commission' ? t('project.commission.pending') : t('project.commission.none')}
          </p>
        )}
      </Section>
    </div>
  );
}
