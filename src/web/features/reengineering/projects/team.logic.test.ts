import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../../../domain/reengineering/project.schema.ts';
import {
  liveTeamProblems,
  membersByRole,
  newMember,
  newRowId,
  nextRole,
  roleGroup,
  splitProblems,
  teamPayload,
  teamValueOf,
  withRole,
} from './team.logic.ts';

const OWNER = '11111111-1111-4111-8111-111111111111';
const CENTER = '22222222-2222-4222-8222-222222222222';
const orgs = [
  { id: OWNER, kind: 'central_state_body' },
  { id: CENTER, kind: 'support_center' },
];
const m = (id: string, role: TeamMember['role'], fullName: string, orgId: string | null): TeamMember => ({
  id,
  role,
  fullName,
  position: '',
  orgId,
});

describe('team rows and payload', () => {
  it('new rows get safe ids and the owner organisation for owner roles', () => {
    expect(newRowId()).toMatch(/^[A-Za-z0-9_-]{2,64}$/);
    expect(newMember('leader', OWNER, 'a')).toEqual({
      id: 'a',
      role: 'leader',
      fullName: '',
      position: '',
      orgId: OWNER,
    });
    expect(newMember('it_architect', OWNER, 'b').orgId).toBeNull();
  });

  it('suggests the missing roles in the order R.31 needs them', () => {
    expect(nextRole([])).toBe('leader');
    expect(nextRole([m('1', 'leader', 'A', OWNER)])).toBe('owner_staff');
    expect(nextRole([m('1', 'leader', 'A', OWNER), m('2', 'owner_staff', 'B', OWNER)])).toBe('it_architect');
  });

  it('a role change keeps the row and gives an owner role the owner when no organisation is set', () => {
    expect(withRole(m('1', 'independent_expert', 'A', null), 'owner_expert', OWNER).orgId).toBe(OWNER);
    expect(withRole(m('1', 'it_architect', 'A', CENTER), 'leader', OWNER).orgId).toBe(CENTER);
  });

  it('trims names, positions and the protocol number; a blank date or organisation is null', () => {
    expect(
      teamPayload({
        team: [{ id: '1', role: 'leader', fullName: '  Ахметов Ерлан ', position: ' директор ', orgId: '' }],
        teamProtocol: { number: ' 12 ', date: '' },
      }),
    ).toEqual({
      team: [{ id: '1', role: 'leader', fullName: 'Ахметов Ерлан', position: 'директор', orgId: null }],
      teamProtocol: { number: '12', date: null },
    });
    const content = {
      team: [m('1', 'leader', 'A', OWNER)],
      teamProtocol: { number: '1', date: '2026-03-10' },
    };
    const copy = teamValueOf(content);
    expect(copy).toEqual(content);
    expect(copy.team[0]).not.toBe(content.team[0]);
  });
});

describe('live composition problems (R.31)', () => {
  it('names what is missing and which member is at fault', () => {
    const problems = liveTeamProblems(
      {
        team: [m('1', 'leader', 'Ахметов', OWNER), m('2', 'it_architect', 'Иванов', OWNER)],
        teamProtocol: { number: '', date: null },
      },
      OWNER,
      orgs,
    );
    const codes = problems.map((p) => p.code);
    expect(codes).toContain('team.owner_staff_missing');
    expect(codes).toContain('team.architect_missing');
    expect(codes).toContain('team.analyst_missing');
    expect(codes).toContain('team.protocol_missing');
    const split = splitProblems(problems);
    expect(split.byMember.get('2')?.map((p) => p.code)).toEqual(['team.center_role_not_center']);
    expect(split.team.every((p) => !p.memberId)).toBe(true);
  });

  it('a complete team has no problems', () => {
    expect(
      liveTeamProblems(
        {
          team: [
            m('1', 'leader', 'Ахметов', OWNER),
            m('2', 'owner_staff', 'Сейітова', OWNER),
            m('3', 'it_architect', 'Иванов', CENTER),
            m('4', 'business_analyst', 'Петрова', CENTER),
          ],
          teamProtocol: { number: '1', date: '2026-03-10' },
        },
        OWNER,
        orgs,
      ),
    ).toEqual([]);
  });
});

describe('the protocol', () => {
  it('groups members by role in the order of R.31 and names the group of each role', () => {
    const groups = membersByRole([
      m('3', 'it_architect', 'Иванов', CENTER),
      m('1', 'leader', 'Ахметов', OWNER),
      m('2', 'owner_staff', 'Сейітова', OWNER),
      m('4', 'owner_staff', 'Омаров', OWNER),
    ]);
    expect(groups.map((g) => [g.role, g.members.map((x) => x.id)])).toEqual([
      ['leader', ['1']],
      ['owner_staff', ['2', '4']],
      ['it_architect', ['3']],
    ]);
    expect(roleGroup('owner_expert')).toBe('31.1');
    expect(roleGroup('business_analyst')).toBe('31.2');
    expect(roleGroup('quality_body')).toBe('31.3');
  });
});
