import { z } from 'zod';
import { emptyText, type LocalizedText, LocalizedTextSchema } from '../locale.ts';

/**
 * The Digital Transformation Map as the official form (Order 251/НҚ, appendix; Rules R.17, R.20).
 * This schema is the single source of truth for the document's shape: the API edge, the editor,
 * the validator, the exports and the diff all read it. It checks shape and types only; whether a
 * draft is complete and consistent with the Rules is the validator's job (map.validate.ts), so a
 * half-written draft can always be saved.
 */

export const SCHEMA_VERSION = 1;
/** The Form's period (F "Іске асыру мерзімі": 2025–2029 жылдар); five years per R.16. */
export const FORM_PERIOD = { from: 2025, to: 2029 } as const;
export const YEARS_IN_PERIOD = 5;
export const QUARTERS_IN_PERIOD = YEARS_IN_PERIOD * 4;

export const MAX_ITEMS = 500;

/** A stable identifier of a repeated item, kept across versions so two versions diff item by item. */
export const ItemIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'id');
/** A reference to a row of a reference table (public services, information systems, planning documents). */
export const RefIdSchema = z.string().uuid();

const Text = LocalizedTextSchema.default(emptyText);
const list = <T extends z.ZodTypeAny>(item: T) => z.array(item).max(MAX_ITEMS).default([]);
const Num = z.number().finite().min(-1e15).max(1e15);
const Year = z.number().int().min(1990).max(2100);

/** A named list entry (a business process, a department, a function…). */
export const NamedItemSchema = z.object({ id: ItemIdSchema, name: Text }).strict();
export type NamedItem = z.infer<typeof NamedItemSchema>;

/**
 * A measurable indicator (F 1.1: "Әрбір индикатор өлшенетін критерийлермен сипатталуы тиіс";
 * R.18: specific, measurable, time-bound). `targets` holds one value per year of the period,
 * keyed by year ("2025"…"2029"); null means not yet set.
 */
export const IndicatorSchema = z
  .object({
    id: ItemIdSchema,
    name: Text,
    unit: Text,
    baselineValue: Num.nullable().default(null),
    baselineYear: Year.nullable().default(null),
    targets: z.record(z.string().regex(/^\d{4}$/), Num.nullable()).default({}),
    source: Text,
  })
  .strict();
export type Indicator = z.infer<typeof IndicatorSchema>;

/** R.19: the five criteria a DT performance indicator measures. */
export const R19_CRITERIA = [1, 2, 3, 4, 5] as const;
export const PerformanceIndicatorSchema = IndicatorSchema.extend({
  criterion: z.number().int().min(1).max(R19_CRITERIA.length).nullable().default(null),
}).strict();
export type PerformanceIndicator = z.infer<typeof PerformanceIndicatorSchema>;

/** A stage of a subject's/object's life cycle (F "Өмірлік циклі"). */
export const LifeCycleStageSchema = NamedItemSchema;

/** A row of the subjects/objects of regulation table (F "Реттеудің субъектілері/объектілері"). */
export const SubjectSchema = z
  .object({
    id: ItemIdSchema,
    name: Text,
    count: Num.nonnegative().nullable().default(null),
    /** "ЖІӨ-ге қосқан үлесі": contribution to GDP or another economic measure, as written. */
    gdpContribution: Text,
    lifeCycle: list(LifeCycleStageSchema),
  })
  .strict();
export type Subject = z.infer<typeof SubjectSchema>;

/** A problem of the sector (F "Саладағы проблемалар"), from complaints or other sources. */
export const ProblemSchema = z
  .object({
    id: ItemIdSchema,
    text: Text,
    source: z.enum(['complaints', 'audit', 'analytics', 'other']).default('complaints'),
  })
  .strict();
export type Problem = z.infer<typeof ProblemSchema>;

/** A promising technology (F "Перспективалық технологиялар"), AI flagged. */
export const TechnologySchema = z
  .object({ id: ItemIdSchema, name: Text, description: Text, isAi: z.boolean().default(false) })
  .strict();
export type Technology = z.infer<typeof TechnologySchema>;

/** One cell of the plan-schedule (F 1.3): empty, R, F or D. */
export const SCHEDULE_CODES = ['R', 'F', 'D'] as const;
export type ScheduleCode = (typeof SCHEDULE_CODES)[number];
export const ScheduleCellSchema = z.enum(['', ...SCHEDULE_CODES]);
export type ScheduleCell = z.infer<typeof ScheduleCellSchema>;
/** A plan-schedule row: one cell per quarter of the period, I–IV of the first year first. */
export const ScheduleRowSchema = z
  .array(ScheduleCellSchema)
  .length(QUARTERS_IN_PERIOD)
  .default(() => emptySchedule());
