import { describe, expect, it } from 'vitest';
import { emptyProjectContent } from '../reengineering/project.schema.ts';
import { modelTexts } from './document.model.ts';
import { buildResultsDocumentModel, officialDate, svgSize } from './results.document.ts';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 200" width="640" height="200"></svg>';
const metrics = Object.fromEntries(
  [
    'steps',
    'roles',
    'roleHandoffs',
    'bodyHandoffs',
    'applicantTouchpoints',
    'applicantDocuments',
    'waitingPoints',
  ].map((k) => [k, { count: 4, ids: [] }]),
) as never;

const input = (audience: 'internal' | 'public') => ({
  locale: 'ru' as const,
  audience,
  organisation: { name: { kk: 'Министрлік', ru: 'Министерство' } },
  caseName: { kk: 'Кейс', ru: 'Кейс' },
  approvedOn: '2026-03-03',
  publishedOn: null,
  content: emptyProjectContent(),
  legalActs: new Map(),
  orgNames: new Map(),
  processes: [
    {
      id: 'p1',
      name: { kk: 'Процесс', ru: 'Процесс' },
      variants: (['as_is', 'target', 'optimal'] as const).map((kind) => ({ kind, svg, metrics })),
    },
  ],
});

describe('the results document model', () => {
  it('reads an SVG’s size from its root, else its viewBox', () => {
    expect(svgSize(svg)).toEqual({ width: 640, height: 200 });
    expect(svgSize('<svg viewBox="0 0 300 150">')).toEqual({ width: 300, height: 150 });
    expect(svgSize('<svg>')).toEqual({ width: 800, height: 600 });
  });

  it('captions every diagram as a numbered figure, and the captions are the model’s text', () => {
    const model = buildResultsDocumentModel(input('internal'));
    const images = model.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'image');
    expect(images.map((i) => i.caption)).toEqual([
      'Рисунок 1. Процесс: текущий вариант («как есть»)',
      'Рисунок 2. Процесс: целевой вариант («как будет»)',
      'Рисунок 3. Процесс: оптимальный вариант («как должно быть»)',
    ]);
    expect(modelTexts(model)).toEqual(expect.arrayContaining(images.map((i) => i.caption)));
    expect(modelTexts(model)).toContain('Проектная команда');
    expect(model.sections.some((s) => s.orientation === 'landscape')).toBe(true);
  });

  it('leaves the team and the optimal variant out of the public document', () => {
    const texts = modelTexts(buildResultsDocumentModel(input('public')));
    expect(texts).not.toContain('Проектная команда');
    expect(texts.some((s) => s.includes('как должно быть'))).toBe(false);
    expect(texts).toContain('План мероприятий утверждён: 03.03.2026');
    expect(officialDate('2026-06-30')).toBe('30.06.2026');
  });
});
