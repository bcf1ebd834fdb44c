import { describe, expect, it } from 'vitest';
import { validMapDocument } from '../../../domain/map/map.fixture.ts';
import {
  findingLocales,
  indexByPath,
  issuePathToDocPath,
  isUnder,
  parsePathKey,
  pathAndAncestors,
  pathKey,
  worstSeverity,
} from './field-paths.ts';

describe('finding-to-field path matching', () => {
  it('writes and reads path keys', () => {
    const path = ['sectors', 0, 'cases', 12, 'schedule', 3];
    expect(pathKey(path)).toBe('sectors.0.cases.12.schedule.3');
    expect(parsePathKey(pathKey(path))).toEqual(path);
    expect(parsePathKey('sectors.0.indicators.1.targets.2027')).toEqual([
      'sectors',
      0,
      'indicators',
      1,
      'targets',
      2027,
    ]);
  });

  it('indexes findings by the exact path of their field', () => {
    const f1 = { path: ['passport', 'title'], code: 'a' };
    const f2 = { path: ['passport', 'title'], code: 'b' };
    const f3 = { path: ['passport', 'goal'], code: 'c' };
    const index = indexByPath([f1, f2, f3]);
    expect(index.get('passport.title')).toEqual([f1, f2]);
    expect(index.get('passport.goal')).toEqual([f3]);
    expect(index.get('passport')).toBeUndefined();
  });

  it('tells whether a path lies under another', () => {
    expect(isUnder(['sectors', 0, 'cases', 1, 'name'], ['sectors', 0, 'cases', 1])).toBe(true);
    expect(isUnder(['sectors', 0, 'cases', 1], ['sectors', 0, 'cases', 1])).toBe(true);
    expect(isUnder(['sectors', 0, 'cases', 10], ['sectors', 0, 'cases', 1])).toBe(false);
    expect(isUnder(['sectors', 0], ['sectors', 0, 'cases'])).toBe(false);
  });

  it('looks for a field at the path, then at each ancestor', () => {
    expect(pathAndAncestors(['a', 1, 'b'])).toEqual([['a', 1, 'b'], ['a', 1], ['a']]);
  });

  it('maps a save issue of a section to the document path of its field', () => {
    const doc = validMapDocument();
    expect(issuePathToDocPath('sector:s1', ['body', 'content', 'cases', 0, 'schedule'], doc)).toEqual([
      'sectors',
      0,
      'cases',
      0,
      'schedule',
    ]);
    expect(issuePathToDocPath('passport', ['body', 'content', 'planningDocumentIds', 1], doc)).toEqual([
      'passport',
      'planningDocumentIds',
      1,
    ]);
    expect(issuePathToDocPath('sector:nope', ['body', 'content', 'name'], doc)).toBeNull();
  });

  it('reads the blank languages and the worst severity of findings', () => {
    expect(findingLocales({ params: { locales: 'kk, ru' } })).toEqual(['kk', 'ru']);
    expect(findingLocales({})).toEqual([]);
    expect(worstSeverity([{ severity: 'warning' }, { severity: 'blocking' }])).toBe('error');
    expect(worstSeverity([{ severity: 'warning' }])).toBe('warning');
    expect(worstSeverity([])).toBeUndefined();
  });
});
