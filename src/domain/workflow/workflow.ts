import type { Actor, OrgKind, Role } from '../auth/roles.ts';
import { addMonths, type IsoDate } from '../calendar/calendar.ts';

/**
 * The life cycle of a map version as data (SPEC §3; R.16, R.22–R.24, R.41–R.42): one table of
 * what may be done in which status, by whom, and where it leads. `can` and `next` are the only
 * entry points; the server lists `allowedActions` and the web shows buttons from that list.
 */

export const MAP_STATUSES = [
  'draft',
  'under_review',
  /** Returned for revision with remarks (R.23): frozen; the office revises a new draft copied from it. */
  'returned',
  'agreed',
  'approved',
  'published',
  /** A published version replaced by a newer published amendment (R.41–R.42). */
  'superseded',
] as const;
export type MapStatus = (typeof MAP_STATUSES)[number];

export const MAP_ACTIONS = [
  'edit',
  'submit',
  'start_draft',
  'add_finding',
  'answer_finding',
  'resolve_finding',
  'agree',
  'return',
  'approve',
  'publish',
  'start_amendment',
] as const;
export type MapAction = (typeof MAP_ACTIONS)[number];

/**
 * Whose organisation may act: 'own' — the organisation whose map it is; 'authorized_body' — the
 * authorized body in the sphere of informatization (R.9, R.23); 'support_center' — the Digital
 * Government Support Center that the authorized body involves in the review (R.10.1, R.23).
 */
export type OrgScope = 'own' | 'authorized_body' | 'support_center';

export interface Transition {
  from: MapStatus;
  action: MapAction;
  roles: readonly Role[];
  orgScope: OrgScope;
  /** The status after the action; the same as `from` for actions that do not move the version. */
  to: MapStatus;
  /** The action starts a new version (copied from this one) in `to`; this version keeps its status. */
  createsVersion?: true;
  /** Publishing this version makes the previously published version of the map `superseded`. */
  supersedesPrevious?: true;
  /** The point of the Rules the row comes from. */
  point: string;
}

const OFFICE: Role[] = ['dt_office'];
const REVIEWERS: Role[] = ['reviewer', 'authority_head'];
const CENTER: Role[] = ['center_expert'];

/**
 * The one transition table. Rows with `to === from` are actions allowed in a status that do not
 * move the version (editing, the remarks of the review).
 */
export const TRANSITIONS: readonly Transition[] = [
  // The office drafts the map (R.13, R.16). The chief data officer keeps the data list in the
  // attachments (R.11.5, R.20); which sections a role edits is policy.editSection's to say.
  {
    from: 'draft',
    action: 'edit',
    roles: [...OFFICE, 'data_officer'],
    orgScope: 'own',
    to: 'draft',
    point: 'R.16',
  },
  { from: 'draft', action: 'submit', roles: OFFICE, orgScope: 'own', to: 'under_review', point: 'R.22' },
  // Submission freezes the version: the reviewed content never changes. The office works on in a
  // new draft copied from it — meanwhile, or after a return for revision — and submits that one.
  {
    from: 'under_review',
    action: 'start_draft',
    roles: OFFICE,
    orgScope: 'own',
    to: 'draft',
    createsVersion: true,
    point: 'R.23',
  },
  {
    from: 'returned',
    action: 'start_draft',
    roles: OFFICE,
    orgScope: 'own',
    to: 'draft',
    createsVersion: true,
    point: 'R.23',
  },
  // The authorized body reviews, involving the Center (R.23).
  {
    from: 'under_review',
    action: 'add_finding',
    roles: REVIEWERS,
    orgScope: 'authorized_body',
    to: 'under_review',
    point: 'R.23',
  },
  {
    from: 'under_review',
    action: 'add_finding',
    roles: CENTER,
    orgScope: 'support_center',
    to: 'under_review',
    point: 'R.23',
  },
  {
    from: 'under_review',
    action: 'answer_finding',
    roles: OFFICE,
    orgScope: 'own',
    to: 'under_review',
    point: 'R.23',
  },
  {
    from: 'returned',
    action: 'answer_finding',
    roles: OFFICE,
    orgScope: 'own',
    to: 'returned',
    point: 'R.23',
  },
  // A finding is closed by the side that wrote it (see Subject.findingAuthorOrgKind).
  {
    from: 'under_review',
    action: 'resolve_finding',
    roles: REVIEWERS,
    orgScope: 'authorized_body',
    to: 'under_review',
    point: 'R.23',
  },
  {
    from: 'under_review',
    action: 'resolve_finding',
    roles: CENTER,
    orgScope: 'support_center',
    to: 'under_review',
    point: 'R.23',
  },
  // The decision is the authorized body's first head's: agree, or return for revision (R.23).
  {
    from: 'under_review',
    action: 'agree',
    roles: ['authority_head'],
    orgScope: 'authorized_body',
    to: 'agreed',
    point: 'R.23',
  },
  {
    from: 'under_review',
    action: 'return',
    roles: ['authority_head'],
    orgScope: 'authorized_body',
    to: 'returned',
    point: 'R.23',
  },
  // Once agreed, the body's first head (or acting) approves (R.23, last paragraph).
  {
    from: 'agreed',
    action: 'approve',
    roles: ['first_head'],
    orgScope: 'own',
    to: 'approved',
    point: 'R.23',
  },
  // Published within 3 working days of approval (R.24); an amendment replaces the version in force.
  {
    from: 'approved',
    action: 'publish',
    roles: [...OFFICE, 'first_head'],
    orgScope: 'own',
    to: 'published',
    supersedesPrevious: true,
    point: 'R.24',
  },
  // An amendment is a new version through the same procedure (R.41–R.42).
  {
    from: 'published',
    action: 'start_amendment',
    roles: OFFICE,
    orgScope: 'own',
    to: 'draft',
    createsVersion: true,
    point: 'R.42',
  },
];

