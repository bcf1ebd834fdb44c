import type PgBoss from 'pg-boss';
import { policy } from '../../domain/auth/policy.ts';
import { deadline, PUBLICATION_DAYS, REVIEW_DAYS } from '../../domain/calendar/calendar.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import { AppError } from '../../domain/errors.ts';
import { parseSectionKey, readSection } from '../../domain/map/map.sections.ts';
import { validateMap } from '../../domain/map/map.validate.ts';
import {
  type AmendmentGround,
  checkAmendmentGround,
  type MapAction,
  type MapStatus,
  reasonRefused,
  type Subject,
} from '../../domain/workflow/workflow.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import { loadCalendar } from '../calendar/calendar.queries.ts';
import type { Tx } from '../db/connect.ts';
import { scheduleDeadline } from '../jobs/deadline.job.ts';
import type { Deps } from '../maps/maps.actions.ts';
import { findMap, lockVersion, type MapRow, type OrgRow, type VersionRow } from '../maps/maps.queries.ts';
import { notify, usersWithRoles } from '../notifications/notifications.queries.ts';
import { openProjectsOnApproval } from '../reengineering/projects.actions.ts';
import {
  addMessage,
  findFinding,
  findOpenDraft,
  insertDraftCopy,
  insertFinding,
  listVersionSummaries,
  openFindingIds,
  publishedVersions,
  resolveFindingRow,
  updateVersion,
} from './workflow.queries.ts';

/**
 * A finding's thread lives on through the review cycle: after a return, it is answered and closed
 * on the resubmitted version. So a thread is judged by the status of the newest submitted version
 * (not a draft) at or after the version it was raised on.
 */
export function threadStatus(
  raisedOn: { number: number; status: string },
  versions: { number: number; status: string }[],
): MapStatus {
  const current = versions
    .filter((v) => v.number >= raisedOn.number && v.status !== 'draft')
    .sort((a, b) => b.number - a.number)[0];
  return (current ?? raisedOn).status as MapStatus;
}

export interface WorkflowDeps extends Deps {
  boss: PgBoss;
}

interface Loaded {
  found: { map: MapRow; org: OrgRow };
  version: VersionRow;
  subject: Subject;
}

/** Loads and locks the version, then asks the transition table: 403 for the role, 409 for the status. */
async function loadFor(
  tx: Tx,
  deps: Deps,
  mapId: string,
  number: number,
  action: MapAction,
  extra: Partial<Subject> = {},
) {
  const found = await findMap(tx, mapId);
  const version = found ? await lockVersion(tx, mapId, number) : undefined;
  if (
    !found ||
    !version ||
    !policy.viewVersion(deps.actor, { orgId: found.map.orgId, status: version.status })
  )
    throw new AppError('map.not_found');
  const subject: Subject = { orgId: found.map.orgId, status: version.status as MapStatus, ...extra };
  const reason = reasonRefused(deps.actor, action, subject);
  if (reason === 'role') throw new AppError('auth.forbidden');
  if (reason === 'status')
    throw new AppError('workflow.not_allowed_in_status', { status: version.status, action });
  return { found, version, subject } satisfies Loaded;
}

const today = (deps: Deps) => almatyDate(deps.now);
const mapRef = (l: Loaded) => ({
  mapId: l.found.map.id,
  versionNumber: l.version.number,
  organisation: l.found.org.name,
});

/**
 * R.22–R.23: the office submits a draft for agreement. Refused while the validator reports a
 * blocking finding. The version is frozen from now on; the review is due 10 working days after
 * receipt, counted on the calendar (APPK art. 64(3), 76(2), 76(5)).
 */
