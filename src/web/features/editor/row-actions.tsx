import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

/** Move up / move down / remove buttons of a row of a table or list (hidden when read-only). */
export function RowActions(props: {
  index: number;
  count: number;
  /** Names the row for screen readers, e.g. "Индикатор 2". */
  itemLabel: string;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('editor');
  const { index, count, itemLabel } = props;
  return (
    <div className="ed-row-actions">
      <Button
        size="small"
        type="text"
        aria-label={t('list.moveUp', { item: itemLabel })}
        title={t('list.moveUp', { item: itemLabel })}
        disabled={index === 0}
        onClick={() => props.onMove(-1)}
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        size="small"
        type="text"
        aria-label={t('list.moveDown', { item: itemLabel })}
        title={t('list.moveDown', { item: itemLabel })}
        disabled={index === count - 1}
        onClick={() => props.onMove(1)}
      >
        <span aria-hidden="true">↓</span>
      </Button>
      <Popconfirm
        title={t('list.removeConfirm', { item: itemLabel })}
        okText={t('common.remove')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={props.onRemove}
      >
        <Button
          size="small"
          type="text"
          danger
          aria-label={t('list.remove', { item: itemLabel })}
          title={t('list.remove', { item: itemLabel })}
        >
          <span aria-hidden="true">✕</span>
        </Button>
      </Popconfirm>
    </div>
  );
}

/** The "+ Add …" button under a table or list. */
export function AddButton(props: { label: string; onClick: () => void }) {
  return (
    <Button className="ed-add" type="dashed" size="small" onClick={props.onClick}>
      + {props.label}
    </Button>
  );
}
