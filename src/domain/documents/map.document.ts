import { type LocalizedText, pickText } from '../locale.ts';
import { effectiveRows, ganttLabel, periodYears, summaryGantt } from '../map/map.gantt.ts';
import {
  type Attachments,
  type Case,
  FORM_PERIOD,
  type Indicator,
  type MapDocument,
  type PerformanceIndicator,
  PRINCIPLES,
  QUARTERS_IN_PERIOD,
  quarterOf,
  R19_CRITERIA,
  type ScheduleCode,
  type Sector,
} from '../map/map.schema.ts';
import { cell, type DocBlock, type DocCell, type DocModel, type DocSection } from './document.model.ts';
import { type DocumentLocale, type FormLabelKey, formLabel } from './form-labels.ts';

/** What the map's JSON does not hold: the owner's name and the names of the rows it refers to. */
export interface MapDocumentContext {
  locale: DocumentLocale;
  organisation: { name: LocalizedText };
  /** Names of reference rows (public services, information systems, planning documents) by id. */
  referenceNames: ReadonlyMap<string, LocalizedText>;
}

/** The reader's view of the context: labels, texts with language fallback, numbers, references. */
interface Ctx {
  label: (key: FormLabelKey, params?: Record<string, string | number>) => string;
  text: (t: LocalizedText | undefined) => string;
  num: (n: number | null | undefined) => string;
  ref: (id: string) => string;
  locale: DocumentLocale;
}

function readerOf(c: MapDocumentContext): Ctx {
  const nf = new Intl.NumberFormat(c.locale === 'kk' ? 'kk-KZ' : 'ru-RU', { maximumFractionDigits: 6 });
  // pickText falls back to the other language rather than printing nothing.
  const text = (t: LocalizedText | undefined) => pickText(t, c.locale);
  return {
    label: (key, params) => formLabel(key, c.locale, params),
    text,
    num: (n) => (n === null || n === undefined ? '' : nf.format(n)),
    // A reference row is never deleted while a map uses it; the id is the last resort, not a blank.
    ref: (id) => text(c.referenceNames.get(id)) || id,
    locale: c.locale,
  };
}

const numbered = (items: string[]): string[] => items.map((s, i) => `${i + 1}. ${s}`);
const dashed = (items: string[]): string[] => items.map((s) => `– ${s}`);
const nonEmpty = (s: string): boolean => s.trim() !== '';

/** The Form's map as a document model: title block, passport, every sector, summary Gantt, attachments. */
export function buildMapDocumentModel(doc: MapDocument, context: MapDocumentContext): DocModel {
  const c = readerOf(context);
  const chunks: DocSection[] = [
    { orientation: 'portrait', blocks: [titleBlock(doc, context, c), ...passportBlocks(doc, context, c)] },
    ...doc.sectors.flatMap((sector, i) => sectorSections(sector, i + 1, c)),
    { orientation: 'landscape', blocks: ganttBlocks(doc, c) },
    { orientation: 'portrait', blocks: attachmentBlocks(doc.attachments, c) },
  ];
  return {
    locale: context.locale,
    title: c.text(doc.passport.title) || c.label('title.form'),
    sections: mergeSections(chunks),
  };
}

/** Adjacent parts of the same orientation share one section (a page break only where it turns). */
function mergeSections(chunks: DocSection[]): DocSection[] {
  const out: DocSection[] = [];
  for (const chunk of chunks) {
    const last = out.at(-1);
    if (last && last.orientation === chunk.orientation) last.blocks.push(...chunk.blocks);
    else out.push({ orientation: chunk.orientation, blocks: [...chunk.blocks] });
  }
  return out;
}

function periodText(doc: MapDocument, c: Ctx): string {
  return c.label('period.value', { from: doc.passport.period.from, to: doc.passport.period.to });
}

