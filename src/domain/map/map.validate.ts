import { type LocalizedText, missingLocales } from '../locale.ts';
import type { Finding } from './map.findings.ts';
import { effectiveRows, periodYears } from './map.gantt.ts';
import {
  type Attachments,
  type Case,
  FORM_PERIOD,
  type Indicator,
  type MapDocument,
  type Passport,
  type PerformanceIndicator,
  PRINCIPLES,
  QUARTERS_IN_PERIOD,
  quarterOf,
  R19_CRITERIA,
  type Sector,
} from './map.schema.ts';

/**
 * Completeness and consistency of a map against the Form (F) and the Rules (R). The schema only
 * checks shape, so a draft always saves; these findings decide whether it may be submitted.
 * A code always has the same severity, so the severity lives here, once.
 */
export const FINDING_SEVERITY = {
  // F "Паспорт"
  'passport.title_missing': 'blocking',
  'passport.goal_missing': 'blocking',
  'passport.planning_documents_missing': 'blocking',
  'passport.principle_application_missing': 'warning',
  'passport.implementers_missing': 'blocking',
  'passport.implementer_name_missing': 'blocking',
  'passport.legal_basis_missing': 'blocking',
  'passport.period_invalid': 'blocking',
  'passport.sectors_missing': 'blocking',
  // F 1.1 and the tables after it
  'sector.name_missing': 'blocking',
  'sector.description_missing': 'blocking',
  'sector.indicators_missing': 'blocking',
  'indicator.name_missing': 'blocking',
  'indicator.unit_missing': 'blocking',
  'indicator.baseline_value_missing': 'blocking',
  'indicator.baseline_year_missing': 'blocking',
  'indicator.target_missing': 'blocking',
  'indicator.source_missing': 'blocking',
  'sector.subjects_missing': 'blocking',
  'sector.subject_name_missing': 'blocking',
  'sector.subject_count_missing': 'warning',
  'sector.subject_gdp_contribution_missing': 'warning',
  'sector.subject_life_cycle_missing': 'blocking',
  'sector.life_cycle_stage_name_missing': 'blocking',
  'sector.problems_missing': 'blocking',
  'sector.problem_text_missing': 'blocking',
  'sector.technologies_missing': 'blocking',
  'sector.technology_name_missing': 'blocking',
  'sector.ai_technology_missing': 'warning',
  // F 1.2
  'sector.cases_missing': 'blocking',
  'case.name_missing': 'blocking',
  'case.processes_missing': 'blocking',
  'case.process_name_missing': 'blocking',
  'case.ai_use_missing': 'warning',
  'case.ai_use_name_missing': 'blocking',
  'case.responsible_units_missing': 'blocking',
  'case.responsible_unit_name_missing': 'blocking',
  'case.functions_missing': 'warning',
  'case.function_name_missing': 'blocking',
  'case.automation_status_missing': 'blocking',
  'case.information_systems_missing': 'blocking',
  'case.subjects_missing': 'blocking',
  'case.subject_unknown': 'blocking',
  'case.life_cycle_stage_unknown': 'blocking',
  'case.reengineering_status_missing': 'blocking',
  'sector.life_cycle_stage_not_covered': 'blocking',
  // F 1.3
  'schedule.row_length_invalid': 'blocking',
  'schedule.invalid_code': 'blocking',
  'schedule.empty': 'blocking',
  'schedule.implementation_before_reengineering': 'blocking',
  'schedule.implementation_missing': 'blocking',
  // F 1.4
  'sector.fast_track_missing': 'blocking',
  'fast_track.case_missing': 'blocking',
  'fast_track.case_unknown': 'blocking',
  'fast_track.rationale_missing': 'blocking',
  'fast_track.expected_effects_missing': 'blocking',
  'fast_track.solutions_missing': 'blocking',
  // F summary Gantt
  'sector.responsible_unit_missing': 'warning',
  // R.17–R.20 attachments
  'attachments.priority_directions_missing': 'warning',
  'attachments.priority_direction_name_missing': 'blocking',
  'attachments.priority_direction_indicators_missing': 'warning',
  'attachments.performance_indicator_criterion_missing': 'blocking',
  'attachments.criterion_not_covered': 'warning',
  'attachments.pilot_project_name_missing': 'blocking',
  'attachments.data_list_missing': 'warning',
  'attachments.data_item_name_missing': 'blocking',
  'attachments.achievability_justification_missing': 'warning',
  'attachments.risks_missing': 'warning',
  'attachments.risk_text_missing': 'blocking',
  'attachments.risk_management_missing': 'warning',
  // Any optional text of a repeated item: filled in one official language only.
  'text.translation_missing': 'blocking',
} as const satisfies Record<string, Finding['severity']>;

