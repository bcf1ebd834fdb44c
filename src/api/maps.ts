import { z } from 'zod';
import { LocalizedTextSchema } from '../domain/locale.ts';
import { MapDocumentSchema } from '../domain/map/map.schema.ts';
import { MAP_ACTIONS } from '../domain/workflow/workflow.ts';
import { OrganisationOut, Uuid } from './common.ts';

/** A deadline of the Rules with its dates and countdown (R.23 review, R.24 publication). */
export const DeadlineInfo = z.object({
  term: z.enum(['review', 'publication']),
  point: z.string(),
  workingDays: z.number().int(),
  /** The working day the term counts from, and its last day. */
  from: z.string(),
  due: z.string(),
  /** Working days left today (0 on the due day, negative when overdue); null once the step is done. */
  daysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  /** When the step was done, and whether on time. */
  doneOn: z.string().nullable(),
  met: z.boolean().nullable(),
});
export type DeadlineInfo = z.infer<typeof DeadlineInfo>;

export const Lifecycle = z.object({
  basedOnNumber: z.number().int().nullable(),
  amendmentGround: z.number().int().nullable(),
  amendmentJustification: z.string().nullable(),
  submittedAt: z.string().nullable(),
  receivedOn: z.string().nullable(),
  reviewDue: z.string().nullable(),
  decision: z.enum(['agree', 'return']).nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  approvedOn: z.string().nullable(),
  publicationDue: z.string().nullable(),
  publishedOn: z.string().nullable(),
});

export const FindingOut = z.object({
  code: z.string(),
  severity: z.enum(['blocking', 'warning']),
  path: z.array(z.union([z.string(), z.number()])),
  point: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const VersionSummary = z.object({
  number: z.number().int(),
  status: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  approvedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  amendmentGround: z.number().int().nullable(),
});
export const MapOut = z.object({
  id: Uuid,
  organisation: OrganisationOut,
  periodFrom: z.number().int(),
  title: LocalizedTextSchema,
  versions: z.array(VersionSummary),
});

export const MapSummaryOut = z.object({
  id: Uuid,
  organisation: OrganisationOut,
  periodFrom: z.number().int(),
  title: LocalizedTextSchema,
  latestVersion: z.object({
    number: z.number().int(),
    status: z.string(),
    updatedAt: z.string(),
    blockingCount: z.number().int(),
    warningCount: z.number().int(),
  }),
});
export type MapSummaryOut = z.infer<typeof MapSummaryOut>;

/** Actions the server allows the current user on a version; the web shows only these. */
export const VersionAction = z.enum([...MAP_ACTIONS, 'export_json']);
export type VersionAction = z.infer<typeof VersionAction>;

export const VersionOut = z.object({
  map: z.object({ id: Uuid, organisation: OrganisationOut, periodFrom: z.number().int() }),
  version: z.object({
    id: Uuid,
    number: z.number().int(),
    status: z.string(),
    revision: z.number().int(),
    sectionRevisions: z.record(z.string(), z.number().int()),
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
  }),
  document: MapDocumentSchema,
  findings: z.array(FindingOut),
  lifecycle: Lifecycle,
  deadlines: z.array(DeadlineInfo),
  allowedActions: z.array(VersionAction),
  /** Which sections the user may edit (the chief data officer edits only the attachments). */
  editableSections: z.array(z.enum(['passport', 'sector', 'attachments'])),
});
export type VersionOut = z.infer<typeof VersionOut>;

/** Create a map: empty in the official form, or from a JSON document (other systems, imports). */
export const CreateMapBody = z.object({ document: MapDocumentSchema.optional() });

export const VersionParams = z.object({ mapId: Uuid, number: z.coerce.number().int().min(1).max(10_000) });
export const SectionParams = VersionParams.extend({ section: z.string().min(1).max(80) });

/**
 * Save one section. `baseRevision` is the section's revision the client last loaded (0 for a
 * sector it is creating). A write on a stale base is refused with 409 and both versions.
 */
export const SaveSectionBody = z.object({
  baseRevision: z.number().int().min(0),
  content: z.unknown(),
});
export const SaveSectionOut = z.object({
  sectionRevision: z.number().int(),
  revision: z.number().int(),
  updatedAt: z.string(),
  findings: z.array(FindingOut),
});
export type SaveSectionOut = z.infer<typeof SaveSectionOut>;

export const DeleteSectionQuery = z.object({ baseRevision: z.coerce.number().int().min(0) });
export const ReorderBody = z.object({ order: z.array(z.string().max(64)).max(50) });

/** The 409 body of a stale write: what is stored now, who saved it, and when. */
export const ConflictDetails = z.object({
  section: z.string(),
  theirs: z.unknown(),
  theirsRevision: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type ConflictDetails = z.infer<typeof ConflictDetails>;

export const ValidateBody = z.object({ document: MapDocumentSchema });
export const ValidateOut = z.object({ findings: z.array(FindingOut) });

export const DecisionBody = z.object({
  decision: z.enum(['agree', 'return']),
  reason: z.string().trim().min(1).max(5000),
});
export const AmendmentBody = z.object({
  ground: z.number().int().min(1).max(6),
  justification: z.string().trim().min(1).max(5000),
});
/** The result of a workflow step: the version it produced or moved, and where it stands now. */
export const StepOut = z.object({ mapId: Uuid, number: z.number().int(), status: z.string() });

export const AddFindingBody = z.object({
  section: z.string().min(1).max(80),
  path: z.array(z.union([z.string().max(64), z.number().int().min(0)])).max(12),
  text: z.string().trim().min(1).max(5000),
});
export const FindingMessageBody = z.object({ text: z.string().trim().min(1).max(5000) });
export const ReviewFindingOut = z.object({
  id: Uuid,
  versionNumber: z.number().int(),
  section: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  itemId: z.string().nullable(),
  status: z.enum(['open', 'resolved']),
  authorName: z.string(),
  authorOrgKind: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  messages: z.array(z.object({ id: Uuid, authorName: z.string(), body: z.string(), createdAt: z.string() })),
  /** What the office can do on it / the reviewer can do on it (from the transition table). */
  canReply: z.boolean(),
  canResolve: z.boolean(),
});
export type ReviewFindingOut = z.infer<typeof ReviewFindingOut>;
export const DiffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