/** F: "Саланың цифрлық трансформация картасы <сала> <орталық мемлекеттік орган>", with the period. */
function titleBlock(doc: MapDocument, context: MapDocumentContext, c: Ctx): DocBlock {
  const sectors = doc.sectors.map((s) => c.text(s.name)).filter(nonEmpty);
  return {
    kind: 'title',
    lines: [
      c.label('title.form'),
      ...(sectors.length ? [sectors.join(', ')] : []),
      c.text(context.organisation.name),
      periodText(doc, c),
    ].filter(nonEmpty),
  };
}

function passportBlocks(doc: MapDocument, context: MapDocumentContext, c: Ctx): DocBlock[] {
  const p = doc.passport;
  const applied = new Map(p.principles.map((x) => [x.code, c.text(x.application)]));
  const principles = [
    c.label('passport.principlesIntro'),
    ...PRINCIPLES.flatMap((code) => {
      const application = applied.get(code) ?? '';
      return [`${code}) ${c.label(`principle.${code}`)}`, ...(nonEmpty(application) ? [application] : [])];
    }),
  ];
  const implementers = p.implementers.map((im) => {
    const name = c.text(im.name);
    return `${name} (${c.label(`implementer.kind.${im.kind}`)})`;
  });
  return [
    { kind: 'heading', level: 1, text: c.label('passport') },
    {
      kind: 'fields',
      rows: [
        { label: c.label('passport.title'), value: [c.text(p.title)] },
        { label: c.label('passport.goal'), value: [c.text(p.goal)] },
        { label: c.label('passport.planningDocuments'), value: numbered(p.planningDocumentIds.map(c.ref)) },
        { label: c.label('passport.sectors'), value: numbered(doc.sectors.map((s) => c.text(s.name))) },
        { label: c.label('passport.principles'), value: principles },
        { label: c.label('passport.responsibleBody'), value: [c.text(context.organisation.name)] },
        { label: c.label('passport.implementers'), value: numbered(implementers) },
        { label: c.label('passport.legalBasis'), value: [c.text(p.legalBasis)] },
        { label: c.label('passport.period'), value: [periodText(doc, c)] },
      ],
    },
  ];
}

/** A sector's parts in the Form's order; the plan-schedule turns the page to landscape. */
function sectorSections(sector: Sector, n: number, c: Ctx): DocSection[] {
  return [
    {
      orientation: 'portrait',
      blocks: [
        { kind: 'heading', level: 1, text: c.label('sector.heading', { n, name: c.text(sector.name) }) },
        ...descriptionBlocks(sector, n, c),
        ...subjectBlocks(sector, c),
        { kind: 'heading', level: 2, text: c.label('problems.heading') },
        {
          kind: 'list',
          items: numbered(
            sector.problems.map((p) => `${c.text(p.text)} (${c.label(`problem.source.${p.source}`)})`),
          ),
        },
        { kind: 'heading', level: 2, text: c.label('technologies.heading') },
        { kind: 'list', items: numbered(sector.technologies.map((t) => technologyText(t, c))) },
        { kind: 'heading', level: 2, text: c.label('cases.heading', { n }) },
        ...sector.cases.map((cs, i) => caseBlock(sector, cs, i + 1, c)),
      ],
    },
    {
      orientation: 'landscape',
      blocks: [
        { kind: 'heading', level: 2, text: c.label('schedule.heading', { n }) },
        scheduleTable(sector, c),
        { kind: 'legend', text: c.label('schedule.legend') },
      ],
    },
    { orientation: 'portrait', blocks: fastTrackBlocks(sector, n, c) },
  ];
}

function technologyText(t: Sector['technologies'][number], c: Ctx): string {
  const description = c.text(t.description);
  const ai = t.isAi ? ` (${c.label('technology.ai')})` : '';
  return `${c.text(t.name)}${nonEmpty(description) ? ` — ${description}` : ''}${ai}`;
}

