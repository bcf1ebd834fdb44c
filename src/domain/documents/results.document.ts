import { type BpmnMetrics, METRIC_KEYS } from '../bpmn/bpmn.metrics.ts';
import { type LocalizedText, pickText } from '../locale.ts';
import type { ProjectContent } from '../reengineering/project.schema.ts';
import { VARIANT_KINDS, type VariantKind } from '../reengineering/project.workflow.ts';
import { cell, type DocBlock, type DocCell, type DocModel, type DocSection } from './document.model.ts';
import type { DocumentLocale } from './form-labels.ts';
import { type ReportLabelKey, reportLabel } from './report-labels.ts';

/**
 * The results of a reengineering project as an official document (R.32, R.35–R.37): the as-is
 * description (legal acts, stakeholders, problems, the as-is models), the target (and optimal)
 * variants with the justification's metrics side by side, and the action plan. The internal
 * document adds the project team; the public one (the portal's, R.37) holds only what the portal
 * publishes: the as-is and target variants, the justification and the plan.
 */

export interface ResultsVariant {
  kind: VariantKind;
  /** The SVG the server rendered from the model's diagram (domain/bpmn/bpmn.svg.ts). */
  svg: string;
  metrics: BpmnMetrics;
}

export interface ResultsDocumentInput {
  locale: DocumentLocale;
  audience: 'internal' | 'public';
  organisation: { name: LocalizedText };
  caseName: LocalizedText;
  approvedOn: string | null;
  publishedOn: string | null;
  content: ProjectContent;
  /** The legal acts of the as-is description (R.32.1), resolved from the registry by id. */
  legalActs: ReadonlyMap<string, { code: string | null; name: LocalizedText }>;
  /** Names of the team members' organisations by id. */
  orgNames: ReadonlyMap<string, LocalizedText>;
  processes: { id: string; name: LocalizedText; variants: ResultsVariant[] }[];
}

/** The natural size of an SVG from its root's width and height (else its viewBox); 800×600 if neither. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const attr = (name: string) => {
    const m = new RegExp(`\\s${name}="\\s*([0-9.]+)(?:px)?\\s*"`).exec(root);
    return m ? Number(m[1]) : Number.NaN;
  };
  let width = attr('width');
  let height = attr('height');
  if (!(width > 0 && height > 0)) {
    const box = /\sviewBox="([^"]+)"/
      .exec(root)?.[1]
      ?.trim()
      .split(/[\s,]+/)
      .map(Number);
    width = box?.[2] ?? Number.NaN;
    height = box?.[3] ?? Number.NaN;
  }
  return width > 0 && height > 0 ? { width, height } : { width: 800, height: 600 };
}

/** 2026-03-04 → 04.03.2026, as official documents write dates. */
export const officialDate = (iso: string | null): string => {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
};

const nonEmpty = (s: string): boolean => s.trim() !== '';
const numbered = (items: string[]): string[] => items.map((s, i) => `${i + 1}. ${s}`);
/** The change of a metric with a typographic minus: "−3", "+2", "0". */
const delta = (d: number): string => (d < 0 ? `−${Math.abs(d)}` : d > 0 ? `+${d}` : '0');

interface Ctx {
  label: (key: ReportLabelKey, params?: Record<string, string | number>) => string;
  text: (t: LocalizedText | undefined | null) => string;
}

export function buildResultsDocumentModel(input: ResultsDocumentInput): DocModel {
  const c: Ctx = {
    label: (key, params) => reportLabel(key, input.locale, params),
    text: (t) => pickText(t, input.locale),
  };
  const kinds: readonly VariantKind[] = input.audience === 'public' ? ['as_is', 'target'] : VARIANT_KINDS;
  const processes = input.processes.map((p) => ({
    ...p,
    variants: p.variants.filter((v) => kinds.includes(v.kind)),
  }));
  const figures = { n: 0 };
  const chunks: DocSection[] = [
    {
      orientation: 'portrait',
      blocks: [
        titleBlock(input, c),
        ...(input.audience === 'internal' ? teamBlocks(input, c) : []),
        ...asIsBlocks(input, c),
      ],
    },
    // The diagrams are wide: they get landscape pages, their headings with them.
    {
      orientation: 'landscape',
      blocks: [
        { kind: 'heading', level: 2, text: c.label('results.asIsModels') },
        ...diagramBlocks(processes, ['as_is'], figures, c),
      ],
    },
    {
      orientation: 'landscape',
      blocks: [
        { kind: 'heading', level: 1, text: c.label('results.target') },
        { kind: 'heading', level: 2, text: c.label('results.targetModels') },
        ...diagramBlocks(
          processes,
          kinds.filter((k) => k !== 'as_is'),
          figures,
          c,
        ),
      ],
    },
    {
      orientation: 'portrait',
      blocks: [...justificationBlocks(input, processes, kinds, c), ...planBlocks(input, c)],
    },
  ];
  return {
    locale: input.locale,
    title: `${c.label('results.title')}: ${c.text(input.caseName)}`,
    sections: mergeSections(chunks.filter((s) => s.blocks.length > 0)),
  };
}

