import { describe, expect, it } from 'vitest';
import { emptyText, LOCALES } from '../locale.ts';
import { FINDING_MESSAGES, findingMessage } from './map.findings.messages.ts';
import type { Finding } from './map.findings.ts';
import { row, validMapDocument } from './map.fixture.ts';
import { type MapDocument, MapDocumentSchema, newMapDocument, type ScheduleCell } from './map.schema.ts';
import {
  FINDING_CODES,
  FINDING_SEVERITY,
  hasBlocking,
  type MapFindingCode,
  validateMap,
} from './map.validate.ts';

type Path = (string | number)[];
type Mutate = (d: MapDocument) => void;

interface Rule {
  code: MapFindingCode;
  /** What the failing example breaks. */
  when: string;
  severity: Finding['severity'];
  point: string;
  path: Path;
  params?: Record<string, string | number>;
  bad: Mutate;
  /** Codes the failing example reports besides `code` (a break can cascade), in order. */
  also?: MapFindingCode[];
  /** A passing neighbour of the failing example; the complete map when left out. */
  good?: { when: string; mutate: Mutate };
}

const broken = (mutate: Mutate): MapDocument => {
  const d = validMapDocument();
  mutate(d);
  return d;
};
const S: Path = ['sectors', 0];
const C = (c: number): Path => [...S, 'cases', c];
const A: Path = ['attachments'];
const sector = (d: MapDocument) => d.sectors[0];
const caseOf = (d: MapDocument, c: number) => d.sectors[0].cases[c];

/** A second sector, valid on its own, with its own case ids. */
function addSecondSector(d: MapDocument): void {
  const s2 = structuredClone(d.sectors[0]);
  s2.id = 's2';
  s2.cases[0].id = 'c3';
  s2.cases[1].id = 'c4';
  s2.fastTrack[0].caseId = 'c3';
  d.sectors.push(s2);
}

