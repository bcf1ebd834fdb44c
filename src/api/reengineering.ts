import { z } from 'zod';
import { LocalizedTextSchema } from '../domain/locale.ts';
import {
  AsIsSchema,
  ProjectContentSchema,
  TeamMemberSchema,
  TeamProtocolSchema,
} from '../domain/reengineering/project.schema.ts';
import {
  DEADLINE_CHANGE_GROUNDS,
  PROJECT_ACTIONS,
  PROJECT_STAGES,
  VARIANT_KINDS,
} from '../domain/reengineering/project.workflow.ts';
import { OrganisationOut, Uuid } from './common.ts';

/** Contracts of reengineering projects (R.29–R.37) and of BPMN variants of registry processes. */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'iso_date');
export const ProjectStageOut = z.enum(PROJECT_STAGES);
export const ProjectActionName = z.enum(PROJECT_ACTIONS);
export const VariantKindName = z.enum(VARIANT_KINDS);

export const ProjectIdParams = z.object({ id: Uuid });
export const ProjectListQuery = z.object({
  orgId: Uuid.optional(),
  stage: ProjectStageOut.optional(),
});

export const ProjectSummaryOut = z.object({
  id: Uuid,
  org: OrganisationOut,
  mapId: Uuid,
  caseId: z.string(),
  caseName: LocalizedTextSchema,
  stage: ProjectStageOut,
  reengineeringStatus: z.enum(['planned', 'in_progress', 'implemented']),
  openedOn: z.string(),
  teamDue: z.string(),
  teamFormedOn: z.string().nullable(),
  reengineeringDue: z.string(),
  publicationDue: z.string().nullable(),
  publishedOn: z.string().nullable(),
  /** Working days left until the pending term (team or publication), negative when overdue. */
  pendingTerm: z
    .object({ term: z.enum(['team', 'publication']), due: z.string(), daysLeft: z.number().int() })
    .nullable(),
});
export type ProjectSummaryOut = z.infer<typeof ProjectSummaryOut>;

export const MetricOut = z.object({ count: z.number().int(), ids: z.array(z.string()) });
export const VariantInfoOut = z.object({
  kind: VariantKindName,
  revision: z.number().int(),
  updatedAt: z.string(),
  metrics: z.record(z.string(), MetricOut),
  /** Repeated data requests found in the model (R.40). */
  repeatedData: z.number().int(),
});
export const ProjectProcessOut = z.object({
  id: Uuid,
  name: LocalizedTextSchema,
  variants: z.array(VariantInfoOut),
  /** The steps (activities) of the as-is model, for the data of each step (R.32.3). */
  asIsSteps: z.array(z.object({ id: z.string(), name: z.string() })).nullable(),
});
export type ProjectProcessOut = z.infer<typeof ProjectProcessOut>;

export const ChecklistItemOut = z.object({
  part: z.number().int(),
  done: z.boolean(),
  missing: z.array(z.string()),
  stepsWithoutData: z
    .array(z.object({ processId: z.string(), stepId: z.string(), name: z.string() }))
    .optional(),
});

