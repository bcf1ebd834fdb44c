import { Alert, Button, Input, Select, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../domain/locale.ts';
import type { ChecklistItem } from '../../../../domain/reengineering/project.checklist.ts';
import type { AsIs } from '../../../../domain/reengineering/project.schema.ts';
import { formatDateTime, nameCollator } from '../../../components/ui/format.ts';
import { useReference } from '../../admin/api.ts';
import { CjmBoard, type CustomerJourney } from '../bpmn/index.ts';
import { partAnchor, removeRow, setStepData, stepRows, stepsMissingData, updateRow } from './as-is.logic.ts';
import { SaveBar, Section, useSaveDraft } from './project-bits.tsx';
import { useProjectCtx } from './project-context.tsx';
import { RowsTable } from './rows-table.tsx';
import { newRowId } from './team.logic.ts';

/** Moves to a part's heading and gives it focus (the checklist's links). */
function jumpTo(part: number) {
  const heading = document.getElementById(`${partAnchor(part)}-h`);
  heading?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  heading?.focus({ preventScroll: true });
}

/**
 * The as-is description (R.32) in its six parts, with the checklist on top (computed live from the
 * draft); saved as one part of the project. The models themselves are drawn on the Models tab.
 */
export function AsIsTab({ checklist }: { checklist: ChecklistItem[] }) {
  const { t } = useTranslation('reeng');
  const { project, asIs, locale, go } = useProjectCtx();
  const canEdit = project.allowedActions.includes('edit_as_is');
  const save = useSaveDraft(asIs);
  const v = asIs.state.value;
  const set = (patch: Partial<AsIs>) => asIs.edit({ ...v, ...patch });
  const processName = (id: string) => pickText(project.processes.find((p) => p.id === id)?.name, locale);

  return (
    <div className={canEdit ? 'pj-tab' : 'pj-tab pj-readonly'}>
      <section className="pj-section pj-checklist" aria-labelledby="pj-checklist-h">
        <h2 id="pj-checklist-h" className="pj-section__title">
          {t('project.asIs.checklist')}
        </h2>
        <ol className="pj-checklist__list">
          {checklist.map((c) => (
            <li key={c.part} className={c.done ? 'is-done' : 'is-missing'}>
              <button type="button" className="pj-checklist__item" onClick={() => jumpTo(c.part)}>
                <span className="pj-checklist__mark" aria-hidden="true">
                  {c.done ? '✓' : '○'}
                </span>
                <span className="pj-checklist__text">
                  <span className="pj-checklist__name">
                    {c.part}. {t(`project.asIs.part${c.part}`)}
                  </span>
                  <span className={c.done ? 'pj-ok' : 'pj-missing'}>
                    {c.done
                      ? t('project.asIs.partDone')
                      : c.missing.map((m) => t(`project.missing.${m}`)).join('; ')}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      </section>

      <LegalActs canEdit={canEdit} value={v} set={set} />

      <Section
        id={partAnchor(2)}
        title={`2. ${t('project.asIs.part2')}`}
        helper={t('project.asIs.part2Help')}
      >
        <RowsTable
          rows={v.stakeholders}
          canEdit={canEdit}
          empty={t('project.asIs.noStakeholders')}
          onRemove={(id) => set({ stakeholders: removeRow(v.stakeholders, id) })}
          addLabel={t('project.asIs.addStakeholder')}
          onAdd={() =>
            set({ stakeholders: [...v.stakeholders, { id: newRowId(), name: '', touchpoints: '' }] })
          }
          columns={[
            {
              key: 'name',
              header: t('project.asIs.stakeholder'),
              className: 'pj-col-name',
              cell: (s, n) => (
                <Input.TextArea
                  aria-label={t('project.asIs.stakeholderOf', { n })}
                  value={s.name}
                  readOnly={!canEdit}
                  maxLength={500}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  onChange={(e) =>
                    set({ stakeholders: updateRow(v.stakeholders, s.id, { name: e.target.value }) })
                  }
                />
              ),
            },
            {
              key: 'touchpoints',
              header: t('project.asIs.touchpoints'),
              cell: (s, n) => (
                <Input.TextArea
                  aria-label={t('project.asIs.touchpointsOf', { n })}
                  value={s.touchpoints}
                  readOnly={!canEdit}
                  autoSize={{ minRows: 1, maxRows: 6 }}
                  onChange={(e) =>
                    set({ stakeholders: updateRow(v.stakeholders, s.id, { touchpoints: e.target.value }) })
                  }
                />
              ),
            },
          ]}
        />
      </Section>

      <StepData canEdit={canEdit} value={v} set={set} />

      <Section
        id={partAnchor(4)}
        title={`4. ${t('project.asIs.part4')}`}
        helper={t('project.asIs.part4Help')}
      >
        {v.problems.length === 0 && <p className="dtm-muted">{t('project.asIs.noProblems')}</p>}
        <ol className="pj-problems">
          {v.problems.map((p, i) => (
            <li key={p.id}>
              <Input.TextArea
                aria-label={t('project.asIs.problemOf', { n: i + 1 })}
                value={p.text}
                readOnly={!canEdit}
                autoSize={{ minRows: 1, maxRows: 6 }}
                onChange={(e) => set({ problems: updateRow(v.problems, p.id, { text: e.target.value }) })}
              />
              {canEdit && (
                <Button
                  size="small"
                  danger
                  aria-label={t('project.asIs.removeProblem', { n: i + 1 })}
                  onClick={() => set({ problems: removeRow(v.problems, p.id) })}
                >
                  {t('project.remove')}
                </Button>
              )}
            </li>
          ))}
        </ol>
        {canEdit && (
          <Button
            className="pj-add"
            onClick={() => set({ problems: [...v.problems, { id: newRowId(), text: '' }] })}
          >
            + {t('project.asIs.addProblem')}
          </Button>
        )}
      </Section>

      <Section
        id={partAnchor(5)}
        title={`5. ${t('project.asIs.part5')}`}
        helper={t('project.asIs.part5Help')}
      >
        <h3 className="pj-h3">{t('project.asIs.interviews')}</h3>
        <RowsTable
          rows={v.interviews}
          canEdit={canEdit}
          empty={t('project.asIs.noInterviews')}
          onRemove={(id) => set({ interviews: removeRow(v.interviews, id) })}
          addLabel={t('project.asIs.addInterview')}
          onAdd={() =>
            set({
              interviews: [...v.interviews, { id: newRowId(), interviewee: '', date: null, summary: '' }],
            })
          }
          columns={[
            {
              key: 'interviewee',
              header: t('project.asIs.interviewee'),
              className: 'pj-col-name',
              cell: (x, n) => (
                <Input.TextArea
                  aria-label={t('project.asIs.intervieweeOf', { n })}
                  value={x.interviewee}
                  readOnly={!canEdit}
                  maxLength={500}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  onChange={(e) =>
                    set({ interviews: updateRow(v.interviews, x.id, { interviewee: e.target.value }) })
                  }
                />
              ),
            },
            {
              key: 'date',
              header: t('project.asIs.interviewDate'),
              className: 'pj-col-date',
              cell: (x, n) => (
                <Input
                  type="date"
                  aria-label={t('project.asIs.interviewDateOf', { n })}
                  value={x.date ?? ''}
                  readOnly={!canEdit}
                  onChange={(e) =>
                    set({ interviews: updateRow(v.interviews, x.id, { date: e.target.value || null }) })
                  }
                />
              ),
            },
            {
              key: 'summary',
              header: t('project.asIs.summary'),
              cell: (x, n) => (
                <Input.TextArea
                  aria-label={t('project.asIs.summaryOf', { n })}
                  value={x.summary}
                  readOnly={!canEdit}
                  autoSize={{ minRows: 1, maxRows: 8 }}
                  onChange={(e) =>
                    set({ interviews: updateRow(v.interviews, x.id, { summary: e.target.value }) })
                  }
                />
              ),
            },
          ]}
        />
        <h3 className="pj-h3">{t('project.asIs.journey')}</h3>
        <CjmBoard
          value={v.journey as CustomerJourney}
          onChange={canEdit ? (journey) => set({ journey }) : undefined}
          readOnly={!canEdit}
          ariaLabel={t('project.asIs.journey')}
        />
      </Section>

      <Section
        id={partAnchor(6)}
        title={`6. ${t('project.asIs.part6')}`}
        helper={t('project.asIs.part6Help')}
      >
        <ul className="pj-model-list">
          {project.processes.map((p) => {
            const asIsVariant = p.variants.find((x) => x.kind === 'as_is');
            return (
              <li key={p.id}>
                <span className="pj-model-list__name">{processName(p.id)}</span>
                {asIsVariant ? (
                  <Tag color="success" className="dtm-tag">
                    {t('project.models.savedAt', {
                      revision: asIsVariant.revision,
                      date: formatDateTime(asIsVariant.updatedAt, locale),
                    })}
                  </Tag>
                ) : (
                  <Tag color="warning" className="dtm-tag">
                    {t('project.models.none')}
                  </Tag>
                )}
                <Button size="small" onClick={() => go({ tab: 'models', process: p.id, kind: 'as_is' })}>
                  {t('project.asIs.openModel')}
                </Button>
              </li>
            );
          })}
        </ul>
      </Section>

      <SaveBar
        sticky
        canEdit={canEdit}
        dirty={asIs.state.dirty}
        saving={asIs.saving}
        onSave={save}
        error={asIs.error && !asIs.state.conflict ? asIs.error : null}
      />
    </div>
  );
}

function LegalActs({
  canEdit,
  value: v,
  set,
}: {
  canEdit: boolean;
  value: AsIs;
  set: (p: Partial<AsIs>) => void;
}) {
  const { t } = useTranslation('reeng');
  const { locale } = useProjectCtx();
  const acts = useReference('legal-acts');
  const options = useMemo(() => {
    const collator = nameCollator(locale);
    return (acts.data ?? [])
      .filter((a) => a.isActive || v.legalActIds.includes(a.id))
      .map((a) => {
        const name = pickText(a.name, locale);
        return {
          value: a.id,
          label: a.code ? `${name} (${a.code})` : name,
          search: [a.name.kk, a.name.ru, a.name.en ?? '', a.code ?? ''].join(' ').toLocaleLowerCase(),
        };
      })
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [acts.data, locale, v.legalActIds]);
  return (
    <Section id={partAnchor(1)} title={`1. ${t('project.asIs.part1')}`} helper={t('project.asIs.part1Help')}>
      {acts.isError && (
        <Alert type="warning" showIcon className="pj-alert" title={t('project.asIs.legalActsUnavailable')} />
      )}
      <div className="pj-field">
        <label className="pj-field__label" htmlFor="pj-legal-acts">
          {t('project.asIs.legalActs')}
        </label>
        <Select
          id="pj-legal-acts"
          mode="multiple"
          value={v.legalActIds}
          disabled={!canEdit}
          loading={acts.isLoading}
          options={options}
          showSearch={{
            filterOption: (input, option) =>
              (option?.search ?? '').includes(input.trim().toLocaleLowerCase()),
          }}
          onChange={(ids: string[]) => set({ legalActIds: ids })}
          className="pj-select pj-select--wide"
          placeholder={t('project.asIs.legalActsPlaceholder')}
        />
      </div>
      <div className="pj-field">
        <label className="pj-field__label" htmlFor="pj-other-docs">
          {t('project.asIs.otherDocuments')}
        </label>
        <Input.TextArea
          id="pj-other-docs"
          value={v.otherDocuments}
          readOnly={!canEdit}
          autoSize={{ minRows: 2, maxRows: 10 }}
          onChange={(e) => set({ otherDocuments: e.target.value })}
        />
      </div>
    </Section>
  );
}

/** R.32.3: the kinds of data at every step of each process's as-is model. */
function StepData({
  canEdit,
  value: v,
  set,
}: {
  canEdit: boolean;
  value: AsIs;
  set: (p: Partial<AsIs>) => void;
}) {
  const { t } = useTranslation('reeng');
  const { project, locale, go } = useProjectCtx();
  const rows = stepRows(project.processes, v.stepData);
  return (
    <Section id={partAnchor(3)} title={`3. ${t('project.asIs.part3')}`} helper={t('project.asIs.part3Help')}>
      {project.processes.map((p) => {
        const mine = rows.filter((r) => r.processId === p.id);
        const missing = stepsMissingData(rows, p.id);
        const name = pickText(p.name, locale);
        return (
          <div key={p.id} className="pj-process-block">
            <h3 className="pj-h3">
              {name}{' '}
              {p.asIsSteps !== null &&
                (missing > 0 ? (
                  <Tag color="warning" className="dtm-tag">
                    {t('project.asIs.stepsMissing', { count: missing })}
                  </Tag>
                ) : (
                  <Tag color="success" className="dtm-tag">
                    {t('project.asIs.stepsAllDone')}
                  </Tag>
                ))}
            </h3>
            {p.asIsSteps === null ? (
              <p className="pj-note">
                {t('project.asIs.noModel')}{' '}
                <Button size="small" onClick={() => go({ tab: 'models', process: p.id, kind: 'as_is' })}>
                  {t('project.asIs.openModel')}
                </Button>
              </p>
            ) : mine.length === 0 ? (
              <p className="pj-note">{t('project.asIs.noSteps')}</p>
            ) : (
              <div className="pj-scroll">
                <table className="pj-table pj-edit-table">
                  <thead>
                    <tr>
                      <th scope="col" className="pj-col-n">
                        №
                      </th>
                      <th scope="col" className="pj-col-name">
                        {t('project.asIs.step')}
                      </th>
                      <th scope="col">{t('project.asIs.dataKinds')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {mine.map((r, i) => (
                      <tr key={r.stepId} className={r.data.trim() ? undefined : 'is-missing'}>
                        <td className="pj-col-n">{i + 1}</td>
                        <th scope="row" className="pj-step-name">
                          {r.stepName || r.stepId}
                          {!r.data.trim() && (
                            <span className="pj-missing pj-small"> — {t('project.asIs.noData')}</span>
                          )}
                        </th>
                        <td>
                          <Input.TextArea
                            aria-label={t('project.asIs.dataOf', { step: r.stepName || r.stepId })}
                            value={r.data}
                            readOnly={!canEdit}
                            autoSize={{ minRows: 1, maxRows: 6 }}
                            placeholder={canEdit ? t('project.asIs.dataPlaceholder') : undefined}
                            onChange={(e) =>
                              set({ stepData: setStepData(v.stepData, p.id, r.stepId, e.target.value) })
                            }
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        );
      })}
    </Section>
  );
}
