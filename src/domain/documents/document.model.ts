import type { ScheduleCode } from '../map/map.schema.ts';
import type { DocumentLocale } from './form-labels.ts';

/**
 * A neutral model of an official document: what it says and in what order, without a format.
 * The DOCX and the print HTML renderers both draw exactly this, so the two carry the same text.
 * Text is plain (never markup); a value with line breaks is one paragraph per line.
 */

/** A table cell: one paragraph per line, optionally merged over columns (colSpan) or rows (rowSpan). */
export interface DocCell {
  lines: string[];
  colSpan?: number;
  rowSpan?: number;
  align?: 'left' | 'center';
  bold?: boolean;
  /** A plan-schedule or Gantt code the renderers may tint (R, F, D). */
  codes?: ScheduleCode[];
  /**
   * A redline mark: 'deleted' text is struck through, 'inserted' text underlined, so the two stay
   * distinguishable in black-and-white print (the renderers also tint them).
   */
  mark?: 'deleted' | 'inserted';
}

/**
 * A drawing (a BPMN diagram): the SVG our own renderer produced, its natural size in CSS pixels,
 * and a caption printed under it. The print HTML embeds the SVG as an inert image; Word needs a
 * raster fallback, which the server fills in (`png`) before rendering the DOCX.
 */
export interface DocImage {
  kind: 'image';
  svg: string;
  width: number;
  height: number;
  caption: string;
  png?: Buffer;
}

export type DocBlock =
  /** The centred title block at the top of the document. */
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** A two-column label/value table (the passport, a case, a Fast Track project). */
  | { kind: 'fields'; rows: { label: string; value: string[] }[] }
  /**
   * A data table. `widths` are relative column weights; `header` rows repeat on every page and
   * may merge cells; every row, merged cells counted by their spans, covers `widths.length` columns.
   */
  | { kind: 'table'; widths: number[]; header: DocCell[][]; body: DocCell[][]; dense?: boolean }
  /** The key to the codes of a table (R, F, D). */
  | { kind: 'legend'; text: string }
  | DocImage;

export interface DocSection {
  /** Wide tables (plan-schedule, Gantt) get landscape sections. */
  orientation: 'portrait' | 'landscape';
  blocks: DocBlock[];
}

export interface DocModel {
  locale: DocumentLocale;
  /** The document's title (metadata, the HTML <title>). */
  title: string;
  sections: DocSection[];
}

export const cell = (lines: string | string[], extra: Omit<DocCell, 'lines'> = {}): DocCell => ({
  lines: typeof lines === 'string' ? [lines] : lines,
  ...extra,
});

/** Every text the model prints, in reading order, split into lines (the test of identical renderings). */
export function modelTexts(model: DocModel): string[] {
  const out: string[] = [];
  const push = (text: string) => out.push(...text.split('\n'));
  for (const section of model.sections)
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'title':
          block.lines.forEach(push);
          break;
        case 'heading':
        case 'paragraph':
        case 'legend':
          push(block.text);
          break;
        case 'image':
          push(block.caption);
          break;
        case 'list':
          block.items.forEach(push);
          break;
        case 'fields':
          for (const row of block.rows) {
            push(row.label);
            row.value.forEach(push);
          }
          break;
        case 'table':
          for (const row of [...block.header, ...block.body]) for (const c of row) c.lines.forEach(push);
          break;
      }
    }
  return out;
}