export async function submitVersion(deps: WorkflowDeps, mapId: string, number: number) {
  return deps.db.transaction(async (tx) => {
    const l = await loadFor(tx, deps, mapId, number, 'submit');
    const blocking = validateMap(l.version.content).filter((f) => f.severity === 'blocking');
    if (blocking.length) throw new AppError('map.has_blocking_findings', { findings: blocking });
    const cal = await loadCalendar(tx);
    const term = deadline(cal, today(deps).receiptDate, REVIEW_DAYS); // R.23
    const row = await updateVersion(tx, l.version.id, {
      status: 'under_review',
      submittedAt: deps.now,
      receivedOn: term.received,
      reviewDue: term.due,
    });
    await scheduleDeadline(
      tx,
      deps.boss,
      cal,
      { term: 'review', versionId: row.id, mapId, due: term.due },
      deps.now,
    );
    await appendAudit(
      tx,
      deps.audit,
      { type: 'map', id: mapId },
      {
        type: 'map.submitted',
        data: { versionNumber: number, receivedOn: term.received, reviewDue: term.due },
      },
    );
    const reviewers = [
      ...(await usersWithRoles(tx, { orgKind: 'authorized_body' }, ['reviewer', 'authority_head'])),
      ...(await usersWithRoles(tx, { orgKind: 'support_center' }, ['center_expert'])),
    ];
    await notify(tx, reviewers, 'map.submitted', { ...mapRef(l), due: term.due });
    return row;
  });
}

/** The office goes on working in a new draft while the submitted version is frozen (under review or returned). */
export async function startDraft(deps: WorkflowDeps, mapId: string, number: number) {
  return deps.db.transaction(async (tx) => {
    const l = await loadFor(tx, deps, mapId, number, 'start_draft');
    const open = await findOpenDraft(tx, mapId);
    if (open) throw new AppError('map.draft_exists', { versionNumber: open.number });
    const row = await insertDraftCopy(tx, l.version, { createdBy: deps.actor.userId });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'map', id: mapId },
      {
        type: 'map.draft_started',
        data: { versionNumber: row.number, basedOn: number },
      },
    );
    return row;
  });
}

/** R.23: the authorized body's first head agrees the draft or returns it for revision, with a reason. */
export async function decide(
  deps: WorkflowDeps,
  mapId: string,
  number: number,
  input: { decision: 'agree' | 'return'; reason: string },
) {
  return deps.db.transaction(async (tx) => {
    const l = await loadFor(tx, deps, mapId, number, input.decision);
    const open = await openFindingIds(tx, l.version.id);
    const row = await updateVersion(tx, l.version.id, {
      status: input.decision === 'agree' ? 'agreed' : 'returned',
      decision: input.decision,
      decisionReason: input.reason,
      decidedAt: deps.now,
      decidedBy: deps.actor.userId,
    });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'map', id: mapId },
      {
        type: input.decision === 'agree' ? 'map.agreed' : 'map.returned',
        data: { versionNumber: number, reason: input.reason, openFindings: open.length },
      },
    );
    const body = l.found.map.orgId;
    const to =
      input.decision === 'agree'
        ? await usersWithRoles(tx, { orgId: body }, ['dt_office', 'first_head', 'deputy_head'])
        : await usersWithRoles(tx, { orgId: body }, ['dt_office', 'deputy_head']);
    await notify(tx, to, `map.${input.decision === 'agree' ? 'agreed' : 'returned'}`, {
      ...mapRef(l),
      reason: input.reason,
      openFindings: open.length,
    });
    return { version: row, openFindings: open };
  });
}

