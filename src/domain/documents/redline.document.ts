import { type LocalizedText, pickText } from '../locale.ts';
import type { DiffList, DiffStatus, FieldChange, ItemChange, MapDiff, SectionDiff } from '../map/map.diff.ts';
import type { MapDocument, ScheduleCell } from '../map/map.schema.ts';
import { cell, type DocBlock, type DocCell, type DocModel } from './document.model.ts';
import { type DocumentLocale, FORM_LABELS, type FormLabelKey, formLabel } from './form-labels.ts';
import { type ReportLabelKey, reportLabel } from './report-labels.ts';

/**
 * The redline between two versions of a map (R.41–R.42) as a document a reviewer attaches: per
 * section of the Form, a table of what changed — the item, the field, what it was, what it is
 * now, and the kind of change — and the plan-schedule cells that differ. Deleted text is marked
 * `deleted` (struck through) and inserted text `inserted` (underlined), so both stay legible in
 * black-and-white print; the legend says so. The diff is map.diff.ts's, as the web redline shows it.
 */

export interface RedlineDocumentInput {
  locale: DocumentLocale;
  organisation: { name: LocalizedText };
  from: { number: number; content: MapDocument };
  to: { number: number; content: MapDocument };
  diff: MapDiff;
  /** Names of the reference rows (services, systems, planning documents) either version cites. */
  referenceNames: ReadonlyMap<string, LocalizedText>;
}

/** The Form's label of a changed field, by the list's own key; report labels where the Form has none. */
const FIELD_LABELS: Record<string, Record<string, FormLabelKey | ReportLabelKey>> = {
  passport: {
    title: 'passport.title',
    goal: 'passport.goal',
    planningDocumentIds: 'passport.planningDocuments',
    legalBasis: 'passport.legalBasis',
  },
  principles: { application: 'passport.principles' },
  implementers: { name: 'field.name', kind: 'field.kind' },
  sector: { name: 'field.name', responsibleUnit: 'field.responsibleUnit', description: 'field.description' },
  indicators: {
    name: 'indicator.name',
    unit: 'indicator.unit',
    baselineValue: 'indicator.baselineValue',
    baselineYear: 'indicator.baselineYear',
    source: 'indicator.source',
    criterion: 'indicator.criterion',
  },
  subjects: { name: 'subjects.name', count: 'subjects.count', gdpContribution: 'subjects.gdp' },
  lifeCycle: { name: 'field.name' },
  problems: { text: 'field.text', source: 'field.source' },
  technologies: { name: 'field.name', description: 'field.description', isAi: 'technology.ai' },
  cases: {
    name: 'field.name',
    publicServiceIds: 'case.publicServices',
    automated: 'case.automation',
    informationSystemIds: 'case.informationSystems',
    subjectIds: 'case.subjects',
    lifeCycleStageIds: 'subjects.lifeCycle',
    reengineeringStatus: 'case.reengineeringStatus',
    reengineeredEarlier: 'gantt.earlier',
    scheduleByProcess: 'field.scheduleByProcess',
  },
  processes: { name: 'field.name' },
  aiUse: { name: 'field.name' },
  responsibleUnits: { name: 'field.name' },
  functions: { name: 'field.name' },
  fastTrack: {
    caseId: 'fastTrack.case',
    rationale: 'fastTrack.rationale',
    expectedEffects: 'fastTrack.effects',
    solutions: 'fastTrack.solutions',
  },
  attachments: { achievabilityJustification: 'attachments.justification' },
  priorityDirections: { name: 'field.name' },
  pilotProjects: { name: 'pilot.name', description: 'pilot.description', period: 'pilot.period' },
  dataList: { name: 'data.name', description: 'data.description', informationSystemIds: 'data.systems' },
  risks: { risk: 'risk.risk', management: 'risk.management' },
};
FIELD_LABELS.performanceIndicators = FIELD_LABELS.indicators;

/** Fields whose value is one of a fixed set: the prefix of its label in the Form's catalogue. */
const ENUM_PREFIX: Record<string, string> = {
  reengineeringStatus: 'reengineering.',
  kind: 'implementer.kind.',
};

const lastSegment = (list: string): string => list.split('.').pop() ?? list;
const LANGS = ['kk', 'ru', 'en'] as const;

interface Ctx {
  locale: DocumentLocale;
  label: (key: FormLabelKey | ReportLabelKey, params?: Record<string, string | number>) => string;
  text: (t: LocalizedText | undefined | null) => string;
  num: (n: number) => string;
  /** The name of an item of either version (a case, a subject, a stage…) or of a reference row. */
  name: (id: string) => string;
}