export type MapFindingCode = keyof typeof FINDING_SEVERITY;
export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as MapFindingCode[];

export type FindingPoint =
  | 'F.Passport'
  | 'F.1.1'
  | 'F.1.2'
  | 'F.1.3'
  | 'F.1.4'
  | 'F.Gantt'
  | 'R.16'
  | 'R.17'
  | 'R.18'
  | 'R.19'
  | 'R.20';

type Path = (string | number)[];
type Params = Record<string, string | number>;

const finding = (code: MapFindingCode, point: FindingPoint, path: Path, params?: Params): Finding =>
  params
    ? { code, severity: FINDING_SEVERITY[code], path, point, params }
    : { code, severity: FINDING_SEVERITY[code], path, point };

/** A required text: blank in kk or ru (or both) is a finding naming the blank languages. */
function required(code: MapFindingCode, point: FindingPoint, text: LocalizedText, path: Path): Finding[] {
  const missing = missingLocales(text);
  return missing.length ? [finding(code, point, path, { locales: missing.join(', ') })] : [];
}

/** An optional text may stay blank, but official documents are kk and ru, so never one of them only. */
function translated(point: FindingPoint, text: LocalizedText, path: Path): Finding[] {
  const missing = missingLocales(text);
  return missing.length === 1
    ? [finding('text.translation_missing', point, path, { locales: missing[0] })]
    : [];
}

const nonEmpty = (code: MapFindingCode, point: FindingPoint, list: readonly unknown[], path: Path) =>
  list.length ? [] : [finding(code, point, path)];

/** Checks every item of a list with its path. */
const each = <T>(list: readonly T[], path: Path, check: (item: T, at: Path) => Finding[]): Finding[] =>
  list.flatMap((item, i) => check(item, [...path, i]));

/** F "Паспорт". */
function validatePassport(p: Passport, sectorCount: number): Finding[] {
  const at = (...rest: Path): Path => ['passport', ...rest];
  return [
    ...required('passport.title_missing', 'F.Passport', p.title, at('title')),
    ...required('passport.goal_missing', 'F.Passport', p.goal, at('goal')),
    // F "МЖЖ құжаты"; R.17.1 (link to the State Planning System), R.20 (the list of its documents).
    ...nonEmpty(
      'passport.planning_documents_missing',
      'F.Passport',
      p.planningDocumentIds,
      at('planningDocumentIds'),
    ),
    // F "Принциптері": the seven key tasks should each be applied.
    ...PRINCIPLES.flatMap((code) => {
      const i = p.principles.findIndex((pr) => pr.code === code);
      if (i < 0)
        return [
          finding('passport.principle_application_missing', 'F.Passport', at('principles'), {
            principle: code,
            locales: 'kk, ru',
          }),
        ];
      const missing = missingLocales(p.principles[i].application);
      return missing.length
        ? [
            finding(
              'passport.principle_application_missing',
              'F.Passport',
              at('principles', i, 'application'),
              { principle: code, locales: missing.join(', ') },
            ),
          ]
        : [];
    }),
    // F "Картаны іске асыруға жауапты мемлекеттік органдар мен ұйымдар".
    ...nonEmpty('passport.implementers_missing', 'F.Passport', p.implementers, at('implementers')),
    ...each(p.implementers, at('implementers'), (im, path) =>
      required('passport.implementer_name_missing', 'F.Passport', im.name, [...path, 'name']),
    ),
    ...required('passport.legal_basis_missing', 'F.Passport', p.legalBasis, at('legalBasis')),
    // R.16: a five-year period; F "Іске асыру мерзімі": 2025–2029 жылдар.
    ...(p.period.from === FORM_PERIOD.from && p.period.to === FORM_PERIOD.to
      ? []
      : [
          finding('passport.period_invalid', 'R.16', at('period'), {
            from: FORM_PERIOD.from,
            to: FORM_PERIOD.to,
          }),
        ]),
    // F "Цифрлық трансформация картасы қамтитын салалар": one section per sector.
    ...(sectorCount ? [] : [finding('passport.sectors_missing', 'F.Passport', ['sectors'])]),
  ];
}

