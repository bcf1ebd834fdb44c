import { Checkbox, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyText } from '../../../domain/locale.ts';
import type { Problem, Subject, Technology } from '../../../domain/map/map.schema.ts';
import { EditableTable, type RowContext } from './editable-table.tsx';
import { SectionHeading } from './form-row.tsx';
import { LocalizedTextField } from './localized-text-field.tsx';
import { NamedListField } from './named-list-field.tsx';
import { NumberField } from './number-field.tsx';
import { type SectorPageProps, sectorSetter } from './sector-page-props.ts';

const PROBLEM_SOURCES = ['complaints', 'audit', 'analytics', 'other'] as const;

/** A localized text cell of a table row. */
function TextCell<T>(props: {
  row: RowContext<T>;
  field: keyof T & string;
  title: string;
  required?: boolean;
  textarea?: boolean;
}) {
  const { row, field } = props;
  return (
    <LocalizedTextField
      path={[...row.path, field]}
      label={`${row.label}: ${props.title}`}
      hideLabel
      required={props.required}
      layout="stacked"
      variant={props.textarea ? 'textarea' : 'input'}
      minRows={1}
      value={row.item[field] as never}
      onChange={row.set && ((v) => row.set?.({ [field]: v } as Partial<T>))}
    />
  );
}

/** F "Реттеудің субъектілері/объектілері": name, count, contribution to GDP, life cycle. */
export function SubjectsPage({ sector, index, update }: SectorPageProps) {
  const { t } = useTranslation('editor');
  const set = sectorSetter(update);
  return (
    <article className="ed-page">
      <SectionHeading title={t('sub.subjects')} helper={t('subjects.help')} />
      <EditableTable<Subject>
        path={['sectors', index, 'subjects']}
        caption={t('sub.subjects')}
        items={sector.subjects}
        onChange={set?.('subjects')}
        itemLabel={(n) => t('subject.n', { n })}
        addLabel={t('subject.add')}
        create={(id) => ({ id, name: emptyText(), count: null, gdpContribution: emptyText(), lifeCycle: [] })}
        columns={[
          {
            key: 'name',
            title: <HeadWithHelp title={t('subject.name')} help={t('subject.name.help')} />,
            className: 'ed-col-text',
            width: 230,
            render: (row) => <TextCell row={row} field="name" title={t('subject.name')} required textarea />,
          },
          {
            key: 'count',
            title: t('subject.count'),
            className: 'ed-col-count',
            width: 140,
            render: (row) => (
              <NumberField
                path={[...row.path, 'count']}
                label={`${row.label}: ${t('subject.count')}`}
                value={row.item.count}
                min={0}
                onChange={row.set && ((count) => row.set?.({ count }))}
              />
            ),
          },
          {
            key: 'gdp',
            title: <HeadWithHelp title={t('subject.gdp')} help={t('subject.gdp.help')} />,
            className: 'ed-col-text2',
            width: 230,
            render: (row) => (
              <TextCell row={row} field="gdpContribution" title={t('subject.gdp')} required textarea />
            ),
          },
          {
            key: 'lifeCycle',
            title: <HeadWithHelp title={t('subject.lifeCycle')} help={t('subject.lifeCycle.help')} />,
            className: 'ed-col-wide',
            render: (row) => (
              <NamedListField
                path={[...row.path, 'lifeCycle']}
                items={row.item.lifeCycle}
                onChange={row.set && ((lifeCycle) => row.set?.({ lifeCycle }))}
                itemLabel={(n) => `${row.label}: ${t('stage.n', { n })}`}
                addLabel={t('stage.add')}
                layout="stacked"
              />
            ),
          },
        ]}
      />
    </article>
  );
}

function HeadWithHelp({ title, help }: { title: string; help: string }) {
  return (
    <>
      <div>{title}</div>
      <div className="ed-th-help">{help}</div>
    </>
  );
}

/** F "Саладағы проблемалар": from citizens' complaints and other sources (R.17.5). */
export function ProblemsPage({ sector, index, update }: SectorPageProps) {
  const { t } = useTranslation('editor');
  const set = sectorSetter(update);
  return (
    <article className="ed-page">
      <SectionHeading title={t('sub.problems')} helper={t('problems.help')} />
      <EditableTable<Problem>
        path={['sectors', index, 'problems']}
        caption={t('sub.problems')}
        items={sector.problems}
        onChange={set?.('problems')}
        itemLabel={(n) => t('problem.n', { n })}
        addLabel={t('problem.add')}
        focusKey="text"
        create={(id) => ({ id, text: emptyText(), source: 'complaints' })}
        columns={[
          {
            key: 'text',
            title: t('problem.text'),
            className: 'ed-col-wide',
            render: (row) => <TextCell row={row} field="text" title={t('problem.text')} required textarea />,
          },
          {
            key: 'source',
            title: t('problem.source'),
            className: 'ed-col-kind',
            width: 210,
            render: (row) =>
              row.set ? (
                <Select
                  className="ed-fill"
                  aria-label={`${row.label}: ${t('problem.source')}`}
                  value={row.item.source}
                  options={PROBLEM_SOURCES.map((s) => ({ value: s, label: t(`problem.source.${s}`) }))}
                  onChange={(source) => row.set?.({ source })}
                />
              ) : (
                t(`problem.source.${row.item.source}`)
              ),
          },
        ]}
      />
    </article>
  );
}

/** F "Перспективалық технологиялар", AI flagged (R.17.6). */
export function TechnologiesPage({ sector, index, update }: SectorPageProps) {
  const { t } = useTranslation('editor');
  const set = sectorSetter(update);
  return (
    <article className="ed-page">
      <SectionHeading title={t('sub.technologies')} helper={t('technologies.help')} />
      <EditableTable<Technology>
        path={['sectors', index, 'technologies']}
        caption={t('sub.technologies')}
        items={sector.technologies}
        onChange={set?.('technologies')}
        itemLabel={(n) => t('technology.n', { n })}
        addLabel={t('technology.add')}
        create={(id) => ({ id, name: emptyText(), description: emptyText(), isAi: false })}
        columns={[
          {
            key: 'name',
            title: t('technology.name'),
            className: 'ed-col-text',
            render: (row) => (
              <TextCell row={row} field="name" title={t('technology.name')} required textarea />
            ),
          },
          {
            key: 'description',
            title: t('technology.description'),
            className: 'ed-col-wide',
            render: (row) => (
              <TextCell row={row} field="description" title={t('technology.description')} textarea />
            ),
          },
          {
            key: 'isAi',
            title: t('technology.isAi'),
            className: 'ed-col-check',
            width: 130,
            render: (row) => (
              <div data-path={[...row.path, 'isAi'].join('.')}>
                {row.set ? (
                  <Checkbox
                    checked={row.item.isAi}
                    aria-label={`${row.label}: ${t('technology.isAi')}`}
                    onChange={(e) => row.set?.({ isAi: e.target.checked })}
                  />
                ) : (
                  t(row.item.isAi ? 'common.yes' : 'common.no')
                )}
              </div>
            ),
          },
        ]}
      />
    </article>
  );
}
