import type { OrganisationOut } from '../../../../api/common.ts';
import type { OrgKind } from '../../../../domain/auth/roles.ts';
import {
  TEAM_ROLES,
  type TeamMember,
  type TeamRole,
} from '../../../../domain/reengineering/project.schema.ts';
import { type TeamProblem, teamLeader, teamProblems } from '../../../../domain/reengineering/team.ts';

/**
 * The project team (R.30–R.31) in the editor: rows as the table edits them, the payload the
 * server takes, the live composition problems and the protocol's grouping by role.
 */

export interface TeamProtocol {
  number: string;
  date: string | null;
}

export interface TeamValue {
  team: TeamMember[];
  teamProtocol: TeamProtocol;
}

/** A random id for a new row: letters and digits only (ItemIdSchema), also over plain HTTP. */
export function newRowId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `r${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A blank member; the owner's roles default to the owner's organisation. */
export function newMember(role: TeamRole, ownerOrgId: string, id: string = newRowId()): TeamMember {
  const owner = role === 'leader' || role === 'owner_staff' || role === 'owner_expert';
  return { id, role, fullName: '', position: '', orgId: owner ? ownerOrgId : null };
}

/** The role a new row gets: the leader first, then the owner's staff, then the Center's two, then staff. */
export function nextRole(team: readonly TeamMember[]): TeamRole {
  const has = (r: TeamRole) => team.some((m) => m.role === r);
  if (!has('leader')) return 'leader';
  if (!has('owner_staff')) return 'owner_staff';
  if (!has('it_architect')) return 'it_architect';
  if (!has('business_analyst')) return 'business_analyst';
  return 'owner_staff';
}

/** Changing a member's role keeps the row; an owner role moves an unset organisation to the owner. */
export function withRole(m: TeamMember, role: TeamRole, ownerOrgId: string): TeamMember {
  const owner = role === 'leader' || role === 'owner_staff' || role === 'owner_expert';
  return { ...m, role, orgId: owner && m.orgId === null ? ownerOrgId : m.orgId };
}

/** What PUT …/parts/team takes: names and positions trimmed, the protocol number trimmed. */
export function teamPayload(v: TeamValue): TeamValue {
  return {
    team: v.team.map((m) => ({
      id: m.id,
      role: m.role,
      fullName: m.fullName.trim(),
      position: m.position.trim(),
      orgId: m.orgId || null,
    })),
    teamProtocol: { number: v.teamProtocol.number.trim(), date: v.teamProtocol.date || null },
  };
}

/** The team part of a project's content, as the editor holds it. */
export function teamValueOf(content: { team: TeamMember[]; teamProtocol: TeamProtocol }): TeamValue {
  return {
    team: content.team.map((m) => ({ ...m })),
    teamProtocol: { number: content.teamProtocol.number, date: content.teamProtocol.date },
  };
}

/** The composition problems of the team as it is being edited (the same rules the server applies). */
export function liveTeamProblems(
  v: TeamValue,
  ownerOrgId: string,
  orgs: readonly Pick<OrganisationOut, 'id' | 'kind'>[],
): TeamProblem[] {
  const orgKinds = new Map(orgs.map((o) => [o.id, o.kind as OrgKind]));
  return teamProblems(teamPayload(v).team, { ownerOrgId, orgKinds }, v.teamProtocol);
}

/** Problems of one member, and problems of the team as a whole. */
export function splitProblems(problems: readonly TeamProblem[]): {
  team: TeamProblem[];
  byMember: Map<string, TeamProblem[]>;
} {
  const byMember = new Map<string, TeamProblem[]>();
  const team: TeamProblem[] = [];
  for (const p of problems) {
    if (!p.memberId) team.push(p);
    else byMember.set(p.memberId, [...(byMember.get(p.memberId) ?? []), p]);
  }
  return { team, byMember };
}

/** The protocol's list: members grouped by role in the order of R.31, empty roles left out. */
export function membersByRole(team: readonly TeamMember[]): { role: TeamRole; members: TeamMember[] }[] {
  return TEAM_ROLES.map((role) => ({ role, members: team.filter((m) => m.role === role) })).filter(
    (g) => g.members.length > 0,
  );
}

/** The R.31 group a role belongs to: the owner (31.1), the Center (31.2), others (31.3). */
export function roleGroup(role: TeamRole): '31.1' | '31.2' | '31.3' {
  if (role === 'leader' || role === 'owner_staff' || role === 'owner_expert') return '31.1';
  if (role === 'it_architect' || role === 'business_analyst') return '31.2';
  return '31.3';
}

export { teamLeader };
