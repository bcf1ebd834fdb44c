import type { SelectProps } from 'antd';
import { Checkbox, Radio, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyText, pickText } from '../../../domain/locale.ts';
import {
  type Case,
  emptySchedule,
  REENGINEERING_STATUSES,
  type Sector,
} from '../../../domain/map/map.schema.ts';
import { useEditor, useFieldMessages } from './editor-context.tsx';
import { FieldMessages, statusOf } from './field-messages.tsx';
import { type JsonPath, pathKey } from './field-paths.ts';
import { FormRow } from './form-row.tsx';
import { LocalizedTextField } from './localized-text-field.tsx';
import { NamedListField } from './named-list-field.tsx';
import { ReferenceSelect } from './reference-select.tsx';

/** F 1.2: every field of one case, in the Form's order, as the Form's two-column table. */
export function CaseFields(props: { sector: Sector; c: Case; path: JsonPath; onChange?: (c: Case) => void }) {
  const { t } = useTranslation('editor');
  const { locale, references } = useEditor();
  const { c, path, onChange, sector } = props;
  const set =
    onChange &&
    (<K extends keyof Case>(key: K) =>
      (value: Case[K]) =>
        onChange({ ...c, [key]: value }));
  const named = (
    key: 'processes' | 'aiUse' | 'responsibleUnits' | 'functions',
    item: string,
    add: string,
  ) => (
    <NamedListField
      path={[...path, key]}
      items={c[key] as { id: string; name: typeof c.name }[]}
      onChange={set?.(key) as ((items: { id: string; name: typeof c.name }[]) => void) | undefined}
      itemLabel={(n) => t(item, { n })}
      addLabel={t(add)}
      create={
        key === 'processes' ? (id) => ({ id, name: emptyText(), schedule: emptySchedule() }) : undefined
      }
    />
  );
  const subjectOptions = sector.subjects.map((s, i) => ({
    value: s.id,
    label: pickText(s.name, locale) || t('subject.n', { n: i + 1 }),
  }));
  const stageOptions = sector.subjects
    .filter((s) => s.lifeCycle.length > 0)
    .map((s, i) => ({
      label: pickText(s.name, locale) || t('subject.n', { n: i + 1 }),
      options: s.lifeCycle.map((st, j) => ({
        value: st.id,
        label: pickText(st.name, locale) || t('stage.n', { n: j + 1 }),
      })),
    }));

  return (
    <div className="ed-formtable">
      <FormRow label={t('case.name')}>
        <LocalizedTextField
          path={[...path, 'name']}
          label={t('case.name')}
          hideLabel
          required
          variant="textarea"
          minRows={1}
          value={c.name}
          onChange={set?.('name')}
        />
      </FormRow>
      <FormRow label={t('case.processes')} helper={t('case.processes.help')}>
        {named('processes', 'process.n', 'process.add')}
      </FormRow>
      <FormRow label={t('case.aiUse')} helper={t('case.aiUse.help')}>
        {named('aiUse', 'aiUse.n', 'aiUse.add')}
      </FormRow>
      <FormRow label={t('case.responsibleUnits')} helper={t('case.responsibleUnits.help')}>
        {named('responsibleUnits', 'unit.n', 'unit.add')}
      </FormRow>
      <FormRow label={t('case.functions')} helper={t('case.functions.help')}>
        {named('functions', 'function.n', 'function.add')}
      </FormRow>
      <FormRow label={t('case.publicServices')} helper={t('case.publicServices.help')}>
        <ReferenceSelect
          path={[...path, 'publicServiceIds']}
          label={t('case.publicServices')}
          items={references.publicServices}
          value={c.publicServiceIds}
          onChange={set?.('publicServiceIds')}
        />
      </FormRow>
      <FormRow label={t('case.automated')} helper={t('case.automated.help')}>
        <ChoiceField
          path={[...path, 'automated']}
          label={t('case.automated')}
          value={c.automated === null ? null : c.automated ? 'yes' : 'no'}
          options={[
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]}
          onChange={set && ((v) => set('automated')(v === 'yes'))}
        />
        <div className="ed-sublabel">
          {t('case.informationSystems')}
          {c.automated && <span className="ed-required-mark"> *</span>}
        </div>
        <ReferenceSelect
          path={[...path, 'informationSystemIds']}
          label={t('case.informationSystems')}
          items={references.informationSystems}
          value={c.informationSystemIds}
          onChange={set?.('informationSystemIds')}
        />
      </FormRow>
      <FormRow label={t('case.subjects')} helper={t('case.subjects.help')}>
        <IdSelect
          path={[...path, 'subjectIds']}
          label={t('case.subjects')}
          value={c.subjectIds}
          options={subjectOptions}
          onChange={set?.('subjectIds')}
          empty={t('case.noSubjects')}
        />
      </FormRow>
      <FormRow label={t('case.lifeCycleStages')} helper={t('case.lifeCycleStages.help')}>
        <IdSelect
          path={[...path, 'lifeCycleStageIds']}
          label={t('case.lifeCycleStages')}
          value={c.lifeCycleStageIds}
          options={stageOptions}
          onChange={set?.('lifeCycleStageIds')}
          empty={t('case.noStages')}
        />
      </FormRow>
      <FormRow label={t('case.reengineeringStatus')} helper={t('case.reengineeringStatus.help')}>
        <ChoiceField
          path={[...path, 'reengineeringStatus']}
          label={t('case.reengineeringStatus')}
          value={c.reengineeringStatus}
          options={REENGINEERING_STATUSES.map((s) => ({ value: s, label: t(`reeng.${s}`) }))}
          onChange={set?.('reengineeringStatus')}
        />
        <div className="ed-check" data-path={pathKey([...path, 'reengineeredEarlier'])}>
          {set ? (
            <Checkbox
              checked={c.reengineeredEarlier}
              onChange={(e) => set('reengineeredEarlier')(e.target.checked)}
            >
              {t('case.reengineeredEarlier')}
            </Checkbox>
          ) : (
            c.reengineeredEarlier && <span className="ed-readonly-text">{t('case.reengineeredEarlier')}</span>
          )}
        </div>
      </FormRow>
      <FormRow label={t('case.scheduleByProcess')} helper={t('case.scheduleByProcess.help')}>
        <div className="ed-check" data-path={pathKey([...path, 'scheduleByProcess'])}>
          {set && (
            <Switch
              checked={c.scheduleByProcess}
              aria-label={t('case.scheduleByProcess')}
              onChange={(v) => set('scheduleByProcess')(v)}
            />
          )}{' '}
          <span aria-hidden={Boolean(set)}>
            {c.scheduleByProcess ? t('case.scheduleByProcess.on') : t('case.scheduleByProcess.off')}
          </span>
        </div>
      </FormRow>
    </div>
  );
}