const RULES: Rule[] = [
  // F "Паспорт"
  {
    code: 'passport.title_missing',
    when: 'the title is blank in kk',
    severity: 'blocking',
    point: 'F.Passport',
    path: ['passport', 'title'],
    params: { locales: 'kk' },
    bad: (d) => {
      d.passport.title.kk = '';
    },
    good: {
      when: 'the title is blank in en only',
      mutate: (d) => {
        d.passport.title.en = '';
      },
    },
  },
  {
    code: 'passport.title_missing',
    when: 'the title is blank in kk and ru',
    severity: 'blocking',
    point: 'F.Passport',
    path: ['passport', 'title'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      d.passport.title = { kk: ' ', ru: '', en: 'Map' };
    },
  },
  {
    code: 'passport.goal_missing',
    when: 'the goal is only whitespace in ru',
    severity: 'blocking',
    point: 'F.Passport',
    path: ['passport', 'goal'],
    params: { locales: 'ru' },
    bad: (d) => {
      d.passport.goal.ru = '  \n';
    },
  },
  {
    code: 'passport.planning_documents_missing',
    when: 'no planning document is listed',
    severity: 'blocking',
    point: 'F.Passport',
    path: ['passport', 'planningDocumentIds'],
    bad: (d) => {
      d.passport.planningDocumentIds = [];
    },
  },
  {
    code: 'passport.principle_application_missing',
    when: 'the application of principle 3 is blank in kk',
    severity: 'warning',
    point: 'F.Passport',
    path: ['passport', 'principles', 2, 'application'],
    params: { principle: 3, locales: 'kk' },
    bad: (d) => {
      d.passport.principles[2].application.kk = '';
    },
    good: {
      when: 'the principles are listed in another order',
      mutate: (d) => {
        d.passport.principles.reverse();
      },
    },
  },
  {
    code: 'passport.principle_application_missing',
    when: 'principle 7 is not listed at all',
    severity: 'warning',
    point: 'F.Passport',
    path: ['passport', 'principles'],
    params: { principle: 7, locales: 'kk, ru' },
    bad: (d) => {
      d.passport.principles = d.passport.principles.filter((p) => p.code !== 7);
    },
  },
  {
    code: 'passport.implementers_missing',
    when: 'no implementer is listed',
    severity: 'blocking',
    point: 'F.Passport',
    path: ['passport', 'implementers'],
    bad: (d) => {
      d.passport.implementers = [];
    },
  },
  {
    code: 'passport.implementer_name_missing',
    when: 'an implementer has no name',
    severity: 'blocking',
    point: 'F.Passport',
    path: ['passport', 'implementers', 1, 'name'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      d.passport.implementers.push({ id: 'im2', name: emptyText(), kind: 'local_executive_body' });
    },
  },
  {
    code: 'passport.legal_basis_missing',
    when: 'the legal basis is blank in ru',
    severity: 'blocking',
    point: 'F.Passport',
    path: ['passport', 'legalBasis'],
    params: { locales: 'ru' },
    bad: (d) => {
      d.passport.legalBasis.ru = '';
    },
  },
  {
    code: 'passport.period_invalid',
    when: 'the period is 2025–2030',
    severity: 'blocking',
    point: 'R.16',
    path: ['passport', 'period'],
    params: { from: 2025, to: 2029 },
    bad: (d) => {
      d.passport.period = { from: 2025, to: 2030 };
    },
  },
  {
    code: 'passport.period_invalid',
    when: 'the period is another five years',
    severity: 'blocking',
    point: 'R.16',
    path: ['passport', 'period'],
    params: { from: 2025, to: 2029 },
    bad: (d) => {
      d.passport.period = { from: 2026, to: 2030 };
    },
  },
  {
    code: 'passport.sectors_missing',
    when: 'the map has no sector',
    severity: 'blocking',
    point: 'F.Passport',
    path: ['sectors'],
    bad: (d) => {
      d.sectors = [];
    },
    good: { when: 'the map has two sectors', mutate: addSecondSector },
  },

  // F 1.1 and the tables after it
  {
    code: 'sector.name_missing',
    when: 'the sector name is blank in kk',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'name'],
    params: { locales: 'kk' },
    bad: (d) => {
      sector(d).name.kk = '';
    },
  },
  {
    code: 'sector.description_missing',
    when: 'the description is blank',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'description'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      sector(d).description = emptyText();
    },
  },
  {
    code: 'sector.indicators_missing',
    when: 'the sector has no indicator',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'indicators'],
    bad: (d) => {
      sector(d).indicators = [];
    },
  },
  {
    code: 'indicator.name_missing',
    when: 'an indicator name is blank in ru',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'indicators', 1, 'name'],
    params: { locales: 'ru' },
    bad: (d) => {
      sector(d).indicators[1].name.ru = '';
    },
  },
  {
    code: 'indicator.unit_missing',
    when: 'an indicator has no unit',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'indicators', 1, 'unit'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      sector(d).indicators[1].unit = emptyText();
    },
  },
  {
    code: 'indicator.baseline_value_missing',
    when: 'an indicator has no baseline value',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'indicators', 0, 'baselineValue'],
    bad: (d) => {
      sector(d).indicators[0].baselineValue = null;
    },
    good: {
      when: 'the baseline value is 0',
      mutate: (d) => {
        sector(d).indicators[0].baselineValue = 0;
      },
    },
  },
  {
    code: 'indicator.baseline_year_missing',
    when: 'an indicator has no baseline year',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'indicators', 0, 'baselineYear'],
    bad: (d) => {
      sector(d).indicators[0].baselineYear = null;
    },
  },
  {
    code: 'indicator.target_missing',
    when: 'an indicator has no target for 2027',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'indicators', 0, 'targets', '2027'],
    params: { year: 2027 },
    bad: (d) => {
      delete sector(d).indicators[0].targets['2027'];
    },
    good: {
      when: 'a target is 0 and another lies outside the period',
      mutate: (d) => {
        sector(d).indicators[0].targets['2027'] = 0;
        sector(d).indicators[0].targets['2030'] = 5;
      },
    },
  },
  {
    code: 'indicator.target_missing',
    when: 'the 2029 target of an indicator is null',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'indicators', 1, 'targets', '2029'],
    params: { year: 2029 },
    bad: (d) => {
      sector(d).indicators[1].targets['2029'] = null;
    },
  },
  {
    code: 'indicator.source_missing',
    when: 'an indicator has no source',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'indicators', 0, 'source'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      sector(d).indicators[0].source = emptyText();
    },
  },
  {
    code: 'sector.subjects_missing',
    when: 'the sector has no subject',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'subjects'],
    bad: (d) => {
      sector(d).subjects = [];
    },
    also: [
      'case.subject_unknown',
      'case.life_cycle_stage_unknown',
      'case.subject_unknown',
      'case.life_cycle_stage_unknown',
    ],
  },
  {
    code: 'sector.subject_name_missing',
    when: 'a subject has no name in kk',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'subjects', 0, 'name'],
    params: { locales: 'kk' },
    bad: (d) => {
      sector(d).subjects[0].name.kk = '';
    },
  },
  {
    code: 'sector.subject_count_missing',
    when: 'a subject has no count',
    severity: 'warning',
    point: 'F.1.1',
    path: [...S, 'subjects', 0, 'count'],
    bad: (d) => {
      sector(d).subjects[0].count = null;
    },
    good: {
      when: 'the count is 0',
      mutate: (d) => {
        sector(d).subjects[0].count = 0;
      },
    },
  },
  {
    code: 'sector.subject_gdp_contribution_missing',
    when: 'a subject has no contribution to GDP',
    severity: 'warning',
    point: 'F.1.1',
    path: [...S, 'subjects', 0, 'gdpContribution'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      sector(d).subjects[0].gdpContribution = emptyText();
    },
  },
  {
    code: 'sector.subject_life_cycle_missing',
    when: 'a subject has no life cycle',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'subjects', 0, 'lifeCycle'],
    bad: (d) => {
      sector(d).subjects[0].lifeCycle = [];
    },
    also: ['case.life_cycle_stage_unknown', 'case.life_cycle_stage_unknown'],
  },
  {
    code: 'sector.life_cycle_stage_name_missing',
    when: 'a life-cycle stage has no name in ru',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'subjects', 0, 'lifeCycle', 1, 'name'],
    params: { locales: 'ru' },
    bad: (d) => {
      sector(d).subjects[0].lifeCycle[1].name.ru = '';
    },
  },
  {
    code: 'sector.problems_missing',
    when: 'the sector lists no problem',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'problems'],
    bad: (d) => {
      sector(d).problems = [];
    },
  },
  {
    code: 'sector.problem_text_missing',
    when: 'a problem has no text in kk',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'problems', 0, 'text'],
    params: { locales: 'kk' },
    bad: (d) => {
      sector(d).problems[0].text.kk = '';
    },
  },
  {
    code: 'sector.technologies_missing',
    when: 'the sector lists no technology',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'technologies'],
    bad: (d) => {
      sector(d).technologies = [];
    },
  },
  {
    code: 'sector.technology_name_missing',
    when: 'a technology has no name',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'technologies', 0, 'name'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      sector(d).technologies[0].name = emptyText();
    },
  },
  {
    code: 'sector.ai_technology_missing',
    when: 'no technology is AI-flagged',
    severity: 'warning',
    point: 'F.1.1',
    path: [...S, 'technologies'],
    bad: (d) => {
      sector(d).technologies[0].isAi = false;
    },
    good: {
      when: 'one technology of two is AI-flagged',
      mutate: (d) => {
        sector(d).technologies.push({
          id: 'tech2',
          name: { kk: 'Блокчейн', ru: 'Блокчейн' },
          description: emptyText(),
          isAi: false,
        });
      },
    },
  },
  {
    code: 'text.translation_missing',
    when: 'a technology description is filled in kk only',
    severity: 'blocking',
    point: 'F.1.1',
    path: [...S, 'technologies', 0, 'description'],
    params: { locales: 'ru' },
    bad: (d) => {
      sector(d).technologies[0].description.ru = '';
    },
    good: {
      when: 'a technology description is blank in both languages',
      mutate: (d) => {
        sector(d).technologies[0].description = emptyText();
      },
    },
  },

  // F 1.2
  {
    code: 'sector.cases_missing',
    when: 'the sector has no case',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...S, 'cases'],
    bad: (d) => {
      sector(d).cases = [];
    },
    also: [
      'sector.life_cycle_stage_not_covered',
      'sector.life_cycle_stage_not_covered',
      'fast_track.case_unknown',
    ],
  },
  {
    code: 'case.name_missing',
    when: 'a case has no name in ru',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(1), 'name'],
    params: { locales: 'ru' },
    bad: (d) => {
      caseOf(d, 1).name.ru = '';
    },
  },
  {
    code: 'case.processes_missing',
    when: 'a case lists no business process',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(0), 'processes'],
    bad: (d) => {
      caseOf(d, 0).processes = [];
    },
  },
  {
    code: 'case.process_name_missing',
    when: 'a business process has no name',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(1), 'processes', 1, 'name'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      caseOf(d, 1).processes[1].name = emptyText();
    },
  },
  {
    code: 'case.ai_use_missing',
    when: 'a case names no prospective AI use',
    severity: 'warning',
    point: 'F.1.2',
    path: [...C(0), 'aiUse'],
    bad: (d) => {
      caseOf(d, 0).aiUse = [];
    },
  },
  {
    code: 'case.ai_use_name_missing',
    when: 'an AI use has no name in kk',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(0), 'aiUse', 0, 'name'],
    params: { locales: 'kk' },
    bad: (d) => {
      caseOf(d, 0).aiUse[0].name.kk = '';
    },
  },
  {
    code: 'case.responsible_units_missing',
    when: 'a case names no responsible unit',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(1), 'responsibleUnits'],
    bad: (d) => {
      caseOf(d, 1).responsibleUnits = [];
    },
  },
  {
    code: 'case.responsible_unit_name_missing',
    when: 'a responsible unit has no name',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(1), 'responsibleUnits', 0, 'name'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      caseOf(d, 1).responsibleUnits[0].name = emptyText();
    },
  },
  {
    code: 'case.functions_missing',
    when: 'a case names no function',
    severity: 'warning',
    point: 'F.1.2',
    path: [...C(0), 'functions'],
    bad: (d) => {
      caseOf(d, 0).functions = [];
    },
  },
  {
    code: 'case.function_name_missing',
    when: 'a function has no name in ru',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(0), 'functions', 0, 'name'],
    params: { locales: 'ru' },
    bad: (d) => {
      caseOf(d, 0).functions[0].name.ru = '';
    },
    good: {
      when: 'a case relates to no public service',
      mutate: (d) => {
        caseOf(d, 0).publicServiceIds = [];
      },
    },
  },
  {
    code: 'case.automation_status_missing',
    when: 'the automation status is not stated',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(1), 'automated'],
    bad: (d) => {
      caseOf(d, 1).automated = null;
    },
  },
  {
    code: 'case.information_systems_missing',
    when: 'an automated case names no information system',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(0), 'informationSystemIds'],
    bad: (d) => {
      caseOf(d, 0).informationSystemIds = [];
    },
    good: {
      when: 'a case that is not automated names no information system',
      mutate: (d) => {
        caseOf(d, 0).automated = false;
        caseOf(d, 0).informationSystemIds = [];
      },
    },
  },
  {
    code: 'case.subjects_missing',
    when: 'a case names no subject',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(0), 'subjectIds'],
    bad: (d) => {
      caseOf(d, 0).subjectIds = [];
    },
  },
  {
    code: 'case.subject_unknown',
    when: 'a case names a subject the sector does not have',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(0), 'subjectIds', 1],
    params: { subjectId: 'subj9' },
    bad: (d) => {
      caseOf(d, 0).subjectIds.push('subj9');
    },
  },
  {
    code: 'case.subject_unknown',
    when: "a case names a subject of another sector's table",
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(0), 'subjectIds', 0],
    params: { subjectId: 'subj2' },
    bad: (d) => {
      addSecondSector(d);
      d.sectors[1].subjects[0].id = 'subj2';
      for (const c of d.sectors[1].cases) c.subjectIds = ['subj2'];
      caseOf(d, 0).subjectIds = ['subj2'];
    },
  },
  {
    code: 'case.life_cycle_stage_unknown',
    when: 'a case names a stage no subject of the sector has',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(0), 'lifeCycleStageIds', 1],
    params: { stageId: 'st9' },
    bad: (d) => {
      caseOf(d, 0).lifeCycleStageIds.push('st9');
    },
  },
  {
    code: 'case.reengineering_status_missing',
    when: 'the reengineering status is not set',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...C(1), 'reengineeringStatus'],
    bad: (d) => {
      caseOf(d, 1).reengineeringStatus = null;
    },
  },
  {
    code: 'sector.life_cycle_stage_not_covered',
    when: 'no case covers the second stage',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...S, 'subjects', 0, 'lifeCycle', 1],
    params: { stage: 'Жерді пайдалануды бақылау' },
    bad: (d) => {
      caseOf(d, 1).lifeCycleStageIds = [];
    },
    good: {
      when: 'one case covers both stages',
      mutate: (d) => {
        caseOf(d, 0).lifeCycleStageIds = ['st1', 'st2'];
        caseOf(d, 1).lifeCycleStageIds = [];
      },
    },
  },
  {
    code: 'sector.life_cycle_stage_not_covered',
    when: 'an uncovered stage is named in ru only',
    severity: 'blocking',
    point: 'F.1.2',
    path: [...S, 'subjects', 0, 'lifeCycle', 0],
    params: { stage: 'Предоставление права на земельный участок' },
    bad: (d) => {
      caseOf(d, 0).lifeCycleStageIds = [];
      sector(d).subjects[0].lifeCycle[0].name.kk = '';
    },
    also: ['sector.life_cycle_stage_name_missing'],
  },

  // F 1.3
  {
    code: 'schedule.row_length_invalid',
    when: 'a row has 19 cells',
    severity: 'blocking',
    point: 'F.1.3',
    path: [...C(0), 'schedule'],
    params: { expected: 20 },
    bad: (d) => {
      caseOf(d, 0).schedule = caseOf(d, 0).schedule.slice(0, 19);
    },
  },
  {
    code: 'schedule.invalid_code',
    when: 'a cell holds X',
    severity: 'blocking',
    point: 'F.1.3',
    path: [...C(0), 'schedule', 5],
    params: { code: 'X', year: 2026, quarter: 2 },
    bad: (d) => {
      caseOf(d, 0).schedule[5] = 'X' as ScheduleCell;
    },
  },
  {
    code: 'schedule.empty',
    when: "a case's own row is empty",
    severity: 'blocking',
    point: 'F.1.3',
    path: [...C(0), 'schedule'],
    bad: (d) => {
      caseOf(d, 0).schedule = row('....................');
    },
    good: {
      when: 'one of two process rows is empty',
      mutate: (d) => {
        caseOf(d, 1).processes[1].schedule = row('....................');
      },
    },
  },
  {
    code: 'schedule.empty',
    when: "all process rows of a split case are empty, though the case's own row is not",
    severity: 'blocking',
    point: 'F.1.3',
    path: [...C(1), 'processes'],
    bad: (d) => {
      for (const p of caseOf(d, 1).processes) p.schedule = row('....................');
      caseOf(d, 1).schedule = row('RRFF................');
    },
  },
  {
    code: 'schedule.implementation_before_reengineering',
    when: "F comes before the first R of a case's row",
    severity: 'blocking',
    point: 'F.1.3',
    path: [...C(0), 'schedule', 0],
    params: { code: 'F', year: 2025, quarter: 1 },
    bad: (d) => {
      caseOf(d, 0).schedule = row('FFRRFF..............');
    },
    good: {
      when: 'the case was reengineered in 2021–2024',
      mutate: (d) => {
        caseOf(d, 0).schedule = row('FFRRFF..............');
        caseOf(d, 0).reengineeredEarlier = true;
      },
    },
  },
  {
    code: 'schedule.implementation_before_reengineering',
    when: 'a process row has D and no R at all',
    severity: 'blocking',
    point: 'F.1.3',
    path: [...C(1), 'processes', 1, 'schedule', 6],
    params: { code: 'D', year: 2026, quarter: 3 },
    bad: (d) => {
      caseOf(d, 1).processes[1].schedule = row('......DD............');
    },
    good: {
      when: 'a row implements, then reengineers again (the Form’s sample row)',
      mutate: (d) => {
        caseOf(d, 1).processes[1].schedule = row('RRFF....RRFFFFDD....');
      },
    },
  },
  {
    code: 'schedule.implementation_missing',
    when: 'an implemented case has only R in its row',
    severity: 'blocking',
    point: 'F.1.3',
    path: [...C(0), 'reengineeringStatus'],
    bad: (d) => {
      caseOf(d, 0).reengineeringStatus = 'implemented';
      caseOf(d, 0).schedule = row('RR..................');
    },
    good: {
      when: 'an implemented case has F in its row',
      mutate: (d) => {
        caseOf(d, 0).reengineeringStatus = 'implemented';
      },
    },
  },

  // F 1.4
  {
    code: 'sector.fast_track_missing',
    when: 'the sector has no Fast Track project',
    severity: 'blocking',
    point: 'F.1.4',
    path: [...S, 'fastTrack'],
    bad: (d) => {
      sector(d).fastTrack = [];
    },
  },
  {
    code: 'fast_track.case_missing',
    when: 'a Fast Track project names no case',
    severity: 'blocking',
    point: 'F.1.4',
    path: [...S, 'fastTrack', 0, 'caseId'],
    bad: (d) => {
      sector(d).fastTrack[0].caseId = null;
    },
  },
  {
    code: 'fast_track.case_unknown',
    when: 'a Fast Track project names a case of another sector',
    severity: 'blocking',
    point: 'F.1.4',
    path: [...S, 'fastTrack', 0, 'caseId'],
    params: { caseId: 'c3' },
    bad: (d) => {
      addSecondSector(d);
      sector(d).fastTrack[0].caseId = 'c3';
    },
    good: {
      when: 'each sector’s Fast Track project names its own case',
      mutate: addSecondSector,
    },
  },
  {
    code: 'fast_track.rationale_missing',
    when: 'the rationale is blank in kk',
    severity: 'blocking',
    point: 'F.1.4',
    path: [...S, 'fastTrack', 0, 'rationale'],
    params: { locales: 'kk' },
    bad: (d) => {
      sector(d).fastTrack[0].rationale.kk = '';
    },
  },
  {
    code: 'fast_track.expected_effects_missing',
    when: 'the expected effects are blank',
    severity: 'blocking',
    point: 'F.1.4',
    path: [...S, 'fastTrack', 0, 'expectedEffects'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      sector(d).fastTrack[0].expectedEffects = emptyText();
    },
  },
  {
    code: 'fast_track.solutions_missing',
    when: 'the solutions are blank in ru',
    severity: 'blocking',
    point: 'F.1.4',
    path: [...S, 'fastTrack', 0, 'solutions'],
    params: { locales: 'ru' },
    bad: (d) => {
      sector(d).fastTrack[0].solutions.ru = '';
    },
  },

  // F summary Gantt
  {
    code: 'sector.responsible_unit_missing',
    when: 'the sector has no responsible unit',
    severity: 'warning',
    point: 'F.Gantt',
    path: [...S, 'responsibleUnit'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      sector(d).responsibleUnit = emptyText();
    },
  },

  // R.17–R.20 attachments
  {
    code: 'attachments.priority_directions_missing',
    when: 'no priority direction is given',
    severity: 'warning',
    point: 'R.18',
    path: [...A, 'priorityDirections'],
    bad: (d) => {
      d.attachments.priorityDirections = [];
    },
  },
  {
    code: 'attachments.priority_direction_name_missing',
    when: 'a priority direction has no name in kk',
    severity: 'blocking',
    point: 'R.18',
    path: [...A, 'priorityDirections', 0, 'name'],
    params: { locales: 'kk' },
    bad: (d) => {
      d.attachments.priorityDirections[0].name.kk = '';
    },
  },
  {
    code: 'attachments.priority_direction_indicators_missing',
    when: 'a priority direction has no indicator',
    severity: 'warning',
    point: 'R.18',
    path: [...A, 'priorityDirections', 0, 'indicators'],
    bad: (d) => {
      d.attachments.priorityDirections[0].indicators = [];
    },
  },
  {
    code: 'indicator.unit_missing',
    when: 'a target indicator of a priority direction has no unit',
    severity: 'blocking',
    point: 'R.18',
    path: [...A, 'priorityDirections', 0, 'indicators', 0, 'unit'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      d.attachments.priorityDirections[0].indicators[0].unit = emptyText();
    },
  },
  {
    code: 'indicator.target_missing',
    when: 'a performance indicator has no target for 2025',
    severity: 'blocking',
    point: 'R.18',
    path: [...A, 'performanceIndicators', 0, 'targets', '2025'],
    params: { year: 2025 },
    bad: (d) => {
      d.attachments.performanceIndicators[0].targets['2025'] = null;
    },
  },
  {
    code: 'indicator.baseline_year_missing',
    when: 'a performance indicator has no baseline year',
    severity: 'blocking',
    point: 'R.18',
    path: [...A, 'performanceIndicators', 3, 'baselineYear'],
    bad: (d) => {
      d.attachments.performanceIndicators[3].baselineYear = null;
    },
  },
  {
    code: 'attachments.performance_indicator_criterion_missing',
    when: 'a performance indicator has no criterion',
    severity: 'blocking',
    point: 'R.19',
    path: [...A, 'performanceIndicators', 4, 'criterion'],
    bad: (d) => {
      d.attachments.performanceIndicators[4].criterion = null;
    },
    also: ['attachments.criterion_not_covered'],
  },
  {
    code: 'attachments.criterion_not_covered',
    when: 'no performance indicator measures criterion 3',
    severity: 'warning',
    point: 'R.19',
    path: [...A, 'performanceIndicators'],
    params: { criterion: 3 },
    bad: (d) => {
      d.attachments.performanceIndicators[2].criterion = 1;
    },
    good: {
      when: 'two indicators measure the same criterion',
      mutate: (d) => {
        d.attachments.performanceIndicators.push({
          ...structuredClone(d.attachments.performanceIndicators[0]),
          id: 'pi6',
        });
      },
    },
  },
  {
    code: 'attachments.pilot_project_name_missing',
    when: 'a pilot project has no name',
    severity: 'blocking',
    point: 'R.20',
    path: [...A, 'pilotProjects', 0, 'name'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      d.attachments.pilotProjects[0].name = emptyText();
    },
    good: {
      when: 'the map needs no pilot project',
      mutate: (d) => {
        d.attachments.pilotProjects = [];
      },
    },
  },
  {
    code: 'text.translation_missing',
    when: 'a pilot project period is filled in ru only',
    severity: 'blocking',
    point: 'R.20',
    path: [...A, 'pilotProjects', 0, 'period'],
    params: { locales: 'kk' },
    bad: (d) => {
      d.attachments.pilotProjects[0].period.kk = '';
    },
  },
  {
    code: 'attachments.data_list_missing',
    when: 'the list of data is empty',
    severity: 'warning',
    point: 'R.20',
    path: [...A, 'dataList'],
    bad: (d) => {
      d.attachments.dataList = [];
    },
  },
  {
    code: 'attachments.data_item_name_missing',
    when: 'an item of the list of data has no name in ru',
    severity: 'blocking',
    point: 'R.20',
    path: [...A, 'dataList', 0, 'name'],
    params: { locales: 'ru' },
    bad: (d) => {
      d.attachments.dataList[0].name.ru = '';
    },
  },
  {
    code: 'text.translation_missing',
    when: 'a data item description is filled in kk only',
    severity: 'blocking',
    point: 'R.20',
    path: [...A, 'dataList', 0, 'description'],
    params: { locales: 'ru' },
    bad: (d) => {
      d.attachments.dataList[0].description.ru = ' ';
    },
  },
  {
    code: 'attachments.achievability_justification_missing',
    when: 'the justification is blank',
    severity: 'warning',
    point: 'R.20',
    path: [...A, 'achievabilityJustification'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      d.attachments.achievabilityJustification = emptyText();
    },
  },
  {
    code: 'attachments.risks_missing',
    when: 'no risk is described',
    severity: 'warning',
    point: 'R.20',
    path: [...A, 'risks'],
    bad: (d) => {
      d.attachments.risks = [];
    },
  },
  {
    code: 'attachments.risk_text_missing',
    when: 'a risk has no text',
    severity: 'blocking',
    point: 'R.20',
    path: [...A, 'risks', 0, 'risk'],
    params: { locales: 'kk, ru' },
    bad: (d) => {
      d.attachments.risks[0].risk = emptyText();
    },
  },
  {
    code: 'attachments.risk_management_missing',
    when: 'a risk has no management in kk',
    severity: 'warning',
    point: 'R.20',
    path: [...A, 'risks', 0, 'management'],
    params: { locales: 'kk' },
    bad: (d) => {
      d.attachments.risks[0].management.kk = '';
    },
  },
];

