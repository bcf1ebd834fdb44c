import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { DocModel } from '../../domain/documents/document.model.ts';
import { DOCUMENT_LOCALES, type DocumentLocale } from '../../domain/documents/form-labels.ts';
import { requestLocale } from '../http/locale.ts';
import type { PdfPrinter } from './pdf.printer.ts';
import { type DocumentFormat, sendDocument } from './send.ts';

/** What every official document route shares: the language query, the language rule, sending. */

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

/** The model with a PNG rendering of each drawing (Word's fallback for SVG), drawn by the printer. */
export async function withRasters(model: DocModel, printer: PdfPrinter): Promise<DocModel> {
  const sections = [];
  for (const section of model.sections) {
    const blocks = [];
    for (const block of section.blocks)
      blocks.push(
        block.kind === 'image' && !block.png
          ? { ...block, png: await printer.png(block.svg, { width: block.width, height: block.height }) }
          : block,
      );
    sections.push({ ...section, blocks });
  }
  return { ...model, sections };
}

/** Sends a model in a format; the DOCX gets its drawings' PNG fallbacks first. */
export async function sendModel(
  reply: FastifyReply,
  model: DocModel,
  format: DocumentFormat,
  baseName: string,
  printer: PdfPrinter,
) {
  const ready = format === 'docx' ? await withRasters(model, printer) : model;
  return sendDocument(reply, ready, format, baseName, printer);
}
