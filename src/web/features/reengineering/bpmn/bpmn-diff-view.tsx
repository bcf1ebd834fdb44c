import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BpmnViewer } from './bpmn-viewer.tsx';
import {
  type BpmnDiff,
  type DiffKind,
  type DiffRow,
  diffCounts,
  diffRows,
  sideMarkers,
} from './diff-markers.ts';

export interface BpmnDiffSide {
  xml: string;
  /** E.g. "Как есть (ағымдағы)" — shown above the diagram and naming it for screen readers. */
  title: string;
}

export interface BpmnDiffViewProps {
  /** Variant A, e.g. as-is. */
  left: BpmnDiffSide;
  /** Variant B, e.g. target. */
  right: BpmnDiffSide;
  diff: BpmnDiff;
  /** Element names by id (of either diagram); the id is shown when a name is missing. */
  elementNames?: Record<string, string>;
  /** Height of each diagram in pixels (460 by default). */
  height?: number;
  /** The level of the headings of the two diagrams and of the list (3 by default: under the page's h2). */
  headingLevel?: 2 | 3 | 4 | 5;
}

const PAGE_SIZE = 25;

/**
 * Two BPMN variants side by side (stacked in a narrow container): A marks what was removed and
 * changed, B what was added and changed; a legend with the counts above, and the list of
 * differences below — choosing one highlights and centres the element in both diagrams.
 */
export function BpmnDiffView({
  left,
  right,
  diff,
  elementNames,
  height = 460,
  headingLevel = 3,
}: BpmnDiffViewProps) {
  const H = `h${headingLevel}` as 'h3';
  const { t } = useTranslation('bpmn');
  const ids = useId();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const rows = useMemo(() => diffRows(diff, elementNames), [diff, elementNames]);
  const selected = rows.find((r) => r.key === selectedKey) ?? null;
  const counts = diffCounts(diff);

  const kindLabel = (k: DiffKind) => {
    switch (k) {
      case 'added':
        return t('diff.added');
      case 'removed':
        return t('diff.removed');
      default:
        return t('diff.changed');
    }
  };
  const fieldLabel = (f: string) => {
    switch (f) {
      case 'name':
        return t('diff.field.name');
      case 'type':
        return t('diff.field.type');
      case 'role':
        return t('diff.field.role');
      case 'source':
        return t('diff.field.source');
      case 'target':
        return t('diff.field.target');
      default:
        return f;
    }
  };

  const toggle = (row: DiffRow) => setSelectedKey((k) => (k === row.key ? null : row.key));

  const columns: ColumnsType<DiffRow> = [
    {
      key: 'kind',
      title: t('diff.col.kind'),
      width: 150,
      render: (_, r) => (
        <span className="bpmn-diff-kind">
          <span className={`bpmn-swatch bpmn-swatch-${r.kind}`} aria-hidden="true" />
          {kindLabel(r.kind)}
        </span>
      ),
    },
    {
      key: 'element',
      title: t('diff.col.element'),
      render: (_, r) => {
        const id = r.rightId ?? r.leftId ?? '';
        return (
          <>
            <Button
              type="link"
              className="bpmn-diff-name"
              aria-pressed={r.key === selectedKey}
              title={t('diff.show')}
              onClick={(e) => {
                e.stopPropagation();
                toggle(r);
              }}
            >
              {r.name}
            </Button>
            {r.name !== id && <span className="bpmn-diff-id">{id}</span>}
          </>
        );
      },
    },
    {
      key: 'fields',
      title: t('diff.col.fields'),
      render: (_, r) =>
        r.fields.length ? r.fields.map(fieldLabel).join(', ') : <span aria-hidden="true">—</span>,
    },
  ];

  return (
    <div className="bpmn-diff">
      <ul className="bpmn-diff-legend" aria-label={t('diff.legend')}>
        <li>
          <span className="bpmn-swatch bpmn-swatch-added" aria-hidden="true" />
          {t('diff.added')} <strong>{counts.added}</strong>
        </li>
        <li>
          <span className="bpmn-swatch bpmn-swatch-removed" aria-hidden="true" />
          {t('diff.removed')} <strong>{counts.removed}</strong>
        </li>
        <li>
          <span className="bpmn-swatch bpmn-swatch-changed" aria-hidden="true" />
          {t('diff.changed')} <strong>{counts.changed}</strong>
        </li>
        <li>
          <span className="bpmn-swatch bpmn-swatch-highlight" aria-hidden="true" />
          {t('diff.selected')}
        </li>
      </ul>
      <div className="bpmn-diff-panes">
        <section className="bpmn-diff-pane" aria-labelledby={`${ids}-a`}>
          <H className="bpmn-diff-pane-title" id={`${ids}-a`}>
            {left.title}
          </H>
          <BpmnViewer
            xml={left.xml}
            height={height}
            ariaLabel={t('diff.diagramLabel', { title: left.title })}
            markers={sideMarkers(diff, 'left', selected)}
            focusId={selected?.leftId ?? null}
          />
        </section>
        <section className="bpmn-diff-pane" aria-labelledby={`${ids}-b`}>
          <H className="bpmn-diff-pane-title" id={`${ids}-b`}>
            {right.title}
          </H>
          <BpmnViewer
            xml={right.xml}
            height={height}
            ariaLabel={t('diff.diagramLabel', { title: right.title })}
            markers={sideMarkers(diff, 'right', selected)}
            focusId={selected?.rightId ?? null}
          />
        </section>
      </div>
      <H className="bpmn-diff-list-title">{t('diff.listTitle')}</H>
      {rows.length === 0 ? (
        <p className="bpmn-diff-empty">{t('diff.none')}</p>
      ) : (
        <Table<DiffRow>
          className="bpmn-diff-table"
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={rows}
          pagination={rows.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, size: 'small' } : false}
          rowClassName={(r) => (r.key === selectedKey ? 'bpmn-diff-row-selected' : '')}
          onRow={(r) => ({ onClick: () => toggle(r) })}
        />
      )}
    </div>
  );
}
