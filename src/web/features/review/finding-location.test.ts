import { describe, expect, it } from 'vitest';
import { validMapDocument } from '../../../domain/map/map.fixture.ts';
import { pageParam } from '../editor/editor-pages.ts';
import { locateFinding } from './finding-location.ts';
import { knownFieldLabel } from './redline.logic.ts';
import { remarkLabel, remarkTargets, shorten, targetText } from './remark-targets.ts';
import { editorT } from './test-i18n.ts';

const doc = validMapDocument();
const at = (section: string, path: (string | number)[], itemId: string | null) => ({ section, path, itemId });

describe("a remark's place in the map", () => {
  it('finds the page and the item of a remark by the item id, not the index', () => {
    const loc = locateFinding(at('sector:s1', ['sectors', 0, 'indicators', 0, 'targets'], 'ind1'), doc);
    expect(pageParam(loc.page!)).toBe('sector.s1.description');
    expect(loc.sector).toMatchObject({ n: 1 });
    expect(loc.items).toMatchObject([{ list: 'indicators', n: 1 }]);
    expect(loc.items[0].label?.ru).toBe('Срок предоставления земельного участка');
    expect(loc.field).toBe('targets');

    // The indicators were reordered since the remark: its item id still finds it.
    const moved = validMapDocument();
    moved.sectors[0].indicators.reverse();
    const again = locateFinding(at('sector:s1', ['sectors', 0, 'indicators', 0, 'targets'], 'ind1'), moved);
    expect(again.items[0]).toMatchObject({ n: 2, label: { ru: 'Срок предоставления земельного участка' } });
  });

  it('follows a nested item through the item holding it (a process of a case)', () => {
    const loc = locateFinding(
      at('sector:s1', ['sectors', 0, 'cases', 1, 'processes', 1, 'name'], 'bp3'),
      doc,
    );
    expect(pageParam(loc.page!)).toBe('sector.s1.cases');
    expect(loc.items.map((i) => [i.list, i.label?.ru])).toEqual([
      ['cases', 'Контроль за использованием земель'],
      ['processes', 'Оформление результатов проверки'],
    ]);
  });

  it('puts remarks on the plan-schedule on its page, a Fast Track project under its case', () => {
    expect(
      pageParam(locateFinding(at('sector:s1', ['sectors', 0, 'cases', 0, 'schedule'], 'c1'), doc).page!),
    ).toBe('sector.s1.schedule');
    expect(pageParam(locateFinding(at('sector:s1', ['sectors', 0, 'schedule'], 's1'), doc).page!)).toBe(
      'sector.s1.schedule',
    );
    const ft = locateFinding(at('sector:s1', ['sectors', 0, 'fastTrack', 0], 'ft1'), doc);
    expect(pageParam(ft.page!)).toBe('sector.s1.fast-track');
    expect(ft.items[0].label?.ru).toBe('Предоставление земельного участка');
  });

  it('says when the item or the sector is gone from the shown version', () => {
    const gone = locateFinding(at('sector:s1', ['sectors', 0, 'cases', 5], 'c-removed'), doc);
    expect(gone.items).toEqual([{ list: 'cases', n: null, label: null, kind: 'named' }]);
    expect(locateFinding(at('sector:nope', ['sectors', 3], 'nope'), doc)).toMatchObject({
      page: null,
      sectorGone: true,
    });
  });

  it('handles the passport and the attachments, principles by their position', () => {
    const p = locateFinding(at('passport', ['passport', 'principles', 2, 'application'], null), doc);
    expect(pageParam(p.page!)).toBe('passport');
    expect(p.items[0]).toMatchObject({ list: 'principles', n: 3, kind: 'principle' });
    const goal = locateFinding(at('passport', ['passport', 'goal'], null), doc);
    expect(goal).toMatchObject({ items: [], field: 'goal' });
    const risk = locateFinding(at('attachments', ['attachments', 'risks', 0, 'management'], 'r1'), doc);
    expect(pageParam(risk.page!)).toBe('attachments');
    expect(risk.items[0].list).toBe('risks');
  });
});

