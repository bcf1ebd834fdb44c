import type { Actor, Role } from '../auth/roles.ts';
import type { ReengineeringStatus } from '../map/map.schema.ts';

/**
 * The life cycle of a reengineering project as data (SPEC §4; R.29–R.37): one table of what may
 * be done at which stage, by whom, and where it leads. The server and the web read it only
 * through `can`, `allowedProjectActions` and `projectRefusal`.
 */
export const PROJECT_STAGES = [
  /** R.30: the owner forms the project team (10 working days after the map's approval). */
  'team',
  /** R.32: the as-is description, six parts. */
  'as_is',
  /** R.35–R.36: target / optimal variants, justification, action plan. */
  'target',
  /** R.37: other state bodies concerned say whether they agree with the target variant. */
  'agreement',
  /** R.37: a body disagreed — the Interagency Commission decides. */
  'commission',
  /** R.37: the deputy head for digitalisation approves the action plan. */
  'approval',
  /** R.37: approved; results are published within 5 working days. */
  'approved',
  /** The as-is variant, the target variant and the action plan are on the portal. */
  'published',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const PROJECT_ACTIONS = [
  'edit_team',
  'confirm_team',
  'edit_as_is',
  'complete_as_is',
  'edit_plan',
  'submit_plan',
  'agree_target',
  'disagree_target',
  'commission_agree',
  'commission_reject',
  'approve_plan',
  'return_plan',
  'publish_results',
  'request_deadline_change',
  'decide_deadline_change',
] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

/** Which models may be saved at which stage: the as-is model while describing, the others after. */
export const VARIANT_KINDS = ['as_is', 'target', 'optimal'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];
export const MODEL_ACTION: Record<VariantKind, ProjectAction> = {
  as_is: 'edit_as_is',
  target: 'edit_plan',
  optimal: 'edit_plan',
};

/**
 * Whose organisation may act: 'own' — the process owner; 'center' — the Digital Government Support
 * Center, whose architect and analyst sit in the team (R.31.2); 'concerned' — another state body
 * named as concerned with the target variant; 'commission' — the Interagency Commission.
 */
export type ProjectScope = 'own' | 'center' | 'concerned' | 'commission';

export interface ProjectTransition {
  from: ProjectStage;
  action: ProjectAction;
  roles: readonly Role[];
  scope: ProjectScope;
  to: ProjectStage;
  point: string;
}

const OFFICE: Role[] = ['dt_office'];
const OWNER_LEAD: Role[] = ['dt_office', 'deputy_head'];
const CENTER: Role[] = ['center_expert'];
const WORKING: ProjectStage[] = [
  'team',
  'as_is',
  'target',
  'agreement',
  'commission',
  'approval',
  'approved',
];

export const PROJECT_TRANSITIONS: readonly ProjectTransition[] = [
  { from: 'team', action: 'edit_team', roles: OWNER_LEAD, scope: 'own', to: 'team', point: 'R.30' },
  { from: 'team', action: 'confirm_team', roles: OWNER_LEAD, scope: 'own', to: 'as_is', point: 'R.30' },
  { from: 'as_is', action: 'edit_as_is', roles: OFFICE, scope: 'own', to: 'as_is', point: 'R.32' },
  { from: 'as_is', action: 'edit_as_is', roles: CENTER, scope: 'center', to: 'as_is', point: 'R.31.2' },
  { from: 'as_is', action: 'complete_as_is', roles: OFFICE, scope: 'own', to: 'target', point: 'R.35' },
  { from: 'target', action: 'edit_plan', roles: OFFICE, scope: 'own', to: 'target', point: 'R.36' },
  { from: 'target', action: 'edit_plan', roles: CENTER, scope: 'center', to: 'target', point: 'R.31.2' },
  // Submitting goes to 'agreement' when other bodies are concerned, else straight to 'approval'
  // (nextStage); both rows exist so the table lists every reachable stage.
  { from: 'target', action: 'submit_plan', roles: OFFICE, scope: 'own', to: 'agreement', point: 'R.37' },
  { from: 'target', action: 'submit_plan', roles: OFFICE, scope: 'own', to: 'approval', point: 'R.37' },
  {
    from: 'agreement',
    action: 'agree_target',
    roles: OWNER_LEAD,
    scope: 'concerned',
    to: 'approval',
    point: 'R.37',
  },
  {
    from: 'agreement',
    action: 'disagree_target',
    roles: OWNER_LEAD,
    scope: 'concerned',
    to: 'commission',
    point: 'R.37',
  },
  {
    from: 'commission',
    action: 'commission_agree',
    roles: ['commission_member'],
    scope: 'commission',
    to: 'approval',
    point: 'R.37',
  },
  {
    from: 'commission',
    action: 'commission_reject',
    roles: ['commission_member'],
    scope: 'commission',
    to: 'target',
    point: 'R.37',
  },
  {
    from: 'approval',
    action: 'approve_plan',
    roles: ['deputy_head'],
    scope: 'own',
    to: 'approved',
    point: 'R.37',
  },
  {
    from: 'approval',
    action: 'return_plan',
    roles: ['deputy_head'],
    scope: 'own',
    to: 'target',
    point: 'R.37',
  },
  {
    from: 'approved',
    action: 'publish_results',
    roles: OFFICE,
    scope: 'own',
    to: 'published',
    point: 'R.37',
  },
  ...WORKING.flatMap((stage): ProjectTransition[] => [
    {
      from: stage,
      action: 'request_deadline_change',
      roles: OFFICE,
      scope: 'own',
      to: stage,
      point: 'R.33–R.34',
    },
    {
      from: stage,
      action: 'decide_deadline_change',
      roles: ['deputy_head'],
      scope: 'own',
      to: stage,
      point: 'R.33–R.34',
    },
  ]),
];

/** What the rules need to know about a project to judge an action. */
export interface ProjectSubject {
  orgId: string;
  stage: ProjectStage;
  concernedOrgIds: readonly string[];
}

function inScope(actor: Actor, scope: ProjectScope, p: ProjectSubject): boolean {
  switch (scope) {
    case 'own':
      return actor.orgId === p.orgId;
    case 'center':
      return actor.orgKind === 'support_center';
    case 'concerned':
      return actor.orgId !== p.orgId && p.concernedOrgIds.includes(actor.orgId);
    case 'commission':
      return actor.orgKind === 'interagency_commission';
  }
}

const rowsFor = (actor: Actor, action: ProjectAction, p: ProjectSubject) =>
  PROJECT_TRANSITIONS.filter(
    (t) => t.action === action && inScope(actor, t.scope, p) && t.roles.some((r) => actor.roles.includes(r)),
  );

/** Whether the actor may take the action on the project now. */
export function can(actor: Actor, action: ProjectAction, p: ProjectSubject): boolean {
  return rowsFor(actor, action, p).some((t) => t.from === p.stage);
}

/**
 * Why an action is refused: 'role' (never allowed to this actor — 403), 'commission' (approval
 * waits for the Commission's decision — R.37), 'stage' (not at this stage — 409), or null.
 */
export function projectRefusal(
  actor: Actor,
  action: ProjectAction,
  p: ProjectSubject,
): 'role' | 'stage' | 'commission' | null {
  const rows = rowsFor(actor, action, p);
  if (rows.length === 0) return 'role';
  if (rows.some((t) => t.from === p.stage)) return null;
  if (action === 'approve_plan' && (p.stage === 'commission' || p.stage === 'agreement')) return 'commission';
  return 'stage';
}

/** Every action the actor may take now, in table order. */
export function allowedProjectActions(actor: Actor, p: ProjectSubject): ProjectAction[] {
  return PROJECT_ACTIONS.filter((a) => can(actor, a, p));
}

/** The stage an action leads to; submit_plan branches on whether other bodies are concerned. */
export function nextStage(action: ProjectAction, p: ProjectSubject): ProjectStage {
  if (action === 'submit_plan') return p.concernedOrgIds.length > 0 ? 'agreement' : 'approval';
  const row = PROJECT_TRANSITIONS.find((t) => t.action === action && t.from === p.stage);
  return row ? row.to : p.stage;
}

/**
 * R.37: while bodies are asked, the project moves to 'approval' once every concerned body agreed,
 * and to 'commission' as soon as one disagrees.
 */
export function stageAfterAgreement(
  concernedOrgIds: readonly string[],
  answers: ReadonlyMap<string, 'agree' | 'disagree'>,
): ProjectStage {
  if ([...answers.values()].includes('disagree')) return 'commission';
  return concernedOrgIds.every((id) => answers.get(id) === 'agree') ? 'approval' : 'agreement';
}

/** The case's reengineering status in the map (F 1.2), as the project's progress sets it. */
export function reengineeringStatusOf(stage: ProjectStage): ReengineeringStatus {
  if (stage === 'team') return 'planned';
  if (stage === 'published') return 'implemented';
  return 'in_progress';
}

/** R.33: the two grounds on which a reengineering deadline may be replaced or extended. */
export const DEADLINE_CHANGE_GROUNDS = [1, 2] as const;
export type DeadlineChangeGround = (typeof DEADLINE_CHANGE_GROUNDS)[number];

/**
 * Who sees a project: its owner; the authorized body, the Center and the Commission (they review
 * and take part, R.31.2, R.37); and the bodies asked to agree with its target variant.
 */
export function canViewProject(actor: Actor, p: ProjectSubject): boolean {
  if (actor.orgId === p.orgId) return true;
  if (['authorized_body', 'support_center', 'interagency_commission'].includes(actor.orgKind)) return true;
  return p.concernedOrgIds.includes(actor.orgId);
}