/** F 1.1 "Әрбір индикатор өлшенетін критерийлермен сипатталуы тиіс"; R.18: measurable, time-bound. */
function validateIndicator(ind: Indicator, at: Path, point: FindingPoint): Finding[] {
  return [
    ...required('indicator.name_missing', point, ind.name, [...at, 'name']),
    ...required('indicator.unit_missing', point, ind.unit, [...at, 'unit']),
    ...(ind.baselineValue === null
      ? [finding('indicator.baseline_value_missing', point, [...at, 'baselineValue'])]
      : []),
    ...(ind.baselineYear === null
      ? [finding('indicator.baseline_year_missing', point, [...at, 'baselineYear'])]
      : []),
    ...periodYears().flatMap((year) =>
      ind.targets[String(year)] == null
        ? [finding('indicator.target_missing', point, [...at, 'targets', String(year)], { year })]
        : [],
    ),
    ...required('indicator.source_missing', point, ind.source, [...at, 'source']),
  ];
}

/** F 1.1 and the tables that follow it: description, indicators, subjects, problems, technologies. */
function validateSectorDescription(s: Sector, at: Path): Finding[] {
  return [
    ...required('sector.name_missing', 'F.1.1', s.name, [...at, 'name']),
    ...required('sector.description_missing', 'F.1.1', s.description, [...at, 'description']),
    ...nonEmpty('sector.indicators_missing', 'F.1.1', s.indicators, [...at, 'indicators']),
    ...each(s.indicators, [...at, 'indicators'], (ind, path) => validateIndicator(ind, path, 'F.1.1')),
    // F "Реттеудің субъектілері/объектілері": name, count, contribution to GDP, life cycle.
    ...nonEmpty('sector.subjects_missing', 'F.1.1', s.subjects, [...at, 'subjects']),
    ...each(s.subjects, [...at, 'subjects'], (sub, path) => [
      ...required('sector.subject_name_missing', 'F.1.1', sub.name, [...path, 'name']),
      ...(sub.count === null ? [finding('sector.subject_count_missing', 'F.1.1', [...path, 'count'])] : []),
      ...required('sector.subject_gdp_contribution_missing', 'F.1.1', sub.gdpContribution, [
        ...path,
        'gdpContribution',
      ]),
      ...nonEmpty('sector.subject_life_cycle_missing', 'F.1.1', sub.lifeCycle, [...path, 'lifeCycle']),
      ...each(sub.lifeCycle, [...path, 'lifeCycle'], (st, p) =>
        required('sector.life_cycle_stage_name_missing', 'F.1.1', st.name, [...p, 'name']),
      ),
    ]),
    // F "Саладағы проблемалар"; R.17.5.
    ...nonEmpty('sector.problems_missing', 'F.1.1', s.problems, [...at, 'problems']),
    ...each(s.problems, [...at, 'problems'], (pr, path) =>
      required('sector.problem_text_missing', 'F.1.1', pr.text, [...path, 'text']),
    ),
    // F "Перспективалық технологиялар, соның ішінде жасанды интеллект пайдаланатын"; R.17.6.
    ...nonEmpty('sector.technologies_missing', 'F.1.1', s.technologies, [...at, 'technologies']),
    ...each(s.technologies, [...at, 'technologies'], (t, path) => [
      ...required('sector.technology_name_missing', 'F.1.1', t.name, [...path, 'name']),
      ...translated('F.1.1', t.description, [...path, 'description']),
    ]),
    ...(s.technologies.length && !s.technologies.some((t) => t.isAi)
      ? [finding('sector.ai_technology_missing', 'F.1.1', [...at, 'technologies'])]
      : []),
  ];
}

