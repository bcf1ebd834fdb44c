import { useTranslation } from 'react-i18next';
import { emptyText } from '../../../domain/locale.ts';
import { type Attachments, R19_CRITERIA } from '../../../domain/map/map.schema.ts';
import { type Column, EditableTable, type RowContext } from './editable-table.tsx';
import { useEditor } from './editor-context.tsx';
import { SectionHeading } from './form-row.tsx';
import { IndicatorsTable } from './indicators-table.tsx';
import { LocalizedTextField } from './localized-text-field.tsx';
import { PriorityDirections } from './priority-directions.tsx';
import { ReferenceSelect } from './reference-select.tsx';

type A = Attachments;
type Pilot = A['pilotProjects'][number];
type DataItem = A['dataList'][number];
type Risk = A['risks'][number];
const base = ['attachments'] as const;

/** A localized text column of an attachments table. */
function textColumn<T extends { id: string }>(
  key: keyof T & string,
  title: string,
  required = false,
): Column<T> {
  return {
    key,
    title,
    className: 'ed-col-text',
    render: (row: RowContext<T>) => (
      <LocalizedTextField
        path={[...row.path, key]}
        label={`${row.label}: ${title}`}
        hideLabel
        required={required}
        layout="stacked"
        variant="textarea"
        minRows={1}
        value={row.item[key] as never}
        onChange={row.set && ((v) => row.set?.({ [key]: v } as Partial<T>))}
      />
    ),
  };
}

/** R.17, R.18–R.20: what is attached to the map. */
export function AttachmentsPage(props: { value: A; update?: (fn: (a: A) => A) => void }) {
  const { t } = useTranslation('editor');
  const { references } = useEditor();
  const { value: a, update } = props;
  const set =
    update &&
    (<K extends keyof A>(key: K) =>
      (v: A[K]) =>
        update((cur) => ({ ...cur, [key]: v })));
  const covered = new Set(a.performanceIndicators.map((p) => p.criterion));

  return (
    <article className="ed-page">
      <SectionHeading title={t('nav.attachments')} helper={t('attachments.help')} />

      <SectionHeading
        level={3}
        title={t('attachments.priorityDirections')}
        helper={t('attachments.priorityDirections.help')}
      />
      <PriorityDirections items={a.priorityDirections} onChange={set?.('priorityDirections')} />

      <SectionHeading
        level={3}
        title={t('attachments.performance')}
        helper={t('attachments.performance.help')}
      />
      <ul className="ed-criteria">
        {R19_CRITERIA.map((c) => (
          <li key={c} className={covered.has(c) ? 'is-covered' : ''}>
            <span className="ed-criteria-mark">{covered.has(c) ? '✓' : '○'}</span> {c}) {t(`criterion.${c}`)}
            <span className="ed-sr-only">
              {covered.has(c) ? t('criterion.covered') : t('criterion.notCovered')}
            </span>
          </li>
        ))}
      </ul>
      <IndicatorsTable
        path={[...base, 'performanceIndicators']}
        caption={t('attachments.performance')}
        items={a.performanceIndicators}
        onChange={set?.('performanceIndicators')}
        withCriterion
      />

      <SectionHeading level={3} title={t('attachments.pilots')} helper={t('attachments.pilots.help')} />
      <EditableTable<Pilot>
        path={[...base, 'pilotProjects']}
        caption={t('attachments.pilots')}
        items={a.pilotProjects}
        onChange={set?.('pilotProjects')}
        itemLabel={(n) => t('pilot.n', { n })}
        addLabel={t('pilot.add')}
        create={(id) => ({ id, name: emptyText(), description: emptyText(), period: emptyText() })}
        columns={[
          textColumn<Pilot>('name', t('pilot.name'), true),
          textColumn<Pilot>('description', t('pilot.description')),
          textColumn<Pilot>('period', t('pilot.period')),
        ]}
      />

      <SectionHeading level={3} title={t('attachments.data')} helper={t('attachments.data.help')} />
      <EditableTable<DataItem>
        path={[...base, 'dataList']}
        caption={t('attachments.data')}
        items={a.dataList}
        onChange={set?.('dataList')}
        itemLabel={(n) => t('data.n', { n })}
        addLabel={t('data.add')}
        create={(id) => ({ id, name: emptyText(), description: emptyText(), informationSystemIds: [] })}
        columns={[
          textColumn<DataItem>('name', t('data.name'), true),
          textColumn<DataItem>('description', t('data.description')),
          {
            key: 'is',
            title: t('data.systems'),
            className: 'ed-col-text',
            render: (row) => (
              <ReferenceSelect
                path={[...row.path, 'informationSystemIds']}
                label={`${row.label}: ${t('data.systems')}`}
                items={references.informationSystems}
                value={row.item.informationSystemIds}
                onChange={row.set && ((ids) => row.set?.({ informationSystemIds: ids }))}
              />
            ),
          },
        ]}
      />

      <SectionHeading
        level={3}
        title={t('attachments.justification')}
        helper={t('attachments.justification.help')}
      />
      <LocalizedTextField
        path={[...base, 'achievabilityJustification']}
        label={t('attachments.justification')}
        hideLabel
        required
        variant="textarea"
        minRows={4}
        value={a.achievabilityJustification}
        onChange={set?.('achievabilityJustification')}
      />

      <SectionHeading level={3} title={t('attachments.risks')} helper={t('attachments.risks.help')} />
      <EditableTable<Risk>
        path={[...base, 'risks']}
        caption={t('attachments.risks')}
        items={a.risks}
        onChange={set?.('risks')}
        itemLabel={(n) => t('risk.n', { n })}
        addLabel={t('risk.add')}
        focusKey="risk"
        create={(id) => ({ id, risk: emptyText(), management: emptyText() })}
        columns={[
          textColumn<Risk>('risk', t('risk.risk'), true),
          textColumn<Risk>('management', t('risk.management'), true),
        ]}
      />
    </article>
  );
}
