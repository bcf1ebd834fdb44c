import { type LocalizedText, pickText } from '../locale.ts';
import { R19_CRITERIA } from '../map/map.schema.ts';
import { deviationOf, type IndicatorStatus } from '../monitoring/indicator.status.ts';
import { INDICATOR_KINDS, type IndicatorKind } from '../monitoring/indicators.ts';
import { parsePeriod, periodLabel } from '../monitoring/period.ts';
import type { TermOutcome } from '../monitoring/rule.terms.ts';
import { EXECUTION_STATES, type ExecutionState } from '../monitoring/schedule.execution.ts';
import { cell, type DocBlock, type DocCell, type DocModel } from './document.model.ts';
import { type DocumentLocale, formLabel } from './form-labels.ts';
import { type ReportLabelKey, reportLabel } from './report-labels.ts';
import { officialDate } from './results.document.ts';

/**
 * The monitoring reports as official documents: a body's internal monitoring (R.25–R.27) and the
 * national external monitoring (R.28). Both print the numbers the monitoring pages and the XLSX
 * workbooks show — the server passes the same summaries (monitoring.present.ts buildSummary and
 * national.routes.ts buildNational); the shapes below are the parts of them a document reads.
 */

type Counts = Record<IndicatorStatus, number> & { total: number };
type ExecutionCounts = Record<ExecutionState, number> & { total: number };
type Kpi = { period: string | null; value: number | null; onTrack: number; counted: number };
type Criteria = { criterion: number; counts: Counts }[];

export interface MonitoringSummary {
  org: { name: LocalizedText };
  version: { number: number };
  today: string;
  kpi: Kpi;
  latest: { period: string | null; criteria: Criteria; unassignedCriterion: Counts };
  indicators: {
    kind: IndicatorKind;
    containerName: LocalizedText | null;
    name: LocalizedText;
    unit: LocalizedText;
    direction: 'increase' | 'decrease';
    years: {
      year: number;
      target: number | null;
      actual: number | null;
      period: string | null;
      status: IndicatorStatus;
    }[];
  }[];
  schedule: {
    cells: {
      caseName: LocalizedText;
      processName: LocalizedText | null;
      year: number;
      q: number;
      code: string;
      state: ExecutionState;
      comment: string | null;
    }[];
    counts: ExecutionCounts;
    executedOnSchedule: number | null;
  };
  deadlines: {
    terms: {
      term: 'review' | 'publication' | 'teamFormation' | 'resultsPublication';
      versionNumber: number | null;
      caseName: LocalizedText | null;
      from: string;
      due: string;
      doneOn: string | null;
      outcome: TermOutcome;
    }[];
  };
}

export interface NationalSummary {
  today: string;
  bodies: {
    rank: number;
    org: { name: LocalizedText };
    kpi: Kpi;
    indicators: { period: string | null; counts: Counts };
    schedule: { counts: ExecutionCounts };
    terms: { met: number; missed: number; pending: number };
    lastSubmittedAt: string | null;
  }[];
  criteria: Criteria;
  unassignedCriterion: Counts;
  totals: {
    indicators: Counts;
    schedule: ExecutionCounts;
    terms: { met: number; missed: number; pending: number };
  };
}

interface Ctx {
  locale: DocumentLocale;
  label: (key: ReportLabelKey, params?: Record<string, string | number>) => string;
  text: (t: LocalizedText | null | undefined) => string;
  num: (n: number | null | undefined) => string;
  period: (p: string | null) => string;
}

function readerOf(locale: DocumentLocale): Ctx {
  const nf = new Intl.NumberFormat(locale === 'kk' ? 'kk-KZ' : 'ru-RU', { maximumFractionDigits: 6 });
  return {
    locale,
    label: (key, params) => reportLabel(key, locale, params),
    text: (t) => pickText(t, locale),
    num: (n) => (n === null || n === undefined ? '' : nf.format(n)),
    period: (p) => {
      const parsed = p ? parsePeriod(p) : null;
      return parsed ? periodLabel(parsed, locale) : '';
    },
  };
}

