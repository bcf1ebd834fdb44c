import { describe, expect, it } from 'vitest';
import { type Actor, isRoleAllowedForOrg, type OrgKind, ROLES, type Role } from '../auth/roles.ts';
import {
  AMENDMENT_GROUNDS,
  type AmendmentGround,
  allowedActions,
  can,
  checkAmendmentGround,
  MAP_ACTIONS,
  MAP_STATUSES,
  type MapAction,
  type MapStatus,
  next,
  reasonRefused,
  type Subject,
  TRANSITIONS,
  type Transition,
  transitionOf,
} from './workflow.ts';

const BODY = 'org-body';
const OTHER_BODY = 'org-other';
const MDD = 'org-mdd';
const CENTER = 'org-center';

const actor = (orgId: string, orgKind: OrgKind, ...roles: Role[]): Actor => ({
  userId: `u-${orgId}-${roles.join('-')}`,
  orgId,
  orgKind,
  roles,
});
const office = actor(BODY, 'central_state_body', 'dt_office');
const dataOfficer = actor(BODY, 'central_state_body', 'data_officer');
const firstHead = actor(BODY, 'central_state_body', 'first_head');
const deputyHead = actor(BODY, 'central_state_body', 'deputy_head');
const otherOffice = actor(OTHER_BODY, 'central_state_body', 'dt_office');
const reviewer = actor(MDD, 'authorized_body', 'reviewer');
const authorityHead = actor(MDD, 'authorized_body', 'authority_head');
const expert = actor(CENTER, 'support_center', 'center_expert');

const at = (status: MapStatus, extra: Partial<Subject> = {}): Subject => ({ orgId: BODY, status, ...extra });

/** An org that a row's scope admits, and its kind. */
const IN_SCOPE: Record<Transition['orgScope'], [string, OrgKind]> = {
  own: [BODY, 'central_state_body'],
  authorized_body: [MDD, 'authorized_body'],
  support_center: [CENTER, 'support_center'],
};
/** An org that a row's scope does not admit. */
const OUT_OF_SCOPE: Record<Transition['orgScope'], [string, OrgKind]> = {
  own: [OTHER_BODY, 'central_state_body'],
  authorized_body: [BODY, 'central_state_body'],
  support_center: [MDD, 'authorized_body'],
};

const rowName = (r: Transition) => `${r.from} —${r.action} (${r.roles.join('/')}, ${r.orgScope})→ ${r.to}`;
const rowsOf = (status: MapStatus, action: MapAction) =>
  TRANSITIONS.filter((r) => r.from === status && r.action === action);

