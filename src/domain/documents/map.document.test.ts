import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../locale.ts';
import { validMapDocument } from '../map/map.fixture.ts';
import { documentRefs } from '../map/map.references.ts';
import { type DocBlock, type DocCell, type DocModel, modelTexts } from './document.model.ts';
import { formLabel } from './form-labels.ts';
import { buildMapDocumentModel, type MapDocumentContext } from './map.document.ts';

const doc = validMapDocument();
const referenceNames = new Map<string, LocalizedText>(
  documentRefs(doc).map((r) => [
    r.id,
    { kk: `${r.table} kk ${r.id.slice(-2)}`, ru: `${r.table} ru ${r.id.slice(-2)}` },
  ]),
);
const context = (locale: 'kk' | 'ru'): MapDocumentContext => ({
  locale,
  organisation: { name: { kk: 'Ауыл шаруашылығы министрлігі', ru: 'Министерство сельского хозяйства' } },
  referenceNames,
});
const blocks = (model: DocModel) => model.sections.flatMap((s) => s.blocks);
const headings = (model: DocModel) =>
  blocks(model)
    .filter((b): b is Extract<DocBlock, { kind: 'heading' }> => b.kind === 'heading')
    .map((b) => b.text);
const tables = (model: DocModel) =>
  blocks(model).filter((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table');

describe('the map as a document model', () => {
  it('follows the Form: passport, then per sector 1.1–1.4, the summary Gantt, then the attachments', () => {
    const model = buildMapDocumentModel(doc, context('kk'));
    expect(headings(model)).toEqual([
      'Паспорт',
      '1. Сала 1 – Жер қатынастары',
      '1.1. Сипаттама',
      'Негізгі көрсеткіштер мен индикаторлар',
      'Реттеудің субъектілері/объектілері',
      'Саладағы проблемалар',
      'Перспективалық технологиялар',
      '1.2. Кейстер (саладағы бизнес-процестер топтары)',
      '1.3. Сфера бойынша жоспар-кесте',
      '1.4. Басым жобалар (Fast Track жобалары)',
      'Салалар трансформациясының жиынтық трафигі (Гант диаграммасы)',
      'Қосымшалар',
      'Цифрлық трансформацияның басым бағыттары және олардың нысаналы индикаторлары',
      '1. Жер қатынастарын цифрландыру',
      'Цифрлық трансформацияның нәтижелілік көрсеткіштері',
      'Пилоттық жобалар',
      'Деректер тізбесі',
      'Нәтижелілік көрсеткіштеріне қол жеткізудің негіздемесі',
      'Картаны іске асырудың ықтимал тәуекелдері және тәуекелдерді басқару',
    ]);
  });

  it('turns the page to landscape for the plan-schedule and the Gantt only', () => {
    const model = buildMapDocumentModel(doc, context('ru'));
    expect(model.sections.map((s) => s.orientation)).toEqual([
      'portrait',
      'landscape',
      'portrait',
      'landscape',
      'portrait',
    ]);
    expect(model.sections[1].blocks[0]).toEqual({
      kind: 'heading',
      level: 2,
      text: '1.3. План-график по сфере',
    });
  });

  it('prints Russian labels in the Russian document and Kazakh ones in the Kazakh document', () => {
    const ru = modelTexts(buildMapDocumentModel(doc, context('ru')));
    const kk = modelTexts(buildMapDocumentModel(doc, context('kk')));
    expect(ru).toContain('Карта цифровой трансформации сферы');
    expect(ru).toContain('I кв');
    expect(ru).not.toContain('I тқ');
    expect(kk).toContain('Саланың цифрлық трансформация картасы');
    expect(kk).toContain('IV тқ');
    expect(kk).not.toContain('IV кв');
  });

  it('prints the names of referenced rows, never their ids', () => {
    const texts = modelTexts(buildMapDocumentModel(doc, context('ru'))).join('\n');
    for (const use of documentRefs(doc)) expect(texts).not.toContain(use.id);
    expect(texts).toContain('planning_documents ru 01');
    expect(texts).toContain('– public_services ru 02');
    expect(texts).toContain('Да (information_systems ru 03)');
  });

  it('falls back to the other language when a text is missing in the requested one', () => {
    const d = validMapDocument();
    d.sectors[0].description = { kk: '', ru: 'Только по-русски' };
    d.passport.goal = { kk: 'Тек қазақша', ru: '' };
    const kk = modelTexts(buildMapDocumentModel(d, context('kk')));
    const ru = modelTexts(buildMapDocumentModel(d, context('ru')));
    expect(kk).toContain('Только по-русски');
    expect(ru).toContain('Тек қазақша');
  });

  it('builds the plan-schedule with years merged over quarters and a row per process of a split case', () => {
    const schedule = tables(buildMapDocumentModel(doc, context('kk'))).find(
      (t) => t.header[0][0].lines[0] === formLabel('schedule.activity', 'kk'),
    )!;
    expect(schedule.header[0].slice(1).map((c) => [c.lines[0], c.colSpan])).toEqual([
      ['2025', 4],
      ['2026', 4],
      ['2027', 4],
      ['2028', 4],
      ['2029', 4],
    ]);
    expect(schedule.header[1].slice(1, 5).map((c) => c.lines[0])).toEqual([
      'I тқ',
      'II тқ',
      'III тқ',
      'IV тқ',
    ]);
    // Case 1 has one row; case 2 is split into its two processes.
    expect(schedule.body.map((r) => r[0].lines)).toEqual([
      ['Жер учаскесін беру'],
      ['Жерді пайдалануды бақылау', '– Жерді қашықтықтан мониторингтеу'],
      ['Жерді пайдалануды бақылау', '– Тексеру нәтижелерін ресімдеу'],
    ]);
    expect(
      schedule.body[0]
        .slice(1)
        .map((c) => c.lines[0])
        .join(''),
    ).toBe('RRFFFFFRRFFFFDD');
    expect(schedule.body[0][2].codes).toEqual(['R']);
  });

  it('derives the summary Gantt from the plan-schedules', () => {
    const gantt = tables(buildMapDocumentModel(doc, context('ru'))).find(
      (t) => t.header[0][0].lines[0] === formLabel('gantt.sector', 'ru'),
    )!;
    expect(gantt.body[0].map((c) => c.lines[0])).toEqual([
      'Земельные отношения',
      'Департамент земельных отношений',
      'R и F',
      'R и F',
      'R и F',
      'R и F и D',
      'D',
    ]);
  });

  it('keeps every table rectangular: each row covers every column, merged cells counted', () => {
    const model = buildMapDocumentModel(doc, context('kk'));
    for (const t of tables(model)) {
      const covered = t.widths.map(() => 0);
      for (const row of [...t.header, ...t.body] as DocCell[][]) {
        let col = 0;
        for (const c of row) {
          while (covered[col] > 0) col++;
          for (let i = col; i < col + (c.colSpan ?? 1); i++) covered[i] = c.rowSpan ?? 1;
          col += c.colSpan ?? 1;
        }
        while (col < t.widths.length && covered[col] > 0) col++;
        expect(col).toBe(t.widths.length);
        for (let i = 0; i < covered.length; i++) covered[i] = Math.max(0, covered[i] - 1);
      }
    }
  });
});
