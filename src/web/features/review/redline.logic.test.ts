import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../domain/map/map.diff.ts';
import { validMapDocument } from '../../../domain/map/map.fixture.ts';
import {
  cellRows,
  changesForRemark,
  fieldLabelText,
  fieldName,
  groupItems,
  listTitle,
  setChange,
  valueView,
} from './redline.logic.ts';
import { editorT } from './test-i18n.ts';

/** Version 1 and a revision of it: a target, a case name and process, a schedule row, a new risk. */
function revision() {
  const a = validMapDocument();
  const b = validMapDocument();
  const s = b.sectors[0];
  s.indicators[0].targets['2027'] = 40;
  s.cases[0].name = { ...s.cases[0].name, ru: 'Предоставление участка' };
  s.cases[1].processes[0].name = { ...s.cases[1].processes[0].name, kk: 'Қашықтан мониторинг' };
  s.cases[0].schedule[8] = s.cases[0].schedule[8] === 'R' ? 'F' : 'R';
  s.cases[0].schedule[9] = s.cases[0].schedule[9] === 'F' ? 'D' : 'F';
  b.attachments.risks.push({ id: 'r2', risk: { kk: 'Тәуекел', ru: 'Риск' }, management: { kk: '', ru: '' } });
  return { a, b, diff: diffMaps(a, b) };
}

describe('the redline laid out for reading', () => {
  it('groups the changed items by list and parent, in the diff order', () => {
    const { diff } = revision();
    const sector = diff.sections.find((x) => x.key === 'sector:s1')!;
    expect(groupItems(sector).map((g) => [g.list, g.parentId, g.items.map((i) => i.id)])).toEqual([
      ['indicators', null, ['ind1']],
      ['cases', null, ['c1']],
      ['cases.processes', 'c2', ['bp2']],
    ]);
  });

  it('gathers plan-schedule cells per row, by quarter', () => {
    const { diff } = revision();
    const rows = cellRows(diff.sections.find((x) => x.key === 'sector:s1')!.cells);
    expect(rows).toHaveLength(1);
    expect(rows[0].caseId).toBe('c1');
    expect(rows[0].cells.map((c) => [c.year, c.quarter])).toEqual([
      [2027, 1],
      [2027, 2],
    ]);
  });

  it('names fields with the Form labels: per language, per year of a target', async () => {
    const t = await editorT('ru');
    expect(fieldName('indicators', 'targets.2027')).toMatchObject({
      key: 'indicator.targetFor',
      params: { year: '2027' },
    });
    expect(fieldLabelText('indicators', 'targets.2027', t)).toBe('Целевое значение на 2027 год');
    expect(fieldLabelText('cases', 'name.ru', t)).toBe('Наименование кейса (на русском)');
    expect(fieldLabelText('cases.processes', 'name.kk', t)).toBe('Наименование (на казахском)');
    expect(fieldLabelText('passport', 'period.from', t)).toBe('Начало');
    expect(fieldLabelText('priorityDirections.indicators', 'unit.ru', t)).toBe(
      'Единица измерения (на русском)',
    );
    expect(fieldLabelText('cases', 'mystery', t)).toBe('mystery');
    const kk = await editorT('kk');
    expect(fieldLabelText('fastTrack', 'rationale.kk', kk)).toBe(
      'Кейс бойынша күрделілік пен өзектілік (қазақша)',
    );
  });

  it('titles lists with the Form numbering of the sector', async () => {
    const t = await editorT('ru');
    const title = (list: Parameters<typeof listTitle>[0], n: number | null) => {
      const m = listTitle(list, n);
      return t(m.key, m.params);
    };
    expect(title('cases', 2)).toBe('2.2. Кейсы (группы бизнес-процессов сферы)');
    expect(title('fastTrack', 1)).toBe('1.4. Приоритетные проекты (проекты Fast Track)');
    expect(title('cases', null)).toBe('Кейсы');
    expect(title('risks', null)).toBe(t('attachments.risks'));
  });

  it('shows values by kind: blank, yes/no, a label of a set value, ids to name', () => {
    expect(valueView('cases', 'automated', true)).toEqual({ kind: 'key', key: 'common.yes' });
    expect(valueView('cases', 'reengineeringStatus', 'planned')).toEqual({
      kind: 'key',
      key: 'reeng.planned',
    });
    expect(valueView('problems', 'source', 'complaints')).toEqual({
      kind: 'key',
      key: 'problem.source.complaints',
    });
    // An indicator's source is a text, not one of a set.
    expect(valueView('indicators', 'source.ru', 'План')).toEqual({ kind: 'text', text: 'План' });
    expect(valueView('fastTrack', 'caseId', 'c1')).toEqual({ kind: 'item', id: 'c1' });
    expect(valueView('cases', 'publicServiceIds', [])).toEqual({ kind: 'blank' });
    expect(valueView('indicators', 'targets.2027', null)).toEqual({ kind: 'blank' });
    expect(valueView('indicators', 'targets.2027', 40)).toEqual({ kind: 'text', text: '40' });
    expect(setChange(['a', 'b'], ['b', 'c'])).toEqual({ added: ['c'], removed: ['a'] });
  });
});