/** F 1.2: one case (a group of business processes) of the sector. */
function validateCase(c: Case, at: Path, sector: Sector): Finding[] {
  const subjectIds = new Set(sector.subjects.map((sub) => sub.id));
  const stageIds = new Set(sector.subjects.flatMap((sub) => sub.lifeCycle.map((st) => st.id)));
  const names = (code: MapFindingCode, list: readonly { name: LocalizedText }[], key: string) =>
    each(list, [...at, key], (item, path) => required(code, 'F.1.2', item.name, [...path, 'name']));
  return [
    ...required('case.name_missing', 'F.1.2', c.name, [...at, 'name']),
    ...nonEmpty('case.processes_missing', 'F.1.2', c.processes, [...at, 'processes']),
    ...names('case.process_name_missing', c.processes, 'processes'),
    ...nonEmpty('case.ai_use_missing', 'F.1.2', c.aiUse, [...at, 'aiUse']),
    ...names('case.ai_use_name_missing', c.aiUse, 'aiUse'),
    ...nonEmpty('case.responsible_units_missing', 'F.1.2', c.responsibleUnits, [...at, 'responsibleUnits']),
    ...names('case.responsible_unit_name_missing', c.responsibleUnits, 'responsibleUnits'),
    ...nonEmpty('case.functions_missing', 'F.1.2', c.functions, [...at, 'functions']),
    ...names('case.function_name_missing', c.functions, 'functions'),
    // Related public services: many cases have none, so no rule.
    // F "Автоматтандыру мәртебесі: Иә (ақпараттық жүйе атауы) / жоқ".
    ...(c.automated === null
      ? [finding('case.automation_status_missing', 'F.1.2', [...at, 'automated'])]
      : []),
    ...(c.automated === true && c.informationSystemIds.length === 0
      ? [finding('case.information_systems_missing', 'F.1.2', [...at, 'informationSystemIds'])]
      : []),
    // F "Субъект / объект": subjects of this sector's table.
    ...nonEmpty('case.subjects_missing', 'F.1.2', c.subjectIds, [...at, 'subjectIds']),
    ...each(c.subjectIds, [...at, 'subjectIds'], (id, path) =>
      subjectIds.has(id) ? [] : [finding('case.subject_unknown', 'F.1.2', path, { subjectId: id })],
    ),
    ...each(c.lifeCycleStageIds, [...at, 'lifeCycleStageIds'], (id, path) =>
      stageIds.has(id) ? [] : [finding('case.life_cycle_stage_unknown', 'F.1.2', path, { stageId: id })],
    ),
    // F "Реинжиниринг мәртебесі": exactly one of planned / in progress / implemented.
    ...(c.reengineeringStatus === null
      ? [finding('case.reengineering_status_missing', 'F.1.2', [...at, 'reengineeringStatus'])]
      : []),
  ];
}

/** F note to 1.2: "1.2 бөлім барлық кейстерді өмірлік цикл бойынша қамтуы тиіс". */
function validateLifeCycleCoverage(s: Sector, at: Path): Finding[] {
  const covered = new Set(s.cases.flatMap((c) => c.lifeCycleStageIds));
  return each(s.subjects, [...at, 'subjects'], (sub, path) =>
    each(sub.lifeCycle, [...path, 'lifeCycle'], (st, p) =>
      covered.has(st.id)
        ? []
        : [
            finding('sector.life_cycle_stage_not_covered', 'F.1.2', p, {
              stage: st.name.kk.trim() || st.name.ru.trim() || st.id,
            }),
          ],
    ),
  );
}

const VALID_CELLS: readonly string[] = ['', 'R', 'F', 'D'];

