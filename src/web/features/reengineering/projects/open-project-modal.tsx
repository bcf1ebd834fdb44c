import { Alert, Form, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../domain/locale.ts';
import { hasReengineering } from '../../../../domain/reengineering/project.progress.ts';
import { useLocale } from '../../../components/ui/use-locale.ts';
import { useMaps } from '../../maps/api.ts';
import { useMapDocument, useMapVersions, useOpenProject, useProjects } from './api.ts';
import { caseOptions, versionInForce } from './open-project.logic.ts';

/**
 * Opens a project by hand (R.29–R.30) for a case of the body's map in force (approved or
 * published) that has reengineering (R) in its plan-schedule. Projects open by themselves when a
 * map is approved; this is for a case added or missed since.
 */
export function OpenProjectModal(props: { onClose: () => void; onOpened: (id: string) => void }) {
  const { t } = useTranslation('reeng');
  const locale = useLocale();
  const maps = useMaps();
  const all = useProjects();
  const open = useOpenProject();
  const [mapId, setMapId] = useState<string | null>(null);
  const [caseId, setCaseId] = useState<string | null>(null);
  const chosenMap = mapId ?? maps.data?.[0]?.id ?? null;
  const versions = useMapVersions(chosenMap);
  const inForce = versions.data ? versionInForce(versions.data.versions) : null;
  const doc = useMapDocument(chosenMap, inForce?.number ?? null);
  const cases = useMemo(
    () =>
      doc.data && chosenMap ? caseOptions(doc.data, chosenMap, all.data ?? [], locale, hasReengineering) : [],
    [doc.data, chosenMap, all.data, locale],
  );
  // Cases that already have a project are not offered (their project is in the list).
  const options = cases.filter((o) => !o.disabled).map((o) => ({ value: o.value, label: o.label }));

  const submit = async () => {
    if (!chosenMap || !caseId) return;
    try {
      const out = await open.mutateAsync({ mapId: chosenMap, caseId });
      props.onOpened(out.id);
    } catch {
      // shown below
    }
  };

  const noMap = maps.data && maps.data.length === 0;
  const noVersion = versions.data && !inForce;
  const noCases = doc.data && cases.length === 0;
  const allOpen = cases.length > 0 && options.length === 0;

  return (
    <Modal
      open
      title={t('project.open.title')}
      okText={t('project.open.ok')}
      cancelText={t('project.cancel')}
      onOk={() => void submit()}
      onCancel={props.onClose}
      okButtonProps={{ disabled: !caseId || !chosenMap }}
      confirmLoading={open.isPending}
      width={640}
    >
      <p>{t('project.open.intro')}</p>
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={t('project.open.map')} htmlFor="pj-open-map">
          <Select
            id="pj-open-map"
            value={chosenMap ?? undefined}
            loading={maps.isLoading}
            onChange={(v: string) => {
              setMapId(v);
              setCaseId(null);
            }}
            options={(maps.data ?? []).map((m) => ({
              value: m.id,
              label: `${pickText(m.title, locale) || t('project.open.untitled')} (${m.periodFrom}–${m.periodFrom + 4})`,
            }))}
          />
        </Form.Item>
        {inForce && <p className="dtm-muted pj-small">{t('project.open.version', { n: inForce.number })}</p>}
        <Form.Item label={t('project.open.case')} htmlFor="pj-open-case">
          <Select
            id="pj-open-case"
            value={caseId ?? undefined}
            loading={doc.isLoading || versions.isLoading}
            onChange={(v: string) => setCaseId(v)}
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
            disabled={!doc.data || options.length === 0}
          />
        </Form.Item>
      </Form>
      {noMap && <Alert type="info" showIcon className="pj-alert" title={t('project.open.noMap')} />}
      {noVersion && <Alert type="info" showIcon className="pj-alert" title={t('project.open.noVersion')} />}
      {noCases && <Alert type="info" showIcon className="pj-alert" title={t('project.open.noCases')} />}
      {allOpen && <Alert type="info" showIcon className="pj-alert" title={t('project.open.allOpen')} />}
      {(maps.error || versions.error || doc.error || open.error) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="pj-alert"
          title={(open.error ?? maps.error ?? versions.error ?? doc.error)?.message}
        />
      )}
    </Modal>
  );
}
