import { useTranslation } from 'react-i18next';
import { emptyText } from '../../../domain/locale.ts';
import type { Attachments } from '../../../domain/map/map.schema.ts';
import { focusPathSoon } from './dom-focus.ts';
import { FieldMessages } from './field-messages.tsx';
import { pathKey } from './field-paths.ts';
import { IndicatorsTable } from './indicators-table.tsx';
import { moveItem, newId, removeAt, replaceAt } from './list.logic.ts';
import { LocalizedTextField } from './localized-text-field.tsx';
import { AddButton, RowActions } from './row-actions.tsx';

type Direction = Attachments['priorityDirections'][number];
const base = ['attachments', 'priorityDirections'] as const;

/** R.18: priority directions of the digital transformation, each with its target indicators. */
export function PriorityDirections(props: { items: Direction[]; onChange?: (items: Direction[]) => void }) {
  const { t } = useTranslation('editor');
  const { items, onChange } = props;
  const label = (i: number) => t('direction.n', { n: i + 1 });
  return (
    <div data-path={pathKey(base)}>
      {items.map((d, i) => {
        const path = [...base, i];
        const patch = onChange && ((p: Partial<Direction>) => onChange(replaceAt(items, i, { ...d, ...p })));
        return (
          <section key={d.id} className="ed-card" aria-label={label(i)} data-path={pathKey(path)}>
            <div className="ed-card-head">
              <h4 className="ed-h4">{label(i)}</h4>
              {onChange && (
                <RowActions
                  index={i}
                  count={items.length}
                  itemLabel={label(i)}
                  onMove={(delta) => onChange(moveItem(items, i, delta))}
                  onRemove={() => onChange(removeAt(items, i))}
                />
              )}
            </div>
            <LocalizedTextField
              path={[...path, 'name']}
              label={`${label(i)}: ${t('direction.name')}`}
              required
              value={d.name}
              onChange={patch && ((name) => patch({ name }))}
            />
            <div className="ed-sublabel">{t('direction.indicators')}</div>
            <IndicatorsTable
              path={[...path, 'indicators']}
              caption={`${label(i)}: ${t('direction.indicators')}`}
              items={d.indicators}
              onChange={patch && ((indicators) => patch({ indicators }))}
            />
          </section>
        );
      })}
      {onChange && (
        <AddButton
          label={t('direction.add')}
          onClick={() => {
            onChange([...items, { id: newId(), name: emptyText(), indicators: [] }]);
            focusPathSoon(pathKey([...base, items.length, 'name']));
          }}
        />
      )}
      <FieldMessages path={base} />
    </div>
  );
}