/** R.23: the body's first head approves the agreed map; publication is due 3 working days later (R.24). */
export async function approve(deps: WorkflowDeps, mapId: string, number: number) {
  return deps.db.transaction(async (tx) => {
    const l = await loadFor(tx, deps, mapId, number, 'approve');
    const cal = await loadCalendar(tx);
    const approvedOn = today(deps).date;
    const term = deadline(cal, approvedOn, PUBLICATION_DAYS); // R.24
    const row = await updateVersion(tx, l.version.id, {
      status: 'approved',
      approvedAt: deps.now,
      approvedOn,
      approvedBy: deps.actor.userId,
      publicationDue: term.due,
    });
    await scheduleDeadline(
      tx,
      deps.boss,
      cal,
      { term: 'publication', versionId: row.id, mapId, due: term.due },
      deps.now,
    );
    await appendAudit(
      tx,
      deps.audit,
      { type: 'map', id: mapId },
      {
        type: 'map.approved',
        data: { versionNumber: number, approvedOn, publicationDue: term.due },
      },
    );
    // R.29–R.30: every case the approved map schedules for reengineering gets its project.
    await openProjectsOnApproval(tx, deps, row, { id: l.found.org.id, name: l.found.org.name });
    await notify(
      tx,
      await usersWithRoles(tx, { orgId: l.found.map.orgId }, ['dt_office', 'deputy_head']),
      'map.approved',
      {
        ...mapRef(l),
        due: term.due,
      },
    );
    return row;
  });
}

/** R.24: publication on the portal; the version in force before it is superseded. */
export async function publish(deps: WorkflowDeps, mapId: string, number: number) {
  return deps.db.transaction(async (tx) => {
    const l = await loadFor(tx, deps, mapId, number, 'publish');
    const row = await updateVersion(tx, l.version.id, {
      status: 'published',
      publishedAt: deps.now,
      publishedOn: today(deps).date,
    });
    for (const prev of await publishedVersions(tx, mapId, row.id))
      await updateVersion(tx, prev.id, { status: 'superseded' });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'map', id: mapId },
      {
        type: 'map.published',
        data: {
          versionNumber: number,
          publishedOn: row.publishedOn!,
          onTime: row.publishedOn! <= (row.publicationDue ?? ''),
        },
      },
    );
    await notify(
      tx,
      await usersWithRoles(tx, { orgId: l.found.map.orgId }, ['dt_office', 'deputy_head', 'first_head']),
      'map.published',
      mapRef(l),
    );
    return row;
  });
}

/**
 * R.41–R.42: an amendment starts from the version in force, citing a ground; ground 6 at most
 * once in 6 months after the previous approval (the error says from when).
 */
export async function startAmendment(
  deps: WorkflowDeps,
  mapId: string,
  number: number,
  input: { ground: AmendmentGround; justification: string },
) {
  return deps.db.transaction(async (tx) => {
    const l = await loadFor(tx, deps, mapId, number, 'start_amendment');
    const open = await findOpenDraft(tx, mapId);
    if (open) throw new AppError('map.draft_exists', { versionNumber: open.number });
    const check = checkAmendmentGround(input.ground, l.version.approvedOn!, today(deps).date);
    if (!check.ok)
      throw new AppError('amendment.too_early', {
        possibleFrom: check.possibleFrom,
        approvedOn: l.version.approvedOn,
      });
    const row = await insertDraftCopy(tx, l.version, {
      createdBy: deps.actor.userId,
      amendmentGround: input.ground,
      amendmentJustification: input.justification,
    });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'map', id: mapId },
      {
        type: 'map.amendment_started',
        data: {
          versionNumber: row.number,
          basedOn: number,
          ground: input.ground,
          justification: input.justification,
        },
      },
    );
    return row;
  });
}

/** R.23: a reviewer or a Center expert raises a finding on a section or an item of the submitted version. */
export async function addFinding(
  deps: WorkflowDeps,
  mapId: string,
  number: number,
  input: { section: string; path: (string | number)[]; text: string },
) {
  return deps.db.transaction(async (tx) => {
    const l = await loadFor(tx, deps, mapId, number, 'add_finding');
    const ref = parseSectionKey(input.section);
    if (!ref || readSection(l.version.content, ref) === undefined) throw new AppError('map.section_unknown');
    const itemId = itemIdAt(l.version.content, input.path);
    const row = await insertFinding(
      tx,
      {
        mapId,
        versionId: l.version.id,
        sectionKey: ref.key,
        path: input.path,
        itemId,
        authorId: deps.actor.userId,
        authorOrgKind: deps.actor.orgKind,
      },
      input.text,
    );
    await appendAudit(
      tx,
      deps.audit,
      { type: 'map', id: mapId },
      {
        type: 'finding.added',
        data: { versionNumber: number, findingId: row.id, section: ref.key },
      },
    );
    await notify(tx, await usersWithRoles(tx, { orgId: l.found.map.orgId }, ['dt_office']), 'finding.added', {
      ...mapRef(l),
      findingId: row.id,
    });
    return row;
  });
}