/** F 1.3: the plan-schedule rows of one case. */
function validateSchedule(c: Case, at: Path): Finding[] {
  const rows = effectiveRows(c);
  // Row i of a split case is processes[i] (see effectiveRows).
  const rowPath = (i: number): Path =>
    c.scheduleByProcess ? [...at, 'processes', i, 'schedule'] : [...at, 'schedule'];
  const cells = rows.flatMap((row) => row.cells);
  const where = (q: number) => quarterOf(FORM_PERIOD, q);
  return [
    ...rows.flatMap((row, i) => [
      // The schema already guards these; the validator must not trust a document it did not parse.
      ...(row.cells.length === QUARTERS_IN_PERIOD
        ? []
        : [finding('schedule.row_length_invalid', 'F.1.3', rowPath(i), { expected: QUARTERS_IN_PERIOD })]),
      ...row.cells.flatMap((cell, q) =>
        VALID_CELLS.includes(cell)
          ? []
          : [
              finding('schedule.invalid_code', 'F.1.3', [...rowPath(i), q], {
                code: String(cell),
                ...where(q),
              }),
            ],
      ),
      // F 1.3 legend: R reengineering, then F/D implementing the target/optimal variant. A case
      // reengineered in 2021–2024 (F, Gantt note) may implement its target variant without a new R.
      ...(c.reengineeredEarlier ? [] : implementationBeforeReengineering(row.cells, rowPath(i))),
    ]),
    // The plan-schedule has a row for every case.
    ...(cells.some((cell) => cell !== '')
      ? []
      : [
          finding(
            'schedule.empty',
            'F.1.3',
            c.scheduleByProcess ? [...at, 'processes'] : [...at, 'schedule'],
          ),
        ]),
    // An implemented case shows its implementation (F or D) in the plan-schedule.
    ...(c.reengineeringStatus === 'implemented' && !cells.some((cell) => cell === 'F' || cell === 'D')
      ? [finding('schedule.implementation_missing', 'F.1.3', [...at, 'reengineeringStatus'])]
      : []),
  ];
}

/** The first F or D of a row that comes before the row's first R (one finding per row). */
function implementationBeforeReengineering(cells: readonly string[], path: Path): Finding[] {
  for (let q = 0; q < cells.length; q++) {
    if (cells[q] === 'R') return [];
    if (cells[q] === 'F' || cells[q] === 'D') {
      return [
        finding('schedule.implementation_before_reengineering', 'F.1.3', [...path, q], {
          code: cells[q],
          ...quarterOf(FORM_PERIOD, q),
        }),
      ];
    }
  }
  return [];
}

/** F 1.4 "Әр сала үшін кемінде бір процесс көрсетілуі тиіс". */
function validateFastTrack(s: Sector, at: Path): Finding[] {
  const caseIds = new Set(s.cases.map((c) => c.id));
  return [
    ...nonEmpty('sector.fast_track_missing', 'F.1.4', s.fastTrack, [...at, 'fastTrack']),
    ...each(s.fastTrack, [...at, 'fastTrack'], (ft, path) => [
      // The item's sector is the sector that holds it, so its case must be one of that sector.
      ...(ft.caseId === null
        ? [finding('fast_track.case_missing', 'F.1.4', [...path, 'caseId'])]
        : caseIds.has(ft.caseId)
          ? []
          : [finding('fast_track.case_unknown', 'F.1.4', [...path, 'caseId'], { caseId: ft.caseId })]),
      ...required('fast_track.rationale_missing', 'F.1.4', ft.rationale, [...path, 'rationale']),
      ...required('fast_track.expected_effects_missing', 'F.1.4', ft.expectedEffects, [
        ...path,
        'expectedEffects',
      ]),
      ...required('fast_track.solutions_missing', 'F.1.4', ft.solutions, [...path, 'solutions']),
    ]),
  ];
}

/** F section 1, repeated per sector, in the Form's order: 1.1, 1.2, 1.3, 1.4. */
function validateSector(s: Sector, at: Path): Finding[] {
  return [
    ...validateSectorDescription(s, at),
    ...nonEmpty('sector.cases_missing', 'F.1.2', s.cases, [...at, 'cases']),
    ...each(s.cases, [...at, 'cases'], (c, path) => validateCase(c, path, s)),
    ...validateLifeCycleCoverage(s, at),
    ...each(s.cases, [...at, 'cases'], (c, path) => validateSchedule(c, path)),
    ...validateFastTrack(s, at),
  ];
}

