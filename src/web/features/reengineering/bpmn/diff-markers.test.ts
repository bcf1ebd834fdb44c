import { describe, expect, it } from 'vitest';
import {
  type BpmnDiff,
  type DiffRow,
  diffCounts,
  diffRows,
  MARKER_CLASS,
  markerAssignments,
  markersKey,
  sideMarkers,
} from './diff-markers.ts';

const diff: BpmnDiff = {
  added: ['Task_new', 'Flow_new'],
  removed: ['Task_old'],
  changed: [
    { id: 'B_Task_check', aId: 'A_Task_check', fields: ['name', 'role'] },
    { id: 'Flow_2', aId: 'Flow_2', fields: ['target'] },
  ],
};

describe('sideMarkers', () => {
  it('left (A) shows removed and the A ids of changed elements', () => {
    expect(sideMarkers(diff, 'left')).toEqual({
      removed: ['Task_old'],
      changed: ['A_Task_check', 'Flow_2'],
      highlight: [],
    });
  });

  it('right (B) shows added and the B ids of changed elements', () => {
    expect(sideMarkers(diff, 'right')).toEqual({
      added: ['Task_new', 'Flow_new'],
      changed: ['B_Task_check', 'Flow_2'],
      highlight: [],
    });
  });

  it('highlights the selected row on each side where it exists', () => {
    const rows = diffRows(diff);
    const added = rows.find((r) => r.kind === 'added')!;
    const removed = rows.find((r) => r.kind === 'removed')!;
    const changed = rows.find((r) => r.kind === 'changed')!;
    expect(sideMarkers(diff, 'left', added).highlight).toEqual([]);
    expect(sideMarkers(diff, 'right', added).highlight).toEqual(['Task_new']);
    expect(sideMarkers(diff, 'left', removed).highlight).toEqual(['Task_old']);
    expect(sideMarkers(diff, 'right', removed).highlight).toEqual([]);
    expect(sideMarkers(diff, 'left', changed).highlight).toEqual(['A_Task_check']);
    expect(sideMarkers(diff, 'right', changed).highlight).toEqual(['B_Task_check']);
  });

  it('copies the arrays (markers never alias the diff)', () => {
    const m = sideMarkers(diff, 'right');
    m.added!.push('x');
    expect(diff.added).toEqual(['Task_new', 'Flow_new']);
  });

  it('an empty diff marks nothing', () => {
    const empty: BpmnDiff = { added: [], removed: [], changed: [] };
    expect(sideMarkers(empty, 'left')).toEqual({ removed: [], changed: [], highlight: [] });
    expect(sideMarkers(empty, 'right')).toEqual({ added: [], changed: [], highlight: [] });
  });
});

describe('markerAssignments', () => {
  const has = (id: string) => ['Task_new', 'B_Task_check', 'Flow_2'].includes(id);

  it('maps kinds to CSS classes and ignores ids the diagram does not have', () => {
    expect(markerAssignments(sideMarkers(diff, 'right'), has)).toEqual([
      ['Task_new', MARKER_CLASS.added],
      ['B_Task_check', MARKER_CLASS.changed],
      ['Flow_2', MARKER_CLASS.changed],
    ]);
  });

  it('uses the dtm-* classes', () => {
    expect(MARKER_CLASS).toEqual({
      added: 'dtm-added',
      removed: 'dtm-removed',
      changed: 'dtm-changed',
      highlight: 'dtm-highlight',
    });
  });

  it('keeps a highlight beside the kind marker and drops duplicates and empty ids', () => {
    const pairs = markerAssignments(
      { added: ['Task_new', 'Task_new', ''], highlight: ['Task_new'], changed: ['Flow_2'] },
      has,
    );
    expect(pairs).toEqual([
      ['Task_new', 'dtm-added'],
      ['Flow_2', 'dtm-changed'],
      ['Task_new', 'dtm-highlight'],
    ]);
  });

  it('nothing for no markers', () => {
    expect(markerAssignments(undefined, has)).toEqual([]);
    expect(markerAssignments({}, has)).toEqual([]);
  });
});

describe('markersKey', () => {
  it('changes when any list changes, and is stable for equal markers', () => {
    const a = markersKey(sideMarkers(diff, 'left'));
    expect(markersKey(sideMarkers(diff, 'left'))).toBe(a);
    const sel = diffRows(diff).find((r) => r.kind === 'removed') as DiffRow;
    expect(markersKey(sideMarkers(diff, 'left', sel))).not.toBe(a);
    expect(markersKey({ added: ['x'] })).not.toBe(markersKey({ removed: ['x'] }));
    expect(markersKey(undefined)).toBe('');
  });
});

describe('diffRows', () => {
  it('lists added, removed, then changed with both ids', () => {
    const rows = diffRows(diff);
    expect(rows.map((r) => [r.kind, r.leftId, r.rightId])).toEqual([
      ['added', null, 'Task_new'],
      ['added', null, 'Flow_new'],
      ['removed', 'Task_old', null],
      ['changed', 'A_Task_check', 'B_Task_check'],
      ['changed', 'Flow_2', 'Flow_2'],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows[3].fields).toEqual(['name', 'role']);
  });

  it('names elements from elementNames (B id first, then A id), else the id', () => {
    const rows = diffRows(diff, {
      Task_new: 'Құжаттарды тексеру',
      A_Task_check: 'Проверка (как есть)',
      B_Task_check: 'Проверка (как будет)',
      Task_old: '   ',
    });
    expect(rows.map((r) => r.name)).toEqual([
      'Құжаттарды тексеру',
      'Flow_new',
      'Task_old',
      'Проверка (как будет)',
      'Flow_2',
    ]);
    const onlyA = diffRows(diff, { A_Task_check: 'Тексеру' });
    expect(onlyA[3].name).toBe('Тексеру');
  });
});

describe('diffCounts', () => {
  it('counts each kind', () => {
    expect(diffCounts(diff)).toEqual({ added: 2, removed: 1, changed: 2 });
  });
});
