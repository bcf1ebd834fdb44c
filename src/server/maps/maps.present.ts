import type { OrganisationOut } from '../../api/common.ts';
import type { DeadlineInfo, MapSummaryOut, VersionAction, VersionOut } from '../../api/maps.ts';
import { policy, type SectionKind } from '../../domain/auth/policy.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { type Calendar, isOverdue, TERMS, workingDaysLeft } from '../../domain/calendar/calendar.ts';
import { almatyDate } from '../../domain/calendar/local-time.ts';
import { parseSectionKey, readSection } from '../../domain/map/map.sections.ts';
import { validateMap } from '../../domain/map/map.validate.ts';
import { type MapStatus, allowedActions as workflowActions } from '../../domain/workflow/workflow.ts';
import type { MapRow, OrgRow, VersionRow } from './maps.queries.ts';

export const presentOrg = (org: OrgRow): OrganisationOut => ({
  id: org.id,
  code: org.code,
  kind: org.kind,
  name: org.name,
});

/** Section revisions as the client needs them: only sections that exist, 1 when never rewritten. */
function liveSectionRevisions(version: VersionRow): Record<string, number> {
  const out: Record<string, number> = {};
  const keys = ['passport', 'attachments', ...version.content.sectors.map((s) => `sector:${s.id}`)];
  for (const key of keys) {
    const ref = parseSectionKey(key);
    if (ref && readSection(version.content, ref) !== undefined) out[key] = version.sectionRevisions[key] ?? 1;
  }
  return out;
}

/** The deadlines of the Rules that apply to a version, with today's countdown (R.23, R.24). */
export function versionDeadlines(version: VersionRow, cal: Calendar, today: string): DeadlineInfo[] {
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

export function presentVersion(
  found: { map: MapRow; org: OrgRow },
  version: VersionRow,
  actor: Actor,
  ctx: { updatedByName: string | null; basedOnNumber: number | null; calendar: Calendar; today: string },
): VersionOut {
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
      sectionRevisions: liveSectionRevisions(version),
      updatedAt: version.updatedAt.toISOString(),
      updatedBy: ctx.updatedByName,
    },
    document: version.content,
    findings: validateMap(version.content),
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

export function presentSummary(row: { map: MapRow; org: OrgRow; version: VersionRow }): MapSummaryOut {
  const findings = validateMap(row.version.content);
  return {
    id: row.map.id,
    organisation: presentOrg(row.org),
    periodFrom: row.map.periodFrom,
    title: row.version.content.passport.title,
    latestVersion: {
      number: row.version.number,
      status: row.version.status,
      updatedAt: row.version.updatedAt.toISOString(),
      blockingCount: findings.filter((f) => f.severity === 'blocking').length,
      warningCount: findings.filter((f) => f.severity === 'warning').length,
    },
  };
}
