import type { OrganisationOut } from '../../api/common.ts';
import type { DeadlineInfo, MapSummaryOut, VersionAction, VersionOut } from '../../api/maps.ts';
import { policy, type SectionKind } from '../../domain/auth/policy.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { type Calendar, isOverdue, TERMS, workingDaysLeft } from '../../domain/calendar/calendar.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import type { Finding } from '../../domain/map/map.findings.ts';
import { type MapStatus, allowedActions as workflowActions } from '../../domain/workflow/workflow.ts';
import type { ListedMap, MapRow, OrgRow, VersionRow, VersionSummary } from './maps.queries.ts';
import { findingsOf } from './version.memo.ts';

export const presentOrg = (org: OrgRow): OrganisationOut => ({
  id: org.id,
  code: org.code,
  kind: org.kind,
  name: org.name,
});

/** Section revisions as the client needs them: only sections that exist, 1 when never rewritten. */
function liveSectionRevisions(
  sectionRevisions: Record<string, number>,
  sectorIds: readonly string[],
): Record<string, number> {
  // The passport and the attachments always exist (the schema gives them defaults); sectors come and go.
  const keys = ['passport', 'attachments', ...sectorIds.map((id) => `sector:${id}`)];
  return Object.fromEntries(keys.map((key) => [key, sectionRevisions[key] ?? 1]));
}

/** The deadlines of the Rules that apply to a version, with today's countdown (R.23, R.24). */
export function versionDeadlines(version: VersionSummary, cal: Calendar, today: string): DeadlineInfo[] {
  const out: DeadlineInfo[] = [];
  const info = (
    term: DeadlineInfo['term'],
    from: string,
    due: string,
    doneOn: string | null,
  ): DeadlineInfo => ({
    term,
    point: TERMS[term].point,
    workingDays: TERMS[term].workingDays,
    from,
    due,
    daysLeft: doneOn ? null : workingDaysLeft(cal, today, due),
    overdue: doneOn ? doneOn > due : isOverdue(today, due),
    doneOn,
    met: doneOn ? doneOn <= due : null,
  });
  if (version.receivedOn && version.reviewDue) {
    const decidedOn = version.decidedAt ? almatyDate(version.decidedAt).date : null;
    out.push(info('review', version.receivedOn, version.reviewDue, decidedOn));
  }
  if (version.approvedOn && version.publicationDue)
    out.push(info('publication', version.approvedOn, version.publicationDue, version.publishedOn));
  return out;
}

/** The context of a version's presentation besides the row: names, the base version, the calendar, today. */
export interface VersionContext {
  updatedByName: string | null;
  basedOnNumber: number | null;
  calendar: Calendar;
  today: string;
}

/** Everything the editor gets with a version but the document itself. */
export type VersionMetaOut = Omit<VersionOut, 'document'>;

/**
 * A version as the editor sees it, without its document: the route that reads a version splices
 * the stored document text into this (maps.routes.ts), the others add the parsed document.
 */
export function presentVersionMeta(
  found: { map: MapRow; org: OrgRow },
  version: VersionSummary,
  actor: Actor,
  ctx: VersionContext,
  content: { sectorIds: readonly string[]; findings: Finding[] },
): VersionMetaOut {
  const subject = { orgId: found.map.orgId, status: version.status };
  const editableSections = (['passport', 'sector', 'attachments'] as SectionKind[]).filter((k) =>
    policy.editSection(actor, subject, k),
  );
  const allowedActions: VersionAction[] = [
    ...workflowActions(actor, { orgId: found.map.orgId, status: version.status as MapStatus }),
    'export_json',
  ];
  return {
    map: { id: found.map.id, organisation: presentOrg(found.org), periodFrom: found.map.periodFrom },
    version: {
      id: version.id,
      number: version.number,
      status: version.status,
      revision: version.revision,
      sectionRevisions: liveSectionRevisions(version.sectionRevisions, content.sectorIds),
      updatedAt: version.updatedAt.toISOString(),
      updatedBy: ctx.updatedByName,
    },
    findings: content.findings,
    lifecycle: {
      basedOnNumber: ctx.basedOnNumber,
      amendmentGround: version.amendmentGround,
      amendmentJustification: version.amendmentJustification,
      submittedAt: version.submittedAt?.toISOString() ?? null,
      receivedOn: version.receivedOn,
      reviewDue: version.reviewDue,
      decision: (version.decision as 'agree' | 'return' | null) ?? null,
      decisionReason: version.decisionReason,
      decidedAt: version.decidedAt?.toISOString() ?? null,
      approvedOn: version.approvedOn,
      publicationDue: version.publicationDue,
      publishedOn: version.publishedOn,
    },
    deadlines: versionDeadlines(version, ctx.calendar, ctx.today),
    allowedActions,
    editableSections,
  };
}

/** A version with its document, as the editor sees it. */
export function presentVersion(
  found: { map: MapRow; org: OrgRow },
  version: VersionRow,
  actor: Actor,
  ctx: VersionContext,
): VersionOut {
  const meta = presentVersionMeta(found, version, actor, ctx, {
    sectorIds: version.content.sectors.map((s) => s.id),
    findings: findingsOf(version, version.content),
  });
  return { ...meta, document: version.content };
}

/** A map in the list, with the counts of its version's findings (from the memo, or checked once). */
export function presentSummary(row: ListedMap, findings: Finding[]): MapSummaryOut {
  return {
    id: row.map.id,
    organisation: presentOrg(row.org),
    periodFrom: row.map.periodFrom,
    title: row.title,
    latestVersion: {
      number: row.version.number,
      status: row.version.status,
      updatedAt: row.version.updatedAt.toISOString(),
      blockingCount: findings.filter((f) => f.severity === 'blocking').length,
      warningCount: findings.filter((f) => f.severity === 'warning').length,
    },
  };
}