/** F summary Gantt: its rows name each sector's "Жауапты бөлімшесі (Департамент / Комитет)". */
function validateGantt(sectors: Sector[]): Finding[] {
  return each(sectors, ['sectors'], (s, at) =>
    required('sector.responsible_unit_missing', 'F.Gantt', s.responsibleUnit, [...at, 'responsibleUnit']),
  );
}

/** R.17–R.20: what is attached to the map. */
function validateAttachments(a: Attachments): Finding[] {
  const at = (...rest: Path): Path => ['attachments', ...rest];
  const perf = a.performanceIndicators;
  return [
    // R.18: priority directions and their target indicators — specific, measurable, time-bound.
    ...nonEmpty(
      'attachments.priority_directions_missing',
      'R.18',
      a.priorityDirections,
      at('priorityDirections'),
    ),
    ...each(a.priorityDirections, at('priorityDirections'), (pd, path) => [
      ...required('attachments.priority_direction_name_missing', 'R.18', pd.name, [...path, 'name']),
      ...nonEmpty('attachments.priority_direction_indicators_missing', 'R.18', pd.indicators, [
        ...path,
        'indicators',
      ]),
      ...each(pd.indicators, [...path, 'indicators'], (ind, p) => validateIndicator(ind, p, 'R.18')),
    ]),
    // R.18–R.19: DT performance indicators, measurable, each against one of the five criteria.
    ...each(perf, at('performanceIndicators'), (ind: PerformanceIndicator, path) => [
      ...validateIndicator(ind, path, 'R.18'),
      ...(ind.criterion === null
        ? [finding('attachments.performance_indicator_criterion_missing', 'R.19', [...path, 'criterion'])]
        : []),
    ]),
    ...R19_CRITERIA.flatMap((criterion) =>
      perf.some((ind) => ind.criterion === criterion)
        ? []
        : [finding('attachments.criterion_not_covered', 'R.19', at('performanceIndicators'), { criterion })],
    ),
    // R.20: pilot projects (only where needed, so the list may be empty), the data list,
    // the justification of achievability, risks and their management.
    ...each(a.pilotProjects, at('pilotProjects'), (pp, path) => [
      ...required('attachments.pilot_project_name_missing', 'R.20', pp.name, [...path, 'name']),
      ...translated('R.20', pp.description, [...path, 'description']),
      ...translated('R.20', pp.period, [...path, 'period']),
    ]),
    ...nonEmpty('attachments.data_list_missing', 'R.20', a.dataList, at('dataList')),
    ...each(a.dataList, at('dataList'), (d, path) => [
      ...required('attachments.data_item_name_missing', 'R.20', d.name, [...path, 'name']),
      ...translated('R.20', d.description, [...path, 'description']),
    ]),
    ...required(
      'attachments.achievability_justification_missing',
      'R.20',
      a.achievabilityJustification,
      at('achievabilityJustification'),
    ),
    ...nonEmpty('attachments.risks_missing', 'R.20', a.risks, at('risks')),
    ...each(a.risks, at('risks'), (r, path) => [
      ...required('attachments.risk_text_missing', 'R.20', r.risk, [...path, 'risk']),
      ...required('attachments.risk_management_missing', 'R.20', r.management, [...path, 'management']),
    ]),
  ];
}

/** Every finding of a map, in the Form's order: passport, sectors, summary Gantt, attachments. */
export function validateMap(doc: MapDocument): Finding[] {
  return [
    ...validatePassport(doc.passport, doc.sectors.length),
    ...each(doc.sectors, ['sectors'], validateSector),
    ...validateGantt(doc.sectors),
    ...validateAttachments(doc.attachments),
  ];
}

/** Whether the map may not be submitted yet. */
export const hasBlocking = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'blocking');
