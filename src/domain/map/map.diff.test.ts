import { describe, expect, it } from 'vitest';
import { type DiffList, type DiffStatus, diffMaps, fieldChanges, type ItemChange } from './map.diff.ts';
import { row, validMapDocument } from './map.fixture.ts';
import type { MapDocument } from './map.schema.ts';

const t = (kk: string, ru: string) => ({ kk, ru });
const changed = (mutate: (d: MapDocument) => void): MapDocument => {
  const d = validMapDocument();
  mutate(d);
  return d;
};
const diffFrom = (mutate: (d: MapDocument) => void) => diffMaps(validMapDocument(), changed(mutate));
const items = (mutate: (d: MapDocument) => void): ItemChange[] =>
  diffFrom(mutate).sections.flatMap((s) => s.items);

describe('diffMaps', () => {
  it('finds nothing between identical documents', () => {
    expect(diffMaps(validMapDocument(), validMapDocument())).toEqual({
      sections: [],
      counts: { added: 0, removed: 0, changed: 0, fields: 0, cells: 0 },
    });
  });

  it.each<{
    name: string;
    mutate: (d: MapDocument) => void;
    section: string;
    change: { list: DiffList; id: string; parentId?: string | null; status: DiffStatus };
    fields?: Array<{ field: string; before: unknown; after: unknown }>;
  }>([
    {
      name: 'a passport text, per language',
      mutate: (d) => {
        d.passport.goal.ru = 'Новая цель';
      },
      section: 'passport',
      change: { list: 'passport', id: 'passport', status: 'changed' },
      fields: [
        {
          field: 'goal.ru',
          before:
            'Полная цифровизация процессов предоставления земельных участков и контроля за использованием земель',
          after: 'Новая цель',
        },
      ],
    },
    {
      name: 'an English text added to the passport',
      mutate: (d) => {
        d.passport.title.en = 'Map';
      },
      section: 'passport',
      change: { list: 'passport', id: 'passport', status: 'changed' },
      fields: [{ field: 'title.en', before: null, after: 'Map' }],
    },
    {
      name: 'the period of the passport',
      mutate: (d) => {
        d.passport.period.to = 2030;
      },
      section: 'passport',
      change: { list: 'passport', id: 'passport', status: 'changed' },
      fields: [{ field: 'period.to', before: 2029, after: 2030 }],
    },
    {
      name: 'a planning document removed from the passport',
      mutate: (d) => {
        d.passport.planningDocumentIds = [];
      },
      section: 'passport',
      change: { list: 'passport', id: 'passport', status: 'changed' },
      fields: [{ field: 'planningDocumentIds', before: ['00000000-0000-4000-8000-000000000001'], after: [] }],
    },
    {
      name: 'a principle, matched by its code',
      mutate: (d) => {
        d.passport.principles[2].application.kk = 'жаңа';
      },
      section: 'passport',
      change: { list: 'principles', id: '3', status: 'changed' },
      fields: [{ field: 'application.kk', before: '3-міндет картаның кейстерінде ескерілді', after: 'жаңа' }],
    },
    {
      name: 'an implementer added',
      mutate: (d) => {
        d.passport.implementers.push({
          id: 'im2',
          name: t('Әкімдік', 'Акимат'),
          kind: 'local_executive_body',
        });
      },
      section: 'passport',
      change: { list: 'implementers', id: 'im2', status: 'added' },
    },
    {
      name: "a sector's own field",
      mutate: (d) => {
        d.sectors[0].responsibleUnit.ru = 'Комитет';
      },
      section: 'sector:s1',
      change: { list: 'sector', id: 's1', status: 'changed' },
      fields: [{ field: 'responsibleUnit.ru', before: 'Департамент земельных отношений', after: 'Комитет' }],
    },
    {
      name: "an indicator's target for one year and its baseline",
      mutate: (d) => {
        d.sectors[0].indicators[1].targets['2027'] = 70;
        d.sectors[0].indicators[1].baselineValue = null;
      },
      section: 'sector:s1',
      change: { list: 'indicators', id: 'ind2', status: 'changed' },
      fields: [
        { field: 'baselineValue', before: 35, after: null },
        { field: 'targets.2027', before: 80, after: 70 },
      ],
    },
    {
      name: 'an indicator removed',
      mutate: (d) => {
        d.sectors[0].indicators.splice(0, 1);
      },
      section: 'sector:s1',
      change: { list: 'indicators', id: 'ind1', status: 'removed' },
    },
    {
      name: "a subject's count",
      mutate: (d) => {
        d.sectors[0].subjects[0].count = 5_500_000;
      },
      section: 'sector:s1',
      change: { list: 'subjects', id: 'subj1', status: 'changed' },
      fields: [{ field: 'count', before: 5_400_000, after: 5_500_000 }],
    },
    {
      name: 'a life-cycle stage renamed',
      mutate: (d) => {
        d.sectors[0].subjects[0].lifeCycle[1].name.kk = 'Бақылау';
      },
      section: 'sector:s1',
      change: { list: 'subjects.lifeCycle', id: 'st2', parentId: 'subj1', status: 'changed' },
      fields: [{ field: 'name.kk', before: 'Жерді пайдалануды бақылау', after: 'Бақылау' }],
    },
    {
      name: 'a problem’s source',
      mutate: (d) => {
        d.sectors[0].problems[0].source = 'audit';
      },
      section: 'sector:s1',
      change: { list: 'problems', id: 'pr1', status: 'changed' },
      fields: [{ field: 'source', before: 'complaints', after: 'audit' }],
    },
    {
      name: 'a technology no longer AI',
      mutate: (d) => {
        d.sectors[0].technologies[0].isAi = false;
      },
      section: 'sector:s1',
      change: { list: 'technologies', id: 'tech1', status: 'changed' },
      fields: [{ field: 'isAi', before: true, after: false }],
    },
    {
      name: "a case's reengineering status and automation",
      mutate: (d) => {
        d.sectors[0].cases[1].reengineeringStatus = 'in_progress';
        d.sectors[0].cases[1].automated = null;
      },
      section: 'sector:s1',
      change: { list: 'cases', id: 'c2', status: 'changed' },
      fields: [
        { field: 'automated', before: false, after: null },
        { field: 'reengineeringStatus', before: 'planned', after: 'in_progress' },
      ],
    },
    {
      name: 'a case added',
      mutate: (d) => {
        d.sectors[0].cases.push({ ...structuredClone(d.sectors[0].cases[0]), id: 'c3' });
      },
      section: 'sector:s1',
      change: { list: 'cases', id: 'c3', status: 'added' },
    },
    {
      name: 'a business process removed from a case',
      mutate: (d) => {
        d.sectors[0].cases[1].processes.pop();
      },
      section: 'sector:s1',
      change: { list: 'cases.processes', id: 'bp3', parentId: 'c2', status: 'removed' },
    },
    {
      name: 'a responsible unit added to a case',
      mutate: (d) => {
        d.sectors[0].cases[0].responsibleUnits.push({ id: 'u9', name: t('Комитет', 'Комитет') });
      },
      section: 'sector:s1',
      change: { list: 'cases.responsibleUnits', id: 'u9', parentId: 'c1', status: 'added' },
    },
    {
      name: 'an AI use renamed',
      mutate: (d) => {
        d.sectors[0].cases[0].aiUse[0].name.ru = 'Скоринг';
      },
      section: 'sector:s1',
      change: { list: 'cases.aiUse', id: 'ai1', parentId: 'c1', status: 'changed' },
      fields: [{ field: 'name.ru', before: 'Скоринговая оценка заявлений', after: 'Скоринг' }],
    },
    {
      name: 'a function removed from a case',
      mutate: (d) => {
        d.sectors[0].cases[1].functions = [];
      },
      section: 'sector:s1',
      change: { list: 'cases.functions', id: 'fn2', parentId: 'c2', status: 'removed' },
    },
    {
      name: 'a Fast Track project moved to another case',
      mutate: (d) => {
        d.sectors[0].fastTrack[0].caseId = 'c2';
      },
      section: 'sector:s1',
      change: { list: 'fastTrack', id: 'ft1', status: 'changed' },
      fields: [{ field: 'caseId', before: 'c1', after: 'c2' }],
    },
    {
      name: 'an attachment text',
      mutate: (d) => {
        d.attachments.achievabilityJustification.kk = 'жаңа';
      },
      section: 'attachments',
      change: { list: 'attachments', id: 'attachments', status: 'changed' },
      fields: [
        {
          field: 'achievabilityJustification.kk',
          before: 'Көрсеткіштер 2021–2024 жылдардағы серпінге негізделген',
          after: 'жаңа',
        },
      ],
    },
    {
      name: "a priority direction's indicator",
      mutate: (d) => {
        d.attachments.priorityDirections[0].indicators[0].targets['2029'] = 99;
      },
      section: 'attachments',
      change: { list: 'priorityDirections.indicators', id: 'pdi1', parentId: 'pd1', status: 'changed' },
      fields: [{ field: 'targets.2029', before: 100, after: 99 }],
    },
    {
      name: "a performance indicator's criterion",
      mutate: (d) => {
        d.attachments.performanceIndicators[4].criterion = 3;
      },
      section: 'attachments',
      change: { list: 'performanceIndicators', id: 'pi5', status: 'changed' },
      fields: [{ field: 'criterion', before: 5, after: 3 }],
    },
    {
      name: 'a pilot project removed',
      mutate: (d) => {
        d.attachments.pilotProjects = [];
      },
      section: 'attachments',
      change: { list: 'pilotProjects', id: 'pp1', status: 'removed' },
    },
    {
      name: 'a data item added',
      mutate: (d) => {
        d.attachments.dataList.push({
          id: 'd2',
          name: t('a', 'b'),
          description: t('', ''),
          informationSystemIds: [],
        });
      },
      section: 'attachments',
      change: { list: 'dataList', id: 'd2', status: 'added' },
    },
    {
      name: 'a risk’s management',
      mutate: (d) => {
        d.attachments.risks[0].management.ru = 'Еженедельно';
      },
      section: 'attachments',
      change: { list: 'risks', id: 'r1', status: 'changed' },
      fields: [
        {
          field: 'management.ru',
          before: 'Ежеквартальный контроль графика интеграции',
          after: 'Еженедельно',
        },
      ],
    },
  ])('reports $name', ({ mutate, section, change, fields }) => {
    const diff = diffFrom(mutate);
    expect(diff.sections.map((s) => s.key)).toEqual([section]);
    expect(diff.sections[0].items).toHaveLength(1);
    const item = diff.sections[0].items[0];
    expect(item).toMatchObject({ parentId: null, ...change });
    if (fields) expect(item.fields).toEqual(fields);
    else expect(item.fields).toBeUndefined();
    expect(diff.counts[change.status]).toBe(1);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });

  it('labels an item by its name, a problem by its text, a Fast Track project by its case', () => {
    const labels = items((d) => {
      d.sectors[0].indicators[0].unit.ru = 'дней';
      d.sectors[0].problems[0].source = 'other';
      d.sectors[0].fastTrack[0].solutions.ru = 'x';
    }).map((i) => i.label.ru);
    expect(labels).toEqual([
      'Срок предоставления земельного участка',
      'Жалобы на нарушение сроков предоставления земельных участков',
      'Предоставление земельного участка',
    ]);
  });

  it('gives the path of a changed item in the newer version and of a removed one in the older', () => {
    const list = items((d) => {
      d.sectors[0].indicators.reverse();
      d.sectors[0].indicators[0].name.ru = 'Доля';
      d.sectors[0].cases[1].processes.splice(0, 1);
    });
    expect(list.map((i) => [i.id, i.status, i.path])).toEqual([
      ['ind2', 'changed', ['sectors', 0, 'indicators', 0]],
      ['bp2', 'removed', ['sectors', 0, 'cases', 1, 'processes', 0]],
    ]);
  });

  it('does not report a change of order alone', () => {
    const diff = diffFrom((d) => {
      d.sectors[0].cases.reverse();
      d.sectors[0].indicators.reverse();
      d.sectors[0].subjects[0].lifeCycle.reverse();
      d.passport.principles.reverse();
      d.attachments.performanceIndicators.reverse();
      d.sectors.push({ ...structuredClone(d.sectors[0]), id: 's2' });
    });
    // Only the added sector: the reordered lists are the same lists.
    expect(diff.sections.map((s) => [s.key, s.status])).toEqual([['sector:s2', 'added']]);
  });

  it('compares lists of reference ids as sets', () => {
    const a = validMapDocument();
    a.sectors[0].cases[0].informationSystemIds = [
      '00000000-0000-4000-8000-000000000003',
      '00000000-0000-4000-8000-000000000004',
    ];
    const b = structuredClone(a);
    b.sectors[0].cases[0].informationSystemIds.reverse();
    expect(diffMaps(a, b).counts.changed).toBe(0);
  });

  it('treats an absent English text and an empty one as the same', () => {
    expect(items((d) => (d.passport.goal.en = ''))).toEqual([]);
  });

  it('reports a sector added or removed as one item, with the sector’s name', () => {
    const added = diffFrom((d) => {
      d.sectors.push({ ...structuredClone(d.sectors[0]), id: 's2', name: t('Жаңа', 'Новая') });
    });
    expect(added.sections).toEqual([
      {
        key: 'sector:s2',
        status: 'added',
        label: t('Жаңа', 'Новая'),
        items: [
          {
            list: 'sector',
            id: 's2',
            parentId: null,
            status: 'added',
            label: t('Жаңа', 'Новая'),
            path: ['sectors', 1],
          },
        ],
        cells: [],
      },
    ]);
    expect(added.counts).toEqual({ added: 1, removed: 0, changed: 0, fields: 0, cells: 0 });

    const removed = diffMaps(
      validMapDocument(),
      changed((d) => (d.sectors = [])),
    );
    expect(removed.sections.map((s) => [s.key, s.status, s.items[0].status])).toEqual([
      ['sector:s1', 'removed', 'removed'],
    ]);
  });

  it('orders sections as the Form: passport, sectors, removed sectors, attachments', () => {
    const a = validMapDocument();
    a.sectors.push({ ...structuredClone(a.sectors[0]), id: 'old' });
    const b = structuredClone(a);
    b.sectors = [{ ...structuredClone(a.sectors[0]), id: 'new' }, b.sectors[0]];
    b.sectors[1].name.ru = 'Земля';
    b.passport.goal.ru = 'Цель';
    b.attachments.risks = [];
    expect(diffMaps(a, b).sections.map((s) => `${s.key}:${s.status}`)).toEqual([
      'passport:changed',
      'sector:new:added',
      'sector:s1:changed',
      'sector:old:removed',
      'attachments:changed',
    ]);
  });

  it('counts items, fields and cells', () => {
    const diff = diffFrom((d) => {
      d.passport.title.ru = 'Карта';
      d.passport.title.kk = 'Карта';
      d.sectors[0].indicators.pop();
      d.sectors[0].problems.push({ id: 'pr2', text: t('a', 'b'), source: 'other' });
      d.sectors[0].cases[0].schedule = row('RRRRFFFF.RRFFFFDD...');
    });
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1, fields: 2, cells: 2 });
  });
});

