import type { ProjectOut, ProjectSummaryOut } from '../../api/reengineering.ts';
import type { Actor, OrgKind } from '../../domain/auth/roles.ts';
import { findRepeatedRequests, type RegistryDataObject } from '../../domain/bpmn/bpmn.repeated-data.ts';
import { type Calendar, workingDaysLeft } from '../../domain/calendar/calendar.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import type { MapDocument } from '../../domain/map/map.schema.ts';
import { asIsChecklist, planMissing } from '../../domain/reengineering/project.checklist.ts';
import { rCellProgress, reengineeringQuarters } from '../../domain/reengineering/project.progress.ts';
import {
  allowedProjectActions,
  type ProjectStage,
  reengineeringStatusOf,
  type VariantKind,
} from '../../domain/reengineering/project.workflow.ts';
import { teamProblems } from '../../domain/reengineering/team.ts';
import { loadCalendar } from '../calendar/calendar.queries.ts';
import type { Db } from '../db/connect.ts';
import { presentOrg } from '../maps/maps.present.ts';
import { findVersionById, type OrgRow } from '../maps/maps.queries.ts';
import {
  contentOf,
  currentAnswers,
  currentCommissionDecision,
  processModels,
  subjectOf,
} from './projects.actions.ts';
import {
  currentVariants,
  listDeadlineChanges,
  modelOf,
  orgKinds,
  orgsByIds,
  type ProjectRow,
  projectEvents,
  projectProcessRows,
  registryDataObjects,
  type VariantRow,
} from './projects.queries.ts';

/** The list row of a project, with the term that is pending now and the working days left. */
export function presentSummary(p: ProjectRow, org: OrgRow, cal: Calendar, now: Date): ProjectSummaryOut {
  const today = almatyDate(now).date;
  const pending =
    p.stage === 'team'
      ? { term: 'team' as const, due: p.teamDue }
      : p.stage === 'approved' && p.publicationDue
        ? { term: 'publication' as const, due: p.publicationDue }
        : null;
  return {
    id: p.id,
    org: presentOrg(org),
    mapId: p.mapId,
    caseId: p.caseId,
    caseName: p.caseName,
    stage: p.stage as ProjectStage,
    reengineeringStatus: reengineeringStatusOf(p.stage as ProjectStage),
    openedOn: p.openedOn,
    teamDue: p.teamDue,
    teamFormedOn: p.teamFormedOn,
    reengineeringDue: p.reengineeringDue,
    publicationDue: p.publicationDue,
    publishedOn: p.publishedOn,
    pendingTerm: pending ? { ...pending, daysLeft: workingDaysLeft(cal, today, pending.due) } : null,
  };
}

export const repeatedIn = (v: VariantRow, registry: readonly RegistryDataObject[]) =>
  findRepeatedRequests(modelOf(v), registry);

export function presentVariantInfo(v: VariantRow, registry: readonly RegistryDataObject[]) {
  return {
    kind: v.kind as VariantKind,
    revision: v.revision,
    updatedAt: v.createdAt.toISOString(),
    metrics: v.metrics as ProjectOut['processes'][number]['variants'][number]['metrics'],
    repeatedData: repeatedIn(v, registry).length,
  };
}

/** Everything the project page shows, computed for the actor. */
export async function presentProject(
  db: Db,
  p: ProjectRow,
  org: OrgRow,
  actor: Actor,
  now: Date,
): Promise<ProjectOut> {
  const cal = await loadCalendar(db);
  const content = contentOf(p);
  const processes = await projectProcessRows(db, p.id);
  const variants = await currentVariants(
    db,
    processes.map((x) => x.id),
  );
  const registry = await registryDataObjects(db);
  const models = await processModels(db, p.id);
  const kinds = (await orgKinds(db)) as Map<string, OrgKind>;
  const answers = await currentAnswers(db, p.id);
  const answerEvents = await projectEvents(db, p.id, ['project.target_answered']);
  const concerned = await orgsByIds(db, content.concernedOrgIds);
  const decision = await currentCommissionDecision(db, p.id);
  const version = await findVersionById(db, p.versionId);
  const doc = version?.content as MapDocument | undefined;
  const theCase = doc?.sectors.flatMap((s) => s.cases).find((c) => c.id === p.caseId);
  const periodFrom = doc?.passport.period.from ?? 2025;
  const quarters = theCase ? reengineeringQuarters(theCase) : [];
  const today = almatyDate(now).date;
  return {
    ...presentSummary(p, org, cal, now),
    revision: p.revision,
    partRevisions: p.partRevisions,
    content,
    processes: processes.map((proc) => ({
      id: proc.id,
      name: proc.name,
      variants: variants.filter((v) => v.processId === proc.id).map((v) => presentVariantInfo(v, registry)),
      asIsSteps: models.find((m) => m.processId === proc.id)?.asIsSteps ?? null,
    })),
    checklist: asIsChecklist(content, models),
    planMissing: planMissing(content, models),
    teamProblems: teamProblems(content.team, { ownerOrgId: p.orgId, orgKinds: kinds }, content.teamProtocol),
    agreements: content.concernedOrgIds.map((orgId) => {
      const o = concerned.find((c) => c.id === orgId);
      const last = [...answerEvents].reverse().find((e) => e.orgId === orgId);
      const answer = answers.get(orgId) ?? null;
      return {
        org: o ? presentOrg(o) : { id: orgId, code: '', kind: '', name: { kk: '', ru: '' } },
        answer,
        reason: answer && last ? ((last.data as { reason?: string }).reason ?? null) : null,
        at: answer && last ? last.at.toISOString() : null,
      };
    }),
    commissionDecision: decision
      ? {
          decision: decision.data.decision as 'agreed' | 'rejected',
          protocolNumber: decision.data.protocolNumber ?? '',
          protocolDate: decision.data.protocolDate ?? '',
          reason: decision.data.reason ?? '',
          at: decision.at.toISOString(),
        }
      : null,
    deadlineChanges: (await listDeadlineChanges(db, p.id)).map((c) => ({
      id: c.id,
      ground: c.ground,
      reasons: c.reasons,
      previousDue: c.previousDue,
      newDue: c.newDue,
      protocolNumber: c.protocolNumber,
      protocolDate: c.protocolDate,
      signedBy: c.signedBy,
      fileName: c.fileName,
      fileType: c.fileType,
      fileSha256: c.fileSha256,
      status: c.status as 'pending' | 'approved' | 'rejected',
      decisionReason: c.decisionReason,
      requestedAt: c.requestedAt.toISOString(),
      decidedAt: c.decidedAt?.toISOString() ?? null,
    })),
    allowedActions: allowedProjectActions(actor, subjectOf(p)),
    cells: rCellProgress(
      { from: periodFrom },
      quarters,
      { stage: p.stage as ProjectStage, reengineeringDue: p.reengineeringDue },
      today,
    ),
    periodFrom,
    approvedOn: p.approvedOn,
  };
}
