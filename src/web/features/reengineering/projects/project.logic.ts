import type { ProjectSummaryOut } from '../../../../api/reengineering.ts';
import {
  PROJECT_STAGES,
  type ProjectAction,
  type ProjectStage,
  VARIANT_KINDS,
  type VariantKind,
} from '../../../../domain/reengineering/project.workflow.ts';

/**
 * The project's life cycle as the page shows it: the stage stepper, the terms with their
 * countdown, the action buttons and what each action asks for. Pure; the page translates the
 * message keys (namespace `reeng`).
 */

/** An i18n key of the `reeng` namespace with its values; the caller translates it. */
export interface Message {
  key: string;
  params: Record<string, string | number>;
}

// ---------------------------------------------------------------------------------------------
// Stepper

export type StepState = 'done' | 'current' | 'upcoming' | 'skipped';

export interface StageStep {
  stage: ProjectStage;
  state: StepState;
}

/** Where the project stands among the stages (PROJECT_STAGES order). */
export function stageIndex(stage: ProjectStage): number {
  return PROJECT_STAGES.indexOf(stage);
}

/**
 * The stepper: every stage before the current one is done, the current one current, the rest
 * upcoming. The Commission stage is only reached when a concerned body disagrees (R.37): once the
 * project is past it without having been there, it reads "skipped", not "done".
 */
export function stageSteps(stage: ProjectStage, wentToCommission: boolean): StageStep[] {
  const at = stageIndex(stage);
  return PROJECT_STAGES.map((s, i) => {
    if (i === at) return { stage: s, state: 'current' };
    if (i > at) return { stage: s, state: 'upcoming' };
    if (s === 'commission' && !wentToCommission) return { stage: s, state: 'skipped' };
    return { stage: s, state: 'done' };
  });
}

// ---------------------------------------------------------------------------------------------
// Terms and countdowns

export type Tone = 'ok' | 'soon' | 'late' | 'done';

/**
 * The countdown of a term from the working days left (0 on the due day, negative when late), as a
 * plural message: «осталось 3 рабочих дня», «просрочено на 2 рабочих дня».
 */
export function countdown(daysLeft: number): { message: Message; tone: Tone } {
  if (daysLeft < 0)
    return { message: { key: 'project.dl.overdue', params: { count: -daysLeft } }, tone: 'late' };
  if (daysLeft === 0) return { message: { key: 'project.dl.today', params: {} }, tone: 'soon' };
  return {
    message: { key: 'project.dl.left', params: { count: daysLeft } },
    tone: daysLeft <= 2 ? 'soon' : 'ok',
  };
}

