import { createHash } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { z } from 'zod';
import type { DeadlineChangeBody } from '../../api/reengineering.ts';
import { PROTOCOL_MAX_BYTES } from '../../api/reengineering.ts';
import type { OrgKind } from '../../domain/auth/roles.ts';
import { isActivityType } from '../../domain/bpmn/bpmn.model.ts';
import { deadline, RESULTS_PUBLICATION_DAYS, TEAM_FORMATION_DAYS } from '../../domain/calendar/calendar.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import { AppError } from '../../domain/errors.ts';
import type { LocalizedText } from '../../domain/locale.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import {
  asIsComplete,
  type ProcessModels,
  planMissing,
} from '../../domain/reengineering/project.checklist.ts';
import { hasReengineering, plannedReengineeringDue } from '../../domain/reengineering/project.progress.ts';
import {
  emptyProjectContent,
  PART_KEYS,
  type ProjectContent,
  ProjectContentSchema,
  type ProjectPart,
} from '../../domain/reengineering/project.schema.ts';
import {
  canViewProject,
  nextStage,
  type ProjectAction,
  type ProjectStage,
  type ProjectSubject,
  projectRefusal,
  reengineeringStatusOf,
  stageAfterAgreement,
} from '../../domain/reengineering/project.workflow.ts';
import { teamLeader, teamProblems } from '../../domain/reengineering/team.ts';
import { processSearchText } from '../../domain/registry/registry.search.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import { loadCalendar } from '../calendar/calendar.queries.ts';
import type { Tx } from '../db/connect.ts';
import { legalActs } from '../db/schema.ts';
import { scheduleDeadline } from '../jobs/deadline.job.ts';
import type { Deps } from '../maps/maps.actions.ts';
import { findMap, type VersionRow } from '../maps/maps.queries.ts';
import { notify, usersWithRoles } from '../notifications/notifications.queries.ts';
import {
  currentVariants,
  findProjectForCase,
  insertDeadlineChange,
  insertProcess,
  insertProject,
  linkProcess,
  lockDeadlineChange,
  lockProject,
  modelOf,
  orgKinds,
  type ProjectRow,
  processesOfCase,
  projectEvents,
  projectProcessRows,
  updateDeadlineChange,
  updateProcess,
  updateProject,
} from './projects.queries.ts';

export interface ProjectDeps extends Deps {
  boss: PgBoss;
}

const today = (deps: Pick<Deps, 'now'>) => almatyDate(deps.now).date;
export const contentOf = (p: ProjectRow): ProjectContent => ProjectContentSchema.parse(p.content);
export const subjectOf = (p: ProjectRow): ProjectSubject => ({
  orgId: p.orgId,
  stage: p.stage as ProjectStage,
  concernedOrgIds: contentOf(p).concernedOrgIds,
});

/** Loads and locks the project; 404 when the actor may not see it, 403/409 when the table refuses. */
async function loadFor(tx: Tx, deps: Deps, id: string, action: ProjectAction) {
  const project = await lockProject(tx, id);
  if (!project || !canViewProject(deps.actor, subjectOf(project))) throw new AppError('project.not_found');
  const refusal = projectRefusal(deps.actor, action, subjectOf(project));
  if (refusal === 'role') throw new AppError('auth.forbidden');
  if (refusal === 'commission') throw new AppError('project.commission_pending');
  if (refusal === 'stage')
    throw new AppError('project.not_allowed_in_stage', { stage: project.stage, action });
  return project;
}

const ref = (p: ProjectRow, organisation?: LocalizedText) => ({
  projectId: p.id,
  caseName: p.caseName,
  ...(organisation ? { organisation } : {}),
});

/**
 * Opens a project for one case of an approved map version (R.30): its team is due 10 working days
 * after the approval; its processes are the case's processes, registered in the body's registry
 * (an existing registry process linked to the case is reused).
 */
