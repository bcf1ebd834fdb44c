import { z } from 'zod';
import { LocalizedTextSchema } from '../domain/locale.ts';
import { Uuid } from './common.ts';

/** Reference tables the map picks from, maintained by an admin. */
export const REFERENCE_KINDS = ['public-services', 'information-systems', 'planning-documents'] as const;
export const ReferenceKind = z.enum(REFERENCE_KINDS);
export type ReferenceKind = z.infer<typeof ReferenceKind>;

export const PLANNING_DOCUMENT_KINDS = [
  'national_development_plan',
  'concept',
  'national_project',
  'state_body_development_plan',
  'other',
] as const;

export const ReferenceItemOut = z.object({
  id: Uuid,
  code: z.string().nullable(),
  name: LocalizedTextSchema,
  /** Provider (public services), owner organisation name (systems), kind (planning documents). */
  extra: z.string().nullable(),
  isActive: z.boolean(),
});
export type ReferenceItemOut = z.infer<typeof ReferenceItemOut>;

const nonBlank = z.string().trim().min(1).max(1000);
export const ReferenceItemBody = z.object({
  code: z.string().trim().max(50).nullable().default(null),
  name: z.object({ kk: nonBlank, ru: nonBlank, en: z.string().trim().max(1000).optional() }),
  /** public-services: provider in ru; planning-documents: one of PLANNING_DOCUMENT_KINDS. */
  extra: z.string().trim().max(1000).nullable().default(null),
  isActive: z.boolean().default(true),
});
export type ReferenceItemBody = z.infer<typeof ReferenceItemBody>;
export const ReferenceParams = z.object({ kind: ReferenceKind });
export const ReferenceItemParams = ReferenceParams.extend({ id: Uuid });
