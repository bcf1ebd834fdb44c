import type { DocBlock, DocCell, DocModel, DocSection } from '../../domain/documents/document.model.ts';
import { textLines } from '../../domain/documents/document.text.ts';
import { CODE_FILL, MARK_COLOR } from './document.docx.ts';

/**
 * The document model (domain/documents) as one self-contained print HTML page: the same blocks in
 * the same order as the DOCX, so both carry the same text. A4 with @page rules; the wide tables
 * sit on landscape named pages; table headers repeat on every printed page (thead); page numbers
 * in the bottom margin box. No external resource; every text is escaped.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML: XML-illegal characters removed (document.text.ts), markup characters escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/** One element per line (a value with line breaks prints as several paragraphs, as in the DOCX). */
const lines = (text: string, tag = 'p', cls = ''): string =>
  textLines(text)
    .map((line) => `<${tag}${cls ? ` class="${cls}"` : ''} dir="auto">${escapeHtml(line)}</${tag}>`)
    .join('');

function cellHtml(c: DocCell, tag: 'td' | 'th'): string {
  const attrs = [
    c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '',
    c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '',
  ].join('');
  const classes = [
    c.align === 'center' ? 'center' : '',
    c.bold ? 'bold' : '',
    c.codes?.length ? `code-${c.codes[0]}` : '',
    c.mark ? `mark-${c.mark}` : '',
  ].filter(Boolean);
  const cls = classes.length ? ` class="${classes.join(' ')}"` : '';
  return `<${tag}${attrs}${cls}>${c.lines.map((l) => lines(l)).join('')}</${tag}>`;
}

function tableHtml(block: Extract<DocBlock, { kind: 'table' }>): string {
  const sum = block.widths.reduce((a, b) => a + b, 0);
  const cols = block.widths.map((w) => `<col style="width:${((w / sum) * 100).toFixed(3)}%">`).join('');
  const rows = (rs: DocCell[][], tag: 'td' | 'th') =>
    rs.map((r) => `<tr>${r.map((c) => cellHtml(c, tag)).join('')}</tr>`).join('');
  return `<table class="data${block.dense ? ' dense' : ''}"><colgroup>${cols}</colgroup><thead>${rows(
    block.header,
    'th',
  )}</thead><tbody>${rows(block.body, 'td')}</tbody></table>`;
}

function fieldsHtml(block: Extract<DocBlock, { kind: 'fields' }>): string {
  const rows = block.rows
    .map(
      (r) =>
        `<tr><th scope="row">${lines(r.label)}</th><td>${r.value.map((v) => lines(v)).join('')}</td></tr>`,
    )
    .join('');
  return `<table class="fields"><colgroup><col style="width:35%"><col style="width:65%"></colgroup><tbody>${rows}</tbody></table>`;
}

/**
 * A drawing as an <img> of a data: URL: an SVG loaded as an image never runs script nor loads
 * anything, whatever it contains, and the printer allows data: URLs only. The caption is text.
 */
function imageHtml(block: Extract<DocBlock, { kind: 'image' }>): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(block.svg, 'utf8').toString('base64')}`;
  const alt = escapeHtml(textLines(block.caption).join(' '));
  const w = Math.max(1, Math.round(block.width));
  const h = Math.max(1, Math.round(block.height));
  return `<figure><img src="${src}" width="${w}" height="${h}" alt="${alt}"><figcaption>${lines(
    block.caption,
  )}</figcaption></figure>`;
}

function blockHtml(block: DocBlock): string {
  switch (block.kind) {
    case 'title':
      return `<header class="title">${block.lines.map((l) => lines(l)).join('')}</header>`;
    case 'heading':
      return lines(block.text, `h${block.level}`);
    case 'paragraph':
      return lines(block.text);
    case 'list':
      return `<div class="list">${block.items.map((i) => lines(i)).join('')}</div>`;
    case 'legend':
      return lines(block.text, 'p', 'legend');
    case 'fields':
      return fieldsHtml(block);
    case 'table':
      return tableHtml(block);
    case 'image':
      return imageHtml(block);
  }
}

const sectionHtml = (s: DocSection): string =>
  `<section class="${s.orientation}">${s.blocks.map(blockHtml).join('')}</section>`;

const CSS = `
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
  @bottom-center { content: counter(page); font: 10pt "Times New Roman", "Liberation Serif", serif; } }
@page wide { size: A4 landscape; margin: 20mm;
  @bottom-center { content: counter(page); font: 10pt "Times New Roman", "Liberation Serif", serif; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 12pt/1.25 "Times New Roman", "Liberation Serif", serif; color: #000; margin: 0; }
section.landscape { page: wide; }
section + section { break-before: page; }
p { margin: 0 0 4pt; overflow-wrap: anywhere; }
header.title { text-align: center; font-weight: bold; font-size: 14pt; margin-bottom: 12pt; }
h1 { font-size: 14pt; margin: 12pt 0 6pt; break-after: avoid; }
h2 { font-size: 13pt; margin: 12pt 0 6pt; break-after: avoid; }
h3 { font-size: 12pt; margin: 10pt 0 4pt; break-after: avoid; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 8pt; font-size: 10pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 0.5mm 1mm; vertical-align: middle; text-align: left; font-weight: normal; }
th, td { overflow-wrap: anywhere; }
th p, td p { margin: 0; }
thead th, .bold, table.fields th { font-weight: bold; }
.center { text-align: center; }
.legend { font-size: 10pt; }
${Object.entries(CODE_FILL)
  .map(([code, fill]) => `.code-${code} { background: #${fill}; }`)
  .join('\n')}
.mark-deleted { text-decoration: line-through; color: #${MARK_COLOR.deleted}; }
.mark-inserted { text-decoration: underline; color: #${MARK_COLOR.inserted}; }
figure { margin: 6pt 0 10pt; text-align: center; break-inside: avoid; }
figure img { max-width: 100%; max-height: 150mm; width: auto; height: auto; object-fit: contain; }
figcaption { font-size: 10pt; margin-top: 3pt; }
@media screen { body { max-width: 277mm; margin: 10mm auto; } section + section { border-top: 1px dashed #999; margin-top: 10mm; } }
`;

/** The model as a print-ready HTML page (UTF-8, no external resources). */
export function renderHtml(model: DocModel): string {
  return `<!DOCTYPE html><html lang="${model.locale}"><head><meta charset="utf-8"><title>${escapeHtml(
    textLines(model.title).join(' '),
  )}</title><style>${CSS}</style></head><body>${model.sections.map(sectionHtml).join('')}</body></html>`;
}