async function openProject(
  tx: Tx,
  deps: ProjectDeps,
  version: VersionRow,
  org: { id: string; name: LocalizedText },
  caseId: string,
  how: 'auto' | 'manual',
): Promise<ProjectRow> {
  const doc = version.content as MapDocument;
  const found = doc.sectors.flatMap((s) => s.cases).find((c) => c.id === caseId);
  const due = found ? plannedReengineeringDue(doc.passport.period, found) : null;
  if (!found || !due) throw new AppError('project.case_not_scheduled', { caseId });
  const cal = await loadCalendar(tx);
  const approvedOn = version.approvedOn ?? today(deps);
  const teamDue = deadline(cal, approvedOn, TEAM_FORMATION_DAYS).due; // R.30
  const project = await insertProject(tx, {
    orgId: org.id,
    mapId: version.mapId,
    versionId: version.id,
    caseId,
    caseName: found.name,
    content: emptyProjectContent(),
    openedBy: how,
    openedOn: today(deps),
    teamDue,
    reengineeringDue: due,
  });
  const existing = await processesOfCase(tx, org.id, version.mapId, caseId);
  const wanted = found.processes.length
    ? found.processes.map((p) => ({ name: p.name, itemId: p.id as string | null }))
    : [{ name: found.name, itemId: null }];
  for (const w of wanted) {
    const linked = existing.find((e) =>
      e.caseLinks.some(
        (l) => l.mapId === version.mapId && l.caseId === caseId && l.processItemId === w.itemId,
      ),
    );
    const process =
      linked ??
      (await insertProcess(tx, {
        orgId: org.id,
        name: w.name,
        status: 'in_reengineering',
        caseLinks: [{ mapId: version.mapId, caseId, processItemId: w.itemId }],
        publicServiceIds: found.publicServiceIds,
        informationSystemIds: found.informationSystemIds,
        searchText: processSearchText({ name: w.name, roles: [], steps: [], dataNames: [] }),
      }));
    if (linked) await updateProcess(tx, linked.id, { status: 'in_reengineering' });
    await linkProcess(tx, project.id, process.id);
  }
  await scheduleDeadline(tx, deps.boss, cal, { term: 'team', projectId: project.id, due: teamDue }, deps.now);
  await appendAudit(
    tx,
    deps.audit,
    { type: 'project', id: project.id },
    { type: 'project.opened', data: { caseId, how, teamDue, reengineeringDue: due } },
  );
  await notify(
    tx,
    await usersWithRoles(tx, { orgId: org.id }, ['dt_office', 'deputy_head']),
    'project.opened',
    { ...ref(project, org.name), due: teamDue },
  );
  return project;
}

/** On a map's approval: a project for every case with R cells that has none yet (R.29–R.30). */
export async function openProjectsOnApproval(
  tx: Tx,
  deps: ProjectDeps,
  version: VersionRow,
  org: { id: string; name: LocalizedText },
): Promise<number> {
  const doc = version.content as MapDocument;
  let opened = 0;
  for (const c of doc.sectors.flatMap((s) => s.cases)) {
    if (!hasReengineering(c) || (await findProjectForCase(tx, version.mapId, c.id))) continue;
    await openProject(tx, deps, version, org, c.id, 'auto');
    opened++;
  }
  return opened;
}

/** Opens a project by hand for a case of the approved (or published) map. */
export async function openProjectByHand(deps: ProjectDeps, mapId: string, caseId: string) {
  return deps.db.transaction(async (tx) => {
    const found = await findMap(tx, mapId);
    if (!found || found.map.orgId !== deps.actor.orgId) throw new AppError('map.not_found');
    if (!deps.actor.roles.includes('dt_office')) throw new AppError('auth.forbidden');
    if (await findProjectForCase(tx, mapId, caseId)) throw new AppError('project.exists', { caseId });
    const versions = await tx.query.mapVersions.findMany({
      where: (v, { eq }) => eq(v.mapId, mapId),
      orderBy: (v, { desc }) => desc(v.number),
    });
    const inForce = versions.find((v) => ['approved', 'published'].includes(v.status));
    if (!inForce) throw new AppError('project.case_not_scheduled', { caseId });
    return openProject(tx, deps, inForce, { id: found.org.id, name: found.org.name }, caseId, 'manual');
  });
}

