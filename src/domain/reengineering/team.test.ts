import { describe, expect, it } from 'vitest';
import type { OrgKind } from '../auth/roles.ts';
import { type TeamMember, TeamMemberSchema } from './project.schema.ts';
import { teamLeader, teamProblems } from './team.ts';

const OWNER = '00000000-0000-4000-8000-000000000001';
const CENTER = '00000000-0000-4000-8000-000000000002';
const OTHER = '00000000-0000-4000-8000-000000000003';
const orgKinds = new Map<string, OrgKind>([
  [OWNER, 'central_state_body'],
  [CENTER, 'support_center'],
  [OTHER, 'central_state_body'],
]);
const ctx = { ownerOrgId: OWNER, orgKinds };

let n = 0;
const member = (role: TeamMember['role'], orgId: string | null, fullName = `Person ${++n}`) =>
  TeamMemberSchema.parse({ id: `m${++n}`, role, orgId, fullName, position: 'Head of unit' });

const validTeam = () => [
  member('leader', OWNER, 'Әсемов Ерлан'),
  member('owner_staff', OWNER, 'Иванова Анна'),
  member('it_architect', CENTER, 'Серіков Дәурен'),
  member('business_analyst', CENTER, 'Ким Ольга'),
];
const codes = (team: TeamMember[], protocol?: { number: string; date: string | null }) =>
  teamProblems(team, ctx, protocol).map((p) => p.code);

describe('team composition (R.31)', () => {
  it('accepts a leader and staff of the owner with the Center architect and analyst', () => {
    expect(teamProblems(validTeam(), ctx)).toEqual([]);
  });

  it('accepts the optional members of R.31.3, an independent expert without an organisation', () => {
    const team = [
      ...validTeam(),
      member('stakeholder', OTHER),
      member('independent_expert', null),
      member('quality_body', OTHER),
      member('owner_expert', OWNER),
    ];
    expect(teamProblems(team, ctx)).toEqual([]);
  });

  it('refuses a team without the Center architect, naming R.31.2', () => {
    const team = validTeam().filter((m) => m.role !== 'it_architect');
    const problems = teamProblems(team, ctx);
    expect(problems).toEqual([{ code: 'team.architect_missing', point: 'R.31.2' }]);
  });

  it('refuses an architect or analyst who is not from the Center', () => {
    const team = validTeam().map((m) => (m.role === 'business_analyst' ? { ...m, orgId: OWNER } : m));
    expect(codes(team)).toEqual(['team.analyst_missing', 'team.center_role_not_center']);
  });

  it('needs exactly one leader, from the owner', () => {
    expect(codes(validTeam().filter((m) => m.role !== 'leader'))).toEqual(['team.leader_missing']);
    const two = [...validTeam(), member('leader', OWNER)];
    expect(codes(two)).toEqual(['team.leader_multiple']);
    const foreign = validTeam().map((m) => (m.role === 'leader' ? { ...m, orgId: OTHER } : m));
    expect(codes(foreign)).toEqual(['team.leader_not_owner']);
  });

  it('needs staff of the owner, and owner roles held by the owner', () => {
    expect(codes(validTeam().filter((m) => m.role !== 'owner_staff'))).toEqual(['team.owner_staff_missing']);
    const expert = [...validTeam(), member('owner_expert', OTHER)];
    expect(codes(expert)).toEqual(['team.owner_role_not_owner']);
  });

  it('reports nameless, organisation-less and repeated members by id', () => {
    const nameless = member('stakeholder', OTHER, '  ');
    const orgless = member('stakeholder', null);
    const team = validTeam();
    const twin = { ...team[1], id: 'twin', fullName: ' иванова  анна ' } as TeamMember;
    const problems = teamProblems([...team, nameless, orgless, twin], ctx);
    expect(problems).toEqual([
      { code: 'team.member_name_missing', memberId: nameless.id, point: 'R.31' },
      { code: 'team.member_org_missing', memberId: orgless.id, point: 'R.31' },
      { code: 'team.member_duplicate', memberId: 'twin', point: 'R.31' },
    ]);
  });

  it('checks the protocol when one is given (R.30)', () => {
    expect(codes(validTeam(), { number: '', date: '2026-11-20' })).toEqual(['team.protocol_missing']);
    expect(codes(validTeam(), { number: '1', date: null })).toEqual(['team.protocol_missing']);
    expect(codes(validTeam(), { number: '1', date: '2026-11-20' })).toEqual([]);
  });

  it('names the leader who signs protocols only when there is exactly one', () => {
    expect(teamLeader(validTeam())?.fullName).toBe('Әсемов Ерлан');
    expect(teamLeader([...validTeam(), member('leader', OWNER)])).toBeNull();
  });
});