function descriptionBlocks(sector: Sector, n: number, c: Ctx): DocBlock[] {
  const description = c.text(sector.description);
  return [
    { kind: 'heading', level: 2, text: c.label('sector.description', { n }) },
    ...(nonEmpty(description) ? [{ kind: 'paragraph' as const, text: description }] : []),
    ...(sector.indicators.length
      ? [
          { kind: 'heading' as const, level: 3 as const, text: c.label('indicators.heading') },
          indicatorTable(sector.indicators, c),
        ]
      : []),
  ];
}

/**
 * Indicators with their measurable criteria (F 1.1, R.18): name, unit, baseline (value, year),
 * a target per year of the period, the source document; performance indicators add the R.19 criterion.
 */
function indicatorTable(indicators: (Indicator | PerformanceIndicator)[], c: Ctx): DocBlock {
  const years = periodYears();
  const withCriterion = indicators.some((i) => 'criterion' in i);
  const head = (key: FormLabelKey, extra: Omit<DocCell, 'lines'> = {}) =>
    cell(c.label(key), { bold: true, align: 'center', ...extra });
  const criterionHead = withCriterion ? [head('indicator.criterion', { rowSpan: 2 })] : [];
  return {
    kind: 'table',
    dense: true,
    widths: [28, ...(withCriterion ? [8] : []), 10, 9, 7, ...years.map(() => 8), 18],
    header: [
      [
        head('indicator.name', { rowSpan: 2 }),
        ...criterionHead,
        head('indicator.unit', { rowSpan: 2 }),
        head('indicator.baseline', { colSpan: 2 }),
        head('indicator.targets', { colSpan: years.length }),
        head('indicator.source', { rowSpan: 2 }),
      ],
      [
        head('indicator.baselineValue'),
        head('indicator.baselineYear'),
        ...years.map((y) => cell(String(y), { bold: true, align: 'center' })),
      ],
    ],
    body: indicators.map((ind) => [
      cell(c.text(ind.name)),
      ...(withCriterion
        ? [cell('criterion' in ind && ind.criterion ? String(ind.criterion) : '', { align: 'center' })]
        : []),
      cell(c.text(ind.unit), { align: 'center' }),
      cell(c.num(ind.baselineValue), { align: 'center' }),
      cell(ind.baselineYear === null ? '' : String(ind.baselineYear), { align: 'center' }),
      ...years.map((y) => cell(c.num(ind.targets[String(y)]), { align: 'center' })),
      cell(c.text(ind.source)),
    ]),
  };
}

/** F "Реттеудің субъектілері/объектілері": the Form's four columns. */
function subjectBlocks(sector: Sector, c: Ctx): DocBlock[] {
  const head = (key: FormLabelKey) => cell(c.label(key), { bold: true, align: 'center' });
  return [
    { kind: 'heading', level: 2, text: c.label('subjects.heading') },
    {
      kind: 'table',
      widths: [25, 15, 25, 35],
      header: [
        [head('subjects.name'), head('subjects.count'), head('subjects.gdp'), head('subjects.lifeCycle')],
      ],
      body: sector.subjects.map((s) => [
        cell(c.text(s.name)),
        cell(c.num(s.count), { align: 'center' }),
        cell(c.text(s.gdpContribution)),
        cell(numbered(s.lifeCycle.map((stage) => c.text(stage.name)))),
      ]),
    },
  ];
}

function automationLines(cs: Case, c: Ctx): string[] {
  const systems = cs.informationSystemIds.map(c.ref);
  if (cs.automated === null)
    return systems.length ? [c.label('case.informationSystems'), ...dashed(systems)] : [];
  if (cs.automated && systems.length) return [`${c.label('case.automation.yes')} (${systems.join('; ')})`];
  return [
    c.label(cs.automated ? 'case.automation.yes' : 'case.automation.no'),
    ...(systems.length ? [c.label('case.informationSystems'), ...dashed(systems)] : []),
  ];
}