describe('remark labels', () => {
  it('reads as the reader says it: sector — page — item — field', async () => {
    const t = await editorT('ru');
    const label = (f: ReturnType<typeof at>) =>
      remarkLabel(locateFinding(f, doc), doc, t, 'ru', (list, field) => knownFieldLabel(list, field, t));
    expect(label(at('sector:s1', ['sectors', 0, 'cases', 0], 'c1'))).toBe(
      '1. Земельные отношения — 1.2. Кейсы (группы бизнес-процессов сферы) — Предоставление земельного участка',
    );
    expect(label(at('sector:s1', ['sectors', 0, 'indicators', 0, 'targets'], 'ind1'))).toBe(
      '1. Земельные отношения — 1.1. Описание — Срок предоставления земельного участка — поле: Целевые значения по годам',
    );
    expect(label(at('passport', ['passport', 'goal'], null))).toBe('Паспорт — поле: Цель');
    expect(label(at('sector:s1', ['sectors', 0, 'cases', 5], 'gone'))).toBe(
      '1. Земельные отношения — 1.2. Кейсы (группы бизнес-процессов сферы) — Этого элемента нет в этой версии',
    );
    const kk = await editorT('kk');
    expect(
      remarkLabel(locateFinding(at('sector:s1', ['sectors', 0, 'cases', 0], 'c1'), doc), doc, kk, 'kk'),
    ).toBe('1. Жер қатынастары — 1.2. Кейстер (саладағы бизнес-процестер топтары) — Жер учаскесін беру');
  });

  it('names an item without a name by its kind and number', async () => {
    const t = await editorT('ru');
    const blank = validMapDocument();
    blank.sectors[0].cases[1].name = { kk: '', ru: '' };
    expect(
      remarkLabel(locateFinding(at('sector:s1', ['sectors', 0, 'cases', 1], 'c2'), blank), blank, t, 'ru'),
    ).toBe('1. Земельные отношения — 1.2. Кейсы (группы бизнес-процессов сферы) — Кейс 2');
  });

  it('shortens long names at a word', () => {
    expect(shorten('a'.repeat(10))).toBe('aaaaaaaaaa');
    const long = `${'слово '.repeat(30)}конец`;
    const cut = shorten(long, 40);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(cut).not.toMatch(/\s…$/);
  });
});

describe('what a reviewer can raise a remark on from a page', () => {
  it('offers the page as a whole, then its items, with paths the server resolves to the item', async () => {
    const t = await editorT('ru');
    const page = { kind: 'sector', sectorId: 's1', sub: 'description' } as const;
    const targets = remarkTargets(page, doc);
    expect(targets.map((x) => x.path)).toEqual([
      ['sectors', 0, 'description'],
      ['sectors', 0, 'indicators', 0],
      ['sectors', 0, 'indicators', 1],
    ]);
    expect(targets.map((x) => targetText(x, page, doc, t, 'ru'))).toEqual([
      '1.1. Описание — целиком',
      'Индикатор 1: Срок предоставления земельного участка',
      'Индикатор 2: Доля заявлений, поданных в электронном виде',
    ]);
    // A row of the plan-schedule is the case's schedule; the grid as a whole, the sector's.
    const grid = remarkTargets({ kind: 'sector', sectorId: 's1', sub: 'schedule' }, doc);
    expect(grid[0].path).toEqual(['sectors', 0, 'schedule']);
    expect(grid[1].path).toEqual(['sectors', 0, 'cases', 0, 'schedule']);
    // Every target lands back on the page it was raised from.
    for (const sub of [
      'description',
      'subjects',
      'problems',
      'technologies',
      'cases',
      'schedule',
      'fast-track',
    ] as const) {
      const p = { kind: 'sector', sectorId: 's1', sub } as const;
      for (const target of remarkTargets(p, doc)) {
        const itemId = target.item
          ? ((doc.sectors[0] as never)[target.path[2]] as { id: string }[])[target.path[3] as number]?.id
          : 's1';
        expect(pageParam(locateFinding({ ...target, itemId: itemId ?? null }, doc).page!), target.value).toBe(
          pageParam(p),
        );
      }
    }
  });

  it('offers the sections as a whole on pages of the map as a whole', () => {
    const targets = remarkTargets({ kind: 'gantt' }, doc);
    expect(targets.map((x) => x.section)).toEqual(['passport', 'sector:s1', 'attachments']);
  });
});