/** What the checklist knows of each process's models. */
export async function processModels(tx: Tx | Deps['db'], projectId: string): Promise<ProcessModels[]> {
  const processes = await projectProcessRows(tx, projectId);
  const variants = await currentVariants(
    tx,
    processes.map((p) => p.id),
  );
  return processes.map((p) => {
    const asIs = variants.find((v) => v.processId === p.id && v.kind === 'as_is');
    return {
      processId: p.id,
      asIsSteps: asIs
        ? modelOf(asIs)
            .nodes.filter((n) => isActivityType(n.type))
            .map((n) => ({ id: n.id, name: n.name }))
        : null,
      hasTarget: variants.some((v) => v.processId === p.id && v.kind === 'target'),
    };
  });
}

const PART_ACTION: Record<ProjectPart, ProjectAction> = {
  team: 'edit_team',
  asIs: 'edit_as_is',
  plan: 'edit_plan',
};

/**
 * Saves one part of the content. The write names the project revision it was based on; if the
 * part was written after it, 409 with the stored part (nothing saved is overwritten).
 */
export async function savePart(
  deps: ProjectDeps,
  id: string,
  part: ProjectPart,
  baseRevision: number,
  value: Partial<ProjectContent>,
) {
  return deps.db.transaction(async (tx) => {
    const project = await loadFor(tx, deps, id, PART_ACTION[part]);
    const stored = contentOf(project);
    const partRevision = project.partRevisions[part] ?? 0;
    if (partRevision > baseRevision)
      throw new AppError('project.part_conflict', {
        part,
        revision: project.revision,
        stored: Object.fromEntries(PART_KEYS[part].map((k) => [k, stored[k]])),
      });
    const next = ProjectContentSchema.parse({ ...stored, ...pick(value, PART_KEYS[part]) });
    if (part === 'plan' && next.concernedOrgIds.includes(project.orgId))
      next.concernedOrgIds = next.concernedOrgIds.filter((o) => o !== project.orgId);
    await checkPartReferences(tx, part, next);
    const revision = project.revision + 1;
    const row = await updateProject(tx, id, {
      content: next,
      revision,
      partRevisions: { ...project.partRevisions, [part]: revision },
    });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'project', id },
      { type: 'project.part_saved', data: { part, revision } },
    );
    return row;
  });
}

/**
 * References of a part must exist: legal acts in the registry (R.32.1); concerned bodies are state
 * bodies of the directory (R.37); members' organisations are in the directory.
 */
async function checkPartReferences(tx: Tx, part: ProjectPart, content: ProjectContent) {
  const issues: { path: (string | number)[]; rule: string }[] = [];
  const kinds = await orgKinds(tx);
  const stateBody = (id: string) => ['central_state_body', 'authorized_body'].includes(kinds.get(id) ?? '');
  if (part === 'asIs') {
    const ids = content.asIs.legalActIds;
    const known = new Set(
      ids.length
        ? (await tx.select({ id: legalActs.id }).from(legalActs).where(inArray(legalActs.id, ids))).map(
            (r) => r.id,
          )
        : [],
    );
    ids.forEach((id, i) => {
      if (!known.has(id))
        issues.push({ path: ['body', 'value', 'legalActIds', i], rule: 'unknown_reference' });
    });
  }
  if (part === 'plan')
    content.concernedOrgIds.forEach((id, i) => {
      if (!stateBody(id))
        issues.push({ path: ['body', 'value', 'concernedOrgIds', i], rule: 'unknown_reference' });
    });
  if (part === 'team')
    content.team.forEach((m, i) => {
      if (m.orgId !== null && !kinds.has(m.orgId))
        issues.push({ path: ['body', 'value', 'team', i, 'orgId'], rule: 'unknown_reference' });
    });
  if (issues.length) throw new AppError('validation.failed', { issues });
}

