import type { LocalizedText } from '../../../domain/locale.ts';
import { emptyText } from '../../../domain/locale.ts';
import { focusPathSoon } from './dom-focus.ts';
import { FieldMessages } from './field-messages.tsx';
import { type JsonPath, pathKey } from './field-paths.ts';
import { moveItem, newId, removeAt, replaceAt } from './list.logic.ts';
import { LocalizedTextField } from './localized-text-field.tsx';
import { AddButton, RowActions } from './row-actions.tsx';

/**
 * An ordered list of named items (business processes, departments, functions, life-cycle stages…),
 * each a localized name with move/remove, and "+ Add" under it. The list's own findings (e.g. an
 * empty list) show under it.
 */
export function NamedListField<T extends { id: string; name: LocalizedText }>(props: {
  path: JsonPath;
  items: T[];
  onChange?: (items: T[]) => void;
  /** The accessible name of item i (1-based), e.g. "Бизнес-процесс 2". */
  itemLabel: (n: number) => string;
  addLabel: string;
  /** A new item; defaults to an id and an empty name. */
  create?: (id: string) => T;
  emptyText?: string;
  /** stacked (kk over ru) in narrow places such as table cells. */
  layout?: 'side' | 'stacked';
}) {
  const { path, items, onChange } = props;
  const create = props.create ?? ((id: string) => ({ id, name: emptyText() }) as T);
  return (
    <div className="ed-namedlist" data-path={pathKey(path)}>
      {items.length === 0 && props.emptyText && <div className="ed-empty-list">{props.emptyText}</div>}
      <ol className="ed-namedlist-items">
        {items.map((item, i) => (
          <li key={item.id} className="ed-namedlist-item">
            <span className="ed-namedlist-n" aria-hidden="true">
              {i + 1}.
            </span>
            <div className="ed-namedlist-field">
              <LocalizedTextField
                path={[...path, i, 'name']}
                label={props.itemLabel(i + 1)}
                hideLabel
                required
                variant="textarea"
                minRows={1}
                layout={props.layout}
                value={item.name}
                onChange={onChange && ((name) => onChange(replaceAt(items, i, { ...item, name })))}
              />
            </div>
            {onChange && (
              <RowActions
                index={i}
                count={items.length}
                itemLabel={props.itemLabel(i + 1)}
                onMove={(d) => onChange(moveItem(items, i, d))}
                onRemove={() => onChange(removeAt(items, i))}
              />
            )}
          </li>
        ))}
      </ol>
      {onChange && (
        <AddButton
          label={props.addLabel}
          onClick={() => {
            onChange([...items, create(newId())]);
            focusPathSoon(pathKey([...path, items.length, 'name']));
          }}
        />
      )}
      <FieldMessages path={path} />
    </div>
  );
}
