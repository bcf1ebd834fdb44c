import { Empty, Input, Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricKey } from '../../../../domain/bpmn/bpmn.metrics.ts';
import { pickText } from '../../../../domain/locale.ts';
import { BpmnDiffView, BpmnViewer } from '../bpmn/index.ts';
import { useCompare, useVariant } from './api.ts';
import { formatDelta, improvementSummary, metricRows } from './metrics.logic.ts';
import { MODEL_KINDS, type ModelKind } from './project.logic.ts';
import { RequestError, SaveBar, Section, useSaveDraft } from './project-bits.tsx';
import { useProjectCtx } from './project-context.tsx';

interface Selected {
  kind: ModelKind;
  metric: MetricKey | null;
}

/**
 * The justification of the proposed variant (R.36.2): the models' metrics side by side (lower is
 * better), a click on a count shows the counted elements in that model; the visual difference of
 * two variants; and the justification in words (saved with the action plan).
 */
export function JustificationTab() {
  const { t } = useTranslation('reeng');
  const { project, plan, locale, search, go } = useProjectCtx();
  const canEdit = project.allowedActions.includes('edit_plan');
  const save = useSaveDraft(plan);
  const process = project.processes.find((p) => p.id === search.process) ?? project.processes[0] ?? null;
  const rows = useMemo(() => metricRows(process?.variants ?? []), [process]);
  const [selected, setSelected] = useState<Selected>({ kind: 'as_is', metric: null });
  const [pair, setPair] = useState<{ a: ModelKind; b: ModelKind }>({ a: 'as_is', b: 'target' });
  const has = (k: ModelKind) => process?.variants.some((v) => v.kind === k) ?? false;

  const summary = (k: 'target' | 'optimal') => {
    const s = improvementSummary(rows, k);
    return t('project.metrics.summary', { better: s.better, worse: s.worse });
  };

  return (
    <div className={canEdit ? 'pj-tab' : 'pj-tab pj-readonly'}>
      <Section
        title={t('project.metrics.title')}
        helper={t('project.metrics.help')}
        tools={
          project.processes.length > 1 && process ? (
            <Select
              aria-label={t('project.models.process')}
              value={process.id}
              onChange={(id: string) => go({ tab: 'justification', process: id })}
              options={project.processes.map((p) => ({ value: p.id, label: pickText(p.name, locale) }))}
              popupMatchSelectWidth={false}
              className="pj-select pj-select--process"
            />
          ) : undefined
        }
      >
        {!process ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.models.noProcesses')} />
        ) : (
          <>
            {project.processes.length === 1 && (
              <p className="pj-process-name">{pickText(process.name, locale)}</p>
            )}
            <div className="pj-scroll">
              <table className="pj-table pj-metrics">
                <thead>
                  <tr>
                    <th scope="col">{t('project.metrics.metric')}</th>
                    {MODEL_KINDS.map((k) => (
                      <th scope="col" key={k} className="pj-num">
                        {t(`project.kind.${k}`)}
                        {k !== 'as_is' && has(k) && has('as_is') && (
                          <span className="pj-metrics__sum">{summary(k as 'target' | 'optimal')}</span>
                        )}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.key}>
                      <th scope="row">
                        <span className="pj-metric-name">{t(`project.metric.${r.key}`)}</span>
                        <span className="pj-metric-help">{t(`project.metric.${r.key}.help`)}</span>
                      </th>
                      {MODEL_KINDS.map((k) => {
                        const c = r.cells[k];
                        const isSel = selected.kind === k && selected.metric === r.key;
                        return (
                          <td key={k} className={`pj-num${isSel ? ' is-selected' : ''}`}>
                            {c.value ? (
                              <button
                                type="button"
                                className="pj-metric-btn"
                                aria-pressed={isSel}
                                aria-label={t('project.metrics.show', {
                                  metric: t(`project.metric.${r.key}`),
                                  kind: t(`project.kind.${k}`),
                                  count: c.value.count,
                                })}
                                onClick={() =>
                                  setSelected(isSel ? { kind: k, metric: null } : { kind: k, metric: r.key })
                                }
                              >
                                {c.value.count}
                              </button>
                            ) : (
                              <span className="dtm-muted">—</span>
                            )}
                            {c.delta !== null && (
                              <span className={`pj-delta is-${c.tone}`}>
                                {formatDelta(c.delta)}
                                <span className="dtm-sr-only"> ({t(`project.metrics.tone.${c.tone}`)})</span>
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <HighlightViewer
              processId={process.id}
              processName={pickText(process.name, locale)}
              selected={selected}
              rows={rows}
            />
          </>
        )}
      </Section>

      {process && (
        <Section
          title={t('project.diff.title')}
          helper={t('project.diff.help')}
          tools={
            <div className="pj-model-pickers">
              <Select
                aria-label={t('project.diff.a')}
                value={pair.a}
                onChange={(a: ModelKind) => setPair({ ...pair, a })}
                options={MODEL_KINDS.map((k) => ({
                  value: k,
                  label: t(`project.kind.${k}`),
                  disabled: !has(k),
                }))}
                className="pj-select"
              />
              <span aria-hidden="true">→</span>
              <Select
                aria-label={t('project.diff.b')}
                value={pair.b}
                onChange={(b: ModelKind) => setPair({ ...pair, b })}
                options={MODEL_KINDS.map((k) => ({
                  value: k,
                  label: t(`project.kind.${k}`),
                  disabled: !has(k),
                }))}
                className="pj-select"
              />
            </div>
          }
        >
          <Diff processId={process.id} a={pair.a} b={pair.b} ready={has(pair.a) && has(pair.b)} />
        </Section>
      )}

      <Section
        id="pj-justification"
        title={t('project.justification.text')}
        helper={t('project.justification.help')}
      >
        <Input.TextArea
          aria-labelledby="pj-justification-h"
          value={plan.state.value.justification}
          readOnly={!canEdit}
          autoSize={{ minRows: 5, maxRows: 24 }}
          onChange={(e) => plan.edit({ ...plan.state.value, justification: e.target.value })}
        />
      </Section>
      <SaveBar
        canEdit={canEdit}
        dirty={plan.state.dirty}
        saving={plan.saving}
        onSave={save}
        error={plan.error && !plan.state.conflict ? plan.error : null}
      />
    </div>
  );
}

function HighlightViewer(props: {
  processId: string;
  processName: string;
  selected: Selected;
  rows: ReturnType<typeof metricRows>;
}) {
  const { t } = useTranslation('reeng');
  const { kind, metric } = props.selected;
  const variant = useVariant(props.processId, kind);
  const ids = metric ? (props.rows.find((r) => r.key === metric)?.cells[kind].value?.ids ?? []) : [];
  const title = `${t(`project.kind.${kind}`)}: ${props.processName}`;
  return (
    <div className="pj-highlight">
      <h3 className="pj-h3">
        {title}
        {metric && (
          <span className="pj-highlight__what">
            {' '}
            — {t('project.metrics.highlighted', { metric: t(`project.metric.${metric}`), count: ids.length })}
          </span>
        )}
      </h3>
      {variant.isError ? (
        <RequestError error={variant.error} />
      ) : variant.isPending ? (
        <Spin aria-label={t('project.loading')} />
      ) : variant.data ? (
        <BpmnViewer
          xml={variant.data.xml}
          markers={{ highlight: ids }}
          height={420}
          ariaLabel={title}
          focusId={ids.length === 1 ? ids[0] : null}
        />
      ) : (
        <p className="dtm-muted">{t('project.models.notSavedYet')}</p>
      )}
    </div>
  );
}

function Diff({ processId, a, b, ready }: { processId: string; a: ModelKind; b: ModelKind; ready: boolean }) {
  const { t } = useTranslation('reeng');
  const compare = useCompare(processId, a, b, ready);
  const left = useVariant(processId, a, ready);
  const right = useVariant(processId, b, ready);
  if (a === b) return <p className="dtm-muted">{t('project.diff.same')}</p>;
  if (!ready) return <p className="dtm-muted">{t('project.diff.notReady')}</p>;
  const error = compare.error ?? left.error ?? right.error;
  if (error) return <RequestError error={error} />;
  if (!compare.data || !left.data || !right.data) return <Spin aria-label={t('project.loading')} />;
  return (
    <BpmnDiffView
      left={{ xml: left.data.xml, title: t(`project.kind.${a}`) }}
      right={{ xml: right.data.xml, title: t(`project.kind.${b}`) }}
      diff={compare.data.diff}
      elementNames={compare.data.names}
      headingLevel={3}
      height={400}
    />
  );
}
