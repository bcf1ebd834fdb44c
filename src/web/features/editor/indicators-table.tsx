import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyText } from '../../../domain/locale.ts';
import { periodYears } from '../../../domain/map/map.gantt.ts';
import { type Indicator, type PerformanceIndicator, R19_CRITERIA } from '../../../domain/map/map.schema.ts';
import { EditableTable, type RowContext } from './editable-table.tsx';
import { useFieldMessages } from './editor-context.tsx';
import { FieldMessages, statusOf } from './field-messages.tsx';
import { type JsonPath, pathKey } from './field-paths.ts';
import { LocalizedTextField } from './localized-text-field.tsx';
import { NumberField } from './number-field.tsx';

type AnyIndicator = Indicator | PerformanceIndicator;

export const newIndicator = (id: string): Indicator => ({
  id,
  name: emptyText(),
  unit: emptyText(),
  baselineValue: null,
  baselineYear: null,
  targets: {},
  source: emptyText(),
});

/**
 * Measurable indicators (F 1.1 "Әрбір индикатор өлшенетін критерийлермен сипатталуы тиіс"; R.18):
 * name, unit, baseline value and year, a target per year of the period, source document. DT
 * performance indicators also name their R.19 criterion.
 */
export function IndicatorsTable<T extends AnyIndicator>(props: {
  path: JsonPath;
  items: T[];
  onChange?: (items: T[]) => void;
  withCriterion?: boolean;
  caption: string;
}) {
  const { t } = useTranslation('editor');
  const years = periodYears();
  const text = (
    row: RowContext<T>,
    key: 'name' | 'unit' | 'source',
    title: string,
    layout: 'side' | 'stacked',
  ) => (
    <LocalizedTextField
      path={[...row.path, key]}
      label={`${row.label}: ${title}`}
      hideLabel
      required
      layout={layout}
      variant={key === 'unit' ? 'input' : 'textarea'}
      minRows={1}
      value={row.item[key]}
      onChange={row.set && ((v) => row.set?.({ [key]: v } as Partial<T>))}
    />
  );
  const num = (row: RowContext<T>, key: 'baselineValue' | 'baselineYear', title: string) => (
    <NumberField
      path={[...row.path, key]}
      label={`${row.label}: ${title}`}
      value={row.item[key]}
      integer={key === 'baselineYear'}
      min={key === 'baselineYear' ? 1990 : undefined}
      max={key === 'baselineYear' ? 2100 : undefined}
      onChange={row.set && ((v) => row.set?.({ [key]: v } as Partial<T>))}
    />
  );
  // Two lines per indicator: its name across the table, then its measurable attributes under the
  // Form's column headers — so a long official name never squeezes the numbers.
  const cols = 5 + years.length;
  const renderRows = (row: RowContext<T>, actions: React.ReactNode) => (
    <>
      <tr className="ed-ind-name" data-path={pathKey(row.path)}>
        <td className="ed-col-n" rowSpan={2}>
          {row.index + 1}
        </td>
        <td colSpan={cols - 1}>
          <div className="ed-sublabel ed-sublabel-first">{t('indicator.name')}</div>
          {text(row, 'name', t('indicator.name'), 'side')}
          {props.withCriterion && (
            <CriterionSelect row={row as unknown as RowContext<PerformanceIndicator>} />
          )}
        </td>
        {actions && (
          <td className="ed-col-actions" rowSpan={2}>
            {actions}
          </td>
        )}
      </tr>
      <tr className="ed-ind-values">
        <td className="ed-col-unit">{text(row, 'unit', t('indicator.unit'), 'stacked')}</td>
        <td className="ed-col-num">{num(row, 'baselineValue', t('indicator.baselineValue'))}</td>
        <td className="ed-col-year">{num(row, 'baselineYear', t('indicator.baselineYear'))}</td>
        {years.map((year) => (
          <td key={year} className="ed-col-num">
            <NumberField
              path={[...row.path, 'targets', String(year)]}
              label={`${row.label}: ${t('indicator.targetFor', { year })}`}
              value={row.item.targets[String(year)] ?? null}
              onChange={
                row.set &&
                ((v) => row.set?.({ targets: { ...row.item.targets, [String(year)]: v } } as Partial<T>))
              }
            />
          </td>
        ))}
        <td className="ed-col-text2">{text(row, 'source', t('indicator.source'), 'stacked')}</td>
      </tr>
    </>
  );
  const head = (
    <>
      <tr>
        <th scope="col" rowSpan={2} className="ed-col-n">
          №
        </th>
        <th scope="col" rowSpan={2}>
          {t('indicator.unit')}
        </th>
        <th scope="colgroup" colSpan={2}>
          {t('indicator.baseline')}
        </th>
        <th scope="colgroup" colSpan={years.length}>
          {t('indicator.targets')}
        </th>
        <th scope="col" rowSpan={2}>
          {t('indicator.source')}
        </th>
        {props.onChange && (
          <th scope="col" rowSpan={2} className="ed-col-actions">
            <span className="ed-sr-only">{t('common.actions')}</span>
          </th>
        )}
      </tr>
      <tr>
        <th scope="col">{t('indicator.value')}</th>
        <th scope="col">{t('indicator.year')}</th>
        {years.map((y) => (
          <th scope="col" key={y}>
            {y}
          </th>
        ))}
      </tr>
    </>
  );
  return (
    <EditableTable<T>
      path={props.path}
      items={props.items}
      onChange={props.onChange}
      columns={[]}
      head={head}
      renderRows={renderRows}
      colWidths={[36, 108, 80, 74, ...years.map(() => 70), undefined, ...(props.onChange ? [92] : [])]}
      caption={props.caption}
      itemLabel={(n) => t('indicator.n', { n })}
      addLabel={t('indicator.add')}
      create={(id) =>
        (props.withCriterion ? { ...newIndicator(id), criterion: null } : newIndicator(id)) as T
      }
    />
  );
}

/** R.19: which of the five criteria a DT performance indicator measures. */
function CriterionSelect({ row }: { row: RowContext<PerformanceIndicator> }) {
  const { t } = useTranslation('editor');
  const path = [...row.path, 'criterion'];
  const messages = useFieldMessages(path);
  const label = `${row.label}: ${t('performance.criterion')}`;
  return (
    <div className="ed-criterion" data-path={path.join('.')}>
      <div className="ed-sublabel">{t('performance.criterion')}</div>
      {row.set ? (
        <Select
          className="ed-fill"
          aria-label={label}
          value={row.item.criterion}
          placeholder={t('performance.criterionPick')}
          status={statusOf(messages) || undefined}
          popupMatchSelectWidth={false}
          options={R19_CRITERIA.map((c) => ({ value: c, label: `${c}) ${t(`criterion.${c}`)}` }))}
          onChange={(criterion) => row.set?.({ criterion })}
        />
      ) : (
        <div className="ed-readonly-text">
          {row.item.criterion ? `${row.item.criterion}) ${t(`criterion.${row.item.criterion}`)}` : '—'}
        </div>
      )}
      <FieldMessages path={path} />
    </div>
  );
}