function pick(value: Partial<ProjectContent>, keys: readonly (keyof ProjectContent)[]) {
  return Object.fromEntries(keys.filter((k) => k in value).map((k) => [k, value[k]]));
}

export interface ActionInput {
  reason?: string;
  protocolNumber?: string;
  protocolDate?: string;
}

const required = (field: string) =>
  new AppError('validation.failed', { issues: [{ path: ['body', field], rule: 'required' }] });

/** One step of the project's life cycle (R.30–R.37), checked against the table and the content. */
export async function takeAction(deps: ProjectDeps, id: string, action: ProjectAction, input: ActionInput) {
  return deps.db.transaction(async (tx) => {
    const project = await loadFor(tx, deps, id, action);
    const content = contentOf(project);
    const subject = subjectOf(project);
    const from = project.stage as ProjectStage;
    const reason = input.reason?.trim() ?? '';
    const changes: Partial<typeof project> = {};
    let to: ProjectStage = nextStage(action, subject);
    const orgName = (await findMap(tx, project.mapId))?.org.name;
    const inBody = (roles: Parameters<typeof usersWithRoles>[2]) =>
      usersWithRoles(tx, { orgId: project.orgId }, roles);

    switch (action) {
      case 'confirm_team': {
        const protocol = {
          number: input.protocolNumber ?? content.teamProtocol.number,
          date: input.protocolDate ?? content.teamProtocol.date,
        };
        const kinds = (await orgKinds(tx)) as Map<string, OrgKind>;
        const problems = teamProblems(content.team, { ownerOrgId: project.orgId, orgKinds: kinds }, protocol);
        if (problems.length) throw new AppError('project.team_invalid', { problems, count: problems.length });
        changes.content = { ...content, teamProtocol: protocol };
        changes.teamFormedOn = today(deps);
        break;
      }
      case 'complete_as_is':
        if (!asIsComplete(content, await processModels(tx, id)))
          throw new AppError('project.as_is_incomplete');
        break;
      case 'submit_plan': {
        const missing = planMissing(content, await processModels(tx, id));
        if (missing.length) throw new AppError('project.plan_incomplete', { missing });
        const asked = content.concernedOrgIds;
        const notifyTo = asked.length
          ? (
              await Promise.all(
                asked.map((orgId) => usersWithRoles(tx, { orgId }, ['dt_office', 'deputy_head'])),
              )
            ).flat()
          : await inBody(['deputy_head']);
        await notify(tx, notifyTo, asked.length ? 'project.agreement_requested' : 'project.plan_submitted', {
          ...ref(project, orgName),
        });
        break;
      }
      case 'agree_target':
      case 'disagree_target': {
        if (action === 'disagree_target' && !reason) throw required('reason');
        const answer = action === 'agree_target' ? 'agree' : 'disagree';
        await appendAudit(
          tx,
          deps.audit,
          { type: 'project', id },
          { type: 'project.target_answered', data: { answer, reason } },
        );
        const answers = await currentAnswers(tx, id);
        to = stageAfterAgreement(content.concernedOrgIds, answers);
        if (to === 'commission')
          await notify(
            tx,
            await usersWithRoles(tx, { orgKind: 'interagency_commission' }, ['commission_member']),
            'project.commission_requested',
            ref(project, orgName),
          );
        if (to === 'approval')
          await notify(tx, await inBody(['deputy_head']), 'project.plan_submitted', ref(project, orgName));
        break;
      }
      case 'commission_agree':
      case 'commission_reject': {
        if (!input.protocolNumber?.trim()) throw required('protocolNumber');
        if (!input.protocolDate) throw required('protocolDate');
        if (action === 'commission_reject' && !reason) throw required('reason');
        await appendAudit(
          tx,
          deps.audit,
          { type: 'project', id },
          {
            type: 'project.commission_decided',
            data: {
              decision: action === 'commission_agree' ? 'agreed' : 'rejected',
              protocolNumber: input.protocolNumber.trim(),
              protocolDate: input.protocolDate,
              reason,
            },
          },
        );
        await notify(
          tx,
          await inBody(['dt_office', 'deputy_head']),
          action === 'commission_agree' ? 'project.commission_agreed' : 'project.commission_rejected',
          { ...ref(project, orgName), reason },
        );
        break;
      }
      case 'approve_plan': {
        const cal = await loadCalendar(tx);
        const approvedOn = today(deps);
        const term = deadline(cal, approvedOn, RESULTS_PUBLICATION_DAYS); // R.37
        changes.approvedOn = approvedOn;
        changes.approvedBy = deps.actor.userId;
        changes.publicationDue = term.due;
        await scheduleDeadline(
          tx,
          deps.boss,
          cal,
          { term: 'results_publication', projectId: id, due: term.due },
          deps.now,
        );
        await notify(tx, await inBody(['dt_office']), 'project.plan_approved', {
          ...ref(project, orgName),
          due: term.due,
        });
        break;
      }
      case 'return_plan':
        if (!reason) throw required('reason');
        await notify(tx, await inBody(['dt_office']), 'project.plan_returned', {
          ...ref(project, orgName),
          reason,
        });
        break;
      case 'publish_results': {
        changes.publishedOn = today(deps);
        for (const p of await projectProcessRows(tx, id))
          await updateProcess(tx, p.id, { status: 'reengineered' });
        break;
      }
      default:
        throw new AppError('project.not_allowed_in_stage', { stage: from, action });
    }
    const row = await updateProject(tx, id, { ...changes, stage: to, revision: project.revision + 1 });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'project', id },
      { type: 'project.stage_changed', data: { action, from, to, ...(reason ? { reason } : {}) } },
    );
    return { ...row, reengineeringStatus: reengineeringStatusOf(to) };
  });
}

