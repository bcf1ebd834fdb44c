import type { Actor } from './roles.ts';
import { hasRole } from './roles.ts';

/**
 * Who may do what — one-line predicates over the actor and the subject, the only place the
 * platform decides permissions. Routes ask; the web shows what the server's allowedActions say.
 */
export interface MapSubject {
  orgId: string;
}
export interface VersionSubject extends MapSubject {
  status: string;
}

/** Map sections (see map.sections.ts): the passport, each sector, the attachments. */
export type SectionKind = 'passport' | 'sector' | 'attachments';

const ownOrg = (actor: Actor, map: MapSubject) => actor.orgId === map.orgId;
/**
 * The registry of business processes is national (R.11.7): the authorized body, the Center and
 * the Interagency Commission see every body's processes.
 */
const NATIONAL_VIEWER_KINDS: readonly string[] = [
  'authorized_body',
  'support_center',
  'interagency_commission',
];
const isNationalViewer = (actor: Actor) => NATIONAL_VIEWER_KINDS.includes(actor.orgKind);
/** External monitoring is the authorized body's, with the Center (R.28). */
const isExternalMonitor = (actor: Actor) =>
  actor.orgKind === 'authorized_body' || actor.orgKind === 'support_center';
const isReviewSide = (actor: Actor) =>
  (actor.orgKind === 'authorized_body' && hasRole(actor, 'reviewer', 'authority_head')) ||
  (actor.orgKind === 'support_center' && hasRole(actor, 'center_expert'));

export const policy = {
  /** A body sees its own maps; nobody sees another body's drafts (SPEC §1). */
  viewMap: (actor: Actor, map: MapSubject) => ownOrg(actor, map),
  /**
   * The authorized body and the Center review (R.23): they see every version that has been
   * submitted — under review, returned, agreed and onwards — but never a draft of another body.
   */
  viewVersion: (actor: Actor, version: VersionSubject) =>
    ownOrg(actor, version) || (isReviewSide(actor) && version.status !== 'draft'),
  isReviewSide: (actor: Actor) => isReviewSide(actor),
  /** The digital transformation office drafts the map (R.13). */
  createMap: (actor: Actor) =>
    (actor.orgKind === 'central_state_body' || actor.orgKind === 'authorized_body') &&
    hasRole(actor, 'dt_office'),
  /**
   * The office edits every section of a draft; the chief data officer edits the attachments,
   * where the data list lives (R.11.5, R.20).
   */
  editSection: (actor: Actor, version: VersionSubject, section: SectionKind) =>
    ownOrg(actor, version) &&
    version.status === 'draft' &&
    (hasRole(actor, 'dt_office') || (section === 'attachments' && hasRole(actor, 'data_officer'))),
  /** A body sees its own processes in the registry; the national side sees all (R.11.7). */
  viewProcess: (actor: Actor, process: { orgId: string }) =>
    ownOrg(actor, process) || isNationalViewer(actor),
  /** Whether the actor reads the whole national registry rather than the own body's part. */
  viewAllProcesses: (actor: Actor) => isNationalViewer(actor),
  /** The body's office (or its chief data officer) keeps its processes in the registry (R.11.7, R.13). */
  editProcess: (actor: Actor, process: { orgId: string }) =>
    ownOrg(actor, process) && hasRole(actor, 'dt_office', 'data_officer'),
  /**
   * Monitoring (R.27–R.28): a body reads its own; the authorized body and the Center, which
   * monitor every body (external monitoring), read all.
   */
  viewMonitoring: (actor: Actor, map: MapSubject) => ownOrg(actor, map) || isExternalMonitor(actor),
  /** Whether the actor monitors every body rather than its own (R.28). */
  viewAllMonitoring: (actor: Actor) => isExternalMonitor(actor),
  /** The office and the chief data officer report the actual values of the indicators (R.13, R.11.5). */
  reportIndicators: (actor: Actor, map: MapSubject) =>
    ownOrg(actor, map) && hasRole(actor, 'dt_office', 'data_officer'),
  /** The office, which runs the implementation day to day, reports the plan-schedule's execution (R.13, R.26). */
  reportSchedule: (actor: Actor, map: MapSubject) => ownOrg(actor, map) && hasRole(actor, 'dt_office'),
  /** The office submits a period's report (R.13). */
  submitReport: (actor: Actor, map: MapSubject) => ownOrg(actor, map) && hasRole(actor, 'dt_office'),
  /** The deputy head, who runs the internal monitoring, locks a submitted report (R.27). */
  lockReport: (actor: Actor, map: MapSubject) => ownOrg(actor, map) && hasRole(actor, 'deputy_head'),
  manageUsers: (actor: Actor) => hasRole(actor, 'admin'),
  manageReference: (actor: Actor) => hasRole(actor, 'admin'),
} as const;
