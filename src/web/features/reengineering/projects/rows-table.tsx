import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One column of an editable table: its header and how a row's cell is drawn. */
export interface RowsColumn<T> {
  key: string;
  header: ReactNode;
  /** The class of the header cell (widths). */
  className?: string;
  /** The class of the body cells, where they need one (alignment). */
  cellClassName?: string;
  cell: (row: T, n: number) => ReactNode;
}

/**
 * The editable tables of a project (team, stakeholders, interviews, action plan): a numbered row
 * per item, a remove button per row while editing, a line saying the list is empty, and an add
 * button under the table.
 */
export function RowsTable<T extends { id: string }>(props: {
  rows: readonly T[];
  columns: readonly RowsColumn<T>[];
  canEdit: boolean;
  empty: string;
  caption?: string;
  className?: string;
  rowClassName?: (row: T) => string | undefined;
  removeLabel?: (row: T, n: number) => string;
  onRemove: (id: string) => void;
  addLabel: string;
  onAdd: () => void;
}) {
  const { t } = useTranslation('reeng');
  const { rows, columns, canEdit } = props;
  return (
    <>
      <div className="pj-scroll">
        <table className={`pj-table pj-edit-table ${props.className ?? ''}`.trim()}>
          {props.caption && <caption className="dtm-sr-only">{props.caption}</caption>}
          <thead>
            <tr>
              <th scope="col" className="pj-col-n">
                №
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={c.className}>
                  {c.header}
                </th>
              ))}
              {canEdit && (
                <th scope="col" className="pj-col-tools">
                  <span className="dtm-sr-only">{t('project.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + (canEdit ? 2 : 1)} className="pj-empty-row">
                  {props.empty}
                </td>
              </tr>
            )}
            {rows.map((row, i) => (
              <tr key={row.id} className={props.rowClassName?.(row)}>
                <td className="pj-col-n">{i + 1}</td>
                {columns.map((c) => (
                  <td key={c.key} className={c.cellClassName}>
                    {c.cell(row, i + 1)}
                  </td>
                ))}
                {canEdit && (
                  <td className="pj-col-tools">
                    <Button
                      size="small"
                      danger
                      aria-label={props.removeLabel?.(row, i + 1) ?? t('project.removeRowN', { n: i + 1 })}
                      onClick={() => props.onRemove(row.id)}
                    >
                      {t('project.remove')}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit && (
        <Button className="pj-add" onClick={props.onAdd}>
          + {props.addLabel}
        </Button>
      )}
    </>
  );
}
