import type { ErrorBody } from '../../../api/common.ts';
import type { MapSummaryOut } from '../../../api/maps.ts';
import { type CellsBody, EVIDENCE_TYPES, type ReportOut, type SummaryOut } from '../../../api/monitoring.ts';
import type { IndicatorStatus } from '../../../domain/monitoring/indicator.status.ts';
import type { TermOutcome } from '../../../domain/monitoring/rule.terms.ts';
import type { ExecutionState, ReportedCellState } from '../../../domain/monitoring/schedule.execution.ts';

/** Pure logic of the monitoring pages (R.25–R.28): form rows ↔ payloads, colours, per-row errors. */

/** antd Tag colours of an indicator's status. */
export const STATUS_COLOR: Record<IndicatorStatus, string> = {
  on_track: 'success',
  at_risk: 'warning',
  off_track: 'error',
  not_reported: 'default',
  no_target: 'default',
};

/** antd Tag colours of a plan-schedule cell's actual state. */
export const EXECUTION_COLOR: Record<ExecutionState, string> = {
  done: 'success',
  in_progress: 'processing',
  not_started: 'default',
  late: 'error',
  upcoming: 'default',
};

/** antd Tag colours of a term of the Rules. */
export const TERM_COLOR: Record<TermOutcome, string> = {
  met: 'success',
  missed: 'error',
  pending: 'processing',
};

export const PERIOD_STATUS_COLOR = { open: 'processing', submitted: 'warning', locked: 'success' } as const;

/** Map statuses that put a version in force (monitoring reports on it). */
const IN_FORCE = ['approved', 'published'];

/** The user's own body's map in force: the first of its maps whose latest version is approved or published. */
export function ownMapInForce(maps: readonly MapSummaryOut[], orgId: string): MapSummaryOut | null {
  return maps.find((m) => m.organisation.id === orgId && IN_FORCE.includes(m.latestVersion.status)) ?? null;
}

/** One row of the quarterly report form: the values as typed. */
export interface ActualDraft {
  key: string;
  value: string;
  valueDate: string;
  source: string;
  comment: string;
  /** A new evidence file picked in the form (replaces the stored one on save). */
  evidence: EvidenceDraft | null;
  baseRevision: number;
}

/** An evidence file read in the browser, as the API takes it. */
type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export interface EvidenceDraft {
  name: string;
  type: EvidenceType;
  contentBase64: string;
}

const EVIDENCE_BY_EXTENSION: Record<string, EvidenceType> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The accepted evidence file types, for the file picker. */
export const EVIDENCE_ACCEPT = Object.keys(EVIDENCE_BY_EXTENSION)
  .map((e) => `.${e}`)
  .join(',');

/**
 * The evidence type of a picked file by its browser type, else by its extension; null when it is
 * none of the accepted ones (the server checks the content itself anyway).
 */
export function evidenceTypeOf(file: { name: string; type: string }): EvidenceType | null {
  if ((EVIDENCE_TYPES as readonly string[]).includes(file.type)) return file.type as EvidenceType;
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return EVIDENCE_BY_EXTENSION[ext] ?? null;
}

/** The form's rows from the server's report: one per monitored indicator. */
export function draftsFromReport(report: Pick<ReportOut, 'indicators'>): ActualDraft[] {
  return report.indicators.map((i) => ({
    key: i.key,
    value: i.actual ? String(i.actual.value) : '',
    valueDate: i.actual?.valueDate ?? '',
    source: i.actual?.source ?? '',
    comment: i.actual?.comment ?? '',
    evidence: null,
    baseRevision: i.actual?.revision ?? 0,
  }));
}

const same = (a: ActualDraft, b: ActualDraft | undefined) =>
  !!b &&
  a.value.trim() === b.value.trim() &&
  a.valueDate === b.valueDate &&
  a.source.trim() === b.source.trim() &&
  a.comment.trim() === b.comment.trim() &&
  a.evidence === b.evidence;

/**
 * A typed value as sent: a number when it reads as one (a decimal comma allowed, spaces between
 * thousands ignored), else the text as typed so the server names the row's error in the user's language.
 */
export function parseValue(raw: string): number | string {
  const s = raw
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  if (s === '') return '';
  const n = Number(s);
  return Number.isFinite(n) && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s) ? n : raw.trim();
}

export type ActualRowPayload = {
  key: string;
  value: number | string;
  valueDate?: string;
  source: string;
  comment: string;
  evidence?: EvidenceDraft;
  baseRevision: number;
};

/**
 * The batch to save: the rows changed against the server's, each with the revision it was based
 * on. A row never reported and left blank is not sent; a reported row cleared is sent (the server
 * refuses an empty value with the row's message).
 */
