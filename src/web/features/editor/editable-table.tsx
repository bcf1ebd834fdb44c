import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusPathSoon } from './dom-focus.ts';
import { FieldMessages } from './field-messages.tsx';
import { type JsonPath, pathKey } from './field-paths.ts';
import { moveItem, newId, removeAt, replaceAt } from './list.logic.ts';
import { AddButton, RowActions } from './row-actions.tsx';

export interface RowContext<T> {
  item: T;
  index: number;
  path: JsonPath;
  /** Accessible name of the row, e.g. "Индикатор 2", to prefix the names of its inputs. */
  label: string;
  /** Absent when read-only. */
  set?: (patch: Partial<T>) => void;
}

export interface Column<T> {
  key: string;
  title: ReactNode;
  className?: string;
  /** Fixed width in px; columns without one share the rest. */
  width?: number;
  render: (row: RowContext<T>) => ReactNode;
}

/**
 * A table of the Form edited in place: one row per item, add / move / remove, findings of the
 * list under it and of each cell inside it. Columns render their own cells; `head` replaces the
 * one-line header when the Form groups columns (indicators: target values by year).
 */
export function EditableTable<T extends { id: string }>(props: {
  path: JsonPath;
  items: T[];
  onChange?: (items: T[]) => void;
  columns: Column<T>[];
  itemLabel: (n: number) => string;
  addLabel: string;
  create: (id: string) => T;
  /** The field of a new row to focus. */
  focusKey?: string;
  head?: ReactNode;
  /** Rows of one item when the Form needs more than one line per item (indicators). */
  renderRows?: (row: RowContext<T>, actions: ReactNode) => ReactNode;
  caption?: string;
  /** Fixed column widths in px (undefined: takes the rest), for a table whose layout must not follow its content. */
  colWidths?: (number | undefined)[];
}) {
  const { t } = useTranslation('editor');
  const { path, items, onChange, columns } = props;
  // Fixed layout: a long text or a select full of tags must not stretch the table past the page.
  const colWidths = props.colWidths ?? [36, ...columns.map((c) => c.width), ...(onChange ? [92] : [])];
  return (
    <div className="ed-tablewrap" data-path={pathKey(path)}>
      {items.length > 0 && (
        <div
          className="ed-scroll"
          // Read-only, the table holds nothing focusable: the wrapper takes focus so a keyboard
          // can scroll a table wider than the page (WCAG 2.1.1).
          {...(onChange ? {} : { tabIndex: 0, role: 'region', 'aria-label': props.caption })}
        >
          <table className="ed-table ed-table-fixed">
            {props.caption && <caption className="ed-sr-only">{props.caption}</caption>}
            <colgroup>
              {colWidths.map((w, i) => (
                <col key={i} style={w ? { width: w } : undefined} />
              ))}
            </colgroup>
            <thead>
              {props.head ?? (
                <tr>
                  <th scope="col" className="ed-col-n">
                    №
                  </th>
                  {columns.map((c) => (
                    <th scope="col" key={c.key} className={c.className}>
                      {c.title}
                    </th>
                  ))}
                  {onChange && (
                    <th scope="col" className="ed-col-actions">
                      <span className="ed-sr-only">{t('common.actions')}</span>
                    </th>
                  )}
                </tr>
              )}
            </thead>
            <tbody>
              {items.map((item, i) => {
                const row: RowContext<T> = {
                  item,
                  index: i,
                  path: [...path, i],
                  label: props.itemLabel(i + 1),
                  set: onChange && ((patch) => onChange(replaceAt(items, i, { ...item, ...patch }))),
                };
                const actions = onChange && (
                  <RowActions
                    index={i}
                    count={items.length}
                    itemLabel={row.label}
                    onMove={(d) => onChange(moveItem(items, i, d))}
                    onRemove={() => onChange(removeAt(items, i))}
                  />
                );
                if (props.renderRows)
                  return <Fragment key={item.id}>{props.renderRows(row, actions)}</Fragment>;
                return (
                  <tr key={item.id} data-path={pathKey(row.path)}>
                    <td className="ed-col-n">{i + 1}</td>
                    {columns.map((c) => (
                      <td key={c.key} className={c.className}>
                        {c.render(row)}
                      </td>
                    ))}
                    {actions && <td className="ed-col-actions">{actions}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {onChange && (
        <AddButton
          label={props.addLabel}
          onClick={() => {
            onChange([...items, props.create(newId())]);
            focusPathSoon(pathKey([...path, items.length, props.focusKey ?? 'name']));
          }}
        />
      )}
      <FieldMessages path={path} />
    </div>
  );
}
