import { z } from 'zod';
import { LocalizedTextSchema } from '../domain/locale.ts';

/** The body of every error response: a code the web translates, a message in the caller's language. */
export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  issues: z
    .array(
      z.object({
        path: z.array(z.union([z.string(), z.number()])),
        rule: z.string(),
        message: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Uuid = z.string().uuid();
export const IdParams = z.object({ id: Uuid });

export const OrganisationOut = z.object({
  id: Uuid,
  code: z.string(),
  kind: z.string(),
  name: LocalizedTextSchema,
});
export type OrganisationOut = z.infer<typeof OrganisationOut>;

export const Ok = z.object({ ok: z.literal(true) });
