import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DOCUMENT_LOCALES, type DocumentLocale } from '../../domain/documents/form-labels.ts';
import { requestLocale } from '../http/locale.ts';
import type { DocumentFormat } from './send.ts';

/** What every official document route shares: the language query and the language rule. */

export const DocumentQuery = z.object({
  /** The document's language; the caller's language when omitted (official documents: kk, ru). */
  lang: z.enum(DOCUMENT_LOCALES).optional(),
});

/** kk or ru: the asked language, else the caller's; an English reader gets the state language. */
export function documentLocale(req: FastifyRequest, asked: DocumentLocale | undefined): DocumentLocale {
  if (asked) return asked;
  return requestLocale(req) === 'ru' ? 'ru' : 'kk';
}

export const FORMAT_NAMES: Record<DocumentFormat, string> = { docx: 'DOCX', pdf: 'PDF', html: 'print HTML' };
