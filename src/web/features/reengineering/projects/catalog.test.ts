import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../../../domain/bpmn/bpmn.metrics.ts';
import { TEAM_ROLES } from '../../../../domain/reengineering/project.schema.ts';
import { PROJECT_STAGES } from '../../../../domain/reengineering/project.workflow.ts';
import { TEAM_PROBLEMS } from '../../../../domain/reengineering/team.ts';
import en from '../locales/en.json';
import kk from '../locales/kk.json';
import ru from '../locales/ru.json';
import { asIsConflictRows, planConflictRows, teamConflictRows } from './conflict.logic.ts';
import { projectHistoryMessage } from './history.logic.ts';
import { MODEL_KINDS, PROJECT_TABS, STAGE_ACTIONS } from './project.logic.ts';

const catalogs = { kk, ru, en } as Record<string, Record<string, string>>;

/** Keys the project pages build at run time (stage, role, action, problem…), all in kk, ru and en. */
const dynamicKeys = [
  ...PROJECT_STAGES.map((s) => `project.stage.${s}`),
  ...['done', 'current', 'upcoming', 'skipped'].map((s) => `project.stepState.${s}`),
  ...['planned', 'in_progress', 'implemented'].map((s) => `project.status.${s}`),
  ...STAGE_ACTIONS.flatMap((a) => [`project.action.${a}`, `project.actionText.${a}`]),
  ...TEAM_ROLES.map((r) => `project.role.${r}`),
  ...TEAM_PROBLEMS.map((c) => `project.teamProblem.${c}`),
  ...[
    'legal_acts',
    'stakeholders',
    'touchpoints',
    'as_is_model',
    'step_data',
    'problems',
    'interviews',
    'journey',
  ].map((c) => `project.missing.${c}`),
  ...['target_model', 'justification', 'action_plan', 'action_plan_item'].map(
    (c) => `project.planMissing.${c}`,
  ),
  ...METRIC_KEYS.flatMap((m) => [`project.metric.${m}`, `project.metric.${m}.help`]),
  ...['better', 'worse', 'same'].map((t) => `project.metrics.tone.${t}`),
  ...MODEL_KINDS.map((k) => `project.kind.${k}`),
  ...['team', 'asIs', 'plan'].map((p) => `project.part.${p}`),
  ...PROJECT_TABS.map((t) => `project.tab.${t}`),
  ...['team', 'publication', 'reengineering'].map((t) => `project.term.${t}`),
  ...[1, 2, 3, 4, 5, 6].map((p) => `project.asIs.part${p}`),
  ...['agree', 'disagree', 'pending'].map((a) => `project.agreements.${a}`),
  ...['agreed', 'rejected'].map((d) => `project.commission.${d}`),
  ...['pending', 'approved', 'rejected'].map((s) => `project.deadlines.status.${s}`),
  ...['left', 'overdue'].flatMap((k) => ['one', 'few', 'many', 'other'].map((f) => `project.dl.${k}_${f}`)),
  'project.dl.today',
];

const historyKeys = [
  ['project.opened', { how: 'auto' }],
  ['project.opened', { how: 'manual' }],
  ['project.part_saved', {}],
  ['project.stage_changed', {}],
  ['project.stage_changed', { reason: 'x' }],
  ['project.target_answered', { answer: 'agree' }],
  ['project.target_answered', { answer: 'agree', reason: 'x' }],
  ['project.target_answered', { answer: 'disagree' }],
  ['project.target_answered', { answer: 'disagree', reason: 'x' }],
  ['project.commission_decided', { decision: 'agreed' }],
  ['project.commission_decided', { decision: 'agreed', reason: 'x' }],
  ['project.commission_decided', { decision: 'rejected' }],
  ['project.commission_decided', { decision: 'rejected', reason: 'x' }],
  ['project.deadline_change_requested', {}],
  ['project.deadline_change_decided', { decision: 'approved' }],
  ['project.deadline_change_decided', { decision: 'approved', reason: 'x' }],
  ['project.deadline_change_decided', { decision: 'rejected' }],
  ['project.deadline_change_decided', { decision: 'rejected', reason: 'x' }],
  ['variant.saved', {}],
  ['other', {}],
].map(
  ([type, data]) =>
    projectHistoryMessage(
      { type: type as string, data: data as Record<string, unknown>, processId: null },
      {
        locale: 'ru',
        processName: () => '',
      },
    ).key,
);

const ctx = { roleName: String, orgName: String, legalActName: String, count: String, date: String };
const conflictLabels = [
  ...teamConflictRows(
    { team: [], teamProtocol: { number: '', date: null } },
    { team: [], teamProtocol: { number: '', date: null } },
    ctx,
  ),
  ...asIsConflictRows(
    {
      legalActIds: [],
      otherDocuments: '',
      stakeholders: [],
      stepData: [],
      problems: [],
      interviews: [],
      journey: { persona: '', stages: [] },
    },
    {
      legalActIds: [],
      otherDocuments: '',
      stakeholders: [],
      stepData: [],
      problems: [],
      interviews: [],
      journey: { persona: '', stages: [] },
    },
    ctx,
  ),
  ...planConflictRows(
    { justification: '', actionPlan: [], concernedOrgIds: [] },
    { justification: '', actionPlan: [], concernedOrgIds: [] },
    ctx,
  ),
].map((r) => r.label);

describe('the reeng catalog has every key the project pages build', () => {
  for (const [locale, catalog] of Object.entries(catalogs))
    it(locale, () => {
      const missing = [...dynamicKeys, ...historyKeys, ...conflictLabels].filter(
        (k) => typeof catalog[k] !== 'string' || catalog[k].trim() === '',
      );
      expect(missing).toEqual([]);
    });
});