/** The subjects/objects of a case, each with the life-cycle stages the case covers. */
function caseSubjects(sector: Sector, cs: Case, c: Ctx): string[] {
  const stages = new Set(cs.lifeCycleStageIds);
  return sector.subjects
    .filter((s) => cs.subjectIds.includes(s.id))
    .map((s) => {
      const covered = s.lifeCycle.filter((st) => stages.has(st.id)).map((st) => c.text(st.name));
      return covered.length ? `${c.text(s.name)}: ${covered.join('; ')}` : c.text(s.name);
    });
}

/** F 1.2: one label/value table per case. */
function caseBlock(sector: Sector, cs: Case, n: number, c: Ctx): DocBlock {
  const names = (items: { name: LocalizedText }[]) => items.map((x) => c.text(x.name));
  return {
    kind: 'fields',
    rows: [
      { label: c.label('case.name', { n }), value: [c.text(cs.name)] },
      { label: c.label('case.processes'), value: dashed(names(cs.processes)) },
      { label: c.label('case.aiUse'), value: numbered(names(cs.aiUse)) },
      { label: c.label('case.responsibleUnits'), value: numbered(names(cs.responsibleUnits)) },
      { label: c.label('case.functions'), value: dashed(names(cs.functions)) },
      { label: c.label('case.publicServices'), value: dashed(cs.publicServiceIds.map(c.ref)) },
      { label: c.label('case.automation'), value: automationLines(cs, c) },
      { label: c.label('case.subjects'), value: caseSubjects(sector, cs, c) },
      {
        label: c.label('case.reengineeringStatus'),
        value: cs.reengineeringStatus ? [c.label(`reengineering.${cs.reengineeringStatus}`)] : [],
      },
    ],
  };
}

const codeCell = (code: string): DocCell =>
  cell(code, { align: 'center', bold: code !== '', codes: code ? [code as ScheduleCode] : [] });

/** F 1.3: a row per case (or per business process of a split case), a cell per quarter of the period. */
function scheduleTable(sector: Sector, c: Ctx): DocBlock {
  const years = periodYears();
  const quarters = Array.from({ length: QUARTERS_IN_PERIOD }, (_, i) => quarterOf(FORM_PERIOD, i).quarter);
  const body = sector.cases.flatMap((cs) => {
    const processes = new Map(cs.processes.map((p) => [p.id, c.text(p.name)]));
    return effectiveRows(cs).map((row) => [
      cell(
        row.processId === null
          ? [c.text(cs.name)]
          : [c.text(cs.name), `– ${processes.get(row.processId) ?? ''}`],
      ),
      ...row.cells.map(codeCell),
    ]);
  });
  return {
    kind: 'table',
    dense: true,
    widths: [44, ...quarters.map(() => 10)],
    header: [
      [
        cell(c.label('schedule.activity'), { bold: true, align: 'center' }),
        ...years.map((y) => cell(String(y), { colSpan: 4, bold: true, align: 'center' })),
      ],
      [
        cell(c.label('schedule.rowHeader'), { bold: true, align: 'center' }),
        ...quarters.map((q) => cell(c.label(`quarter.${q}`), { bold: true, align: 'center' })),
      ],
    ],
    body,
  };
}

/** F 1.4: one label/value table per Fast Track project. */
function fastTrackBlocks(sector: Sector, n: number, c: Ctx): DocBlock[] {
  const cases = new Map(sector.cases.map((cs) => [cs.id, c.text(cs.name)]));
  return [
    { kind: 'heading', level: 2, text: c.label('fastTrack.heading', { n }) },
    ...sector.fastTrack.map(
      (ft): DocBlock => ({
        kind: 'fields',
        rows: [
          { label: c.label('fastTrack.sector'), value: [c.text(sector.name)] },
          { label: c.label('fastTrack.case'), value: [ft.caseId ? (cases.get(ft.caseId) ?? '') : ''] },
          { label: c.label('fastTrack.rationale'), value: [c.text(ft.rationale)] },
          { label: c.label('fastTrack.effects'), value: [c.text(ft.expectedEffects)] },
          { label: c.label('fastTrack.solutions'), value: [c.text(ft.solutions)] },
        ],
      }),
    ),
  ];
}