/**
 * The concerned bodies' answers to the current submission (R.37): the audit trail holds them;
 * a new submission of the plan starts a new round.
 */
export async function currentAnswers(tx: Tx | Deps['db'], projectId: string) {
  const events = await projectEvents(tx, projectId, ['project.stage_changed', 'project.target_answered']);
  const answers = new Map<string, 'agree' | 'disagree'>();
  for (const e of events) {
    const data = e.data as { action?: string; answer?: 'agree' | 'disagree' };
    if (e.type === 'project.stage_changed' && data.action === 'submit_plan') answers.clear();
    if (e.type === 'project.target_answered' && e.orgId && data.answer) answers.set(e.orgId, data.answer);
  }
  return answers;
}

/** The Commission's decision on the current submission, if any. */
export async function currentCommissionDecision(tx: Tx | Deps['db'], projectId: string) {
  const events = await projectEvents(tx, projectId, ['project.stage_changed', 'project.commission_decided']);
  let decision: { data: Record<string, string>; at: Date } | null = null;
  for (const e of events) {
    const data = e.data as Record<string, string>;
    if (e.type === 'project.stage_changed' && data.action === 'submit_plan') decision = null;
    if (e.type === 'project.commission_decided') decision = { data, at: e.at };
  }
  return decision;
}

/** Magic numbers of the protocol file types (a renamed file is refused). */
function looksLike(type: string, bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8);
  if (type === 'application/pdf') return head.subarray(0, 5).toString('latin1') === '%PDF-';
  if (type === 'image/png') return head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (type === 'image/jpeg') return head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  // DOCX is a ZIP container.
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * R.33–R.34: a request to replace or extend the reengineering deadline on ground 1 or 2, resting
 * on the team's protocol signed by its leader; the file is stored with its SHA-256.
 */
