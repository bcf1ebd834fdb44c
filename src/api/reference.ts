import { z } from 'zod';
import { LocalizedTextSchema } from '../domain/locale.ts';
import { Uuid } from './common.ts';

/** Reference tables the map and the registry of business processes pick from, maintained by an admin. */
export const REFERENCE_KINDS = [
  'public-services',
  'information-systems',
  'planning-documents',
  'legal-acts',
  'data-objects',
] as const;
export const ReferenceKind = z.enum(REFERENCE_KINDS);
export type ReferenceKind = z.infer<typeof ReferenceKind>;

export const PLANNING_DOCUMENT_KINDS = [
  'national_development_plan',
  'concept',
  'national_project',
  'state_body_development_plan',
  'other',
] as const;

/** Kinds of legal acts that regulate business processes (R.32.1). */
export const LEGAL_ACT_KINDS = [
  'code',
  'law',
  'presidential_decree',
  'government_decree',
  'order',
  'other',
] as const;
export type LegalActKind = (typeof LEGAL_ACT_KINDS)[number];

export const ReferenceItemOut = z.object({
  id: Uuid,
  /** Registry code (services), short code (systems), number and date as written (legal acts), slug (data objects). */
  code: z.string().nullable(),
  name: LocalizedTextSchema,
  /**
   * Provider (public services), owner organisation code (systems), kind (planning documents,
   * legal acts), the holding information system's id (data objects).
   */
  extra: z.string().nullable(),
  isActive: z.boolean(),
  /** Data objects only: other names the same data goes by in process models (lower case). */
  synonyms: z.array(z.string()).optional(),
});
export type ReferenceItemOut = z.infer<typeof ReferenceItemOut>;

const nonBlank = z.string().trim().min(1).max(1000);
export const ReferenceItemBody = z.object({
  /** Required (a stable slug) for data objects; optional for the others. */
  code: z.string().trim().max(100).nullable().default(null),
  name: z.object({ kk: nonBlank, ru: nonBlank, en: z.string().trim().max(1000).optional() }),
  /**
   * public-services: provider in ru; information-systems: owner organisation code;
   * planning-documents: one of PLANNING_DOCUMENT_KINDS; legal-acts: one of LEGAL_ACT_KINDS;
   * data-objects: the id of the information system that holds the data.
   */
  extra: z.string().trim().max(1000).nullable().default(null),
  isActive: z.boolean().default(true),
  /** Data objects only (ignored otherwise): other names of the data, e.g. 'адресная справка'. */
  synonyms: z.array(z.string().trim().min(1).max(300)).max(100).optional(),
});
export type ReferenceItemBody = z.infer<typeof ReferenceItemBody>;
export const ReferenceParams = z.object({ kind: ReferenceKind });
export const ReferenceItemParams = ReferenceParams.extend({ id: Uuid });