/** F, the last table: derived from the plan-schedules, never retyped (map.gantt.ts). */
function ganttBlocks(doc: MapDocument, c: Ctx): DocBlock[] {
  const years = periodYears();
  const rows = summaryGantt(doc);
  const head = (text: string) => cell(text, { bold: true, align: 'center' });
  const earlier = doc.sectors.flatMap((s) =>
    s.cases.filter((cs) => cs.reengineeredEarlier).map((cs) => `${c.text(s.name)}: ${c.text(cs.name)}`),
  );
  return [
    { kind: 'heading', level: 1, text: c.label('gantt.heading') },
    {
      kind: 'table',
      widths: [30, 30, ...years.map(() => 8)],
      header: [
        [head(c.label('gantt.sector')), head(c.label('gantt.unit')), ...years.map((y) => head(String(y)))],
      ],
      body: doc.sectors.map((sector, i) => [
        cell(c.text(sector.name)),
        cell(c.text(sector.responsibleUnit)),
        ...rows[i].years.map((y) =>
          cell(ganttLabel(y.codes, c.locale), { align: 'center', bold: true, codes: y.codes }),
        ),
      ]),
    },
    { kind: 'legend', text: c.label('schedule.legend') },
    ...(earlier.length
      ? [
          { kind: 'heading' as const, level: 3 as const, text: c.label('gantt.earlier') },
          { kind: 'list' as const, items: numbered(earlier) },
        ]
      : []),
  ];
}

/** The attachments of R.17 and R.20, after the Form's tables. */
function attachmentBlocks(a: Attachments, c: Ctx): DocBlock[] {
  const head = (key: FormLabelKey) => cell(c.label(key), { bold: true, align: 'center' });
  const justification = c.text(a.achievabilityJustification);
  return [
    { kind: 'heading', level: 1, text: c.label('attachments.heading') },
    { kind: 'heading', level: 2, text: c.label('attachments.priorityDirections') },
    ...a.priorityDirections.flatMap((d, i): DocBlock[] => [
      { kind: 'heading', level: 3, text: `${i + 1}. ${c.text(d.name)}` },
      ...(d.indicators.length ? [indicatorTable(d.indicators, c)] : []),
    ]),
    { kind: 'heading', level: 2, text: c.label('attachments.performance') },
    ...(a.performanceIndicators.length ? [indicatorTable(a.performanceIndicators, c)] : []),
    { kind: 'paragraph', text: c.label('attachments.criteria') },
    { kind: 'list', items: R19_CRITERIA.map((n) => `${n}) ${c.label(`criterion.${n}`)}`) },
    { kind: 'heading', level: 2, text: c.label('attachments.pilots') },
    {
      kind: 'table',
      widths: [30, 50, 20],
      header: [[head('pilot.name'), head('pilot.description'), head('pilot.period')]],
      body: a.pilotProjects.map((p) => [
        cell(c.text(p.name)),
        cell(c.text(p.description)),
        cell(c.text(p.period), { align: 'center' }),
      ]),
    },
    { kind: 'heading', level: 2, text: c.label('attachments.data') },
    {
      kind: 'table',
      widths: [30, 40, 30],
      header: [[head('data.name'), head('data.description'), head('data.systems')]],
      body: a.dataList.map((d) => [
        cell(c.text(d.name)),
        cell(c.text(d.description)),
        cell(d.informationSystemIds.map(c.ref)),
      ]),
    },
    { kind: 'heading', level: 2, text: c.label('attachments.justification') },
    ...(nonEmpty(justification) ? [{ kind: 'paragraph' as const, text: justification }] : []),
    { kind: 'heading', level: 2, text: c.label('attachments.risks') },
    {
      kind: 'table',
      widths: [50, 50],
      header: [[head('risk.risk'), head('risk.management')]],
      body: a.risks.map((r) => [cell(c.text(r.risk)), cell(c.text(r.management))]),
    },
  ];
}
