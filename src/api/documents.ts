import { z } from 'zod';
import { DOCUMENT_LOCALES } from '../domain/documents/form-labels.ts';

/** The formats of the national bundle of published maps. */
export const BUNDLE_FORMATS = ['docx', 'pdf'] as const;

export const BundleBody = z.object({
  formats: z.array(z.enum(BUNDLE_FORMATS)).min(1).max(BUNDLE_FORMATS.length),
  locales: z.array(z.enum(DOCUMENT_LOCALES)).min(1).max(DOCUMENT_LOCALES.length),
});

export const BundleOut = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  formats: z.array(z.string()),
  locales: z.array(z.string()),
  /** Files to make and files made: the progress bar. */
  total: z.number().int(),
  done: z.number().int(),
  maps: z.number().int(),
  fileName: z.string().nullable(),
  size: z.number().int().nullable(),
  sha256: z.string().nullable(),
  /** Whether the job failed (the detail stays in the server's records). */
  failed: z.boolean(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type BundleOut = z.infer<typeof BundleOut>;