describe('the transition table', () => {
  describe.each(TRANSITIONS.map((r) => [rowName(r), r] as const))('%s', (_, row) => {
    const [orgId, orgKind] = IN_SCOPE[row.orgScope];
    const subject = at(row.from);

    it.each(row.roles.map((r) => [r]))('is allowed to %s of its organisation', (role) => {
      const a = actor(orgId, orgKind, role);
      expect(can(a, row.action, subject)).toBe(true);
      expect(reasonRefused(a, row.action, subject)).toBeNull();
      expect(allowedActions(a, subject)).toContain(row.action);
      expect(next(row.from, row.action)).toBe(row.to);
    });

    const sameStep = new Set(rowsOf(row.from, row.action).flatMap((r) => r.roles));
    const others = ROLES.filter((r) => !sameStep.has(r));
    it.each(others.map((r) => [r]))('is refused to %s', (role) => {
      const a = actor(orgId, orgKind, role);
      expect(can(a, row.action, subject)).toBe(false);
      expect(reasonRefused(a, row.action, subject)).toBe('role');
    });

    it('is refused to its roles in an organisation out of scope', () => {
      const [otherId, otherKind] = OUT_OF_SCOPE[row.orgScope];
      const a = actor(otherId, otherKind, ...row.roles);
      expect(can(a, row.action, subject)).toBe(false);
      expect(reasonRefused(a, row.action, subject)).toBe('role');
    });

    const elsewhere = MAP_STATUSES.filter((s) => rowsOf(s, row.action).length === 0);
    it.each(elsewhere.map((s) => [s]))('is refused in %s', (status) => {
      const a = actor(orgId, orgKind, ...row.roles);
      expect(can(a, row.action, at(status))).toBe(false);
      expect(next(status, row.action)).toBeNull();
      expect(reasonRefused(a, row.action, at(status))).toBe('status');
    });

    it('names roles an organisation in its scope can grant, and cites a point', () => {
      for (const role of row.roles) expect(isRoleAllowedForOrg(role, orgKind), role).toBe(true);
      expect(row.point).toMatch(/^R\.\d+/);
    });
  });

  it('leads one way: rows of the same status and action share their target', () => {
    for (const s of MAP_STATUSES)
      for (const a of MAP_ACTIONS) expect(new Set(rowsOf(s, a).map((r) => r.to)).size).toBeLessThanOrEqual(1);
  });

  it('gives every action a row and every status but superseded a way in', () => {
    for (const a of MAP_ACTIONS)
      expect(
        TRANSITIONS.some((r) => r.action === a),
        a,
      ).toBe(true);
    const reached = new Set<MapStatus>(['draft', ...TRANSITIONS.map((r) => r.to)]);
    expect(MAP_STATUSES.filter((s) => !reached.has(s))).toEqual(['superseded']);
  });

  it('allows nothing on a superseded version', () => {
    for (const a of [office, firstHead, reviewer, authorityHead, expert])
      expect(allowedActions(a, at('superseded'))).toEqual([]);
  });
});

