import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentLocale } from '../../domain/documents/form-labels.ts';
import { buildMapDocumentModel } from '../../domain/documents/map.document.ts';
import type { LocalizedText } from '../../domain/locale.ts';
import { validMapDocument } from '../../domain/map/map.fixture.ts';
import { documentRefs } from '../../domain/map/map.references.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { renderDocx } from './document.docx.ts';
import { renderHtml } from './document.html.ts';
import {
  assertWellFormedXml,
  docxRows,
  docxTexts,
  htmlTexts,
  requireTool,
  unzipDocx,
} from './document.test-helpers.ts';

const LONG = `${'Ұзақ-мәтін-'.repeat(909)}X`; // 10 000 characters, no space to break at
const HOSTILE = {
  markup: '<b>bold</b> & <script>alert("x")</script> ]]> <w:t>',
  control: 'a\u0000b\u0007c\u001Bd\u000Be\uFFFFf',
  rtl: 'مرحبا بالعالم — שלום עולם',
  emoji: 'Жер 🇰🇿 учаскесі 👩‍💻😀',
};

function hostileDocument(): MapDocument {
  const doc = validMapDocument();
  doc.passport.goal = { kk: HOSTILE.markup, ru: HOSTILE.markup };
  doc.sectors[0].description = { kk: HOSTILE.control, ru: HOSTILE.control };
  doc.sectors[0].problems[0].text = { kk: LONG, ru: LONG };
  doc.sectors[0].cases[0].name = { kk: HOSTILE.emoji, ru: HOSTILE.emoji };
  doc.sectors[0].fastTrack[0].solutions = { kk: HOSTILE.rtl, ru: HOSTILE.rtl };
  return doc;
}

const referenceNames = (doc: MapDocument) =>
  new Map<string, LocalizedText>(
    documentRefs(doc).map((r) => [
      r.id,
      { kk: `Анықтамалық ${r.id.slice(-1)}`, ru: `Справочник ${r.id.slice(-1)}` },
    ]),
  );

const modelOf = (doc: MapDocument, locale: DocumentLocale) =>
  buildMapDocumentModel(doc, {
    locale,
    organisation: { name: { kk: 'Жер ресурстары министрлігі', ru: 'Министерство земельных ресурсов' } },
    referenceNames: referenceNames(doc),
  });

const files: Partial<Record<DocumentLocale, { buffer: Buffer; parts: Map<string, string>; xml: string }>> =
  {};

beforeAll(async () => {
  for (const locale of ['kk', 'ru'] as const) {
    const buffer = await renderDocx(modelOf(hostileDocument(), locale));
    const parts = await unzipDocx(buffer);
    files[locale] = { buffer, parts, xml: parts.get('word/document.xml')! };
  }
});