/** Calendar days from `a` to `b` (ISO dates), negative when b is earlier. */
export function calendarDaysBetween(a: string, b: string): number {
  const ms = Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export interface TermView {
  term: 'team' | 'publication' | 'reengineering';
  /** The point of the Rules that sets the term. */
  point: string;
  due: string | null;
  /** When the term was met (team formed, results published), if it was. */
  doneOn: string | null;
  /** The running countdown (working days, from the server) while the term is pending. */
  countdown: { message: Message; tone: Tone } | null;
  /** Past due and not done (the reengineering deadline is compared by calendar date). */
  overdue: boolean;
  /** Done, but after the due date. */
  doneLate: boolean;
}

/**
 * The three terms of a project: the team (R.30, 10 working days after the map's approval), the
 * publication of results (R.37, 5 working days after the plan's approval) and the reengineering
 * deadline from the map's plan-schedule (changed only per R.33–R.34). `today` is an ISO date.
 */
export function projectTerms(p: ProjectSummaryOut, today: string): TermView[] {
  const pending = (term: 'team' | 'publication') =>
    p.pendingTerm && p.pendingTerm.term === term ? countdown(p.pendingTerm.daysLeft) : null;
  const team = pending('team');
  const publication = pending('publication');
  const finished = p.stage === 'published';
  const late = (doneOn: string | null, due: string | null) => !!doneOn && !!due && doneOn > due;
  return [
    {
      term: 'team',
      point: '30',
      due: p.teamDue,
      doneOn: p.teamFormedOn,
      countdown: team,
      overdue: team?.tone === 'late',
      doneLate: late(p.teamFormedOn, p.teamDue),
    },
    {
      term: 'publication',
      point: '37',
      due: p.publicationDue,
      doneOn: p.publishedOn,
      countdown: publication,
      overdue: publication?.tone === 'late',
      doneLate: late(p.publishedOn, p.publicationDue),
    },
    {
      term: 'reengineering',
      point: '33',
      due: p.reengineeringDue,
      doneOn: finished ? p.publishedOn : null,
      countdown: null,
      overdue: !finished && calendarDaysBetween(today, p.reengineeringDue) < 0,
      doneLate: finished && late(p.publishedOn, p.reengineeringDue),
    },
  ];
}

/** Today's date in Almaty (UTC+5, no daylight saving) as an ISO date. */
export function almatyToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Actions

/** The actions shown as buttons in the page header, in the order of the life cycle. */
export const STAGE_ACTIONS = [
  'confirm_team',
  'complete_as_is',
  'submit_plan',
  'agree_target',
  'disagree_target',
  'commission_agree',
  'commission_reject',
  'approve_plan',
  'return_plan',
  'publish_results',
] as const satisfies readonly ProjectAction[];
export type StageAction = (typeof STAGE_ACTIONS)[number];

/** The header's buttons: the stage actions the server allows this user now, in life-cycle order. */
export function actionButtons(allowed: readonly ProjectAction[]): StageAction[] {
  return STAGE_ACTIONS.filter((a) => allowed.includes(a));
}

/** Actions that move the project on (primary buttons); the others send it back or refuse. */
const FORWARD: readonly StageAction[] = [
  'confirm_team',
  'complete_as_is',
  'submit_plan',
  'agree_target',
  'commission_agree',
  'approve_plan',
  'publish_results',
];
export const isForward = (a: StageAction) => FORWARD.includes(a);

export interface ActionNeeds {
  /** Whether the dialog asks for a reason, and whether it must be given. */
  reason: 'none' | 'optional' | 'required';
  /** A protocol number and date (the team's protocol, R.30; the Commission's protocol, R.37). */
  protocol: boolean;
}

/** What each action's dialog asks for; the server refuses the same omissions (validation.failed). */
export function actionNeeds(action: StageAction): ActionNeeds {
  switch (action) {
    case 'confirm_team':
      return { reason: 'none', protocol: true };
    case 'agree_target':
      return { reason: 'optional', protocol: false };
    case 'disagree_target':
    case 'return_plan':
      return { reason: 'required', protocol: false };
    case 'commission_agree':
      return { reason: 'optional', protocol: true };
    case 'commission_reject':
      return { reason: 'required', protocol: true };
    default:
      return { reason: 'none', protocol: false };
  }
}

/** The body of POST …/actions/:action from the dialog's fields: trimmed, blanks left out. */
export function actionBody(
  action: StageAction,
  v: { reason?: string; protocolNumber?: string; protocolDate?: string },
): { reason?: string; protocolNumber?: string; protocolDate?: string } {
  const needs = actionNeeds(action);
  const out: { reason?: string; protocolNumber?: string; protocolDate?: string } = {};
  const reason = v.reason?.trim();
  if (needs.reason !== 'none' && reason) out.reason = reason;
  if (needs.protocol) {
    const n = v.protocolNumber?.trim();
    if (n) out.protocolNumber = n;
    if (v.protocolDate) out.protocolDate = v.protocolDate;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tabs and search params

export const PROJECT_TABS = [
  'team',
  'asIs',
  'models',
  'justification',
  'plan',
  'deadlines',
  'history',
] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number];

/** The variants of a process model (R.3): one list, the domain's. */
export const MODEL_KINDS = VARIANT_KINDS;
export type ModelKind = VariantKind;

export interface ProjectSearch {
  tab?: ProjectTab;
  /** The process shown on the Models and Justification tabs. */
  process?: string;
  kind?: ModelKind;
}

/** The project page's search params (?tab=models&process=…&kind=target); unknown values are dropped. */
export function validateProjectSearch(search: Record<string, unknown>): ProjectSearch {
  const out: ProjectSearch = {};
  if (typeof search.tab === 'string' && (PROJECT_TABS as readonly string[]).includes(search.tab))
    out.tab = search.tab as ProjectTab;
  if (typeof search.process === 'string' && /^[0-9a-f-]{36}$/i.test(search.process))
    out.process = search.process;
  if (typeof search.kind === 'string' && (MODEL_KINDS as readonly string[]).includes(search.kind))
    out.kind = search.kind as ModelKind;
  return out;
}

/** The tab a project opens on: where its work is now. */
export function defaultTab(stage: ProjectStage): ProjectTab {
  switch (stage) {
    case 'team':
      return 'team';
    case 'as_is':
      return 'asIs';
    case 'target':
      return 'models';
    default:
      return 'plan';
  }
}

export interface ProjectsSearch {
  stage?: ProjectStage;
}

/** The list's search params (?stage=as_is). */
export function validateProjectsSearch(search: Record<string, unknown>): ProjectsSearch {
  return typeof search.stage === 'string' && (PROJECT_STAGES as readonly string[]).includes(search.stage)
    ? { stage: search.stage as ProjectStage }
    : {};
}

/** Whether the model of a kind may be saved now: as-is while describing, the others in the target stage. */
export function canEditModel(kind: ModelKind, allowed: readonly ProjectAction[]): boolean {
  return allowed.includes(kind === 'as_is' ? 'edit_as_is' : 'edit_plan');
}

/** The stage tag's colour (antd preset). */
export const STAGE_COLOR: Record<ProjectStage, string> = {
  team: 'default',
  as_is: 'processing',
  target: 'processing',
  agreement: 'cyan',
  commission: 'warning',
  approval: 'purple',
  approved: 'success',
  published: 'success',
};