describe('the main path (SPEC §3)', () => {
  it.each<{ who: string; a: Actor; from: MapStatus; action: MapAction; to: MapStatus }>([
    { who: 'the office', a: office, from: 'draft', action: 'submit', to: 'under_review' },
    { who: 'a reviewer', a: reviewer, from: 'under_review', action: 'add_finding', to: 'under_review' },
    { who: 'a Center expert', a: expert, from: 'under_review', action: 'add_finding', to: 'under_review' },
    {
      who: "the authorized body's head",
      a: authorityHead,
      from: 'under_review',
      action: 'return',
      to: 'returned',
    },
    { who: 'the office', a: office, from: 'returned', action: 'answer_finding', to: 'returned' },
    { who: 'the office', a: office, from: 'returned', action: 'start_draft', to: 'draft' },
    { who: 'the office', a: office, from: 'under_review', action: 'start_draft', to: 'draft' },
    { who: 'a reviewer', a: reviewer, from: 'under_review', action: 'resolve_finding', to: 'under_review' },
    {
      who: "the authorized body's head",
      a: authorityHead,
      from: 'under_review',
      action: 'agree',
      to: 'agreed',
    },
    { who: "the body's first head", a: firstHead, from: 'agreed', action: 'approve', to: 'approved' },
    { who: 'the office', a: office, from: 'approved', action: 'publish', to: 'published' },
    { who: "the body's first head", a: firstHead, from: 'approved', action: 'publish', to: 'published' },
    { who: 'the office', a: office, from: 'published', action: 'start_amendment', to: 'draft' },
  ])('$from —$action by $who→ $to', ({ a, from, action, to }) => {
    expect(can(a, action, at(from))).toBe(true);
    expect(next(from, action)).toBe(to);
  });

  it('starts an amendment as a new version and supersedes the previous one on publication', () => {
    expect(transitionOf('published', 'start_amendment')).toMatchObject({ to: 'draft', createsVersion: true });
    expect(transitionOf('approved', 'publish')).toMatchObject({ to: 'published', supersedesPrevious: true });
    expect(transitionOf('draft', 'submit')?.createsVersion).toBeUndefined();
    // The reviewed content is frozen: a returned version is never edited or resubmitted itself.
    expect(transitionOf('returned', 'edit')).toBeNull();
    expect(transitionOf('returned', 'submit')).toBeNull();
    expect(transitionOf('returned', 'start_draft')).toMatchObject({ to: 'draft', createsVersion: true });
    expect(transitionOf('draft', 'approve')).toBeNull();
  });

  it.each<{ who: string; a: Actor; status: MapStatus; actions: MapAction[] }>([
    { who: 'the office', a: office, status: 'draft', actions: ['edit', 'submit'] },
    { who: 'the data officer', a: dataOfficer, status: 'draft', actions: ['edit'] },
    { who: 'the deputy head', a: deputyHead, status: 'draft', actions: [] },
    { who: "another body's office", a: otherOffice, status: 'draft', actions: [] },
    { who: 'the office', a: office, status: 'under_review', actions: ['start_draft', 'answer_finding'] },
    {
      who: "the authorized body's head",
      a: authorityHead,
      status: 'under_review',
      actions: ['add_finding', 'resolve_finding', 'agree', 'return'],
    },
    { who: 'a reviewer', a: reviewer, status: 'under_review', actions: ['add_finding', 'resolve_finding'] },
    {
      who: 'a Center expert',
      a: expert,
      status: 'under_review',
      actions: ['add_finding', 'resolve_finding'],
    },
    { who: 'the office', a: office, status: 'returned', actions: ['start_draft', 'answer_finding'] },
    { who: 'the first head', a: firstHead, status: 'agreed', actions: ['approve'] },
    { who: 'the office', a: office, status: 'agreed', actions: [] },
    { who: 'the office', a: office, status: 'published', actions: ['start_amendment'] },
    { who: 'a reviewer', a: reviewer, status: 'published', actions: [] },
  ])('offers $who in $status: $actions', ({ a, status, actions }) => {
    expect(allowedActions(a, at(status))).toEqual(actions);
  });

  it('lets an office do everything on its own map and nothing on another body’s', () => {
    const both = actor(BODY, 'central_state_body', 'dt_office', 'first_head');
    expect(can(both, 'approve', at('agreed'))).toBe(true);
    expect(can(both, 'approve', { orgId: OTHER_BODY, status: 'agreed' })).toBe(false);
  });

  it('lets the authorized body act on its own map like any state body', () => {
    const mddOffice = actor(MDD, 'authorized_body', 'dt_office');
    expect(can(mddOffice, 'submit', { orgId: MDD, status: 'draft' })).toBe(true);
  });
});

describe('resolve_finding: the side that wrote the finding closes it', () => {
  it.each<{ who: string; a: Actor; author: OrgKind; allowed: boolean }>([
    { who: 'a reviewer', a: reviewer, author: 'authorized_body', allowed: true },
    { who: 'a reviewer', a: reviewer, author: 'support_center', allowed: false },
    { who: 'a Center expert', a: expert, author: 'support_center', allowed: true },
    { who: 'a Center expert', a: expert, author: 'authorized_body', allowed: false },
    { who: 'the office', a: office, author: 'authorized_body', allowed: false },
  ])('$who on a finding of the $author: $allowed', ({ a, author, allowed }) => {
    const subject = at('under_review', { findingAuthorOrgKind: author });
    expect(can(a, 'resolve_finding', subject)).toBe(allowed);
    expect(reasonRefused(a, 'resolve_finding', subject)).toBe(allowed ? null : 'role');
  });
});