describe('what changed since a remark', () => {
  const { diff } = revision();

  it("gives an item's own changes and its schedule cells", () => {
    const c = changesForRemark(diff, {
      section: 'sector:s1',
      path: ['sectors', 0, 'cases', 0],
      itemId: 'c1',
    });
    expect(c.items.map((i) => i.id)).toEqual(['c1']);
    expect(c.cells).toHaveLength(2);
    const ind = changesForRemark(diff, {
      section: 'sector:s1',
      path: ['sectors', 0, 'indicators', 0, 'targets'],
      itemId: 'ind1',
    });
    expect(ind.items[0].fields).toEqual([{ field: 'targets.2027', before: 30, after: 40 }]);
    expect(ind.cells).toEqual([]);
  });

  it('includes the changes of lists nested in the item (a case and its processes)', () => {
    const c = changesForRemark(diff, {
      section: 'sector:s1',
      path: ['sectors', 0, 'cases', 1],
      itemId: 'c2',
    });
    expect(c.items.map((i) => [i.list, i.id])).toEqual([['cases.processes', 'bp2']]);
  });

  it('gives a remark on a whole list every change of that list, and nothing for an unchanged item', () => {
    const all = changesForRemark(diff, { section: 'sector:s1', path: ['sectors', 0, 'cases'], itemId: 's1' });
    expect(all.items.map((i) => i.id)).toEqual(['c1', 'bp2']);
    expect(all.cells).toHaveLength(2);
    const none = changesForRemark(diff, {
      section: 'sector:s1',
      path: ['sectors', 0, 'subjects', 0],
      itemId: 'subj1',
    });
    expect(none).toEqual({ items: [], cells: [], section: null });
    expect(changesForRemark(diff, { section: 'passport', path: ['passport'], itemId: null }).items).toEqual(
      [],
    );
  });

  it('gives a remark on a whole section the section, and on a field of it that field', () => {
    const whole = changesForRemark(diff, { section: 'attachments', path: ['attachments'], itemId: null });
    expect(whole.section?.key).toBe('attachments');
    const b = validMapDocument();
    b.passport.goal = { ...b.passport.goal, ru: 'Новая цель' };
    b.passport.title = { ...b.passport.title, ru: 'Новое название' };
    const goal = changesForRemark(diffMaps(validMapDocument(), b), {
      section: 'passport',
      path: ['passport', 'goal'],
      itemId: null,
    });
    expect(goal.items).toHaveLength(1);
    expect(goal.items[0].fields?.map((f) => f.field)).toEqual(['goal.ru']);
  });
});