describe('the plan-schedule (F 1.3)', () => {
  const cells = (mutate: (d: MapDocument) => void) => diffFrom(mutate).sections.flatMap((s) => s.cells);

  it("reports a changed cell of a case's own row with its year and quarter", () => {
    expect(cells((d) => (d.sectors[0].cases[0].schedule[0] = 'R'))).toEqual([
      { caseId: 'c1', processId: null, quarterIndex: 0, year: 2025, quarter: 1, before: '', after: 'R' },
    ]);
  });

  it.each<{ q: number; year: number; quarter: number }>([
    { q: 3, year: 2025, quarter: 4 },
    { q: 4, year: 2026, quarter: 1 },
    { q: 19, year: 2029, quarter: 4 },
  ])('quarter index $q is $year Q$quarter', ({ q, year, quarter }) => {
    const [cell] = cells((d) => (d.sectors[0].cases[1].processes[1].schedule[q] = 'F'));
    expect(cell).toMatchObject({
      caseId: 'c2',
      processId: 'bp3',
      quarterIndex: q,
      year,
      quarter,
      after: 'F',
    });
  });

  it('ignores the hidden row of a split case', () => {
    expect(cells((d) => (d.sectors[0].cases[1].schedule[0] = 'R'))).toEqual([]);
  });

  it('compares a case split into processes against its former row', () => {
    const list = cells((d) => {
      d.sectors[0].cases[0].scheduleByProcess = true;
      d.sectors[0].cases[0].processes[0].schedule = row('.RRFFFFF.RRFFFFDD..D');
    });
    expect(list.map((c) => [c.processId, c.quarterIndex, c.before, c.after])).toEqual([
      ['bp1', 1, '', 'R'],
      ['bp1', 2, '', 'R'],
      ['bp1', 3, '', 'F'],
      ['bp1', 4, '', 'F'],
      ['bp1', 5, '', 'F'],
      ['bp1', 6, '', 'F'],
      ['bp1', 7, '', 'F'],
      ['bp1', 9, '', 'R'],
      ['bp1', 10, '', 'R'],
      ['bp1', 11, '', 'F'],
      ['bp1', 12, '', 'F'],
      ['bp1', 13, '', 'F'],
      ['bp1', 14, '', 'F'],
      ['bp1', 15, '', 'D'],
      ['bp1', 16, '', 'D'],
      ['bp1', 19, '', 'D'],
      [null, 1, 'R', ''],
      [null, 2, 'R', ''],
      [null, 3, 'F', ''],
      [null, 4, 'F', ''],
      [null, 5, 'F', ''],
      [null, 6, 'F', ''],
      [null, 7, 'F', ''],
      [null, 9, 'R', ''],
      [null, 10, 'R', ''],
      [null, 11, 'F', ''],
      [null, 12, 'F', ''],
      [null, 13, 'F', ''],
      [null, 14, 'F', ''],
      [null, 15, 'D', ''],
      [null, 16, 'D', ''],
    ]);
  });

  it('reports the row of a process added to a split case, not the cells of an added case', () => {
    const list = cells((d) => {
      d.sectors[0].cases[1].processes.push({
        id: 'bp4',
        name: t('a', 'b'),
        schedule: row('R...................'),
      });
      d.sectors[0].cases.push({ ...structuredClone(d.sectors[0].cases[0]), id: 'c3' });
    });
    expect(list).toEqual([
      { caseId: 'c2', processId: 'bp4', quarterIndex: 0, year: 2025, quarter: 1, before: '', after: 'R' },
    ]);
  });
});

describe('fieldChanges', () => {
  it('leaves out the id and the fields it is told to skip', () => {
    expect(fieldChanges({ id: 'a', x: 1, list: [1] }, { id: 'b', x: 2, list: [2] }, ['list'])).toEqual([
      { field: 'x', before: 1, after: 2 },
    ]);
  });

  it('reports a year added to a record with null before', () => {
    expect(fieldChanges({ targets: {} }, { targets: { '2030': 5 } })).toEqual([
      { field: 'targets.2030', before: null, after: 5 },
    ]);
  });
});