function mergeSections(chunks: DocSection[]): DocSection[] {
  const out: DocSection[] = [];
  for (const chunk of chunks) {
    const last = out.at(-1);
    if (last && last.orientation === chunk.orientation) last.blocks.push(...chunk.blocks);
    else out.push({ orientation: chunk.orientation, blocks: [...chunk.blocks] });
  }
  return out;
}

function titleBlock(input: ResultsDocumentInput, c: Ctx): DocBlock {
  return {
    kind: 'title',
    lines: [
      c.label('results.title'),
      c.label('results.case', { name: c.text(input.caseName) }),
      c.text(input.organisation.name),
      ...(input.approvedOn ? [c.label('results.approvedOn', { date: officialDate(input.approvedOn) })] : []),
      ...(input.publishedOn
        ? [c.label('results.publishedOn', { date: officialDate(input.publishedOn) })]
        : []),
    ].filter(nonEmpty),
  };
}

const head = (text: string, extra: Omit<DocCell, 'lines'> = {}): DocCell =>
  cell(text, { bold: true, align: 'center', ...extra });

/** R.30–R.31: the team and its protocol (internal document only). */
function teamBlocks(input: ResultsDocumentInput, c: Ctx): DocBlock[] {
  const { team, teamProtocol } = input.content;
  const protocol =
    nonEmpty(teamProtocol.number) || teamProtocol.date
      ? c.label('results.teamProtocolValue', {
          number: teamProtocol.number,
          date: officialDate(teamProtocol.date),
        })
      : '';
  return [
    { kind: 'heading', level: 1, text: c.label('results.team') },
    ...(protocol
      ? [{ kind: 'fields' as const, rows: [{ label: c.label('results.teamProtocol'), value: [protocol] }] }]
      : []),
    {
      kind: 'table',
      widths: [6, 26, 22, 22, 24],
      header: [
        [
          head(c.label('common.number')),
          head(c.label('results.member.name')),
          head(c.label('results.member.role')),
          head(c.label('results.member.position')),
          head(c.label('results.member.org')),
        ],
      ],
      body: team.map((m, i) => [
        cell(String(i + 1), { align: 'center' }),
        cell(m.fullName),
        cell(c.label(`team.${m.role}`)),
        cell(m.position),
        cell(m.orgId ? c.text(input.orgNames.get(m.orgId)) : ''),
      ]),
    },
  ];
}

/** R.32: the as-is description — acts and documents, stakeholders, problems (the models follow). */
function asIsBlocks(input: ResultsDocumentInput, c: Ctx): DocBlock[] {
  const asIs = input.content.asIs;
  const acts = asIs.legalActIds.map((id) => {
    const act = input.legalActs.get(id);
    if (!act) return id;
    const name = c.text(act.name);
    return act.code ? `${name} (${act.code})` : name;
  });
  const other = asIs.otherDocuments.trim();
  return [
    { kind: 'heading', level: 1, text: c.label('results.asIs') },
    { kind: 'heading', level: 2, text: c.label('results.legalActs') },
    ...(acts.length ? [{ kind: 'list' as const, items: numbered(acts) }] : []),
    ...(other
      ? [
          { kind: 'paragraph' as const, text: `${c.label('results.otherDocuments')}:` },
          { kind: 'paragraph' as const, text: other },
        ]
      : []),
    { kind: 'heading', level: 2, text: c.label('results.stakeholders') },
    {
      kind: 'table',
      widths: [6, 40, 54],
      header: [
        [
          head(c.label('common.number')),
          head(c.label('results.stakeholder')),
          head(c.label('results.touchpoints')),
        ],
      ],
      body: asIs.stakeholders.map((s, i) => [
        cell(String(i + 1), { align: 'center' }),
        cell(s.name.split('\n')),
        cell(s.touchpoints.split('\n')),
      ]),
    },
    { kind: 'heading', level: 2, text: c.label('results.problems') },
    ...(asIs.problems.length
      ? [{ kind: 'list' as const, items: numbered(asIs.problems.map((p) => p.text)) }]
      : []),
  ];
}

