import { createHash } from 'node:crypto';
import JSZip from 'jszip';
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
 * The document model (domain/documents) as DOCX: WordprocessingML written directly as text and
 * zipped. A4; the wide tables in landscape sections; header rows repeat on every page; page
 * numbers in the footer; Times New Roman (it has the Kazakh letters) at 12 pt, tables at 10 pt.
 * User text passes through `textLines` (XML-illegal characters removed) and is escaped here.
 *
 * Written by hand rather than through an object library: a full map (10 sectors × 30 cases, a
 * 300-row plan-schedule of 21 columns) is ≈100 000 runs, and building an object tree for each one
 * took seconds, mostly in the garbage collector; string pieces joined once take a small fraction
 * of that (docs/performance.md).
 */

const FONT = 'Times New Roman';
const BODY_SIZE = 24; // half-points: 12 pt
const TABLE_SIZE = 20; // 10 pt
const TITLE_SIZE = 28;
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
/** Twips per CSS pixel (1440 twips and 96 px to the inch); EMU per CSS pixel. */
const TWIPS_PER_PX = 15;
const EMU_PER_PX = 9525;

const LANGUAGE = { kk: 'kk-KZ', ru: 'ru-RU' } as const;

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  asvg: 'http://schemas.microsoft.com/office/drawing/2016/SVG/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkg: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for element content and attribute values (the text is already free of illegal characters). */
const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

function textWidth(orientation: DocSection['orientation']): number {
  const m = MARGINS[orientation];
  return (orientation === 'portrait' ? A4.width : A4.height) - m.left - m.right;
}

interface RunStyle {
  bold?: boolean;
  size?: number;
  mark?: DocCell['mark'];
}

function runProps(s: RunStyle): string {
  let p = '';
  if (s.bold) p += '<w:b/><w:bCs/>';
  if (s.mark === 'deleted') p += '<w:strike/>';
  if (s.mark) p += `<w:color w:val="${MARK_COLOR[s.mark]}"/>`;
  if (s.size) p += `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>`;
  if (s.mark === 'inserted') p += '<w:u w:val="single"/>';
  return p ? `<w:rPr>${p}</w:rPr>` : '';
}