export function actualsPayload(
  drafts: readonly ActualDraft[],
  original: readonly ActualDraft[],
): { actuals: ActualRowPayload[] } {
  const byKey = new Map(original.map((o) => [o.key, o]));
  const actuals: ActualRowPayload[] = [];
  for (const d of drafts) {
    const o = byKey.get(d.key);
    if (same(d, o)) continue;
    const blank =
      d.value.trim() === '' && !d.source.trim() && !d.comment.trim() && !d.valueDate && !d.evidence;
    if (blank && (o?.baseRevision ?? 0) === 0) continue;
    actuals.push({
      key: d.key,
      value: parseValue(d.value),
      ...(d.valueDate ? { valueDate: d.valueDate } : {}),
      source: d.source.trim(),
      comment: d.comment.trim(),
      ...(d.evidence ? { evidence: d.evidence } : {}),
      baseRevision: d.baseRevision,
    });
  }
  return { actuals };
}

/** The rows whose draft differs from the server's. */
export const dirtyKeys = (drafts: readonly ActualDraft[], original: readonly ActualDraft[]): string[] => {
  const byKey = new Map(original.map((o) => [o.key, o]));
  return drafts.filter((d) => !same(d, byKey.get(d.key))).map((d) => d.key);
};

export interface RowError {
  field: string;
  message: string;
}

/**
 * The server's per-row issues of a refused batch (400, paths `body.<list>.<index>.<field>`) by the
 * key of the row sent at that index; the messages are the server's, in the user's language. Issues
 * that name no row are returned under '' (shown above the table).
 */
export function rowErrors(
  body: Pick<ErrorBody, 'issues'> | undefined,
  sentKeys: readonly string[],
  list: 'actuals' | 'cells' = 'actuals',
): Record<string, RowError[]> {
  const out: Record<string, RowError[]> = {};
  for (const issue of body?.issues ?? []) {
    const [b, l, index, field] = issue.path;
    const key = b === 'body' && l === list && typeof index === 'number' ? (sentKeys[index] ?? '') : '';
    const list_ = out[key] ?? [];
    list_.push({ field: typeof field === 'string' ? field : '', message: issue.message });
    out[key] = list_;
  }
  return out;
}

/** A refused save because another user changed a row meanwhile. */
export const isStale = (status: number, code: string) =>
  status === 409 && code === 'monitoring.actual_conflict';

/** The period 'YYYY-Qn' as year and quarter, or null for a year. */
export function quarterOf(period: string): { year: number; q: number } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  return m ? { year: Number(m[1]), q: Number(m[2]) } : null;
}

export type ReportCell = ReportOut['cells'][number];
export const cellKey = (c: Pick<ReportCell, 'caseId' | 'processId' | 'quarter'>) =>
  `${c.caseId}|${c.processId ?? ''}|${c.quarter}`;

/** The planned cells of the period's own quarter (the report carries earlier quarters too). */
export function cellsOfQuarter(cells: readonly ReportCell[], period: string): ReportCell[] {
  const q = quarterOf(period);
  return q ? cells.filter((c) => c.year === q.year && c.q === q.q) : [];
}

/** The office's entry for a reportable cell: its state and a comment. */
export interface CellDraft {
  state: ReportedCellState;
  comment: string;
}

/** The entry shown for a reportable cell: the reported state and comment, else not started. */
export const cellDraftOf = (c: ReportCell): CellDraft => ({
  state: c.reported ?? 'not_started',
  comment: c.comment ?? '',
});

/**
 * The cells to save: reportable (not project-fed) ones whose state or comment changed, or that
 * were never reported.
 */
export function cellsPayload(
  cells: readonly ReportCell[],
  drafts: Readonly<Record<string, CellDraft>>,
): CellsBody {
  return {
    cells: cells
      .filter((c) => c.source !== 'project')
      .flatMap((c) => {
        const d = drafts[cellKey(c)];
        if (!d) return [];
        const changed = d.state !== c.reported || d.comment.trim() !== (c.comment ?? '');
        return changed
          ? [
              {
                caseId: c.caseId,
                processId: c.processId,
                quarter: c.quarter,
                state: d.state,
                comment: d.comment.trim(),
              },
            ]
          : [];
      }),
  };
}

/** The late items of the plan-schedule, earliest quarter first. */
export const lateCells = (s: Pick<SummaryOut, 'schedule'>) =>
  s.schedule.cells.filter((c) => c.state === 'late').sort((a, b) => a.quarter - b.quarter);

/** The years shown in the indicators table: every year any indicator has, ascending. */
export function summaryYears(s: Pick<SummaryOut, 'indicators'>): number[] {
  return [...new Set(s.indicators.flatMap((i) => i.years.map((y) => y.year)))].sort((a, b) => a - b);
}

/** Deviation of an actual from its target, signed (actual − target); null when either is missing. */
export const deviation = (target: number | null, actual: number | null): number | null =>
  target === null || actual === null ? null : Math.round((actual - target) * 1e6) / 1e6;

/** The chart's series of one indicator: targets and actuals per year of the period, and its baseline. */
export function indicatorSeries(
  i: Pick<SummaryOut['indicators'][number], 'years' | 'baselineValue'>,
  years: readonly number[],
) {
  const of = (year: number) => i.years.find((y) => y.year === year);
  return {
    target: years.map((y) => of(y)?.target ?? null),
    actual: years.map((y) => of(y)?.actual ?? null),
    baseline: i.baselineValue,
  };
}