/** What `can` looks at: the map's organisation and the version's status. */
export interface Subject {
  orgId: string;
  status: MapStatus;
  /**
   * For resolve_finding on one finding: the kind of organisation whose member wrote it, so only
   * that side closes it. Left out, resolve_finding is allowed to either reviewing side.
   */
  findingAuthorOrgKind?: OrgKind;
}

const inScope = (actor: Actor, scope: OrgScope, subject: Subject): boolean => {
  switch (scope) {
    case 'own':
      return actor.orgId === subject.orgId;
    case 'authorized_body':
      return actor.orgKind === 'authorized_body';
    case 'support_center':
      return actor.orgKind === 'support_center';
  }
};

/** Whether the row lets this actor act on this subject, status aside. */
function permits(row: Transition, actor: Actor, subject: Subject): boolean {
  if (!row.roles.some((r) => actor.roles.includes(r))) return false;
  if (!inScope(actor, row.orgScope, subject)) return false;
  if (row.action === 'resolve_finding' && subject.findingAuthorOrgKind)
    return actor.orgKind === subject.findingAuthorOrgKind;
  return true;
}

const rowsFor = (status: MapStatus, action: MapAction) =>
  TRANSITIONS.filter((r) => r.from === status && r.action === action);

/** The status after `action` in `status`, or null when the action has no place there. */
export function next(status: MapStatus, action: MapAction): MapStatus | null {
  return rowsFor(status, action)[0]?.to ?? null;
}

/** The row `action` follows in `status` (its flags: createsVersion, supersedesPrevious). */
export function transitionOf(status: MapStatus, action: MapAction): Transition | null {
  return rowsFor(status, action)[0] ?? null;
}

/** Whether the actor may take the action on the subject in its current status. */
export function can(actor: Actor, action: MapAction, subject: Subject): boolean {
  return rowsFor(subject.status, action).some((row) => permits(row, actor, subject));
}

/** The actions `can` allows, in MAP_ACTIONS order: what the web may offer. */
export function allowedActions(actor: Actor, subject: Subject): MapAction[] {
  return MAP_ACTIONS.filter((action) => can(actor, action, subject));
}

/**
 * Why `can` refused, so the server picks the HTTP status: 'role' (403) when the actor may not take
 * this action on this map in any status — checked first, so the status of another body's map does
 * not leak — 'status' (409) when the actor could, but not in the current status; null when allowed.
 */
export function reasonRefused(actor: Actor, action: MapAction, subject: Subject): 'status' | 'role' | null {
  if (can(actor, action, subject)) return null;
  const permitted = TRANSITIONS.some((row) => row.action === action && permits(row, actor, subject));
  if (!permitted) return 'role';
  return rowsFor(subject.status, action).length === 0 ? 'status' : 'role';
}