const head = (text: string, extra: Omit<DocCell, 'lines'> = {}): DocCell =>
  cell(text, { bold: true, align: 'center', ...extra });
const center = (text: string): DocCell => cell(text, { align: 'center' });

/** A signed number with a typographic minus ("+1,5", "−2"). */
function signed(n: number, c: Ctx): string {
  if (n === 0) return '0';
  return `${n > 0 ? '+' : '−'}${c.num(Math.abs(n))}`;
}

/** R.25: the KPI with its period, its numbers and the formula it is computed by. */
function kpiBlocks(kpi: Kpi, c: Ctx): DocBlock[] {
  return [
    { kind: 'heading', level: 1, text: c.label('monitoring.kpi') },
    {
      kind: 'fields',
      rows: [
        { label: c.label('kpi.period'), value: [c.period(kpi.period) || c.label('common.none')] },
        {
          label: c.label('kpi.value'),
          value:
            kpi.value === null
              ? [c.label('kpi.none')]
              : [
                  c.label('kpi.percent', { value: c.num(kpi.value) }),
                  c.label('kpi.counts', { onTrack: kpi.onTrack, counted: kpi.counted }),
                ],
        },
        { label: c.label('kpi.formula'), value: [c.label('kpi.formulaText')] },
      ],
    },
  ];
}

/** Indicators year by year against their targets: the deviation and the status (one table per kind). */
function indicatorBlocks(s: MonitoringSummary, c: Ctx): DocBlock[] {
  const out: DocBlock[] = [{ kind: 'heading', level: 1, text: c.label('monitoring.indicators') }];
  for (const kind of INDICATOR_KINDS) {
    const indicators = s.indicators.filter((i) => i.kind === kind);
    if (!indicators.length) continue;
    const body: DocCell[][] = [];
    for (const ind of indicators) {
      const years = ind.years.filter((y) => y.target !== null || y.actual !== null);
      const shown = years.length ? years : ind.years.slice(0, 1);
      const span = Math.max(1, shown.length);
      const container = c.text(ind.containerName);
      const name = cell([c.text(ind.name), ...(container ? [`(${container})`] : [])], { rowSpan: span });
      const unit = cell(c.text(ind.unit), { align: 'center', rowSpan: span });
      shown.forEach((y, i) => {
        const deviation =
          y.target !== null && y.actual !== null ? deviationOf(ind.direction, y.target, y.actual) : null;
        const parsed = y.period ? parsePeriod(y.period) : null;
        const actual =
          y.actual === null
            ? []
            : [
                c.num(y.actual),
                ...(parsed?.kind === 'quarter'
                  ? [`(${c.label('ind.period', { period: c.period(y.period) })})`]
                  : []),
              ];
        body.push([
          ...(i === 0 ? [name, unit] : []),
          center(String(y.year)),
          center(c.num(y.target)),
          cell(actual, { align: 'center' }),
          center(
            deviation
              ? `${signed(deviation.absolute, c)}${
                  deviation.relative === null
                    ? ''
                    : ` (${signed(Math.round(deviation.relative * 1000) / 10, c)} %)`
                }`
              : '',
          ),
          center(c.label(`status.${y.status}`)),
        ]);
      });
    }
    out.push(
      { kind: 'heading', level: 2, text: c.label(`indicators.${kind}`) },
      {
        kind: 'table',
        dense: true,
        widths: [32, 10, 8, 11, 13, 14, 12],
        header: [
          [
            head(c.label('ind.name')),
            head(c.label('ind.unit')),
            head(c.label('ind.year')),
            head(c.label('ind.target')),
            head(c.label('ind.actual')),
            head(c.label('ind.deviation')),
            head(c.label('ind.status')),
          ],
        ],
        body,
      },
    );
  }
  return out;
}

const quarterText = (year: number, q: number, c: Ctx) =>
  periodLabel({ kind: 'quarter', year, quarter: q as 1 | 2 | 3 | 4 }, c.locale);