export async function requestDeadlineChange(
  deps: ProjectDeps,
  id: string,
  body: z.infer<typeof DeadlineChangeBody>,
) {
  const bytes = Buffer.from(body.file.contentBase64, 'base64');
  if (bytes.length > PROTOCOL_MAX_BYTES)
    throw new AppError('deadline_change.file_too_large', { limit: PROTOCOL_MAX_BYTES });
  if (bytes.length === 0 || !looksLike(body.file.type, bytes))
    throw new AppError('deadline_change.file_invalid', { type: body.file.type });
  return deps.db.transaction(async (tx) => {
    const project = await loadFor(tx, deps, id, 'request_deadline_change');
    const leader = teamLeader(contentOf(project).team);
    if (!leader?.fullName.trim()) throw new AppError('deadline_change.leader_missing');
    if (body.newDue === project.reengineeringDue)
      throw new AppError('validation.failed', {
        issues: [{ path: ['body', 'newDue'], rule: 'same_deadline' }],
      });
    const row = await insertDeadlineChange(tx, {
      projectId: id,
      ground: body.ground,
      reasons: body.reasons,
      previousDue: project.reengineeringDue,
      newDue: body.newDue,
      protocolNumber: body.protocolNumber,
      protocolDate: body.protocolDate,
      signedBy: leader.fullName.trim(),
      fileName: body.file.name,
      fileType: body.file.type,
      fileSha256: createHash('sha256').update(bytes).digest('hex'),
      file: bytes,
      requestedBy: deps.actor.userId,
    });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'project', id },
      {
        type: 'project.deadline_change_requested',
        data: {
          changeId: row.id,
          ground: body.ground,
          previousDue: project.reengineeringDue,
          newDue: body.newDue,
          protocolNumber: body.protocolNumber,
        },
      },
    );
    await notify(
      tx,
      await usersWithRoles(tx, { orgId: project.orgId }, ['deputy_head']),
      'project.deadline_change_requested',
      { ...ref(project), due: body.newDue },
    );
    return row;
  });
}

/** The deputy head decides; an approved change moves the deadline (and the history shows both dates). */
export async function decideDeadlineChange(
  deps: ProjectDeps,
  id: string,
  changeId: string,
  decision: 'approve' | 'reject',
  reason: string,
) {
  return deps.db.transaction(async (tx) => {
    const project = await loadFor(tx, deps, id, 'decide_deadline_change');
    const change = await lockDeadlineChange(tx, id, changeId);
    if (!change) throw new AppError('not_found');
    if (change.status !== 'pending') throw new AppError('deadline_change.already_decided');
    if (decision === 'reject' && !reason.trim()) throw required('reason');
    const status = decision === 'approve' ? 'approved' : 'rejected';
    await updateDeadlineChange(tx, changeId, {
      status,
      decisionReason: reason.trim() || null,
      decidedBy: deps.actor.userId,
      decidedAt: deps.now,
    });
    if (status === 'approved')
      await updateProject(tx, id, { reengineeringDue: change.newDue, revision: project.revision + 1 });
    await appendAudit(
      tx,
      deps.audit,
      { type: 'project', id },
      {
        type: 'project.deadline_change_decided',
        data: {
          changeId,
          decision: status,
          previousDue: project.reengineeringDue,
          newDue: change.newDue,
          reason: reason.trim(),
        },
      },
    );
    await notify(
      tx,
      await usersWithRoles(tx, { orgId: project.orgId }, ['dt_office']),
      'project.deadline_change_decided',
      { ...ref(project), due: status === 'approved' ? change.newDue : project.reengineeringDue, reason },
    );
    return { status, reengineeringDue: status === 'approved' ? change.newDue : project.reengineeringDue };
  });
}
