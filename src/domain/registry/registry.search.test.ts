import { describe, expect, it } from 'vitest';
import { likeEscape, normalizeSearch, processSearchText } from './registry.search.ts';

describe('normalizeSearch', () => {
  it.each([
    ['ӨТІНІШ', 'өтініш'],
    ['ӘҒҚҢӨҰҮҺІ', 'әғқңөұүһі'],
    ['Приём  заявления', 'прием заявления'],
    ['ЁЛКА Ёж', 'елка еж'],
    ['  Жеке\tкуәлік\n', 'жеке куәлік'],
    ['Applicant DATA', 'applicant data'],
    ['', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeSearch(input)).toBe(expected);
  });

  it('keeps Kazakh і distinct from Latin i and Russian и', () => {
    expect(normalizeSearch('І')).toBe('і');
    expect(normalizeSearch('І')).not.toBe('i');
    expect(normalizeSearch('И')).toBe('и');
  });
});

describe('processSearchText', () => {
  it('joins names in every language, roles, steps, data and the description, normalised', () => {
    const text = processSearchText({
      name: { kk: 'Өтінішті ҚАБЫЛДАУ', ru: 'Приём заявления', en: 'Intake' },
      roles: ['Заявитель'],
      steps: ['Проверить  документы'],
      dataNames: ['Адресная справка'],
      description: 'Всё по регламенту',
    });
    for (const part of [
      'өтінішті қабылдау',
      'прием заявления',
      'intake',
      'заявитель',
      'проверить документы',
      'адресная справка',
      'все по регламенту',
    ])
      expect(text).toContain(part);
    expect(text).not.toMatch(/[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]/);
    expect(text).not.toMatch(/\s{2}/);
  });

  it('skips blank parts and a missing English name', () => {
    expect(
      processSearchText({ name: { kk: 'Іс', ru: 'Дело' }, roles: [' '], steps: [], dataNames: [] }),
    ).toBe('іс дело');
  });
});

describe('likeEscape', () => {
  it('takes %, _ and backslash literally', () => {
    expect(likeEscape('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });
});