/** R.26: the plan-schedule's execution in numbers, then every late item. */
function scheduleBlocks(s: MonitoringSummary, c: Ctx): DocBlock[] {
  const late = s.schedule.cells.filter((x) => x.state === 'late');
  return [
    { kind: 'heading', level: 1, text: c.label('monitoring.schedule') },
    {
      kind: 'fields',
      rows: [
        ...EXECUTION_STATES.map((state) => ({
          label: c.label(`execution.${state}`),
          value: [String(s.schedule.counts[state])],
        })),
        { label: c.label('status.total'), value: [String(s.schedule.counts.total)] },
        {
          label: c.label('execution.onSchedule'),
          value: [
            s.schedule.executedOnSchedule === null
              ? c.label('common.none')
              : `${c.num(Math.round(s.schedule.executedOnSchedule * 1000) / 10)} %`,
          ],
        },
      ],
    },
    { kind: 'heading', level: 2, text: c.label('monitoring.late') },
    ...(late.length
      ? [
          {
            kind: 'table' as const,
            widths: [28, 28, 16, 8, 20],
            header: [
              [
                head(c.label('cell.case')),
                head(c.label('cell.process')),
                head(c.label('cell.quarter')),
                head(c.label('cell.code')),
                head(c.label('cell.comment')),
              ],
            ],
            body: late.map((x) => [
              cell(c.text(x.caseName)),
              cell(x.processName ? c.text(x.processName) : ''),
              center(quarterText(x.year, x.q, c)),
              cell(x.code, { align: 'center', bold: true }),
              cell(x.comment ?? ''),
            ]),
          },
        ]
      : [{ kind: 'paragraph' as const, text: c.label('common.none') }]),
  ];
}

/** The terms of the Rules (R.23, R.24, R.30, R.37): met, missed or still running. */
function termBlocks(s: MonitoringSummary, c: Ctx): DocBlock[] {
  return [
    { kind: 'heading', level: 1, text: c.label('monitoring.terms') },
    {
      kind: 'table',
      widths: [26, 22, 13, 13, 13, 13],
      header: [
        [
          head(c.label('term.term')),
          head(c.label('term.subject')),
          head(c.label('term.from')),
          head(c.label('term.due')),
          head(c.label('term.doneOn')),
          head(c.label('term.outcome')),
        ],
      ],
      body: s.deadlines.terms.map((t) => [
        cell(c.label(`term.${t.term}`)),
        cell(
          t.caseName
            ? c.text(t.caseName)
            : t.versionNumber !== null
              ? c.label('term.versionN', { n: t.versionNumber })
              : '',
        ),
        center(officialDate(t.from)),
        center(officialDate(t.due)),
        center(officialDate(t.doneOn)),
        cell(c.label(`outcome.${t.outcome}`), { align: 'center', bold: t.outcome === 'missed' }),
      ]),
    },
  ];
}

const STATUS_COLUMNS = ['on_track', 'at_risk', 'off_track', 'no_target', 'not_reported'] as const;

/** R.19: the performance indicators' statuses counted per criterion. */
function criteriaBlocks(criteria: Criteria, unassigned: Counts, c: Ctx): DocBlock[] {
  const row = (label: string, counts: Counts) => [
    cell(label),
    ...STATUS_COLUMNS.map((k) => center(String(counts[k]))),
    center(String(counts.total)),
  ];
  return [
    { kind: 'heading', level: 1, text: c.label('monitoring.criteria') },
    {
      kind: 'table',
      dense: true,
      widths: [40, 10, 10, 10, 10, 10, 10],
      header: [
        [
          head(c.label('criteria.criterion')),
          ...STATUS_COLUMNS.map((k) => head(c.label(`status.${k}`))),
          head(c.label('status.total')),
        ],
      ],
      body: [
        ...R19_CRITERIA.map((n) => {
          const counts = criteria.find((x) => x.criterion === n)?.counts;
          return counts ? row(`${n}) ${formLabel(`criterion.${n}`, c.locale)}`, counts) : null;
        }).filter((r): r is DocCell[] => r !== null),
        row(c.label('criteria.unassigned'), unassigned),
      ],
    },
  ];
}