const run = (text: string, style: RunStyle) =>
  `<w:r>${runProps(style)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

interface ParagraphStyle extends RunStyle {
  align?: 'left' | 'center';
  keepNext?: boolean;
  /** Space after, in twips (none in table cells). */
  after?: number;
}

function paragraphProps(s: ParagraphStyle & { style?: string }): string {
  let p = '';
  if (s.style) p += `<w:pStyle w:val="${s.style}"/>`;
  if (s.keepNext) p += '<w:keepNext/>';
  if (s.after !== undefined) p += `<w:spacing w:after="${s.after}"/>`;
  if (s.align) p += `<w:jc w:val="${s.align}"/>`;
  return p ? `<w:pPr>${p}</w:pPr>` : '';
}

/** One paragraph per line of the text (a value with line breaks prints as several paragraphs). */
function paragraphs(text: string, s: ParagraphStyle = {}): string {
  const props = paragraphProps({ ...s, after: s.after ?? (s.size === TABLE_SIZE ? 0 : 120) });
  let out = '';
  for (const line of textLines(text)) out += `<w:p>${props}${run(line, s)}</w:p>`;
  return out;
}

const CELL_MARGINS =
  '<w:tcMar><w:top w:w="28" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tcMar>';

/**
 * A cell: its width, merges (gridSpan; vMerge restart, or continue for a cell a rowSpan above
 * covers), the code's tint, and its paragraphs (Word requires at least one).
 */
function tableCell(c: DocCell, width: number, merge?: 'restart' | 'continue'): string {
  const code = c.codes?.[0];
  let props = `<w:tcW w:w="${width}" w:type="dxa"/>`;
  if ((c.colSpan ?? 1) > 1) props += `<w:gridSpan w:val="${c.colSpan}"/>`;
  if (merge) props += `<w:vMerge w:val="${merge}"/>`;
  if (code) props += `<w:shd w:val="clear" w:color="auto" w:fill="${CODE_FILL[code]}"/>`;
  props += `${CELL_MARGINS}<w:vAlign w:val="center"/>`;
  let body = '';
  if (merge !== 'continue')
    for (const line of c.lines)
      body += paragraphs(line, { bold: c.bold, size: TABLE_SIZE, align: c.align ?? 'left', mark: c.mark });
  return `<w:tc><w:tcPr>${props}</w:tcPr>${body || '<w:p/>'}</w:tc>`;
}

/** Column widths in twips from the model's relative weights. */
function columnWidths(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * total));
}

/**
 * The rows of a table. A cell's width spans its columns; the cells a rowSpan covers below it are
 * absent from the model's rows, so the writer adds their continuation (vMerge) cells.
 */
function tableRows(rows: DocCell[][], widths: number[], header: boolean, cantSplit: boolean): string {
  // Per column: the cell whose rowSpan still covers it, and for how many more rows.
  const covering: ({ cell: DocCell; width: number; left: number } | null)[] = widths.map(() => null);
  const rowFlags = `${cantSplit ? '<w:cantSplit/>' : ''}${header ? '<w:tblHeader/>' : ''}`;
  const rowProps = rowFlags ? `<w:trPr>${rowFlags}</w:trPr>` : '';
  let out = '';
  for (const row of rows) {
    let cells = '';
    let col = 0;
    let next = 0;
    while (col < widths.length && (next < row.length || covering[col])) {
      const cover = covering[col];
      if (cover) {
        const span = cover.cell.colSpan ?? 1;
        cells += tableCell(cover.cell, cover.width, 'continue');
        cover.left--;
        for (let i = col; i < col + span; i++) if (cover.left === 0) covering[i] = null;
        col += span;
        continue;
      }
      const c = row[next++];
      const span = c.colSpan ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const rowSpan = c.rowSpan ?? 1;
      if (rowSpan > 1) {
        const entry = { cell: c, width, left: rowSpan - 1 };
        for (let i = col; i < col + span; i++) covering[i] = entry;
      }
      cells += tableCell(c, width, rowSpan > 1 ? 'restart' : undefined);
      col += span;
    }
    out += `<w:tr>${rowProps}${cells}</w:tr>`;
  }
  return out;
}

const TABLE_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
  .join('')}</w:tblBorders>`;

