import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type {
  DocBlock,
  DocCell,
  DocImage,
  DocModel,
  DocSection,
} from '../../domain/documents/document.model.ts';
import { textLines } from '../../domain/documents/document.text.ts';
import type { ScheduleCode } from '../../domain/map/map.schema.ts';

/**
 * The document model (domain/documents) as DOCX, the only module that knows the `docx` package.
 * A4; the wide tables in landscape sections; header rows repeat on every page; page numbers in the
 * footer; Times New Roman (it has the Kazakh letters) at 12 pt, tables at 10 pt. User text passes
 * through `textLines` (XML-illegal characters removed); `docx` escapes the rest.
 */

const FONT = 'Times New Roman';
const BODY_SIZE = 24; // half-points: 12 pt
const TABLE_SIZE = 20; // 10 pt
const A4 = { width: 11906, height: 16838 }; // twips, portrait
const MARGINS = {
  portrait: { top: 1134, bottom: 1134, left: 1701, right: 850 }, // 20/20/30/15 mm
  landscape: { top: 1134, bottom: 1134, left: 1134, right: 1134 }, // 20 mm
} as const;
/** Light tints that keep the codes readable in black-and-white print. */
export const CODE_FILL: Record<ScheduleCode, string> = { R: 'FCE4D6', F: 'E2EFDA', D: 'DDEBF7' };
/** Redline marks: struck-through red for deleted text, underlined blue for inserted (also legible in grey). */
export const MARK_COLOR: Record<NonNullable<DocCell['mark']>, string> = {
  deleted: 'A50E0E',
  inserted: '0B5394',
};
/** Twips per CSS pixel (1440 twips and 96 px to the inch). */
const TWIPS_PER_PX = 15;

const LANGUAGE = { kk: 'kk-KZ', ru: 'ru-RU' } as const;

function textWidth(orientation: DocSection['orientation']): number {
  const m = MARGINS[orientation];
  return (orientation === 'portrait' ? A4.width : A4.height) - m.left - m.right;
}

/** One paragraph per line of the text (a value with line breaks prints as several paragraphs). */
function paragraphs(
  text: string,
  opts: {
    bold?: boolean;
    size?: number;
    align?: 'left' | 'center';
    keepNext?: boolean;
    mark?: DocCell['mark'];
  } = {},
): Paragraph[] {
  const mark = opts.mark
    ? {
        strike: opts.mark === 'deleted',
        underline: opts.mark === 'inserted' ? {} : undefined,
        color: MARK_COLOR[opts.mark],
      }
    : {};
  return textLines(text).map(
    (line) =>
      new Paragraph({
        alignment: opts.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        keepNext: opts.keepNext,
        spacing: { after: opts.size === TABLE_SIZE ? 0 : 120 },
        children: [new TextRun({ text: line, bold: opts.bold, size: opts.size, ...mark })],
      }),
  );
}

function tableCell(c: DocCell, width: number): TableCell {
  const code = c.codes?.[0];
  const children = c.lines.flatMap((line) =>
    paragraphs(line, { bold: c.bold, size: TABLE_SIZE, align: c.align, mark: c.mark }),
  );
  return new TableCell({
    children: children.length ? children : [new Paragraph({ children: [] })],
    columnSpan: c.colSpan,
    rowSpan: c.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    shading: code ? { type: ShadingType.CLEAR, color: 'auto', fill: CODE_FILL[code] } : undefined,
  });
}

/** Column widths in twips from the model's relative weights. */
function columnWidths(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * total));
}

/**
 * The rows of a table. A cell's width spans its columns; the cells a rowSpan covers below it are
 * absent from the model's rows and docx adds the continuation (vMerge) cells itself.
 */
function tableRows(rows: DocCell[][], widths: number[], header: boolean): TableRow[] {
  const covered: number[] = widths.map(() => 0); // rows still covered by a rowSpan above, per column
  return rows.map((row) => {
    let col = 0;
    const cells = row.map((c) => {
      while (covered[col] > 0) col++;
      const span = c.colSpan ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      for (let i = col; i < col + span; i++) covered[i] = Math.max(covered[i], c.rowSpan ?? 1);
      col += span;
      return tableCell(c, width);
    });
    for (let i = 0; i < covered.length; i++) covered[i] = Math.max(0, covered[i] - 1);
    return new TableRow({ children: cells, tableHeader: header, cantSplit: true });
  });
}