type ShownProcess = ResultsDocumentInput['processes'][number];

/** The diagrams of the given variant kinds, process by process, numbered as figures. */
function diagramBlocks(
  processes: ShownProcess[],
  kinds: readonly VariantKind[],
  figures: { n: number },
  c: Ctx,
): DocBlock[] {
  return processes.flatMap((p): DocBlock[] => {
    const name = c.text(p.name);
    const shown = kinds.flatMap((k) => p.variants.filter((v) => v.kind === k));
    return [
      { kind: 'heading', level: 3, text: c.label('results.process', { name }) },
      ...(shown.length
        ? shown.map((v): DocBlock => {
            figures.n += 1;
            return {
              kind: 'image',
              svg: v.svg,
              ...svgSize(v.svg),
              caption: c.label('results.figure', {
                n: figures.n,
                process: name,
                variant: c.label(`variant.${v.kind}`),
              }),
            };
          })
        : [{ kind: 'paragraph' as const, text: c.label('results.noModel') }]),
    ];
  });
}

/** R.36.2: the metrics of the variants side by side (lower is better), then the justification in words. */
function justificationBlocks(
  input: ResultsDocumentInput,
  processes: ShownProcess[],
  kinds: readonly VariantKind[],
  c: Ctx,
): DocBlock[] {
  const shownKinds = kinds.filter((k) => processes.some((p) => p.variants.some((v) => v.kind === k)));
  const tables = processes
    .filter((p) => p.variants.length > 0)
    .flatMap((p): DocBlock[] => {
      const of = (k: VariantKind) => p.variants.find((v) => v.kind === k)?.metrics;
      const asIs = of('as_is');
      return [
        { kind: 'heading', level: 3, text: c.label('results.process', { name: c.text(p.name) }) },
        {
          kind: 'table',
          widths: [40, ...shownKinds.map(() => 60 / shownKinds.length)],
          header: [
            [head(c.label('results.metric')), ...shownKinds.map((k) => head(c.label(`variant.${k}`)))],
          ],
          body: METRIC_KEYS.map((key) => [
            cell(c.label(`metric.${key}`)),
            ...shownKinds.map((k) => {
              const m = of(k)?.[key];
              if (!m) return cell('—', { align: 'center' });
              const change = k !== 'as_is' && asIs?.[key] ? ` (${delta(m.count - asIs[key].count)})` : '';
              return cell(`${m.count}${change}`, { align: 'center' });
            }),
          ]),
        },
      ];
    });
  const justification = input.content.justification.trim();
  return [
    { kind: 'heading', level: 2, text: c.label('results.justification') },
    ...(tables.length
      ? [{ kind: 'paragraph' as const, text: c.label('results.metricsNote') }, ...tables]
      : []),
    ...(justification ? [{ kind: 'paragraph' as const, text: justification }] : []),
  ];
}

/** R.36.3: the action plan, the items drafting legal acts marked. */
function planBlocks(input: ResultsDocumentInput, c: Ctx): DocBlock[] {
  return [
    { kind: 'heading', level: 1, text: c.label('results.plan') },
    {
      kind: 'table',
      widths: [6, 44, 22, 12, 16],
      header: [
        [
          head(c.label('common.number')),
          head(c.label('plan.action')),
          head(c.label('plan.responsible')),
          head(c.label('plan.due')),
          head(c.label('plan.draftsLegalAct')),
        ],
      ],
      body: input.content.actionPlan.map((item, i) => [
        cell(String(i + 1), { align: 'center' }),
        cell(item.action.split('\n')),
        cell(item.responsible.split('\n')),
        cell(officialDate(item.due), { align: 'center' }),
        cell(c.label(item.draftsLegalAct ? 'common.yes' : 'common.no'), { align: 'center' }),
      ]),
    },
  ];
}
