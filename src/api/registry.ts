import { z } from 'zod';
import { LocalizedTextSchema } from '../domain/locale.ts';
import { ItemIdSchema } from '../domain/map/map.schema.ts';
import { PROCESS_STATUSES, VARIANT_KINDS } from '../domain/registry/registry.ts';
import { Uuid } from './common.ts';

/** The electronic registry of business processes (R.11.7) and the national list of repeated data requests (R.40). */

export const ProcessStatus = z.enum(PROCESS_STATUSES);
export const VariantKind = z.enum(VARIANT_KINDS);

export const PROCESS_SORTS = ['name', '-name', 'updated', '-updated', 'org'] as const;

export const ProcessListQuery = z.object({
  orgId: Uuid.optional(),
  mapId: Uuid.optional(),
  caseId: ItemIdSchema.optional(),
  publicServiceId: Uuid.optional(),
  informationSystemId: Uuid.optional(),
  legalActId: Uuid.optional(),
  status: ProcessStatus.optional(),
  /** Text search in kk/ru/en names, roles, steps and data names (case-insensitive, ё = е). */
  q: z.string().max(200).optional(),
  /** By name in the request's language (default), by last change, by organisation. */
  sort: z.enum(PROCESS_SORTS).default('name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ProcessListQuery = z.infer<typeof ProcessListQuery>;

export const OrgRef = z.object({ id: Uuid, code: z.string(), name: LocalizedTextSchema });
export const NamedRef = z.object({ id: Uuid, code: z.string().nullable(), name: LocalizedTextSchema });
export type NamedRef = z.infer<typeof NamedRef>;

export const CaseLinkOut = z.object({
  mapId: Uuid,
  caseId: z.string(),
  processItemId: z.string().nullable(),
  /** Names from the newest version of the map that contains the case; null when no version has it. */
  caseName: LocalizedTextSchema.nullable(),
  processItemName: LocalizedTextSchema.nullable(),
});
export type CaseLinkOut = z.infer<typeof CaseLinkOut>;

/** A current variant: the highest revision of its kind. */
export const VariantSummary = z.object({
  kind: VariantKind,
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type VariantSummary = z.infer<typeof VariantSummary>;

export const ProcessListItem = z.object({
  id: Uuid,
  org: OrgRef,
  name: LocalizedTextSchema,
  status: ProcessStatus,
  caseLinks: z.array(CaseLinkOut),
  publicServices: z.array(NamedRef),
  informationSystems: z.array(NamedRef),
  legalActs: z.array(NamedRef),
  roles: z.array(z.string()),
  steps: z.array(z.string()),
  dataNames: z.array(z.string()),
  variants: z.array(VariantSummary),
  /** Repeated data requests in the current target variant, else the as-is variant (R.40). */
  repeatedDataCount: z.number().int(),
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type ProcessListItem = z.infer<typeof ProcessListItem>;

export const ProcessListOut = z.object({
  items: z.array(ProcessListItem),
  total: z.number().int(),
  /** Whether the caller may add a process of the own body. */
  canCreate: z.boolean(),
});
export type ProcessListOut = z.infer<typeof ProcessListOut>;

/** A step of a process variant that asks the applicant for data an information system already holds (R.40, R.5.7). */
export const RepeatedDataRow = z.object({
  process: z.object({ id: Uuid, name: LocalizedTextSchema, org: OrgRef }),
  variantKind: VariantKind,
  elementId: z.string(),
  elementName: z.string(),
  dataObject: z.object({ id: Uuid, code: z.string(), name: LocalizedTextSchema }),
  informationSystem: z.object({ id: Uuid, name: LocalizedTextSchema }),
});
export type RepeatedDataRow = z.infer<typeof RepeatedDataRow>;

export const PROCESS_ACTIONS = ['edit'] as const;

export const ProcessDetailOut = ProcessListItem.extend({
  description: z.string(),
  /** What the caller may do with the process (the web shows only these). */
  allowedActions: z.array(z.enum(PROCESS_ACTIONS)),
  /** Repeated data requests in every current variant. */
  repeatedData: z.array(RepeatedDataRow),
});
export type ProcessDetailOut = z.infer<typeof ProcessDetailOut>;

const nonBlank = z.string().trim().min(1).max(1000);
export const CaseLinkBody = z.object({
  mapId: Uuid,
  caseId: ItemIdSchema,
  processItemId: ItemIdSchema.nullable().default(null),
});
const ids = z.array(Uuid).max(200).default([]);

export const ProcessBody = z.object({
  name: z.object({ kk: nonBlank, ru: nonBlank, en: z.string().trim().max(1000).optional() }),
  description: z.string().max(20_000).default(''),
  status: ProcessStatus.default('current'),
  caseLinks: z.array(CaseLinkBody).max(100).default([]),
  publicServiceIds: ids,
  informationSystemIds: ids,
  legalActIds: ids,
});
export type ProcessBody = z.infer<typeof ProcessBody>;
export type ProcessBodyInput = z.input<typeof ProcessBody>;

/** A change names the revision it was based on; a stale one gets 409 `registry.conflict`. */
export const ProcessUpdateBody = ProcessBody.extend({ revision: z.number().int().min(1) });
export type ProcessUpdateBody = z.infer<typeof ProcessUpdateBody>;

export const ProcessSaved = z.object({ id: Uuid, revision: z.number().int() });

export const RepeatedDataQuery = z.object({
  orgId: Uuid.optional(),
  informationSystemId: Uuid.optional(),
});
export const RepeatedDataOut = z.object({ items: z.array(RepeatedDataRow), total: z.number().int() });
export type RepeatedDataOut = z.infer<typeof RepeatedDataOut>;

export const CasesQuery = z.object({ orgId: Uuid.optional() });
/** A case of a body's map (from the newest version that has it), for linking processes and filtering. */
export const CaseOption = z.object({
  org: OrgRef,
  mapId: Uuid,
  periodFrom: z.number().int(),
  caseId: z.string(),
  name: LocalizedTextSchema,
  processes: z.array(z.object({ id: z.string(), name: LocalizedTextSchema })),
});
export type CaseOption = z.infer<typeof CaseOption>;
