import { z } from 'zod';
import { LocalizedTextSchema } from '../domain/locale.ts';
import { MapDocumentSchema } from '../domain/map/map.schema.ts';
import { OrganisationOut, Uuid } from './common.ts';

export const FindingOut = z.object({
  code: z.string(),
  severity: z.enum(['blocking', 'warning']),
  path: z.array(z.union([z.string(), z.number()])),
  point: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
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
export const VersionAction = z.enum(['edit', 'export_json']);
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