/** Every item with an id in the versions, by id (the newer version's name wins). */
function itemNames(docs: MapDocument[]): Map<string, LocalizedText> {
  const out = new Map<string, LocalizedText>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const named = (o.name ?? o.text ?? o.risk) as LocalizedText | undefined;
      if (typeof o.id === 'string' && named && typeof named === 'object' && 'kk' in named)
        out.set(o.id, named);
      for (const x of Object.values(o)) if (x && typeof x === 'object') walk(x);
    }
  };
  docs.forEach(walk);
  return out;
}

function readerOf(input: RedlineDocumentInput): Ctx {
  const nf = new Intl.NumberFormat(input.locale === 'kk' ? 'kk-KZ' : 'ru-RU', { maximumFractionDigits: 6 });
  const items = itemNames([input.from.content, input.to.content]);
  const text = (t: LocalizedText | undefined | null) => pickText(t, input.locale);
  return {
    locale: input.locale,
    label: (key, params) =>
      key in FORM_LABELS
        ? formLabel(key as FormLabelKey, input.locale, params)
        : reportLabel(key as ReportLabelKey, input.locale, params),
    text,
    num: (n) => nf.format(n),
    name: (id) => text(input.referenceNames.get(id)) || text(items.get(id)) || id,
  };
}

/** «Наименование (на казахском)», «Целевое значение на 2027 год», or the raw path of an unnamed field. */
function fieldLabel(list: DiffList, field: string, c: Ctx): string {
  const segs = field.split('.');
  const [head] = segs;
  const last = segs[segs.length - 1];
  const own = lastSegment(list);
  if (head === 'targets' && segs[1] && /^\d{4}$/.test(segs[1]))
    return c.label('redline.targetFor', { year: segs[1] });
  if (own === 'passport' && head === 'period' && (segs[1] === 'from' || segs[1] === 'to'))
    return c.label(segs[1] === 'from' ? 'redline.periodFrom' : 'redline.periodTo');
  const key = FIELD_LABELS[own]?.[head];
  const base = key ? c.label(key) : field;
  const lang = segs.length > 1 && (LANGS as readonly string[]).includes(last) ? last : null;
  return key && lang
    ? c.label('redline.fieldLang', {
        field: base,
        lang: c.label(`redline.lang.${lang as (typeof LANGS)[number]}`),
      })
    : base;
}

/** A changed value as lines of text: names instead of ids, labels instead of codes. */
function valueLines(list: DiffList, field: string, value: unknown, c: Ctx): string[] {
  const head = field.split('.')[0];
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.map((x) => c.name(String(x)));
  if (typeof value === 'boolean') return [c.label(value ? 'common.yes' : 'common.no')];
  if (typeof value === 'number')
    return [head === 'baselineYear' || head === 'period' ? String(value) : c.num(value)];
  if (head === 'caseId') return [c.name(String(value))];
  const prefix =
    lastSegment(list) === 'problems' && head === 'source' ? 'problem.source.' : (ENUM_PREFIX[head] ?? null);
  if (prefix && `${prefix}${value}` in FORM_LABELS)
    return [formLabel(`${prefix}${value}` as FormLabelKey, c.locale)];
  return String(value).split('\n');
}

const STATUS_KEY: Record<DiffStatus, ReportLabelKey> = {
  added: 'redline.added',
  removed: 'redline.removed',
  changed: 'redline.changed',
};

/** The item as the reader finds it: its list, its parent for a nested list, and its name. */
function itemCell(item: ItemChange, c: Ctx): DocCell {
  const listLabel = c.label(`list.${item.list}` as ReportLabelKey);
  const own = c.text(item.label) || c.name(item.id);
  const parent = item.parentId ? c.name(item.parentId) : '';
  const ownFields = item.list === 'passport' || item.list === 'sector' || item.list === 'attachments';
  const named = ownFields ? '' : parent ? c.label('redline.in', { parent, item: own }) : own;
  return cell([listLabel, ...(named ? [named] : [])]);
}