export const emptySchedule = (): ScheduleCell[] => Array.from({ length: QUARTERS_IN_PERIOD }, () => '');

/** A business process of a case; carries its own schedule row when the case's row is split. */
export const BusinessProcessSchema = z
  .object({ id: ItemIdSchema, name: Text, schedule: ScheduleRowSchema })
  .strict();
export type BusinessProcess = z.infer<typeof BusinessProcessSchema>;

export const REENGINEERING_STATUSES = ['planned', 'in_progress', 'implemented'] as const;
export type ReengineeringStatus = (typeof REENGINEERING_STATUSES)[number];

/** A case — a group of business processes (F 1.2), with its plan-schedule row (F 1.3). */
export const CaseSchema = z
  .object({
    id: ItemIdSchema,
    name: Text,
    processes: list(BusinessProcessSchema),
    /** "Жасанды интеллектті перспективалық пайдалану": the most promising technologies. */
    aiUse: list(NamedItemSchema),
    responsibleUnits: list(NamedItemSchema),
    functions: list(NamedItemSchema),
    publicServiceIds: list(RefIdSchema),
    /** "Автоматтандыру мәртебесі": yes (with the information system) / no; null = not stated yet. */
    automated: z.boolean().nullable().default(null),
    informationSystemIds: list(RefIdSchema),
    /** Subjects/objects of regulation of the sector the case concerns (ids of `Sector.subjects`). */
    subjectIds: list(ItemIdSchema),
    /** Life-cycle stages the case covers (ids of stages in `Sector.subjects[].lifeCycle`). */
    lifeCycleStageIds: list(ItemIdSchema),
    reengineeringStatus: z.enum(REENGINEERING_STATUSES).nullable().default(null),
    /** Reengineered in 2021–2024: its target variant may be implemented without a new R. */
    reengineeredEarlier: z.boolean().default(false),
    /** When true, the plan-schedule has one row per business process instead of one for the case. */
    scheduleByProcess: z.boolean().default(false),
    schedule: ScheduleRowSchema,
  })
  .strict();
export type Case = z.infer<typeof CaseSchema>;

/** A Fast Track (priority) project (F 1.4); its sector is the sector that holds it. */
export const FastTrackSchema = z
  .object({
    id: ItemIdSchema,
    caseId: ItemIdSchema.nullable().default(null),
    /** "Кейс бойынша күрделілік пен өзектілік": why this case. */
    rationale: Text,
    /** "Ықтимал әсерлер". */
    expectedEffects: Text,
    /** "Перспективалық шешімдер немесе технологиялар": successful examples in other countries. */
    solutions: Text,
  })
  .strict();
export type FastTrack = z.infer<typeof FastTrackSchema>;

/** A sector of the map (F section 1, repeated as 2, 3, …). */
export const SectorSchema = z
  .object({
    id: ItemIdSchema,
    name: Text,
    /** "Жауапты бөлімшесі (Департамент / Комитет)" of the summary Gantt. */
    responsibleUnit: Text,
    description: Text,
    indicators: list(IndicatorSchema),
    subjects: list(SubjectSchema),
    problems: list(ProblemSchema),
    technologies: list(TechnologySchema),
    cases: list(CaseSchema),
    fastTrack: list(FastTrackSchema),
  })
  .strict();
export type Sector = z.infer<typeof SectorSchema>;

/** The seven key tasks the Form's passport lists under "Принциптері". */
export const PRINCIPLES = [1, 2, 3, 4, 5, 6, 7] as const;
export const PrincipleSchema = z
  .object({
    code: z.number().int().min(1).max(PRINCIPLES.length),
    /** How the map applies this principle. */
    application: Text,
  })
  .strict();
export type Principle = z.infer<typeof PrincipleSchema>;

export const IMPLEMENTER_KINDS = [
  'committee',
  'territorial_unit',
  'subordinate_organisation',
  'quasi_public_sector',
  'local_executive_body',
  'other_state_body',
] as const;
export const ImplementerSchema = z
  .object({ id: ItemIdSchema, name: Text, kind: z.enum(IMPLEMENTER_KINDS).default('committee') })
  .strict();
export type Implementer = z.infer<typeof ImplementerSchema>;