describe('the map as DOCX', () => {
  it('is well-formed XML in every part, hostile text included', () => {
    for (const locale of ['kk', 'ru'] as const)
      for (const [name, xml] of files[locale]!.parts) assertWellFormedXml(xml, name);
  });

  it('has every section heading of the Form, in Kazakh in the Kazakh document', () => {
    const texts = docxTexts(files.kk!.xml);
    const order = [
      'Саланың цифрлық трансформация картасы',
      'Паспорт',
      '1. Сала 1 – Жер қатынастары',
      '1.1. Сипаттама',
      'Реттеудің субъектілері/объектілері',
      'Саладағы проблемалар',
      'Перспективалық технологиялар',
      '1.2. Кейстер (саладағы бизнес-процестер топтары)',
      '1.3. Сфера бойынша жоспар-кесте',
      '1.4. Басым жобалар (Fast Track жобалары)',
      'Салалар трансформациясының жиынтық трафигі (Гант диаграммасы)',
      'Қосымшалар',
    ];
    const at = order.map((h) => texts.indexOf(h));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(order.filter((_, i) => at[i] < 0)),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(files.kk!.xml).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('has Russian labels in the Russian document and no Kazakh ones', () => {
    const texts = docxTexts(files.ru!.xml);
    for (const label of [
      'Паспорт',
      '1.1. Описание',
      '1.3. План-график по сфере',
      'Статус автоматизации',
      'I кв',
    ])
      expect(texts).toContain(label);
    for (const label of ['1.1. Сипаттама', 'I тқ', 'Автоматтандыру мәртебесі'])
      expect(texts).not.toContain(label);
  });

  it('prints the passport as a label/value table', () => {
    const rows = docxRows(files.kk!.xml);
    const row = (label: string) => rows.find((r) => r.texts[0] === label)?.texts;
    expect(row('Цифрлық трансформация картасының атауы')).toEqual([
      'Цифрлық трансформация картасының атауы',
      'Жер қатынастары саласының цифрлық трансформация картасы',
    ]);
    expect(row('МЖЖ құжаты')).toEqual(['МЖЖ құжаты', '1. Анықтамалық 1']);
    expect(row('Картаны әзірлеуге жауапты мемлекеттік органдары')?.[1]).toBe('Жер ресурстары министрлігі');
    expect(row('Іске асыру мерзімі')).toEqual(['Іске асыру мерзімі', '2025–2029 жылдар']);
    expect(row('Принциптері')?.length).toBeGreaterThan(8);
  });

  it('prints the subjects/objects table with the Form’s four columns', () => {
    const rows = docxRows(files.kk!.xml);
    const header = rows.findIndex((r) => r.texts[0] === 'Реттеу нысаны');
    expect(rows[header].texts).toEqual(['Реттеу нысаны', 'Саны', 'ЖІӨ-ге қосқан үлесі', 'Өмірлік циклі']);
    expect(rows[header].xml).toContain('<w:tblHeader/>');
    expect(rows[header + 1].texts[0]).toBe('Жер учаскесі');
    expect(rows[header + 1].texts).toHaveLength(5); // name, count, GDP, two life-cycle stages
  });

  it('prints every case as the Form’s label/value table', () => {
    const texts = docxRows(files.kk!.xml).map((r) => r.texts);
    for (const label of [
      'Кейс атауы 1',
      'Кейс атауы 2',
      'Бизнес-процестер',
      'Жасанды интеллектті перспективалық пайдалану',
      'Жауапты құрылымдық бөлімшелер',
      'Орталық мемлекеттік органның байланысты функциялары',
      'Байланысты мемлекеттік қызметтер',
      'Автоматтандыру мәртебесі',
      'Субъект / объект',
      'Реинжиниринг мәртебесі',
    ])
      expect(
        texts.some((r) => r[0] === label),
        label,
      ).toBe(true);
    expect(texts).toContainEqual(['Кейс атауы 1', HOSTILE.emoji]);
    expect(texts).toContainEqual(['Автоматтандыру мәртебесі', 'Иә (Анықтамалық 3)']);
    expect(texts).toContainEqual(['Реинжиниринг мәртебесі', 'жұмыс барысында']);
  });

  it('prints the plan-schedule with years merged over I–IV quarters, R/F/D cells and the legend', () => {
    const rows = docxRows(files.kk!.xml);
    const years = rows.findIndex((r) => r.texts[0] === 'Іс-шара атауы');
    expect(rows[years].texts.slice(1)).toEqual(['2025', '2026', '2027', '2028', '2029']);
    expect(rows[years].xml.match(/<w:gridSpan w:val="4"\/>/g)).toHaveLength(5);
    expect(rows[years].xml).toContain('<w:tblHeader/>');
    const quarters = rows[years + 1];
    expect(quarters.xml).toContain('<w:tblHeader/>');
    expect(quarters.texts.slice(1)).toEqual(
      Array.from({ length: 5 }, () => ['I тқ', 'II тқ', 'III тқ', 'IV тқ']).flat(),
    );
    const first = rows[years + 2];
    expect(first.texts).toEqual([HOSTILE.emoji, ...'RRFFFFFRRFFFFDD']);
    expect(first.xml.match(/<w:tc>/g)).toHaveLength(21);
    expect(first.xml).toMatch(/w:fill="FCE4D6"[\s\S]*>R<\/w:t>/);
    const legend =
      'R – реинжиниринг, F – үдерістің мақсатты нұсқасын іске асыру, D – үдерістің оңтайлы нұсқасын іске асыру';
    expect(docxTexts(files.kk!.xml).filter((t) => t === legend)).toHaveLength(2); // plan-schedule and Gantt
    const ru = docxRows(files.ru!.xml).find((r) => r.texts[0] === 'Кейс / бизнес-процесс');
    expect(ru?.texts.slice(1, 5)).toEqual(['I кв', 'II кв', 'III кв', 'IV кв']);
  });

  it('prints the Fast Track projects and the summary Gantt', () => {
    const texts = docxRows(files.kk!.xml).map((r) => r.texts);
    expect(texts).toContainEqual(['Кейстің атауы', HOSTILE.emoji]);
    expect(texts).toContainEqual(['Перспективалық шешімдер немесе технологиялар', HOSTILE.rtl]);
    expect(texts).toContainEqual([
      'Саланың атауы',
      'Жауапты бөлімшесі (Департамент / Комитет)',
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
    ]);
    expect(texts).toContainEqual([
      'Жер қатынастары',
      'Жер қатынастары департаменті',
      'R и F',
      'R и F',
      'R и F',
      'R и F и D',
      'D',
    ]);
  });

  it('turns the wide tables’ pages to landscape on A4 and numbers every page in the footer', () => {
    const xml = files.kk!.xml;
    const sections = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections.map((s) => (s.includes('w:orient="landscape"') ? 'L' : 'P')).join('')).toBe('PLPLP');
    expect(sections.find((s) => s.includes('landscape'))).toContain('<w:pgSz w:w="16838" w:h="11906"');
    for (const s of sections) expect(s).toMatch(/<w:footerReference w:type="default"/);
    const footers = [...files.kk!.parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    for (const [, footer] of footers) expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(files.kk!.parts.get('word/styles.xml')).toContain('Times New Roman');
  });

  it('keeps hostile user text literal: escaped markup, control characters dropped, long, RTL and emoji text whole', () => {
    const xml = files.kk!.xml;
    const texts = docxTexts(xml);
    expect(xml).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('<script>');
    expect(texts).toContain(HOSTILE.markup);
    expect(texts).toContain('abcdef');
    expect(texts).toContain(`1. ${LONG} (азаматтардың шағымдары)`);
    expect(texts).toContain(HOSTILE.rtl);
    expect(texts).toContain(HOSTILE.emoji);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for what must not be there.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });
});

describe('the map as print HTML', () => {
  it('carries the same text as the DOCX, in the same order', async () => {
    for (const locale of ['kk', 'ru'] as const) {
      const model = modelOf(hostileDocument(), locale);
      const docx = docxTexts(files[locale]!.xml);
      const html = htmlTexts(renderHtml(model));
      expect(html.length).toBeGreaterThan(200);
      expect(html).toEqual(docx);
    }
  });

  it('is self-contained print HTML: A4, landscape named pages, repeated table headers, page counters', () => {
    const html = renderHtml(modelOf(hostileDocument(), 'ru'));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ru">/);
    expect(html).toContain('@page { size: A4 portrait');
    expect(html).toContain('@page wide { size: A4 landscape');
    expect(html).toContain('section.landscape { page: wide; }');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('counter(page)');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/(src|href)=|url\(/i);
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<th colspan="4" class="center bold"><p dir="auto">2025</p></th>');
  });
});

describe('LibreOffice', () => {
  it('converts the DOCX to a non-empty PDF', async (ctx) => {
    const soffice = requireTool(ctx, 'soffice', 'libreoffice-writer-nogui');
    if (!soffice) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-map-docx-'));
    try {
      const input = path.join(dir, 'map-kk.docx');
      fs.writeFileSync(input, files.kk!.buffer);
      // A private profile: another soffice running on the machine must not hold this one's lock.
      const result = spawnSync(
        soffice,
        [
          `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          input,
        ],
        { encoding: 'utf8', timeout: 150_000 },
      );
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      const pdf = path.join(dir, 'map-kk.pdf');
      expect(fs.existsSync(pdf)).toBe(true);
      const bytes = fs.readFileSync(pdf);
      expect(bytes.length).toBeGreaterThan(10_000);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