export const DeadlineChangeOut = z.object({
  id: Uuid,
  ground: z.number().int(),
  reasons: z.string(),
  previousDue: z.string(),
  newDue: z.string(),
  protocolNumber: z.string(),
  protocolDate: z.string(),
  signedBy: z.string(),
  fileName: z.string(),
  fileType: z.string(),
  fileSha256: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  decisionReason: z.string().nullable(),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type DeadlineChangeOut = z.infer<typeof DeadlineChangeOut>;

export const AgreementOut = z.object({
  org: OrganisationOut,
  answer: z.enum(['agree', 'disagree']).nullable(),
  reason: z.string().nullable(),
  at: z.string().nullable(),
});

export const CommissionDecisionOut = z.object({
  decision: z.enum(['agreed', 'rejected']),
  protocolNumber: z.string(),
  protocolDate: z.string(),
  reason: z.string(),
  at: z.string(),
});

export const ProjectOut = ProjectSummaryOut.extend({
  revision: z.number().int(),
  partRevisions: z.record(z.string(), z.number().int()),
  content: ProjectContentSchema,
  processes: z.array(ProjectProcessOut),
  checklist: z.array(ChecklistItemOut),
  planMissing: z.array(z.string()),
  teamProblems: z.array(z.object({ code: z.string(), memberId: z.string().optional(), point: z.string() })),
  agreements: z.array(AgreementOut),
  commissionDecision: CommissionDecisionOut.nullable(),
  deadlineChanges: z.array(DeadlineChangeOut),
  allowedActions: z.array(ProjectActionName),
  /** The case's R cells and their actual state today (feeds the map's monitoring). */
  cells: z.array(z.object({ quarter: z.number().int(), state: z.string() })),
  periodFrom: z.number().int(),
  approvedOn: z.string().nullable(),
});
export type ProjectOut = z.infer<typeof ProjectOut>;

export const OpenProjectBody = z.object({ mapId: Uuid, caseId: z.string().min(1).max(64) });

/** Saving one part of the content, based on the project revision the editor loaded. */
export const PartParams = z.object({ id: Uuid, part: z.enum(['team', 'asIs', 'plan']) });
export const TeamPartBody = z.object({
  baseRevision: z.number().int().min(0),
  value: z.object({ team: z.array(TeamMemberSchema).max(300), teamProtocol: TeamProtocolSchema }),
});
export const AsIsPartBody = z.object({ baseRevision: z.number().int().min(0), value: AsIsSchema });
export const PlanPartBody = z.object({
  baseRevision: z.number().int().min(0),
  value: ProjectContentSchema.pick({ justification: true, actionPlan: true, concernedOrgIds: true }),
});
export const SavePartBody = z.object({
  baseRevision: z.number().int().min(0),
  value: z.record(z.string(), z.unknown()),
});
export const SavedPartOut = z.object({
  revision: z.number().int(),
  partRevisions: z.record(z.string(), z.number()),
});

export const ActionParams = z.object({ id: Uuid, action: ProjectActionName });
export const ActionBody = z
  .object({
    reason: z.string().trim().max(5000).optional(),
    protocolNumber: z.string().trim().max(100).optional(),
    protocolDate: IsoDate.optional(),
  })
  .nullish();
export const StageOut = z.object({ id: Uuid, stage: ProjectStageOut });

/** R.33–R.34: the file of the team's protocol travels as base64 (PDF, DOCX or a scan). */
export const PROTOCOL_FILE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
] as const;
export const PROTOCOL_MAX_BYTES = 10 * 1024 * 1024;
export const DeadlineChangeBody = z.object({
  ground: z.union(DEADLINE_CHANGE_GROUNDS.map((g) => z.literal(g)) as [z.ZodLiteral<1>, z.ZodLiteral<2>]),
  newDue: IsoDate,
  reasons: z.string().trim().min(1).max(5000),
  protocolNumber: z.string().trim().min(1).max(100),
  protocolDate: IsoDate,
  /** The requester confirms the protocol is signed by the team leader (R.34). */
  signedByLeader: z.literal(true),
  file: z.object({
    name: z.string().trim().min(1).max(255),
    type: z.enum(PROTOCOL_FILE_TYPES),
    contentBase64: z.string().min(1),
  }),
});
export const DeadlineDecisionParams = z.object({ id: Uuid, changeId: Uuid });
export const DeadlineDecisionBody = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().max(5000).default(''),
});

/** BPMN variants of a registry process (as-is / target / optimal). */
export const VariantParams = z.object({ id: Uuid, kind: VariantKindName });
export const SaveVariantBody = z.object({
  /** The revision the editor loaded (0 when there was none yet). */
  baseRevision: z.number().int().min(0),
  xml: z.string().min(1),
});
export const VariantOut = z.object({
  processId: Uuid,
  kind: VariantKindName,
  revision: z.number().int(),
  xml: z.string(),
  updatedAt: z.string(),
  metrics: z.record(z.string(), MetricOut),
  repeatedData: z.array(
    z.object({
      elementId: z.string(),
      elementName: z.string(),
      stepIds: z.array(z.string()),
      dataObject: z.object({ id: Uuid, code: z.string(), name: LocalizedTextSchema }),
      informationSystem: z.object({ id: Uuid, name: LocalizedTextSchema }),
    }),
  ),
});
export type VariantOut = z.infer<typeof VariantOut>;

export const CompareQuery = z.object({ a: VariantKindName, b: VariantKindName });
export const CompareOut = z.object({
  a: VariantKindName,
  b: VariantKindName,
  diff: z.object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(z.object({ id: z.string(), aId: z.string(), fields: z.array(z.string()) })),
  }),
  /** Names of the elements on either side, for the list of differences. */
  names: z.record(z.string(), z.string()),
});

/** R.37: what the architecture portal shows of a published project — the as-is and target variants and the action plan. */
export const PublicProjectSummaryOut = z.object({
  id: Uuid,
  org: OrganisationOut,
  caseName: LocalizedTextSchema,
  approvedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
});
export const PublicProjectOut = PublicProjectSummaryOut.extend({
  processes: z.array(
    z.object({
      id: Uuid,
      name: LocalizedTextSchema,
      variants: z.array(
        z.object({
          kind: z.enum(['as_is', 'target']),
          xml: z.string(),
          metrics: z.record(z.string(), MetricOut),
        }),
      ),
    }),
  ),
  actionPlan: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      responsible: z.string(),
      due: z.string().nullable(),
      draftsLegalAct: z.boolean(),
    }),
  ),
  justification: z.string(),
});
export type PublicProjectOut = z.infer<typeof PublicProjectOut>;

/** How the map's reengineering goes, case by case (the monitoring of R.25–R.28 reads it). */
export const MapReengineeringOut = z.array(
  z.object({
    caseId: z.string(),
    caseName: LocalizedTextSchema,
    projectId: Uuid,
    stage: ProjectStageOut,
    reengineeringStatus: z.enum(['planned', 'in_progress', 'implemented']),
    reengineeringDue: z.string(),
    cells: z.array(z.object({ quarter: z.number().int(), state: z.string() })),
  }),
);