/** The passport (F "Паспорт"). The responsible state body is the map's owner organisation. */
export const PassportSchema = z
  .object({
    title: Text,
    goal: Text,
    /** "МЖЖ құжаты": State Planning System documents used (reference table ids). */
    planningDocumentIds: list(RefIdSchema),
    principles: list(PrincipleSchema),
    implementers: list(ImplementerSchema),
    /** "Дайындау негізі". */
    legalBasis: Text,
    period: z
      .object({ from: Year, to: Year })
      .strict()
      .default(() => ({ ...FORM_PERIOD })),
  })
  .strict();
export type Passport = z.infer<typeof PassportSchema>;

/** A priority direction with its target indicators (R.17, R.18, R.20 attachments). */
export const PriorityDirectionSchema = z
  .object({ id: ItemIdSchema, name: Text, indicators: list(IndicatorSchema) })
  .strict();
export const PilotProjectSchema = z
  .object({ id: ItemIdSchema, name: Text, description: Text, period: Text })
  .strict();
export const DataItemSchema = z
  .object({
    id: ItemIdSchema,
    name: Text,
    description: Text,
    informationSystemIds: list(RefIdSchema),
  })
  .strict();
export const RiskSchema = z.object({ id: ItemIdSchema, risk: Text, management: Text }).strict();

/** Attachments of R.17 and R.20. Problems, technologies and the reengineering plan live in the sectors. */
export const AttachmentsSchema = z
  .object({
    priorityDirections: list(PriorityDirectionSchema),
    performanceIndicators: list(PerformanceIndicatorSchema),
    pilotProjects: list(PilotProjectSchema),
    dataList: list(DataItemSchema),
    achievabilityJustification: Text,
    risks: list(RiskSchema),
  })
  .strict();
export type Attachments = z.infer<typeof AttachmentsSchema>;

export const MapDocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION),
    passport: PassportSchema.default(() => PassportSchema.parse({})),
    sectors: z.array(SectorSchema).max(50).default([]),
    attachments: AttachmentsSchema.default(() => AttachmentsSchema.parse({})),
  })
  .strict()
  .superRefine((doc, ctx) => {
    // Items refer to each other by id (cases → stages, Fast Track → cases) and versions diff by id:
    // an id repeated within its list would make both ambiguous.
    const unique = (items: { id: string }[], path: (string | number)[]) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id))
          ctx.addIssue({ code: 'custom', message: 'duplicate_id', path: [...path, i, 'id'] });
        seen.add(item.id);
      });
    };
    unique(doc.sectors, ['sectors']);
    doc.sectors.forEach((s, si) => {
      const base = ['sectors', si];
      for (const key of ['indicators', 'subjects', 'problems', 'technologies', 'cases', 'fastTrack'] as const)
        unique(s[key], [...base, key]);
      const stages = new Set<string>();
      s.subjects.forEach((subject, i) => {
        subject.lifeCycle.forEach((stage, j) => {
          if (stages.has(stage.id))
            ctx.addIssue({
              code: 'custom',
              message: 'duplicate_id',
              path: [...base, 'subjects', i, 'lifeCycle', j, 'id'],
            });
          stages.add(stage.id);
        });
      });
      s.cases.forEach((c, i) => {
        unique(c.processes, [...base, 'cases', i, 'processes']);
      });
    });
  });
export type MapDocument = z.infer<typeof MapDocumentSchema>;
/** What a caller may send: defaults fill in what is left out. */
export type MapDocumentInput = z.input<typeof MapDocumentSchema>;

/** The Form's default wording of the legal basis ("Дайындау негізі") in kk and ru. */
export const DEFAULT_LEGAL_BASIS: LocalizedText = {
  kk: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі, Мемлекеттік басқаруды цифрлық трансформациялау қағидаларын бекіту туралы Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің міндетін атқарушысының 2024 жылғы 27 қыркүйектегі № 601/НҚ бұйрығы',
  ru: 'Административный процедурно-процессуальный кодекс Республики Казахстан, приказ исполняющего обязанности Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 27 сентября 2024 года № 601/НК «Об утверждении Правил цифровой трансформации государственного управления»',
};

/** A new, empty map in the official form: the period and legal basis pre-filled as the Form gives them. */
export function newMapDocument(): MapDocument {
  const doc = MapDocumentSchema.parse({});
  doc.passport.legalBasis = { ...DEFAULT_LEGAL_BASIS };
  doc.passport.principles = PRINCIPLES.map((code) => ({ code, application: emptyText() }));
  return doc;
}

/** The year of each quarter index of the period, and its number 1–4. */
export function quarterOf(period: { from: number }, index: number): { year: number; quarter: 1 | 2 | 3 | 4 } {
  return { year: period.from + Math.floor(index / 4), quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4 };
}