/** A choice of one of a few values (radio buttons), or its label when read-only. */
function ChoiceField<V extends string>(props: {
  path: JsonPath;
  label: string;
  value: V | null;
  options: { value: V; label: string }[];
  onChange?: (v: V) => void;
}) {
  const { t } = useTranslation('editor');
  const messages = useFieldMessages(props.path);
  return (
    <div data-path={pathKey(props.path)}>
      {props.onChange ? (
        <Radio.Group
          aria-label={props.label}
          value={props.value}
          optionType="button"
          buttonStyle="solid"
          className={statusOf(messages) ? `ed-choice ed-choice-${statusOf(messages)}` : 'ed-choice'}
          options={props.options}
          onChange={(e) => props.onChange?.(e.target.value as V)}
        />
      ) : (
        <span className="ed-readonly-text">
          {props.options.find((o) => o.value === props.value)?.label ?? t('common.notStated')}
        </span>
      )}
      <FieldMessages path={props.path} />
    </div>
  );
}

type IdOption = { value: string; label: string };
type IdOptions = IdOption[] | { label: string; options: IdOption[] }[];

/** A multi-select of ids of this sector's own items (subjects, life-cycle stages). */
function IdSelect(props: {
  path: JsonPath;
  label: string;
  value: string[];
  options: IdOptions;
  onChange?: (ids: string[]) => void;
  empty: string;
}) {
  const messages = useFieldMessages(props.path);
  const flat = (
    props.options as { value?: string; label: string; options?: { value: string; label: string }[] }[]
  ).flatMap((o) => o.options ?? [o as { value: string; label: string }]);
  return (
    <div data-path={pathKey(props.path)}>
      {props.onChange ? (
        <Select
          mode="multiple"
          className="ed-fill"
          aria-label={props.label}
          value={props.value}
          options={props.options as SelectProps['options']}
          status={statusOf(messages) || undefined}
          notFoundContent={props.empty}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(ids: string[]) => props.onChange?.(ids)}
        />
      ) : (
        <span className="ed-readonly-text">
          {props.value.map((id) => flat.find((o) => o.value === id)?.label ?? id).join('; ') || '—'}
        </span>
      )}
      <FieldMessages path={props.path} />
      {props.value.map((_, k) => (
        <FieldMessages key={k} path={[...props.path, k]} />
      ))}
    </div>
  );
}