/** A body's monitoring report (R.27): KPI, indicators by year, the plan-schedule, the terms, R.19. */
export function buildMonitoringDocumentModel(s: MonitoringSummary, locale: DocumentLocale): DocModel {
  const c = readerOf(locale);
  return {
    locale,
    title: `${c.label('monitoring.title')}: ${c.text(s.org.name)}`,
    sections: [
      {
        orientation: 'portrait',
        blocks: [
          {
            kind: 'title',
            lines: [
              c.label('monitoring.title'),
              c.text(s.org.name),
              c.label('monitoring.version', { n: s.version.number }),
              c.label('common.asOf', { date: officialDate(s.today) }),
            ],
          },
          ...kpiBlocks(s.kpi, c),
          ...indicatorBlocks(s, c),
          ...scheduleBlocks(s, c),
          ...termBlocks(s, c),
          ...criteriaBlocks(s.latest.criteria, s.latest.unassignedCriterion, c),
        ],
      },
    ],
  };
}

/** The national report (R.28): the bodies ranked, the totals, the R.19 roll-up. */
export function buildNationalDocumentModel(n: NationalSummary, locale: DocumentLocale): DocModel {
  const c = readerOf(locale);
  const ranking: DocBlock = {
    kind: 'table',
    dense: true,
    widths: [6, 30, 8, 8, 8, 8, 10, 10, 12],
    header: [
      [
        head(c.label('national.rank'), { rowSpan: 2 }),
        head(c.label('national.body'), { rowSpan: 2 }),
        head(c.label('national.kpi'), { rowSpan: 2 }),
        head(c.label('national.indicators'), { colSpan: 3 }),
        head(c.label('national.late'), { rowSpan: 2 }),
        head(c.label('national.termsMissed'), { rowSpan: 2 }),
        head(c.label('national.lastReport'), { rowSpan: 2 }),
      ],
      [head(c.label('status.on_track')), head(c.label('status.at_risk')), head(c.label('status.off_track'))],
    ],
    body: n.bodies.map((b) => [
      center(String(b.rank)),
      cell(c.text(b.org.name)),
      center(b.kpi.value === null ? '—' : c.num(b.kpi.value)),
      center(String(b.indicators.counts.on_track)),
      center(String(b.indicators.counts.at_risk)),
      center(String(b.indicators.counts.off_track)),
      center(String(b.schedule.counts.late)),
      center(String(b.terms.missed)),
      center(officialDate(b.lastSubmittedAt)),
    ]),
  };
  const t = n.totals;
  return {
    locale,
    title: c.label('national.title'),
    sections: [
      {
        orientation: 'portrait',
        blocks: [
          {
            kind: 'title',
            lines: [
              c.label('national.title'),
              c.label('national.subtitle'),
              c.label('common.asOf', { date: officialDate(n.today) }),
            ],
          },
          { kind: 'heading', level: 1, text: c.label('national.ranking') },
          ...(n.bodies.length
            ? [ranking, { kind: 'legend' as const, text: c.label('national.rankRule') }]
            : [{ kind: 'paragraph' as const, text: c.label('national.empty') }]),
          { kind: 'paragraph', text: `${c.label('kpi.formula')} (KPI): ${c.label('kpi.formulaText')}` },
          { kind: 'heading', level: 1, text: c.label('national.totals') },
          {
            kind: 'fields',
            rows: [
              { label: c.label('national.bodies'), value: [String(n.bodies.length)] },
              {
                label: c.label('national.indicators'),
                value: STATUS_COLUMNS.map((k) => `${c.label(`status.${k}`)}: ${t.indicators[k]}`),
              },
              {
                label: c.label('execution.cells'),
                value: EXECUTION_STATES.map((k) => `${c.label(`execution.${k}`)}: ${t.schedule[k]}`),
              },
              {
                label: c.label('monitoring.terms'),
                value: (['met', 'missed', 'pending'] as const).map(
                  (k) => `${c.label(`outcome.${k}`)}: ${t.terms[k]}`,
                ),
              },
            ],
          },
          ...criteriaBlocks(n.criteria, n.unassignedCriterion, c),
        ],
      },
    ],
  };
}