function changeRows(item: ItemChange, c: Ctx): DocCell[][] {
  const kind = (s: DiffStatus) => cell(c.label(STATUS_KEY[s]), { align: 'center' });
  if (item.status !== 'changed') {
    const name = c.text(item.label) || c.name(item.id);
    return [
      [
        itemCell(item, c),
        cell(c.label('redline.wholeItem')),
        item.status === 'removed' ? cell(name, { mark: 'deleted' }) : cell(''),
        item.status === 'added' ? cell(name, { mark: 'inserted' }) : cell(''),
        kind(item.status),
      ],
    ];
  }
  const fields = item.fields ?? [];
  return fields.map((f: FieldChange, i) => [
    ...(i === 0 ? [{ ...itemCell(item, c), rowSpan: fields.length }] : []),
    cell(fieldLabel(item.list, f.field, c)),
    cell(valueLines(item.list, f.field, f.before, c), { mark: 'deleted' }),
    cell(valueLines(item.list, f.field, f.after, c), { mark: 'inserted' }),
    kind('changed'),
  ]);
}

const head = (text: string): DocCell => cell(text, { bold: true, align: 'center' });

function sectionTitle(section: SectionDiff, input: RedlineDocumentInput, c: Ctx): string {
  if (section.key === 'passport') return formLabel('passport', c.locale);
  if (section.key === 'attachments') return formLabel('attachments.heading', c.locale);
  const id = section.key.slice('sector:'.length);
  const doc = section.status === 'removed' ? input.from.content : input.to.content;
  const index = doc.sectors.findIndex((s) => s.id === id);
  const name = c.text(section.label) || c.name(id);
  return index >= 0 ? c.label('redline.sector', { n: index + 1, name }) : name;
}

function cellsTable(section: SectionDiff, c: Ctx): DocBlock {
  const code = (v: ScheduleCell, mark: DocCell['mark']): DocCell =>
    cell(v, { align: 'center', bold: v !== '', ...(v ? { mark, codes: [v] } : {}) });
  return {
    kind: 'table',
    dense: true,
    widths: [46, 22, 16, 16],
    header: [
      [
        head(c.label('redline.row')),
        head(c.label('cell.quarter')),
        head(c.label('redline.before')),
        head(c.label('redline.after')),
      ],
    ],
    body: section.cells.map((x) => [
      cell(x.processId ? [c.name(x.caseId), `– ${c.name(x.processId)}`] : [c.name(x.caseId)]),
      cell(c.label('redline.quarter', { year: x.year, q: x.quarter }), { align: 'center' }),
      code(x.before, 'deleted'),
      code(x.after, 'inserted'),
    ]),
  };
}

function sectionBlocks(section: SectionDiff, input: RedlineDocumentInput, c: Ctx): DocBlock[] {
  const title = sectionTitle(section, input, c);
  if (section.status !== 'changed') {
    const n = section.status === 'added' ? input.to.number : input.from.number;
    return [
      { kind: 'heading', level: 2, text: `${title} — ${c.label(STATUS_KEY[section.status])}` },
      { kind: 'paragraph', text: c.label('redline.wholeSector', { n }) },
    ];
  }
  return [
    { kind: 'heading', level: 2, text: title },
    ...(section.items.length
      ? [
          {
            kind: 'table' as const,
            dense: true,
            widths: [22, 18, 25, 25, 10],
            header: [
              [
                head(c.label('redline.item')),
                head(c.label('redline.field')),
                head(c.label('redline.before')),
                head(c.label('redline.after')),
                head(c.label('redline.kind')),
              ],
            ],
            body: section.items.flatMap((item) => changeRows(item, c)),
          },
        ]
      : []),
    ...(section.cells.length
      ? [
          { kind: 'heading' as const, level: 3 as const, text: c.label('redline.cells') },
          cellsTable(section, c),
        ]
      : []),
  ];
}

export function buildRedlineDocumentModel(input: RedlineDocumentInput): DocModel {
  const c = readerOf(input);
  const mapTitle = c.text(input.to.content.passport.title) || c.text(input.from.content.passport.title);
  const versions = c.label('redline.versions', { from: input.from.number, to: input.to.number });
  return {
    locale: input.locale,
    title: `${c.label('redline.title')}: ${versions}`,
    sections: [
      {
        orientation: 'landscape',
        blocks: [
          {
            kind: 'title',
            lines: [c.label('redline.title'), mapTitle, c.text(input.organisation.name), versions].filter(
              (s) => s.trim() !== '',
            ),
          },
          { kind: 'paragraph', text: c.label('redline.summary', input.diff.counts) },
          ...(input.diff.sections.length
            ? [
                { kind: 'legend' as const, text: c.label('redline.legend') },
                ...input.diff.sections.flatMap((s) => sectionBlocks(s, input, c)),
              ]
            : [{ kind: 'paragraph' as const, text: c.label('redline.none') }]),
        ],
      },
    ],
  };
}