function tableXml(widths: number[], total: number, rows: string): string {
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`
  );
}

function table(block: Extract<DocBlock, { kind: 'table' }>, total: number): string {
  const widths = columnWidths(block.widths, total);
  return tableXml(
    widths,
    total,
    tableRows(block.header, widths, true, true) + tableRows(block.body, widths, false, true),
  );
}

function fieldsTable(block: Extract<DocBlock, { kind: 'fields' }>, total: number): string {
  const widths = columnWidths([35, 65], total);
  const rows: DocCell[][] = block.rows.map((r) => [{ lines: [r.label], bold: true }, { lines: r.value }]);
  // A long value may run over a page break.
  return tableXml(widths, total, tableRows(rows, widths, false, false));
}

/** A small empty paragraph: Word glues two adjacent tables into one without it. */
const GAP = '<w:p><w:pPr><w:spacing w:after="120"/></w:pPr></w:p>';

/** The package's pictures: each distinct picture stored once, named by its relationship id. */
class Media {
  readonly files: { name: string; data: Buffer | string }[] = [];
  readonly rels: { id: string; target: string }[] = [];
  private byHash = new Map<string, string>();
  private drawings = 0;

  add(data: Buffer | string, ext: 'png' | 'svg'): string {
    const hash = createHash('sha256').update(data).digest('hex');
    const known = this.byHash.get(`${ext}:${hash}`);
    if (known) return known;
    const n = this.files.length + 1;
    const id = `rIdMedia${n}`;
    this.files.push({ name: `media/image${n}.${ext}`, data });
    this.rels.push({ id, target: `media/image${n}.${ext}` });
    this.byHash.set(`${ext}:${hash}`, id);
    return id;
  }

  nextDrawingId(): number {
    return ++this.drawings;
  }
}

/**
 * A drawing as an SVG picture with its PNG fallback (Word before 2016 and LibreOffice show the
 * PNG), scaled down to the text width and to most of the page height, keeping its aspect ratio;
 * the caption is a centred paragraph under it.
 */
function imageElements(block: DocImage, orientation: DocSection['orientation'], media: Media): string {
  if (!block.png) throw new Error('an image block reaches the DOCX renderer without its PNG fallback');
  const m = MARGINS[orientation];
  const page = orientation === 'portrait' ? A4 : { width: A4.height, height: A4.width };
  const maxWidth = (page.width - m.left - m.right) / TWIPS_PER_PX;
  // Room for the caption and a heading kept with the picture.
  const maxHeight = (page.height - m.top - m.bottom) / TWIPS_PER_PX - 120;
  const scale = Math.min(1, maxWidth / block.width, maxHeight / block.height);
  const cx = Math.max(1, Math.round(block.width * scale)) * EMU_PER_PX;
  const cy = Math.max(1, Math.round(block.height * scale)) * EMU_PER_PX;
  const caption = esc(textLines(block.caption).join(' '));
  const png = media.add(block.png, 'png');
  const svg = media.add(block.svg, 'svg');
  const id = media.nextDrawingId();
  const drawing =
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="${id}" name="${caption}" descr="${caption}" title="${caption}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS.a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.pic}"><pic:pic xmlns:pic="${NS.pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="image${id}" descr="${caption}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${png}"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">` +
    `<asvg:svgBlip xmlns:asvg="${NS.asvg}" r:embed="${svg}"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>';
  return (
    `<w:p>${paragraphProps({ keepNext: true, align: 'center' })}<w:r>${drawing}</w:r></w:p>` +
    paragraphs(block.caption, { align: 'center', size: TABLE_SIZE }) +
    GAP
  );
}

function blockXml(
  block: DocBlock,
  total: number,
  orientation: DocSection['orientation'],
  media: Media,
): string {
  switch (block.kind) {
    case 'title':
      return block.lines
        .map((line) => paragraphs(line, { bold: true, align: 'center', size: TITLE_SIZE }))
        .join('');
    case 'heading':
      return textLines(block.text)
        .map(
          (line) =>
            `<w:p>${paragraphProps({ style: `Heading${block.level}`, keepNext: true })}${run(line, {})}</w:p>`,
        )
        .join('');
    case 'paragraph':
      return paragraphs(block.text, { align: 'left' });
    case 'list':
      return block.items.map((item) => paragraphs(item, { align: 'left' })).join('');
    case 'legend':
      return paragraphs(block.text, { size: TABLE_SIZE, align: 'left' });
    case 'fields':
      return fieldsTable(block, total) + GAP;
    case 'table':
      return table(block, total) + GAP;
    case 'image':
      return imageElements(block, orientation, media);
  }
}

const FOOTER_REL = 'rIdFooter';

/** A section's page: A4 in its orientation, its margins, the page-number footer. */
function sectionProps(orientation: DocSection['orientation']): string {
  const m = MARGINS[orientation];
  const size =
    orientation === 'landscape'
      ? `<w:pgSz w:w="${A4.height}" w:h="${A4.width}" w:orient="landscape"/>`
      : `<w:pgSz w:w="${A4.width}" w:h="${A4.height}"/>`;
  return (
    `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_REL}"/>${size}` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="567" w:footer="567" w:gutter="0"/>` +
    '<w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