const expected = (r: Rule): Finding =>
  r.params
    ? { code: r.code, severity: r.severity, path: r.path, point: r.point, params: r.params }
    : { code: r.code, severity: r.severity, path: r.path, point: r.point };

describe('validMapDocument', () => {
  it('is a document the schema accepts unchanged', () => {
    const doc = validMapDocument();
    expect(MapDocumentSchema.parse(doc)).toEqual(doc);
  });

  it('returns a fresh copy on every call', () => {
    const a = validMapDocument();
    a.sectors[0].cases[0].schedule[0] = 'R';
    expect(validMapDocument().sectors[0].cases[0].schedule[0]).toBe('');
  });
});

describe('validateMap', () => {
  it('reports nothing for a complete map', () => {
    expect(validateMap(validMapDocument())).toEqual([]);
  });

  it.each(RULES)('reports $code when $when', (r) => {
    const findings = validateMap(broken(r.bad));
    expect(findings).toContainEqual(expected(r));
    expect(findings.filter((f) => f.code !== r.code).map((f) => f.code)).toEqual(r.also ?? []);
  });

  it.each(RULES.map((r) => ({ ...r, good: r.good ?? { when: 'the map is complete', mutate: () => {} } })))(
    'does not report $code when $good.when',
    (r) => {
      expect(validateMap(broken(r.good.mutate))).toEqual([]);
    },
  );

  it('has a failing example for every finding code', () => {
    const tested = new Set(RULES.map((r) => r.code));
    expect(FINDING_CODES.filter((code) => !tested.has(code))).toEqual([]);
  });

  it('gives every finding the severity of its code', () => {
    for (const r of RULES) expect(r.severity).toBe(FINDING_SEVERITY[r.code]);
  });

  it('reports every target year missing from an indicator', () => {
    const findings = validateMap(
      broken((d) => {
        sector(d).indicators[0].targets = {};
      }),
    );
    expect(findings.map((f) => f.params?.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
  });

  it('reports one F or D before the first R per row, at the first such cell', () => {
    const findings = validateMap(
      broken((d) => {
        caseOf(d, 1).processes[0].schedule = row('.FDF....RRFF........');
        caseOf(d, 1).processes[1].schedule = row('F...................');
      }),
    );
    expect(findings.map((f) => f.path)).toEqual([
      [...C(1), 'processes', 0, 'schedule', 1],
      [...C(1), 'processes', 1, 'schedule', 0],
    ]);
  });

  it("ignores a split case's own row", () => {
    const doc = broken((d) => {
      caseOf(d, 1).schedule = row('FFFFFFFF............');
    });
    expect(validateMap(doc)).toEqual([]);
  });

  it('does not report the missing AI technology when no technology is listed at all', () => {
    const codes = validateMap(
      broken((d) => {
        sector(d).technologies = [];
      }),
    ).map((f) => f.code);
    expect(codes).toEqual(['sector.technologies_missing']);
  });

  it("checks each sector's cases against that sector's subjects and stages", () => {
    const doc = broken((d) => {
      addSecondSector(d);
      d.sectors[1].subjects[0].lifeCycle[1].id = 'st3';
      d.sectors[1].cases[1].lifeCycleStageIds = ['st3'];
    });
    expect(validateMap(doc)).toEqual([]);
  });

  it('lists findings in the order of the Form: passport, sectors, Gantt, attachments', () => {
    const doc = broken((d) => {
      d.attachments.risks = [];
      sector(d).responsibleUnit = emptyText();
      sector(d).fastTrack = [];
      caseOf(d, 0).schedule = row('....................');
      caseOf(d, 1).lifeCycleStageIds = [];
      caseOf(d, 1).name = emptyText();
      sector(d).description = emptyText();
      d.passport.goal = emptyText();
    });
    expect(validateMap(doc).map((f) => f.code)).toEqual([
      'passport.goal_missing',
      'sector.description_missing',
      'case.name_missing',
      'sector.life_cycle_stage_not_covered',
      'schedule.empty',
      'sector.fast_track_missing',
      'sector.responsible_unit_missing',
      'attachments.risks_missing',
    ]);
  });

  it('does not change the document', () => {
    const doc = newMapDocument();
    const before = structuredClone(doc);
    validateMap(doc);
    expect(doc).toEqual(before);
  });

  it('blocks a new, empty map', () => {
    const findings = validateMap(newMapDocument());
    expect(hasBlocking(findings)).toBe(true);
    expect(findings).toContainEqual({
      code: 'passport.title_missing',
      severity: 'blocking',
      path: ['passport', 'title'],
      point: 'F.Passport',
      params: { locales: 'kk, ru' },
    });
    expect(findings.some((f) => f.code === 'passport.legal_basis_missing')).toBe(false);
  });
});

describe('hasBlocking', () => {
  it.each([
    { name: 'no finding', findings: [], result: false },
    {
      name: 'warnings only',
      findings: validateMap(
        broken((d) => {
          d.attachments.risks = [];
        }),
      ),
      result: false,
    },
    {
      name: 'a blocking finding',
      findings: validateMap(
        broken((d) => {
          d.attachments.risks[0].risk = emptyText();
        }),
      ),
      result: true,
    },
  ])('is $result for $name', ({ findings, result }) => {
    expect(hasBlocking(findings)).toBe(result);
  });
});

describe('FINDING_MESSAGES', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it.each(LOCALES)('has exactly one message per finding code in %s', (locale) => {
    expect(Object.keys(FINDING_MESSAGES[locale]).sort()).toEqual([...FINDING_CODES].sort());
    for (const code of FINDING_CODES) expect(FINDING_MESSAGES[locale][code].trim()).not.toBe('');
  });

  it('uses the same placeholders in kk, ru and en', () => {
    for (const code of FINDING_CODES) {
      expect(placeholders(FINDING_MESSAGES.ru[code]), code).toEqual(placeholders(FINDING_MESSAGES.kk[code]));
      expect(placeholders(FINDING_MESSAGES.en[code]), code).toEqual(placeholders(FINDING_MESSAGES.kk[code]));
    }
  });

  it('has every placeholder filled by the params the validator gives', () => {
    const findings = [...validateMap(newMapDocument()), ...RULES.flatMap((r) => validateMap(broken(r.bad)))];
    for (const f of findings) {
      expect(FINDING_CODES).toContain(f.code);
      for (const locale of LOCALES)
        expect(findingMessage(f.code, locale, f.params), f.code).not.toMatch(/\{\{/);
    }
  });
});

describe('findingMessage', () => {
  it.each([
    { locale: 'ru' as const, text: 'Не указано целевое значение индикатора на 2027 год' },
    { locale: 'kk' as const, text: 'Индикатордың 2027 жылға арналған нысаналы мәні көрсетілмеген' },
    { locale: 'en' as const, text: "The indicator's target value for 2027 is missing" },
  ])('substitutes params in $locale', ({ locale, text }) => {
    expect(findingMessage('indicator.target_missing', locale, { year: 2027 })).toBe(text);
  });

  it('keeps a placeholder whose param is not given', () => {
    expect(findingMessage('passport.period_invalid', 'en', { from: 2025 })).toBe(
      'Passport: the implementation period must be 2025–{{to}}',
    );
  });

  it('returns the code of an unknown finding', () => {
    expect(findingMessage('nope.unknown', 'kk')).toBe('nope.unknown');
  });
});
