import { describe, expect, it } from 'vitest';
import { validMapDocument } from '../../../domain/map/map.fixture.ts';
import { validateMap } from '../../../domain/map/map.validate.ts';
import {
  blockingCountByPage,
  editorPages,
  findingsByPage,
  pageOfFinding,
  pageParam,
  parsePageParam,
  sectionOfPage,
} from './editor-pages.ts';

describe('page param encoding', () => {
  it('reads no param as the passport', () => {
    expect(parsePageParam(undefined)).toEqual({ kind: 'passport' });
    expect(parsePageParam('')).toEqual({ kind: 'passport' });
  });

  it('round-trips every page of a document', () => {
    for (const page of editorPages(validMapDocument())) expect(parsePageParam(pageParam(page))).toEqual(page);
  });

  it('writes sector pages as sector.<id>.<sub>', () => {
    expect(pageParam({ kind: 'sector', sectorId: 'a_B-1', sub: 'fast-track' })).toBe(
      'sector.a_B-1.fast-track',
    );
    expect(parsePageParam('sector.s1.cases')).toEqual({ kind: 'sector', sectorId: 's1', sub: 'cases' });
  });

  it('refuses unknown pages and malformed sector pages', () => {
    for (const bad of [
      'nope',
      'sector.s1',
      'sector.s1.nope',
      'sector..cases',
      'sector.a b.cases',
      'sector.s1.cases.x',
    ])
      expect(parsePageParam(bad)).toBeNull();
  });

  it('lists pages in the Form order: passport, each sector 1.1…1.4, Gantt, attachments, findings', () => {
    const params = editorPages(validMapDocument()).map(pageParam);
    expect(params).toEqual([
      'passport',
      'sector.s1.description',
      'sector.s1.subjects',
      'sector.s1.problems',
      'sector.s1.technologies',
      'sector.s1.cases',
      'sector.s1.schedule',
      'sector.s1.fast-track',
      'gantt',
      'attachments',
      'findings',
    ]);
  });

  it('names the section a page edits', () => {
    expect(sectionOfPage({ kind: 'sector', sectorId: 's1', sub: 'schedule' })).toBe('sector:s1');
    expect(sectionOfPage({ kind: 'passport' })).toBe('passport');
    expect(sectionOfPage({ kind: 'gantt' })).toBeNull();
  });
});

describe('page of a finding', () => {
  const doc = validMapDocument();
  const at = (code: string, path: (string | number)[]) => pageParam(pageOfFinding({ code, path }, doc));

  it('follows the path to the page of the field', () => {
    expect(at('passport.title_missing', ['passport', 'title'])).toBe('passport');
    expect(at('passport.sectors_missing', ['sectors'])).toBe('passport');
    expect(at('indicator.unit_missing', ['sectors', 0, 'indicators', 0, 'unit'])).toBe(
      'sector.s1.description',
    );
    expect(at('sector.responsible_unit_missing', ['sectors', 0, 'responsibleUnit'])).toBe(
      'sector.s1.description',
    );
    expect(at('sector.subject_name_missing', ['sectors', 0, 'subjects', 0, 'name'])).toBe(
      'sector.s1.subjects',
    );
    expect(at('case.name_missing', ['sectors', 0, 'cases', 1, 'name'])).toBe('sector.s1.cases');
    expect(at('fast_track.case_missing', ['sectors', 0, 'fastTrack', 0, 'caseId'])).toBe(
      'sector.s1.fast-track',
    );
    expect(at('attachments.risks_missing', ['attachments', 'risks'])).toBe('attachments');
  });

  it('sends plan-schedule rules to the grid and life-cycle coverage to the cases', () => {
    expect(at('schedule.empty', ['sectors', 0, 'cases', 0, 'processes'])).toBe('sector.s1.schedule');
    expect(at('schedule.implementation_missing', ['sectors', 0, 'cases', 0, 'reengineeringStatus'])).toBe(
      'sector.s1.schedule',
    );
    expect(at('sector.life_cycle_stage_not_covered', ['sectors', 0, 'subjects', 0, 'lifeCycle', 1])).toBe(
      'sector.s1.cases',
    );
  });

  it('groups findings by page in the Form order and counts the blocking ones', () => {
    const broken = validMapDocument();
    broken.passport.title = { kk: '', ru: '' };
    broken.attachments.risks = [];
    broken.sectors[0].cases[0].name = { kk: '', ru: 'x' };
    const findings = validateMap(broken);
    expect(findingsByPage(findings, broken).map((g) => pageParam(g.page))).toEqual([
      'passport',
      'sector.s1.cases',
      'attachments',
    ]);
    const counts = blockingCountByPage(findings, broken);
    expect(counts.get('passport')).toBe(1);
    expect(counts.get('sector.s1.cases')).toBe(1);
    expect(counts.get('attachments')).toBeUndefined(); // risks_missing is a warning
  });
});
