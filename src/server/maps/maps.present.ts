import type { OrganisationOut } from '../../api/common.ts';
import type { MapSummaryOut, VersionAction, VersionOut } from '../../api/maps.ts';
import { policy, type SectionKind } from '../../domain/auth/policy.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { parseSectionKey, readSection } from '../../domain/map/map.sections.ts';
import { validateMap } from '../../domain/map/map.validate.ts';
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

export function presentVersion(
  found: { map: MapRow; org: OrgRow },
  version: VersionRow,
  actor: Actor,
  updatedByName: string | null,
): VersionOut {
  const subject = { orgId: found.map.orgId, status: version.status };
  const editableSections = (['passport', 'sector', 'attachments'] as SectionKind[]).filter((k) =>
    policy.editSection(actor, subject, k),
  );
  const allowedActions: VersionAction[] = ['export_json'];
  if (editableSections.length) allowedActions.unshift('edit');
  return {
    map: { id: found.map.id, organisation: presentOrg(found.org), periodFrom: found.map.periodFrom },
    version: {
      id: version.id,
      number: version.number,
      status: version.status,
      revision: version.revision,
      sectionRevisions: liveSectionRevisions(version),
      updatedAt: version.updatedAt.toISOString(),
      updatedBy: updatedByName,
    },
    document: version.content,
    findings: validateMap(version.content),
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