function documentXml(model: DocModel, media: Media): string {
  const parts: string[] = [];
  model.sections.forEach((section, i) => {
    const total = textWidth(section.orientation);
    for (const block of section.blocks) parts.push(blockXml(block, total, section.orientation, media));
    const props = sectionProps(section.orientation);
    // Every section but the last ends with a paragraph that carries its properties.
    parts.push(i < model.sections.length - 1 ? `<w:p><w:pPr>${props}</w:pPr></w:p>` : props);
  });
  return (
    `${XML_HEAD}<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}">` +
    `<w:body>${parts.join('')}</w:body></w:document>`
  );
}

const FOOTER_XML =
  `${XML_HEAD}<w:ftr xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
  ['<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> PAGE </w:instrText>']
    .concat(['<w:fldChar w:fldCharType="separate"/>', '<w:t>1</w:t>', '<w:fldChar w:fldCharType="end"/>'])
    .map((r) => `<w:r>${runProps({ size: TABLE_SIZE })}${r}</w:r>`)
    .join('') +
  '</w:p></w:ftr>';

const headingStyle = (level: 1 | 2 | 3, size: number) =>
  `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/>` +
  `<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>` +
  `<w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="000000"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;

function stylesXml(locale: DocModel['locale']): string {
  return (
    `${XML_HEAD}<w:styles xmlns:w="${NS.w}"><w:docDefaults><w:rPrDefault><w:rPr>` +
    `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>` +
    `<w:sz w:val="${BODY_SIZE}"/><w:szCs w:val="${BODY_SIZE}"/><w:lang w:val="${LANGUAGE[locale]}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault/></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    headingStyle(1, 28) +
    headingStyle(2, 26) +
    headingStyle(3, 24) +
    '</w:styles>'
  );
}

const SETTINGS_XML =
  `${XML_HEAD}<w:settings xmlns:w="${NS.w}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

const relsXml = (rels: { id: string; type: string; target: string }[]) =>
  `${XML_HEAD}<Relationships xmlns="${NS.pkg}">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join('')}</Relationships>`;

const CONTENT_TYPES =
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
  '<Default Extension="svg" ContentType="image/svg+xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const coreXml = (title: string, now: string) =>
  `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:title>${esc(title)}</dc:title><dc:creator>DT Maps</dc:creator>` +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
  '</cp:coreProperties>';

const APP_XML = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>DT Maps</Application></Properties>`;

const REL_TYPE = (name: string) =>
  `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`;

/** The model as a DOCX file. */
export async function renderDocx(model: DocModel): Promise<Buffer> {
  const media = new Media();
  const document = documentXml(model, media);
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file(
    '_rels/.rels',
    relsXml([
      { id: 'rId1', type: REL_TYPE('officeDocument'), target: 'word/document.xml' },
      {
        id: 'rId2',
        type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        target: 'docProps/core.xml',
      },
      { id: 'rId3', type: REL_TYPE('extended-properties'), target: 'docProps/app.xml' },
    ]),
  );
  zip.file('docProps/core.xml', coreXml(textLines(model.title).join(' '), new Date().toISOString()));
  zip.file('docProps/app.xml', APP_XML);
  zip.file('word/document.xml', document);
  zip.file('word/styles.xml', stylesXml(model.locale));
  zip.file('word/settings.xml', SETTINGS_XML);
  zip.file('word/footer1.xml', FOOTER_XML);
  zip.file(
    'word/_rels/document.xml.rels',
    relsXml([
      { id: 'rIdStyles', type: REL_TYPE('styles'), target: 'styles.xml' },
      { id: 'rIdSettings', type: REL_TYPE('settings'), target: 'settings.xml' },
      { id: FOOTER_REL, type: REL_TYPE('footer'), target: 'footer1.xml' },
      ...media.rels.map((r) => ({ id: r.id, type: REL_TYPE('image'), target: r.target })),
    ]),
  );
  for (const f of media.files) zip.file(`word/${f.name}`, f.data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
