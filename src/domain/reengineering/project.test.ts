import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../auth/roles.ts';
import { CaseSchema, emptySchedule } from '../map/map.schema.ts';
import { asIsChecklist, asIsComplete, type ProcessModels, planMissing } from './project.checklist.ts';
import {
  plannedReengineeringDue,
  quarterDates,
  rCellProgress,
  reengineeringQuarters,
} from './project.progress.ts';
import { emptyProjectContent, type ProjectContent } from './project.schema.ts';
import {
  allowedProjectActions,
  nextStage,
  PROJECT_STAGES,
  PROJECT_TRANSITIONS,
  type ProjectSubject,
  projectRefusal,
  reengineeringStatusOf,
  stageAfterAgreement,
} from './project.workflow.ts';

const OWNER = 'org-owner';
const OTHER = 'org-other';
const actor = (orgId: string, orgKind: Actor['orgKind'], ...roles: Role[]): Actor => ({
  userId: 'u',
  orgId,
  orgKind,
  roles,
});
const office = actor(OWNER, 'central_state_body', 'dt_office');
const deputy = actor(OWNER, 'central_state_body', 'deputy_head');
const expert = actor('center', 'support_center', 'center_expert');
const concernedDeputy = actor(OTHER, 'central_state_body', 'deputy_head');
const commission = actor('mvk', 'interagency_commission', 'commission_member');
const subject = (stage: ProjectSubject['stage'], concerned: string[] = []): ProjectSubject => ({
  orgId: OWNER,
  stage,
  concernedOrgIds: concerned,
});

describe('project workflow (R.30–R.37)', () => {
  it('every row leads to a known stage and cites a point of the Rules', () => {
    for (const t of PROJECT_TRANSITIONS) {
      expect(PROJECT_STAGES).toContain(t.to);
      expect(t.point).toMatch(/^R\.\d/);
    }
  });

  it('walks the happy path with the right people', () => {
    expect(allowedProjectActions(office, subject('team'))).toContain('confirm_team');
    expect(allowedProjectActions(expert, subject('as_is'))).toEqual(['edit_as_is']);
    expect(allowedProjectActions(office, subject('as_is'))).toContain('complete_as_is');
    expect(nextStage('submit_plan', subject('target'))).toBe('approval');
    expect(nextStage('submit_plan', subject('target', [OTHER]))).toBe('agreement');
    expect(allowedProjectActions(concernedDeputy, subject('agreement', [OTHER]))).toEqual([
      'agree_target',
      'disagree_target',
    ]);
    expect(allowedProjectActions(commission, subject('commission', [OTHER]))).toEqual([
      'commission_agree',
      'commission_reject',
    ]);
    expect(allowedProjectActions(deputy, subject('approval'))).toContain('approve_plan');
    expect(nextStage('approve_plan', subject('approval'))).toBe('approved');
    expect(allowedProjectActions(office, subject('approved'))).toContain('publish_results');
    expect(allowedProjectActions(office, subject('published'))).toEqual([]);
  });

  it('refuses approval while the Commission has not decided, and other refusals by kind', () => {
    expect(projectRefusal(deputy, 'approve_plan', subject('commission', [OTHER]))).toBe('commission');
    expect(projectRefusal(deputy, 'approve_plan', subject('agreement', [OTHER]))).toBe('commission');
    expect(projectRefusal(deputy, 'approve_plan', subject('target'))).toBe('stage');
    expect(projectRefusal(office, 'approve_plan', subject('approval'))).toBe('role');
    // A body that is not concerned has no say; the owner cannot agree with itself.
    expect(projectRefusal(concernedDeputy, 'agree_target', subject('agreement', []))).toBe('role');
    expect(projectRefusal(deputy, 'agree_target', subject('agreement', [OWNER]))).toBe('role');
    expect(projectRefusal(expert, 'confirm_team', subject('team'))).toBe('role');
  });

  it('moves on after agreement only when every concerned body agreed (R.37)', () => {
    const ids = ['a', 'b'];
    expect(stageAfterAgreement(ids, new Map([['a', 'agree']]))).toBe('agreement');
    expect(
      stageAfterAgreement(
        ids,
        new Map([
          ['a', 'agree'],
          ['b', 'agree'],
        ]),
      ),
    ).toBe('approval');
    expect(stageAfterAgreement(ids, new Map([['b', 'disagree']]))).toBe('commission');
  });

  it('sets the case reengineering status from the stage', () => {
    expect(reengineeringStatusOf('team')).toBe('planned');
    expect(reengineeringStatusOf('target')).toBe('in_progress');
    expect(reengineeringStatusOf('approved')).toBe('in_progress');
    expect(reengineeringStatusOf('published')).toBe('implemented');
  });
});

const steps = [
  { id: 'Task_1', name: 'Өтінішті қабылдау' },
  { id: 'Task_2', name: 'Проверка' },
];
const models = (over: Partial<ProcessModels> = {}): ProcessModels[] => [
  { processId: 'p1', asIsSteps: steps, hasTarget: false, ...over },
];