/** The id of the innermost repeated item on a JSON path (what a finding is about, kept across versions). */
function itemIdAt(doc: unknown, path: (string | number)[]): string | null {
  let node: unknown = doc;
  let id: string | null = null;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return id;
    node = (node as Record<string | number, unknown>)[key];
    const maybe = (node as { id?: unknown } | undefined)?.id;
    if (typeof maybe === 'string') id = maybe;
  }
  return id;
}

/** The office answers in a finding's thread; the reviewing side may reply while the review runs. */
export async function replyToFinding(deps: WorkflowDeps, findingId: string, text: string) {
  return deps.db.transaction(async (tx) => {
    const finding = await findFinding(tx, findingId);
    if (!finding) throw new AppError('not_found');
    const l = await loadVersionOf(tx, deps, finding.mapId, finding.versionId);
    const asOffice = reasonRefused(deps.actor, 'answer_finding', l.subject) === null;
    const asReviewer = reasonRefused(deps.actor, 'add_finding', l.subject) === null;
    if (!asOffice && !asReviewer) {
      const reason = reasonRefused(deps.actor, 'answer_finding', l.subject);
      throw reason === 'status'
        ? new AppError('workflow.not_allowed_in_status', { status: l.version.status })
        : new AppError('auth.forbidden');
    }
    await addMessage(tx, findingId, deps.actor.userId, text);
    await appendAudit(
      tx,
      deps.audit,
      { type: 'map', id: finding.mapId },
      {
        type: 'finding.answered',
        data: { versionNumber: l.version.number, findingId },
      },
    );
    const to = asOffice
      ? [finding.authorId]
      : await usersWithRoles(tx, { orgId: l.found.map.orgId }, ['dt_office']);
    await notify(tx, to, 'finding.answered', { ...mapRef(l), findingId });
  });
}

/** The side that raised a finding closes it. */
export async function resolveFinding(deps: WorkflowDeps, findingId: string) {
  return deps.db.transaction(async (tx) => {
    const finding = await findFinding(tx, findingId);
    if (!finding) throw new AppError('not_found');
    const l = await loadVersionOf(tx, deps, finding.mapId, finding.versionId);
    const reason = reasonRefused(deps.actor, 'resolve_finding', {
      ...l.subject,
      findingAuthorOrgKind: finding.authorOrgKind as Subject['findingAuthorOrgKind'],
    });
    if (reason === 'role') throw new AppError('auth.forbidden');
    if (reason === 'status')
      throw new AppError('workflow.not_allowed_in_status', { status: l.version.status });
    await resolveFindingRow(tx, findingId, deps.actor.userId, deps.now);
    await appendAudit(
      tx,
      deps.audit,
      { type: 'map', id: finding.mapId },
      {
        type: 'finding.resolved',
        data: { versionNumber: l.version.number, findingId },
      },
    );
  });
}

async function loadVersionOf(tx: Tx, deps: Deps, mapId: string, versionId: string) {
  const found = await findMap(tx, mapId);
  const version = found
    ? await tx.query.mapVersions.findFirst({ where: (v, { eq }) => eq(v.id, versionId) })
    : undefined;
  if (
    !found ||
    !version ||
    !policy.viewVersion(deps.actor, { orgId: found.map.orgId, status: version.status })
  )
    throw new AppError('not_found');
  const status = threadStatus(version, await listVersionSummaries(tx, mapId));
  return { found, version, subject: { orgId: found.map.orgId, status } };
}
