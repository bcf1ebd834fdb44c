import { z } from 'zod';
import { ORG_KINDS } from '../domain/auth/roles.ts';
import { LocalizedTextSchema } from '../domain/locale.ts';
import { INDICATOR_STATUSES } from '../domain/monitoring/indicator.status.ts';
import { INDICATOR_KINDS } from '../domain/monitoring/indicators.ts';
import { PERIOD_PATTERN } from '../domain/monitoring/period.ts';
import { TERM_OUTCOMES } from '../domain/monitoring/rule.terms.ts';
import { EXECUTION_STATES, REPORTED_CELL_STATES } from '../domain/monitoring/schedule.execution.ts';
import { OrganisationOut, Uuid } from './common.ts';

/** Contracts of the monitoring of maps (R.25–R.28): reporting periods, actual values, the plan-schedule. */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'iso_date');
const PeriodKey = z.string().regex(PERIOD_PATTERN, 'period');

export const PERIOD_STATUSES = ['open', 'submitted', 'locked'] as const;
export const PeriodStatus = z.enum(PERIOD_STATUSES);
export type PeriodStatus = z.infer<typeof PeriodStatus>;
export const PERIOD_ACTIONS = ['report_indicators', 'report_schedule', 'submit', 'lock'] as const;

/** Evidence files: PDF, images, DOCX, XLSX; at most 10 MB each. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

export const MapParams = z.object({ mapId: Uuid });
export const PeriodParams = z.object({ mapId: Uuid, period: PeriodKey });
export const EvidenceParams = PeriodParams.extend({ key: z.string().min(1).max(200) });

export const PeriodOut = z.object({
  id: Uuid,
  period: z.string(),
  kind: z.enum(['quarter', 'year']),
  status: PeriodStatus,
  versionNumber: z.number().int(),
  openedOn: z.string(),
  /** The report's due day, and the dates counted (the period's last day excluded). */
  periodEnd: z.string(),
  due: z.string(),
  /** Working days left until `due` (0 on the day, negative once overdue); null once submitted. */
  daysLeft: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  lockedAt: z.string().nullable(),
  lockedBy: z.string().nullable(),
  allowedActions: z.array(z.enum(PERIOD_ACTIONS)),
});
export type PeriodOut = z.infer<typeof PeriodOut>;

export const PeriodListOut = z.object({
  mapId: Uuid,
  org: OrganisationOut,
  /** The version in force (approved or published) the next period will report on. */
  version: z.object({ id: Uuid, number: z.number().int(), status: z.string() }),
  periods: z.array(PeriodOut),
  /** The next period to open and the day it opens. */
  next: z.object({ period: z.string(), opensOn: z.string(), due: z.string() }).nullable(),
});

export const EvidenceIn = z.object({
  name: z.string().trim().min(1).max(255),
  type: z.enum(EVIDENCE_TYPES),
  contentBase64: z.string().min(1),
});

/**
 * One row of actual values. `value` is checked by the domain (checkActualRows) rather than here, so
 * a string, NaN or a wrong unit is reported per row and field in the caller's language.
 */
export const ActualRowIn = z.object({
  /** The indicator's key: 'sector:<sectorId>:<id>', 'priority_direction:<directionId>:<id>', 'performance:<id>'. */
  key: z.string().max(200),
  /** A finite number in the indicator's own unit. */
  value: z.unknown(),
  /** Optional: the unit the sender means; refused unless it is the indicator's. */
  unit: z.unknown().optional(),
  /** The date the value was measured on; the period's last day when left out. */
  valueDate: IsoDate.optional(),
  source: z.string().trim().max(2000).default(''),
  comment: z.string().trim().max(5000).default(''),
  /** A new evidence file (replaces the stored one); leave out to keep it. */
  evidence: EvidenceIn.optional(),
  /** The row's revision the change is based on (0 for a first value); a stale one is a 409. */
  baseRevision: z.number().int().min(0),
});
export const ActualsBody = z.object({ actuals: z.array(ActualRowIn).min(1).max(500) });
export type ActualsBody = z.infer<typeof ActualsBody>;