// ---------------------------------------------------------------------------------------------
// Amendments (R.41)

export type AmendmentGround = 1 | 2 | 3 | 4 | 5 | 6;

export interface AmendmentGroundInfo {
  ground: AmendmentGround;
  point: string;
  /** ru: the Rules' own wording of R.41; kk and en are translations. */
  title: { kk: string; ru: string; en: string };
}

/** The cases in which a map may be amended (R.41.1–R.41.6). */
export const AMENDMENT_GROUNDS: readonly AmendmentGroundInfo[] = [
  {
    ground: 1,
    point: 'R.41.1',
    title: {
      kk: 'мемлекеттік басқаруды цифрлық трансформациялау құрылымына кіретін органдардың бірінің есепті кезеңдегі қарауы және бағалауы нәтижелері бойынша',
      ru: 'по результатам рассмотрения и оценки одним из органов, входящих в структуру цифровой трансформации государственного управления, за отчетный период',
      en: 'following review and assessment for the reporting period by one of the bodies of the structure of digital transformation of public administration',
    },
  },
  {
    ground: 2,
    point: 'R.41.2',
    title: {
      kk: 'мемлекеттік органның цифрлық трансформация картасы шеңберінде пилоттық жобаларды іске асыру қорытындылары бойынша',
      ru: 'по итогам осуществления пилотных проектов в рамках карты цифровой трансформации государственного органа',
      en: "following the implementation of pilot projects within the state body's digital transformation map",
    },
  },
  {
    ground: 3,
    point: 'R.41.3',
    title: {
      kk: 'Мемлекеттік жоспарлау жүйесінің құжаттарына өзгерістер енгізілуіне байланысты',
      ru: 'в связи с внесением изменений в документы Системы государственного планирования',
      en: 'in connection with amendments to documents of the State Planning System',
    },
  },
  {
    ground: 4,
    point: 'R.41.4',
    title: {
      kk: 'ағымдағы қызмет айтарлықтай өзгерген кезде (қайта ұйымдастыру және т.б.)',
      ru: 'значительном изменении текущей деятельности (реорганизация и т.д.)',
      en: 'upon a significant change of current activities (reorganisation, etc.)',
    },
  },
  {
    ground: 5,
    point: 'R.41.5',
    title: {
      kk: 'тиісті мемлекеттік органның құзыретінен тыс мән-жайларға байланысты өзгерістер енгізу үшін нормативтік құқықтық актілерде көзделген негіздер туындаған кезде',
      ru: 'при возникновении оснований, предусмотренных нормативными правовыми актами, для внесения изменений в связи с обстоятельствами, которые находятся вне компетенции соответствующего государственного органа',
      en: 'upon grounds provided by regulatory legal acts for amendments due to circumstances beyond the competence of the state body concerned',
    },
  },
  {
    ground: 6,
    point: 'R.41.6',
    title: {
      kk: 'осы Қағидаларда көзделмеген жағдайларда – алдыңғы бекітілгеннен кейін 6 (алты) ай ішінде бір реттен артық емес',
      ru: 'в случаях, не предусмотренных настоящими Правилами, – не более одного раза в течение 6 (шесть) месяцев после ее предыдущего утверждения',
      en: 'in cases not provided for by these Rules — no more than once within 6 (six) months after its previous approval',
    },
  },
];

/** R.41.6: the waiting period, in calendar months, after the previous approval. */
export const OTHER_GROUND_INTERVAL_MONTHS = 6;

export type AmendmentCheck = { ok: true } | { ok: false; code: 'amendment.too_early'; possibleFrom: IsoDate };

/**
 * Whether an amendment on `ground` may start `today`. Grounds 1–5 may start any time; ground 6
 * only once 6 calendar months have passed since the previous approval (R.41.6): from the same day
 * of the month six months later, clamped to the month's end (31 Aug → 28/29 Feb).
 */
export function checkAmendmentGround(
  ground: AmendmentGround,
  lastApprovedOn: IsoDate,
  today: IsoDate,
): AmendmentCheck {
  if (ground !== 6) return { ok: true };
  const possibleFrom = addMonths(lastApprovedOn, OTHER_GROUND_INTERVAL_MONTHS); // R.41.6
  return today >= possibleFrom ? { ok: true } : { ok: false, code: 'amendment.too_early', possibleFrom };
}