describe('reasonRefused: 403 or 409', () => {
  it.each<{ name: string; a: Actor; action: MapAction; status: MapStatus; reason: 'status' | 'role' | null }>(
    [
      {
        name: 'the office submitting a map under review',
        a: office,
        action: 'submit',
        status: 'under_review',
        reason: 'status',
      },
      {
        name: 'the office editing an approved map',
        a: office,
        action: 'edit',
        status: 'approved',
        reason: 'status',
      },
      {
        name: 'the first head approving a draft',
        a: firstHead,
        action: 'approve',
        status: 'draft',
        reason: 'status',
      },
      {
        name: 'a reviewer approving an agreed map',
        a: reviewer,
        action: 'approve',
        status: 'agreed',
        reason: 'role',
      },
      {
        name: 'a reviewer approving a draft (no role anywhere)',
        a: reviewer,
        action: 'approve',
        status: 'draft',
        reason: 'role',
      },
      {
        name: "another body's office editing a draft",
        a: otherOffice,
        action: 'edit',
        status: 'draft',
        reason: 'role',
      },
      {
        name: "another body's office editing an approved map",
        a: otherOffice,
        action: 'edit',
        status: 'approved',
        reason: 'role',
      },
      { name: 'the office submitting a draft', a: office, action: 'submit', status: 'draft', reason: null },
    ],
  )('$name → $reason', ({ a, action, status, reason }) => {
    expect(reasonRefused(a, action, at(status))).toBe(reason);
  });
});

describe('amendment grounds (R.41)', () => {
  it('lists the six grounds of R.41 with their points and the Rules’ Russian wording', () => {
    expect(AMENDMENT_GROUNDS.map((g) => [g.ground, g.point])).toEqual([
      [1, 'R.41.1'],
      [2, 'R.41.2'],
      [3, 'R.41.3'],
      [4, 'R.41.4'],
      [5, 'R.41.5'],
      [6, 'R.41.6'],
    ]);
    expect(AMENDMENT_GROUNDS[2].title.ru).toBe(
      'в связи с внесением изменений в документы Системы государственного планирования',
    );
    expect(AMENDMENT_GROUNDS[5].title.ru).toContain('не более одного раза в течение 6 (шесть) месяцев');
    for (const g of AMENDMENT_GROUNDS) expect(g.title.kk && g.title.ru && g.title.en).toBeTruthy();
  });

  it.each<{
    name: string;
    ground: AmendmentGround;
    last: string;
    today: string;
    possibleFrom: string | null;
  }>([
    {
      name: 'ground 1 the day after approval',
      ground: 1,
      last: '2025-03-01',
      today: '2025-03-02',
      possibleFrom: null,
    },
    { name: 'ground 5 the same day', ground: 5, last: '2025-03-01', today: '2025-03-01', possibleFrom: null },
    {
      name: 'ground 6 after 5 months 30 days',
      ground: 6,
      last: '2025-03-01',
      today: '2025-08-31',
      possibleFrom: '2025-09-01',
    },
    {
      name: 'ground 6 after exactly 6 months',
      ground: 6,
      last: '2025-03-01',
      today: '2025-09-01',
      possibleFrom: null,
    },
    {
      name: 'ground 6 after 7 months',
      ground: 6,
      last: '2025-03-01',
      today: '2025-10-01',
      possibleFrom: null,
    },
    {
      name: 'ground 6 from 31 August: the end of February',
      ground: 6,
      last: '2025-08-31',
      today: '2026-02-27',
      possibleFrom: '2026-02-28',
    },
    {
      name: 'ground 6 from 31 August on 28 February',
      ground: 6,
      last: '2025-08-31',
      today: '2026-02-28',
      possibleFrom: null,
    },
    {
      name: 'ground 6 from 31 August in a leap year: 29 February',
      ground: 6,
      last: '2027-08-31',
      today: '2028-02-28',
      possibleFrom: '2028-02-29',
    },
    {
      name: 'ground 6 from 31 August in a leap year, on 29 February',
      ground: 6,
      last: '2027-08-31',
      today: '2028-02-29',
      possibleFrom: null,
    },
  ])('$name', ({ ground, last, today, possibleFrom }) => {
    expect(checkAmendmentGround(ground, last, today)).toEqual(
      possibleFrom === null ? { ok: true } : { ok: false, code: 'amendment.too_early', possibleFrom },
    );
  });
});