export const CellRowIn = z.object({
  caseId: z.string().min(1).max(64),
  processId: z.string().min(1).max(64).nullable().default(null),
  /** Index of the quarter in the map's period (0 = I quarter of the first year). */
  quarter: z.number().int().min(0).max(39),
  state: z.enum(REPORTED_CELL_STATES),
  comment: z.string().trim().max(5000).default(''),
});
export const CellsBody = z.object({ cells: z.array(CellRowIn).min(1).max(2000) });
export type CellsBody = z.infer<typeof CellsBody>;

export const SavedActualsOut = z.object({
  period: z.string(),
  saved: z.array(z.object({ key: z.string(), revision: z.number().int() })),
});
export const SavedCellsOut = z.object({ period: z.string(), saved: z.number().int() });

const StatusOut = z.enum(INDICATOR_STATUSES);
export const DeviationOut = z
  .object({ absolute: z.number(), relative: z.number().nullable(), favourable: z.boolean() })
  .nullable();

export const ActualOut = z.object({
  value: z.number(),
  valueDate: z.string(),
  source: z.string(),
  comment: z.string(),
  evidence: z
    .object({ name: z.string(), type: z.string(), size: z.number().int(), sha256: z.string() })
    .nullable(),
  revision: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

export const IndicatorBase = z.object({
  key: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  containerId: z.string().nullable(),
  containerName: LocalizedTextSchema.nullable(),
  indicatorId: z.string(),
  name: LocalizedTextSchema,
  unit: LocalizedTextSchema,
  /** R.19 criterion of a performance indicator. */
  criterion: z.number().int().nullable(),
  direction: z.enum(['increase', 'decrease']),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
});

export const ReportIndicatorOut = IndicatorBase.extend({
  target: z.number().nullable(),
  expected: z.number().nullable(),
  actual: ActualOut.nullable(),
  deviation: DeviationOut,
  achievement: z.number().nullable(),
  status: StatusOut,
});

export const CellOut = z.object({
  sectorId: z.string(),
  caseId: z.string(),
  caseName: LocalizedTextSchema,
  processId: z.string().nullable(),
  processName: LocalizedTextSchema.nullable(),
  quarter: z.number().int(),
  year: z.number().int(),
  q: z.number().int(),
  code: z.enum(['R', 'F', 'D']),
  state: z.enum(EXECUTION_STATES),
  source: z.enum(['project', 'report', 'plan']),
  reported: z.enum(REPORTED_CELL_STATES).nullable(),
  /** The comment of the last report of the cell. */
  comment: z.string().nullable(),
  /** The reengineering project of an R cell, when one feeds it. */
  projectId: Uuid.nullable(),
});

export const ReportOut = z.object({
  mapId: Uuid,
  org: OrganisationOut,
  period: PeriodOut,
  /** The day the cells' states are computed for: today, or the report's due day once it has passed. */
  asOf: z.string(),
  indicators: z.array(ReportIndicatorOut),
  cells: z.array(CellOut),
});
export type ReportOut = z.infer<typeof ReportOut>;

const Counts = z.object({
  on_track: z.number().int(),
  at_risk: z.number().int(),
  off_track: z.number().int(),
  no_target: z.number().int(),
  not_reported: z.number().int(),
  total: z.number().int(),
});
const ExecutionCounts = z.object({
  done: z.number().int(),
  in_progress: z.number().int(),
  not_started: z.number().int(),
  late: z.number().int(),
  upcoming: z.number().int(),
  total: z.number().int(),
});

export const SummaryOut = z.object({
  mapId: Uuid,
  org: OrganisationOut,
  version: z.object({ id: Uuid, number: z.number().int(), status: z.string() }),
  today: z.string(),
  /** The deputy head's KPI (R.25) in the latest reported period (domain/monitoring/kpi.ts). */
  kpi: z.object({
    period: z.string().nullable(),
    value: z.number().nullable(),
    onTrack: z.number().int(),
    counted: z.number().int(),
  }),
  /** The statuses in the latest reported period: all indicators, and the R.19 roll-up. */
  latest: z.object({
    period: z.string().nullable(),
    counts: Counts,
    criteria: z.array(z.object({ criterion: z.number().int(), counts: Counts })),
    unassignedCriterion: Counts,
  }),
  /** Every indicator, year by year: target against actual (the annual report, else the last quarter's). */
  indicators: z.array(
    IndicatorBase.extend({
      years: z.array(
        z.object({
          year: z.number().int(),
          target: z.number().nullable(),
          actual: z.number().nullable(),
          /** The period the actual comes from. */
          period: z.string().nullable(),
          expected: z.number().nullable(),
          status: StatusOut,
        }),
      ),
    }),
  ),
  schedule: z.object({
    cells: z.array(CellOut),
    counts: ExecutionCounts,
    byQuarter: z.array(
      z.object({
        quarter: z.number().int(),
        year: z.number().int(),
        q: z.number().int(),
        counts: ExecutionCounts,
      }),
    ),
    executedOnSchedule: z.number().nullable(),
  }),
  /** The terms of the Rules: review (R.23), publication (R.24), team (R.30), results (R.37). */
  deadlines: z.object({
    terms: z.array(
      z.object({
        term: z.enum(['review', 'publication', 'teamFormation', 'resultsPublication']),
        point: z.string(),
        versionNumber: z.number().int().nullable(),
        projectId: Uuid.nullable(),
        caseName: LocalizedTextSchema.nullable(),
        from: z.string(),
        due: z.string(),
        doneOn: z.string().nullable(),
        outcome: z.enum(TERM_OUTCOMES),
      }),
    ),
    counts: z.object({ met: z.number().int(), missed: z.number().int(), pending: z.number().int() }),
  }),
  periods: z.array(PeriodOut),
  /** The last time a report was submitted. */
  lastSubmittedAt: z.string().nullable(),
});
export type SummaryOut = z.infer<typeof SummaryOut>;

/** External monitoring (R.28): how GET /api/monitoring/national orders the bodies. */
export const NATIONAL_SORTS = ['rank', 'kpi', 'late', 'termsMissed', 'lastReport', 'name'] as const;
export type NationalSort = (typeof NATIONAL_SORTS)[number];
export const NationalQuery = z.object({
  sort: z.enum(NATIONAL_SORTS).default('rank'),
  orgKind: z.enum(ORG_KINDS).optional(),
});

export const NationalBodyOut = z.object({
  /** The place in the national ranking: KPI highest first (none last), then fewer late cells. */
  rank: z.number().int(),
  org: OrganisationOut,
  mapId: Uuid,
  version: z.object({ id: Uuid, number: z.number().int(), status: z.string() }),
  kpi: SummaryOut.shape.kpi,
  /** The statuses of all indicators in the latest reported period. */
  indicators: z.object({ period: z.string().nullable(), counts: Counts }),
  schedule: z.object({
    counts: ExecutionCounts,
    executedOnSchedule: z.number().nullable(),
    /** Per quarter of the map's period: the counts and the worst state (the heat map's cell). */
    byQuarter: z.array(
      z.object({
        quarter: z.number().int(),
        year: z.number().int(),
        q: z.number().int(),
        counts: ExecutionCounts,
        worst: z.enum(EXECUTION_STATES).nullable(),
      }),
    ),
  }),
  terms: z.object({ met: z.number().int(), missed: z.number().int(), pending: z.number().int() }),
  lastSubmittedAt: z.string().nullable(),
});
export type NationalBodyOut = z.infer<typeof NationalBodyOut>;

export const NationalOut = z.object({
  today: z.string(),
  sort: z.enum(NATIONAL_SORTS),
  bodies: z.array(NationalBodyOut),
  /** The R.19 criteria summed over the bodies (each in its latest reported period). */
  criteria: z.array(z.object({ criterion: z.number().int(), counts: Counts })),
  unassignedCriterion: Counts,
  /** Totals over the bodies: indicator statuses, plan-schedule cells, terms of the Rules. */
  totals: z.object({
    indicators: Counts,
    schedule: ExecutionCounts,
    terms: z.object({ met: z.number().int(), missed: z.number().int(), pending: z.number().int() }),
  }),
});
export type NationalOut = z.infer<typeof NationalOut>;
