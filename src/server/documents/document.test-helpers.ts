import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/** Test helpers: reading a generated DOCX and comparing its text with the print HTML. */

export async function unzipDocx(buffer: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name].dir && /\.(xml|rels)$/.test(name))
      parts.set(name, await zip.files[name].async('string'));
  return parts;
}

/** Throws unless the text is well-formed XML (saxes is a strict, conformant parser). */
export function assertWellFormedXml(xml: string, name: string): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (err) => {
    throw new Error(`${name}: ${err.message}`);
  });
  parser.write(xml).close();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()];
    return String.fromCodePoint(
      e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
    );
  });
}

const pieces = (raw: string[]) => raw.map((s) => decodeEntities(s).trim()).filter((s) => s !== '');

/** The text runs (w:t) of a WordprocessingML part, in order, decoded, blank ones left out. */
export function docxTexts(xml: string): string[] {
  return pieces([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]));
}

/** The text nodes of an HTML page's body, in order, decoded, blank ones left out. */
export function htmlTexts(html: string): string[] {
  const body = html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>'));
  return pieces(body.split(/<[^>]*>/));
}

/** The table rows (w:tr) of a part, each as the list of its texts. */
export function docxRows(xml: string): { xml: string; texts: string[] }[] {
  return [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => ({ xml: m[0], texts: docxTexts(m[0]) }));
}

/**
 * A program on PATH that a document check needs (LibreOffice, pdftotext). Missing: on CI the test
 * fails (.ci/run installs the Debian package, so a pass can never hide a skipped check); elsewhere
 * the test is skipped with the package to install.
 */
export function requireTool(ctx: { skip: (note?: string) => void }, name: string, debianPackage: string) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  if (process.env.CI) throw new Error(`${name} is not on PATH: CI must install ${debianPackage}`);
  ctx.skip(`${name} is not on PATH (install ${debianPackage} to run this check)`);
  return undefined;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Checks that a PDF's text (pdftotext -raw, content order) is the document's text pieces in their
 * order and nothing else but page numbers: whitespace is ignored (the PDF wraps lines), and only
 * digits may stand between two pieces (the page numbers of the margin boxes).
 */
export function expectSameText(pdfText: string, pieces: readonly string[]): void {
  const pdf = squeeze(pdfText);
  let pos = 0;
  for (const raw of pieces) {
    const piece = squeeze(raw);
    if (!piece) continue;
    const at = pdf.indexOf(piece, pos);
    if (at < 0)
      throw new Error(
        `the PDF lacks, at this point, the text «${raw}» (after «${pdf.slice(Math.max(0, pos - 60), pos)}»)`,
      );
    const between = pdf.slice(pos, at);
    if (!/^\d*$/.test(between))
      throw new Error(`the PDF has «${between}» before «${raw}», which the DOCX has not`);
    pos = at + piece.length;
  }
  const rest = pdf.slice(pos);
  if (!/^\d*$/.test(rest))
    throw new Error(`the PDF ends with «${rest.slice(0, 200)}», which the DOCX has not`);
}
