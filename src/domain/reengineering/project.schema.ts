import { z } from 'zod';
import { MAX_TEXT } from '../locale.ts';
import { ItemIdSchema, RefIdSchema } from '../map/map.schema.ts';

/**
 * The working content of a reengineering project (R.29–R.37): the team (R.31), the as-is
 * description (R.32), the justification (R.36.2) and the action plan (R.36.3). Like the map, the
 * schema checks shape and types only, so a half-written project always saves; completeness is
 * the checklist's and the composition rules' to report.
 */

const MAX_ROWS = 300;
const Str = (max = 2000) => z.string().max(max).default('');
const rows = <T extends z.ZodTypeAny>(item: T) => z.array(item).max(MAX_ROWS).default([]);
const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');

/** Roles in the project team (R.31). */
export const TEAM_ROLES = [
  /** 31.1: "руководитель проектной команды – уполномоченное лицо, имеющее необходимый уровень компетенции". */
  'leader',
  /** 31.1: staff of units and subordinate organisations responsible for the process and its methodology. */
  'owner_staff',
  /** 31.1: staff of the body with expert knowledge in the sphere. */
  'owner_expert',
  /** 31.2: the Center's IT architect. */
  'it_architect',
  /** 31.2: the Center's business analyst (IT analyst). */
  'business_analyst',
  /** 31.3: interested organisations. */
  'stakeholder',
  /** 31.3: independent experts. */
  'independent_expert',
  /** 31.3: staff of the authorized body for the quality of public services. */
  'quality_body',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TeamMemberSchema = z
  .object({
    id: ItemIdSchema,
    role: z.enum(TEAM_ROLES),
    fullName: Str(300),
    position: Str(500),
    /** The member's organisation in the directory; null for an independent expert. */
    orgId: RefIdSchema.nullable().default(null),
  })
  .strict();
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/** The team's protocol (R.30): its number and date, recorded when the team is confirmed. */
export const TeamProtocolSchema = z
  .object({ number: Str(100), date: IsoDateSchema.nullable().default(null) })
  .strict();

export const StakeholderSchema = z
  .object({ id: ItemIdSchema, name: Str(500), touchpoints: Str(MAX_TEXT) })
  .strict();
/** R.32.3: the kinds of data at one step of the as-is model (the step is a BPMN element id). */
export const StepDataSchema = z
  .object({ id: ItemIdSchema, processId: RefIdSchema, stepId: Str(200), data: Str(MAX_TEXT) })
  .strict();
export const ProblemRowSchema = z.object({ id: ItemIdSchema, text: Str(MAX_TEXT) }).strict();
export const InterviewSchema = z
  .object({
    id: ItemIdSchema,
    interviewee: Str(500),
    date: IsoDateSchema.nullable().default(null),
    summary: Str(MAX_TEXT),
  })
  .strict();

/** A stage of the customer journey map (R.32.5): the client's actions, touchpoints, pain points, emotion. */
export const JourneyStageSchema = z
  .object({
    id: ItemIdSchema,
    name: Str(300),
    actions: Str(MAX_TEXT),
    touchpoints: Str(MAX_TEXT),
    painPoints: Str(MAX_TEXT),
    emotion: z.number().int().min(-2).max(2).default(0),
  })
  .strict();
export const JourneySchema = z
  .object({ persona: Str(1000), stages: z.array(JourneyStageSchema).max(40).default([]) })
  .strict();
export type Journey = z.infer<typeof JourneySchema>;

export const AsIsSchema = z
  .object({
    /** 32.1: legal acts (registry ids) and other regulating documents in words. */
    legalActIds: rows(RefIdSchema),
    otherDocuments: Str(MAX_TEXT),
    /** 32.2 */
    stakeholders: rows(StakeholderSchema),
    /** 32.3 */
    stepData: rows(StepDataSchema),
    /** 32.4 */
    problems: rows(ProblemRowSchema),
    /** 32.5 */
    interviews: rows(InterviewSchema),
    journey: JourneySchema.default({ persona: '', stages: [] }),
  })
  .strict();
export type AsIs = z.infer<typeof AsIsSchema>;

/** R.36.3: an item of the action plan. */
export const ActionItemSchema = z
  .object({
    id: ItemIdSchema,
    action: Str(MAX_TEXT),
    responsible: Str(500),
    due: IsoDateSchema.nullable().default(null),
    /** Whether the item drafts a legal act ("мероприятия по разработке проектов НПА"). */
    draftsLegalAct: z.boolean().default(false),
  })
  .strict();
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const ProjectContentSchema = z
  .object({
    team: rows(TeamMemberSchema),
    teamProtocol: TeamProtocolSchema.default({ number: '', date: null }),
    asIs: AsIsSchema.default(() => AsIsSchema.parse({})),
    /** R.36.2: why the proposed variant is better (the metrics are computed from the models). */
    justification: Str(MAX_TEXT),
    actionPlan: rows(ActionItemSchema),
    /** Other state bodies whose agreement with the target variant is needed (R.37). */
    concernedOrgIds: rows(RefIdSchema),
  })
  .strict();
export type ProjectContent = z.infer<typeof ProjectContentSchema>;

export const emptyProjectContent = (): ProjectContent => ProjectContentSchema.parse({});

/**
 * The parts of the content saved independently, each with the revision it was based on: 'team'
 * (team, teamProtocol), 'asIs', 'plan' (justification, actionPlan, concernedOrgIds).
 */
export const PROJECT_PARTS = ['team', 'asIs', 'plan'] as const;
export type ProjectPart = (typeof PROJECT_PARTS)[number];

/** The keys of the content each part writes. */
export const PART_KEYS = {
  team: ['team', 'teamProtocol'],
  asIs: ['asIs'],
  plan: ['justification', 'actionPlan', 'concernedOrgIds'],
} as const satisfies Record<ProjectPart, readonly (keyof ProjectContent)[]>;
