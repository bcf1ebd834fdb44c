import type { OrgKind } from '../auth/roles.ts';
import type { TeamMember, TeamRole } from './project.schema.ts';

/**
 * The project team's composition (R.31), checked before the team is confirmed by protocol (R.30).
 * Each problem names the rule it breaks and, where one member is at fault, that member.
 */
export const TEAM_PROBLEMS = [
  'team.leader_missing',
  'team.leader_multiple',
  'team.leader_not_owner',
  'team.owner_staff_missing',
  'team.owner_role_not_owner',
  'team.architect_missing',
  'team.analyst_missing',
  'team.center_role_not_center',
  'team.member_name_missing',
  'team.member_org_missing',
  'team.member_duplicate',
  'team.protocol_missing',
] as const;
export type TeamProblemCode = (typeof TEAM_PROBLEMS)[number];

export interface TeamProblem {
  code: TeamProblemCode;
  /** The member at fault, when one is. */
  memberId?: string;
  /** The point of R.31 the rule comes from. */
  point: string;
}

/** Roles taken by representatives of the process owner (R.31.1). */
export const OWNER_ROLES: readonly TeamRole[] = ['leader', 'owner_staff', 'owner_expert'];
/** Roles taken by representatives of the Center (R.31.2). */
export const CENTER_ROLES: readonly TeamRole[] = ['it_architect', 'business_analyst'];

export interface TeamContext {
  /** The process owner — the state body whose project it is. */
  ownerOrgId: string;
  /** The kind of each organisation a member may name (unknown ids are reported as missing). */
  orgKinds: ReadonlyMap<string, OrgKind>;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/** Every composition problem of a team; an empty list means the team may be confirmed. */
export function teamProblems(
  team: readonly TeamMember[],
  ctx: TeamContext,
  protocol?: { number: string; date: string | null },
): TeamProblem[] {
  const problems: TeamProblem[] = [];
  const leaders = team.filter((m) => m.role === 'leader');
  if (leaders.length === 0) problems.push({ code: 'team.leader_missing', point: 'R.31.1' });
  if (leaders.length > 1)
    for (const m of leaders.slice(1))
      problems.push({ code: 'team.leader_multiple', memberId: m.id, point: 'R.31.1' });
  const ownerStaff = team.filter((m) => m.role === 'owner_staff' && m.orgId === ctx.ownerOrgId);
  if (ownerStaff.length === 0) problems.push({ code: 'team.owner_staff_missing', point: 'R.31.1' });
  const fromCenter = (m: TeamMember) => m.orgId !== null && ctx.orgKinds.get(m.orgId) === 'support_center';
  if (!team.some((m) => m.role === 'it_architect' && fromCenter(m)))
    problems.push({ code: 'team.architect_missing', point: 'R.31.2' });
  if (!team.some((m) => m.role === 'business_analyst' && fromCenter(m)))
    problems.push({ code: 'team.analyst_missing', point: 'R.31.2' });

  const seen = new Set<string>();
  for (const m of team) {
    if (m.fullName.trim() === '')
      problems.push({ code: 'team.member_name_missing', memberId: m.id, point: 'R.31' });
    else {
      const key = `${norm(m.fullName)}|${m.role}`;
      if (seen.has(key)) problems.push({ code: 'team.member_duplicate', memberId: m.id, point: 'R.31' });
      seen.add(key);
    }
    const knownOrg = m.orgId !== null && ctx.orgKinds.has(m.orgId);
    if (m.role !== 'independent_expert' && !knownOrg)
      problems.push({ code: 'team.member_org_missing', memberId: m.id, point: 'R.31' });
    else if (OWNER_ROLES.includes(m.role) && m.orgId !== ctx.ownerOrgId)
      problems.push({
        code: m.role === 'leader' ? 'team.leader_not_owner' : 'team.owner_role_not_owner',
        memberId: m.id,
        point: 'R.31.1',
      });
    else if (CENTER_ROLES.includes(m.role) && !fromCenter(m))
      problems.push({ code: 'team.center_role_not_center', memberId: m.id, point: 'R.31.2' });
  }
  if (protocol && (protocol.number.trim() === '' || !protocol.date))
    problems.push({ code: 'team.protocol_missing', point: 'R.30' });
  return problems;
}

/** The team leader (the one who signs the team's protocols, R.34), if there is exactly one. */
export function teamLeader(team: readonly TeamMember[]): TeamMember | null {
  const leaders = team.filter((m) => m.role === 'leader');
  return leaders.length === 1 ? (leaders[0] ?? null) : null;
}
