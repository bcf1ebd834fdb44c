import { describe, expect, it } from 'vitest';
import { matchesQuery, normalize, type PublicMapSummary, searchMaps } from './portal-search.ts';
import { pickWithLang } from './portal-text.ts';

const map = (id: string, org: [string, string, string], title: [string, string]): PublicMapSummary => ({
  id,
  organisation: {
    id: `o-${id}`,
    code: `mo-${id}`,
    kind: 'central_state_body',
    name: { kk: org[0], ru: org[1], en: org[2] },
  },
  title: { kk: title[0], ru: title[1] },
  periodFrom: 2025,
  versionNumber: 1,
  publishedOn: '2026-04-09',
});

const maps = [
  map(
    'health',
    ['ҚР Денсаулық сақтау министрлігі', 'Министерство здравоохранения РК', 'Ministry of Healthcare'],
    [
      'Денсаулық сақтау саласының цифрлық трансформация картасы',
      'Карта цифровой трансформации отрасли здравоохранения',
    ],
  ),
  map(
    'energy',
    ['ҚР Энергетика министрлігі', 'Министерство энергетики РК', 'Ministry of Energy'],
    ['Энергетика саласының картасы', 'Карта отрасли энергетики'],
  ),
  map(
    'education',
    ['ҚР Оқу-ағарту министрлігі', 'Министерство просвещения РК', 'Ministry of Education'],
    ['Оқу-ағарту саласының картасы', 'Карта сферы просвещения'],
  ),
  map(
    'finance',
    ['ҚР Қаржы министрлігі', 'Министерство финансов РК', 'Ministry of Finance'],
    ['Қаржы саласының картасы', 'Карта сферы финансов'],
  ),
];

describe('portal search', () => {
  it('normalizes case, ё and punctuation', () => {
    expect(normalize('  Учёт,  «Здравоохранения»! ')).toBe('учет здравоохранения');
  });

  it('finds a map by words of its kk or ru title or its body, in any order', () => {
    expect(matchesQuery(maps[0], 'здравоохранения')).toBe(true);
    expect(matchesQuery(maps[0], 'денсаулық')).toBe(true);
    expect(matchesQuery(maps[0], 'министерство карта')).toBe(true);
    expect(matchesQuery(maps[0], 'ministry health')).toBe(true);
    expect(matchesQuery(maps[0], 'энергетики')).toBe(false);
    expect(matchesQuery(maps[0], '   ')).toBe(true);
  });

  it('keeps Kazakh letters distinct: қаржы is not каржы', () => {
    expect(searchMaps(maps, 'қаржы', 'kk').map((m) => m.id)).toEqual(['finance']);
    expect(searchMaps(maps, 'каржы', 'kk')).toEqual([]);
  });

  it('sorts by the body name as the reader language sorts it', () => {
    // Russian: здравоохранения < просвещения < финансов < энергетики.
    expect(searchMaps(maps, '', 'ru').map((m) => m.id)).toEqual(['health', 'education', 'finance', 'energy']);
    // Kazakh alphabet: Д < Қ < О < Э (Қ is a letter of its own, after К).
    expect(searchMaps(maps, '', 'kk').map((m) => m.id)).toEqual(['health', 'finance', 'education', 'energy']);
    expect(searchMaps(maps, '', 'en').map((m) => m.id)).toEqual(['education', 'energy', 'finance', 'health']);
  });
});

describe('pickWithLang', () => {
  it('says which language the shown text is in', () => {
    expect(pickWithLang({ kk: 'Мақсат', ru: 'Цель' }, 'ru')).toEqual({ text: 'Цель', lang: 'ru' });
    expect(pickWithLang({ kk: 'Мақсат', ru: 'Цель' }, 'en')).toEqual({ text: 'Мақсат', lang: 'kk' });
    expect(pickWithLang({ kk: ' ', ru: 'Цель' }, 'kk')).toEqual({ text: 'Цель', lang: 'ru' });
    expect(pickWithLang({ kk: '', ru: '' }, 'kk')).toBeNull();
  });
});
