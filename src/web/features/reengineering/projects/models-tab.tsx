import { Alert, App, Button, Empty, Segmented, Select, Spin } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyDiagramXml } from '../../../../domain/bpmn/bpmn.templates.ts';
import { pickText } from '../../../../domain/locale.ts';
import { formatDateTime } from '../../../components/ui/format.ts';
import { ApiError } from '../../../lib/api.ts';
import { BpmnModeler } from '../bpmn/index.ts';
import { useSaveVariant, useVariant } from './api.ts';
import { canEditModel, MODEL_KINDS, type ModelKind } from './project.logic.ts';
import { RequestError, Section } from './project-bits.tsx';
import { useProjectCtx } from './project-context.tsx';

/** The kind a project's Models tab opens on: the as-is model until the target stage, then the target. */
export function defaultKind(stage: string): ModelKind {
  return stage === 'team' || stage === 'as_is' ? 'as_is' : 'target';
}

/**
 * The BPMN models of the project's processes (R.32.6, R.36.1): one process at a time, as-is /
 * target / optimal. Editable only when the stage allows that kind (as-is while describing, the
 * others in the target stage); otherwise a viewer. Repeated data requests (R.40) listed under it.
 */
export function ModelsTab() {
  const { t } = useTranslation('reeng');
  const { modal } = App.useApp();
  const { project, search, go, locale } = useProjectCtx();
  const processes = project.processes;
  const process = processes.find((p) => p.id === search.process) ?? processes[0] ?? null;
  const kind = search.kind ?? defaultKind(project.stage);
  const dirty = useRef(false);

  if (!process)
    return (
      <div className="pj-tab">
        <Section title={t('project.tab.models')}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.models.noProcesses')} />
        </Section>
      </div>
    );

  /** Switching away from unsaved changes asks first. */
  const switchTo = (next: { process?: string; kind?: ModelKind }) => {
    const apply = () => {
      dirty.current = false;
      go({ tab: 'models', process: next.process ?? process.id, kind: next.kind ?? kind });
    };
    if (!dirty.current) return apply();
    modal.confirm({
      title: t('project.models.leaveTitle'),
      content: t('project.models.leaveText'),
      okText: t('project.models.leaveOk'),
      cancelText: t('project.cancel'),
      okButtonProps: { danger: true },
      onOk: apply,
    });
  };

  const kindLabel = (k: ModelKind) => {
    const v = process.variants.find((x) => x.kind === k);
    return (
      <span className="pj-kind">
        {t(`project.kind.${k}`)}
        <span className="pj-kind__rev">
          {v ? ` · ${t('project.models.rev', { n: v.revision })}` : ` · ${t('project.models.noneShort')}`}
        </span>
      </span>
    );
  };

  return (
    <div className="pj-tab">
      <Section
        title={t('project.models.title')}
        helper={t('project.models.help')}
        tools={
          <div className="pj-model-pickers">
            {processes.length > 1 && (
              <Select
                aria-label={t('project.models.process')}
                value={process.id}
                onChange={(id: string) => switchTo({ process: id })}
                options={processes.map((p) => ({ value: p.id, label: pickText(p.name, locale) }))}
                popupMatchSelectWidth={false}
                className="pj-select pj-select--process"
              />
            )}
            <Segmented<ModelKind>
              aria-label={t('project.models.kind')}
              value={kind}
              onChange={(k) => switchTo({ kind: k })}
              options={MODEL_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
            />
          </div>
        }
      >
        {processes.length === 1 && <p className="pj-process-name">{pickText(process.name, locale)}</p>}
        <ModelEditor
          key={`${process.id}:${kind}`}
          processId={process.id}
          processName={pickText(process.name, locale)}
          kind={kind}
          canEdit={canEditModel(kind, project.allowedActions)}
          onDirtyChange={(d) => {
            dirty.current = d;
          }}
        />
      </Section>
    </div>
  );
}

function ModelEditor(props: {
  processId: string;
  processName: string;
  kind: ModelKind;
  canEdit: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation('reeng');
  const { message } = App.useApp();
  const { locale } = useProjectCtx();
  const variant = useVariant(props.processId, props.kind);
  const save = useSaveVariant(props.processId, props.kind);
  const [conflict, setConflict] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (variant.isError) return <RequestError error={variant.error} onRetry={() => void variant.refetch()} />;
  if (variant.isPending)
    return (
      <div className="dtm-center">
        <Spin aria-label={t('project.loading')} />
      </div>
    );
  const v = variant.data;
  const label = `${t(`project.kind.${props.kind}`)}: ${props.processName}`;
  if (!v && !props.canEdit)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.models.notSavedYet')} />;

  const put = async (xml: string) => {
    setConflict(null);
    setError(null);
    try {
      await save.mutateAsync({ baseRevision: v?.revision ?? 0, xml });
      message.success(t('project.models.saved'));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.body.code === 'variant.conflict')
        setConflict(e.message);
      else setError(e instanceof Error ? e.message : String(e));
      throw e;
    }
  };

  return (
    <div className="pj-model">
      {v && (
        <p className="pj-model__meta dtm-muted">
          {t('project.models.savedAt', { revision: v.revision, date: formatDateTime(v.updatedAt, locale) })}
          {!props.canEdit && ` · ${t('project.models.readOnly')}`}
        </p>
      )}
      {!v && <p className="pj-model__meta dtm-muted">{t('project.models.startEmpty')}</p>}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="pj-alert"
          title={conflict}
          description={t('project.models.conflictHelp')}
          action={
            <Button
              onClick={() => {
                setConflict(null);
                void variant.refetch();
              }}
            >
              {t('project.models.reload')}
            </Button>
          }
        />
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="pj-alert"
          title={t('project.models.notSaved')}
          description={error}
          closable={{ onClose: () => setError(null), 'aria-label': t('project.close') }}
        />
      )}
      <BpmnModeler
        xml={v?.xml ?? emptyDiagramXml(props.processName || 'Process')}
        readOnly={!props.canEdit}
        saving={save.isPending}
        onSave={put}
        onImport={(xml) => void put(xml).catch(() => undefined)}
        onDirtyChange={props.onDirtyChange}
        fileName={`${props.processName}-${props.kind}`}
        ariaLabel={label}
      />
      <RepeatedData variant={v ?? null} />
    </div>
  );
}

/** R.40: the steps of this model that ask for data an information system already holds. */
function RepeatedData({ variant }: { variant: ReturnType<typeof useVariant>['data'] }) {
  const { t } = useTranslation('reeng');
  const { locale } = useProjectCtx();
  if (!variant) return null;
  const found = variant.repeatedData;
  return (
    <section className="pj-repeated" aria-labelledby="pj-repeated-h">
      <h3 id="pj-repeated-h" className="pj-h3">
        {t('project.models.repeated')}
      </h3>
      {found.length === 0 ? (
        <p className="pj-ok">{t('project.models.repeatedNone')}</p>
      ) : (
        <Alert
          type="warning"
          showIcon
          className="pj-alert"
          title={t('project.models.repeatedFound', { count: found.length })}
          description={
            <ul className="pj-list">
              {found.map((r) => (
                <li key={`${r.elementId}-${r.dataObject.id}`}>
                  <strong>{r.elementName || r.elementId}</strong> → {pickText(r.dataObject.name, locale)}
                  {r.dataObject.code ? ` (${r.dataObject.code})` : ''} →{' '}
                  {t('project.models.heldBy', { system: pickText(r.informationSystem.name, locale) })}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </section>
  );
}