function completeAsIs(): ProjectContent {
  const c = emptyProjectContent();
  c.asIs.legalActIds = ['00000000-0000-4000-8000-000000000010'];
  c.asIs.stakeholders = [{ id: 's1', name: 'ЦОН', touchpoints: 'Приём документов' }];
  c.asIs.stepData = steps.map((s, i) => ({ id: `d${i}`, processId: 'p1', stepId: s.id, data: 'ИИН, ФИО' }));
  c.asIs.problems = [{ id: 'pr1', text: 'Справки на бумаге' }];
  c.asIs.interviews = [{ id: 'i1', interviewee: 'Заявитель', date: '2026-11-02', summary: 'Долго ждать' }];
  c.asIs.journey = {
    persona: 'Мать новорождённого',
    stages: [
      { id: 'j1', name: 'Узнать', actions: 'Ищет', touchpoints: 'eGov', painPoints: '', emotion: 0 },
      {
        id: 'j2',
        name: 'Подать',
        actions: 'Идёт в ЦОН',
        touchpoints: 'ЦОН',
        painPoints: 'Очередь',
        emotion: -2,
      },
    ],
  };
  return c;
}

describe('as-is checklist (R.32)', () => {
  it('is complete when all six parts are', () => {
    expect(asIsChecklist(completeAsIs(), models()).map((i) => [i.part, i.done])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
      [5, true],
      [6, true],
    ]);
    expect(asIsComplete(completeAsIs(), models())).toBe(true);
  });

  it('names what each part lacks', () => {
    const list = asIsChecklist(emptyProjectContent(), models({ asIsSteps: null }));
    expect(list.map((i) => i.missing)).toEqual([
      ['legal_acts'],
      ['stakeholders'],
      ['as_is_model'],
      ['problems'],
      ['interviews', 'journey'],
      ['as_is_model'],
    ]);
  });

  it('part 3 needs the data of every step of the as-is model', () => {
    const c = completeAsIs();
    c.asIs.stepData = c.asIs.stepData.slice(0, 1);
    const part3 = asIsChecklist(c, models())[2];
    expect(part3?.done).toBe(false);
    expect(part3?.stepsWithoutData).toEqual([{ processId: 'p1', stepId: 'Task_2', name: 'Проверка' }]);
  });

  it('part 5 needs a drawn journey: persona, two stages with actions and touchpoints, one pain point', () => {
    const c = completeAsIs();
    c.asIs.journey.stages = c.asIs.journey.stages.map((s) => ({ ...s, painPoints: '' }));
    expect(asIsChecklist(c, models())[4]?.missing).toEqual(['journey']);
  });
});

describe('plan readiness (R.36)', () => {
  it('needs target models, a justification and complete action items', () => {
    const c = completeAsIs();
    expect(planMissing(c, models())).toEqual(['target_model', 'justification', 'action_plan']);
    c.justification = 'Меньше шагов';
    c.actionPlan = [
      { id: 'a1', action: 'Изменить приказ', responsible: '', due: null, draftsLegalAct: true },
    ];
    expect(planMissing(c, models({ hasTarget: true }))).toEqual(['action_plan_item']);
    c.actionPlan = [
      { id: 'a1', action: 'Изменить приказ', responsible: 'ДЦТ', due: '2027-03-01', draftsLegalAct: true },
    ];
    expect(planMissing(c, models({ hasTarget: true }))).toEqual([]);
  });
});

describe('R cells and their actual state', () => {
  const schedule = emptySchedule();
  schedule[5] = 'R';
  schedule[6] = 'R';
  const processSchedule = emptySchedule();
  processSchedule[8] = 'R';
  const c = CaseSchema.parse({
    id: 'c1',
    schedule,
    processes: [{ id: 'p1', schedule: processSchedule }],
  });
  const period = { from: 2025 };

  it('reads the R quarters of the case and its processes, and the last day of the last one', () => {
    expect(reengineeringQuarters(c)).toEqual([5, 6, 8]);
    expect(quarterDates(period, 5)).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(plannedReengineeringDue(period, c)).toBe('2027-03-31');
    expect(plannedReengineeringDue(period, CaseSchema.parse({ id: 'x' }))).toBeNull();
  });

  it('states each R cell on a day', () => {
    const qs = reengineeringQuarters(c);
    const states = (p: Parameters<typeof rCellProgress>[2], today: string) =>
      rCellProgress(period, qs, p, today).map((x) => x.state);
    expect(states(null, '2026-01-10')).toEqual(['upcoming', 'upcoming', 'upcoming']);
    expect(states({ stage: 'team', reengineeringDue: '2027-03-31' }, '2026-08-01')).toEqual([
      'overdue',
      'not_started',
      'upcoming',
    ]);
    expect(states({ stage: 'target', reengineeringDue: '2027-03-31' }, '2026-08-01')).toEqual([
      'in_progress',
      'in_progress',
      'upcoming',
    ]);
    expect(states({ stage: 'target', reengineeringDue: '2027-03-31' }, '2027-04-01')).toEqual([
      'overdue',
      'overdue',
      'overdue',
    ]);
    expect(states({ stage: 'published', reengineeringDue: '2027-03-31' }, '2027-04-01')).toEqual([
      'done',
      'done',
      'done',
    ]);
  });
});
