import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyText, pickText } from '../../../domain/locale.ts';
import type { FastTrack } from '../../../domain/map/map.schema.ts';
import { focusPathSoon } from './dom-focus.ts';
import { useEditor, useFieldMessages } from './editor-context.tsx';
import { FieldMessages, statusOf } from './field-messages.tsx';
import { type JsonPath, pathKey } from './field-paths.ts';
import { FormRow, SectionHeading } from './form-row.tsx';
import { moveItem, newId, removeAt, replaceAt } from './list.logic.ts';
import { LocalizedTextField } from './localized-text-field.tsx';
import { AddButton, RowActions } from './row-actions.tsx';
import { type SectorPageProps, sectorSetter } from './sector-page-props.ts';

const TEXTS = [
  ['rationale', 'fastTrack.rationale'],
  ['expectedEffects', 'fastTrack.effects'],
  ['solutions', 'fastTrack.solutions'],
] as const;

/** F 1.4 "Басым жобалар (Fast Track жобалары)": at least one per sector, each the Form's table. */
export function FastTrackPage({ sector, index, update }: SectorPageProps) {
  const { t } = useTranslation('editor');
  const { locale } = useEditor();
  const set = sectorSetter(update)?.('fastTrack');
  const base: JsonPath = ['sectors', index, 'fastTrack'];
  const items = sector.fastTrack;
  const label = (i: number) => t('fastTrack.n', { n: i + 1 });
  const caseOptions = sector.cases.map((c, i) => ({
    value: c.id,
    label: pickText(c.name, locale) || t('case.n', { n: i + 1 }),
  }));

  return (
    <article className="ed-page">
      <SectionHeading title={t('sub.fastTrack', { n: index + 1 })} helper={t('fastTrack.help')} />
      <div data-path={pathKey(base)}>
        {items.map((ft, i) => {
          const path = [...base, i];
          const patch = set && ((p: Partial<FastTrack>) => set(replaceAt(items, i, { ...ft, ...p })));
          return (
            <section key={ft.id} className="ed-card" data-path={pathKey(path)} aria-label={label(i)}>
              <div className="ed-card-head">
                <h3 className="ed-h4">{label(i)}</h3>
                {set && (
                  <RowActions
                    index={i}
                    count={items.length}
                    itemLabel={label(i)}
                    onMove={(d) => set(moveItem(items, i, d))}
                    onRemove={() => set(removeAt(items, i))}
                  />
                )}
              </div>
              <div className="ed-formtable">
                <FormRow label={t('fastTrack.sector')}>
                  <div className="ed-readonly-text">
                    {pickText(sector.name, locale) || t('sector.unnamed')}
                  </div>
                </FormRow>
                <FormRow label={t('fastTrack.case')} helper={t('fastTrack.case.help')}>
                  <CaseSelect
                    path={[...path, 'caseId']}
                    label={`${label(i)}: ${t('fastTrack.case')}`}
                    value={ft.caseId}
                    options={caseOptions}
                    onChange={patch && ((caseId) => patch({ caseId }))}
                  />
                </FormRow>
                {TEXTS.map(([key, title]) => (
                  <FormRow key={key} label={t(title)} helper={t(`${title}.help`)}>
                    <LocalizedTextField
                      path={[...path, key]}
                      label={`${label(i)}: ${t(title)}`}
                      hideLabel
                      required
                      variant="textarea"
                      value={ft[key]}
                      onChange={patch && ((v) => patch({ [key]: v }))}
                    />
                  </FormRow>
                ))}
              </div>
            </section>
          );
        })}
        {set && (
          <AddButton
            label={t('fastTrack.add')}
            onClick={() => {
              set([
                ...items,
                {
                  id: newId(),
                  caseId: null,
                  rationale: emptyText(),
                  expectedEffects: emptyText(),
                  solutions: emptyText(),
                },
              ]);
              focusPathSoon(pathKey([...base, items.length, 'caseId']));
            }}
          />
        )}
        <FieldMessages path={base} />
      </div>
    </article>
  );
}

function CaseSelect(props: {
  path: JsonPath;
  label: string;
  value: string | null;
  options: { value: string; label: string }[];
  onChange?: (caseId: string | null) => void;
}) {
  const { t } = useTranslation('editor');
  const messages = useFieldMessages(props.path);
  return (
    <div data-path={pathKey(props.path)}>
      {props.onChange ? (
        <Select
          className="ed-fill"
          aria-label={props.label}
          value={props.value}
          allowClear
          placeholder={t('fastTrack.case.pick')}
          status={statusOf(messages) || undefined}
          options={props.options}
          notFoundContent={t('fastTrack.noCases')}
          onChange={(v) => props.onChange?.(v ?? null)}
        />
      ) : (
        <span className="ed-readonly-text">
          {props.options.find((o) => o.value === props.value)?.label ?? '—'}
        </span>
      )}
      <FieldMessages path={props.path} />
    </div>
  );
}
