import type { FastifyReply } from 'fastify';
import type { DocModel } from '../../domain/documents/document.model.ts';
import { renderDocx } from './document.docx.ts';
import { renderHtml } from './document.html.ts';
import type { PdfPrinter } from './pdf.printer.ts';

/** The formats every official document comes in: DOCX to edit, PDF to sign and send, print HTML. */
export const DOCUMENT_FORMATS = ['docx', 'pdf', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TYPES: Record<DocumentFormat, string> = {
  docx: DOCX_TYPE,
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

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

/** The bytes of a document model in a format: DOCX and HTML rendered here, PDF printed by Chromium. */
export async function renderDocument(
  model: DocModel,
  format: DocumentFormat,
  printer: PdfPrinter,
): Promise<Buffer | string> {
  // Word needs a raster fallback for each SVG drawing; the HTML and the PDF show the SVG itself.
  if (format === 'docx') return renderDocx(await withRasters(model, printer));
  const html = renderHtml(model);
  return format === 'pdf' ? printer.print(html) : html;
}

/**
 * Sends a document model as a file named `<baseName>.<format>`: DOCX and PDF as downloads, the
 * print HTML inline. Documents are built from live data: never cached by the browser.
 */
export async function sendDocument(
  reply: FastifyReply,
  model: DocModel,
  format: DocumentFormat,
  baseName: string,
  printer: PdfPrinter,
) {
  return sendRendered(reply, await renderDocument(model, format, printer), format, baseName);
}

/** Sends a rendered document (renderDocument's bytes) as `sendDocument` does. */
export function sendRendered(
  reply: FastifyReply,
  body: Buffer | string,
  format: DocumentFormat,
  baseName: string,
) {
  const disposition = format === 'html' ? 'inline' : 'attachment';
  return reply
    .type(TYPES[format])
    .header('cache-control', 'private, no-store')
    .header('content-disposition', `${disposition}; filename="${baseName}.${format}"`)
    .send(body);
}

/** A file name part made safe for headers and file systems. */
export const safeFileName = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');