function table(block: Extract<DocBlock, { kind: 'table' }>, total: number): Table {
  const widths = columnWidths(block.widths, total);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...tableRows(block.header, widths, true), ...tableRows(block.body, widths, false)],
  });
}

function fieldsTable(block: Extract<DocBlock, { kind: 'fields' }>, total: number): Table {
  const widths = columnWidths([35, 65], total);
  const row = (label: string, value: string[]) =>
    new TableRow({
      cantSplit: false,
      children: [
        tableCell({ lines: [label], bold: true }, widths[0]),
        tableCell({ lines: value }, widths[1]),
      ],
    });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: block.rows.map((r) => row(r.label, r.value)),
  });
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A small empty paragraph: Word glues two adjacent tables into one without it. */
const gap = () => new Paragraph({ spacing: { after: 120 }, children: [] });

/**
 * A drawing as an SVG picture with its PNG fallback (Word before 2016 and LibreOffice show the
 * PNG), scaled down to the text width and to most of the page height, keeping its aspect ratio;
 * the caption is a centred paragraph under it.
 */
function imageElements(block: DocImage, section: DocSection['orientation']): Paragraph[] {
  if (!block.png) throw new Error('an image block reaches the DOCX renderer without its PNG fallback');
  const m = MARGINS[section];
  const page = section === 'portrait' ? A4 : { width: A4.height, height: A4.width };
  const maxWidth = (page.width - m.left - m.right) / TWIPS_PER_PX;
  // Room for the caption and a heading kept with the picture.
  const maxHeight = (page.height - m.top - m.bottom) / TWIPS_PER_PX - 120;
  const scale = Math.min(1, maxWidth / block.width, maxHeight / block.height);
  const caption = textLines(block.caption).join(' ');
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(block.svg, 'utf8'),
          fallback: { type: 'png', data: block.png },
          transformation: {
            width: Math.max(1, Math.round(block.width * scale)),
            height: Math.max(1, Math.round(block.height * scale)),
          },
          altText: { name: caption, description: caption, title: caption },
        }),
      ],
    }),
    ...paragraphs(block.caption, { align: 'center', size: TABLE_SIZE }),
    gap(),
  ];
}

function blockElements(
  block: DocBlock,
  total: number,
  orientation: DocSection['orientation'],
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return block.lines.flatMap((line) => paragraphs(line, { bold: true, align: 'center', size: 28 }));
    case 'heading':
      return textLines(block.text).map(
        (line) =>
          new Paragraph({ heading: HEADING[block.level], keepNext: true, children: [new TextRun(line)] }),
      );
    case 'paragraph':
      return paragraphs(block.text);
    case 'list':
      return block.items.flatMap((item) => paragraphs(item));
    case 'legend':
      return paragraphs(block.text, { size: TABLE_SIZE });
    case 'fields':
      return [fieldsTable(block, total), gap()];
    case 'table':
      return [table(block, total), gap()];
    case 'image':
      return imageElements(block, orientation);
  }
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: TABLE_SIZE })],
      }),
    ],
  });
}

const headingStyle = (id: string, name: string, size: number) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size, bold: true, color: '000000' },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
});

/** The model as a DOCX file. */
export async function renderDocx(model: DocModel): Promise<Buffer> {
  const document = new Document({
    title: textLines(model.title).join(' '),
    creator: 'DT Maps',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, language: { value: LANGUAGE[model.locale] } } },
      },
      paragraphStyles: [
        headingStyle('Heading1', 'Heading 1', 28),
        headingStyle('Heading2', 'Heading 2', 26),
        headingStyle('Heading3', 'Heading 3', 24),
      ],
    },
    sections: model.sections.map((section) => ({
      properties: {
        page: {
          size: {
            ...A4,
            orientation:
              section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { ...MARGINS[section.orientation], header: 567, footer: 567 },
        },
      },
      footers: { default: footer() },
      children: section.blocks.flatMap((b) =>
        blockElements(b, textWidth(section.orientation), section.orientation),
      ),
    })),
  });
  return Packer.toBuffer(document);
}
