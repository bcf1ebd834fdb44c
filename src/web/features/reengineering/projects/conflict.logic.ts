import type { AsIs, ProjectContent, TeamMember } from '../../../../domain/reengineering/project.schema.ts';
import type { Message } from './project.logic.ts';
import type { TeamValue } from './team.logic.ts';

/**
 * A stale save of a part (409 project.part_conflict): both versions summarised field by field, so
 * the user sees what the other person wrote before keeping hers or taking theirs.
 */

export type PlanValue = Pick<ProjectContent, 'justification' | 'actionPlan' | 'concernedOrgIds'>;

export interface ConflictRow {
  /** The field's label: a `reeng` catalog key. */
  label: string;
  mine: string;
  theirs: string;
  differs: boolean;
}

export interface SummaryContext {
  roleName: (role: TeamMember['role']) => string;
  orgName: (id: string | null) => string;
  legalActName: (id: string) => string;
  /** «3 rows», «no rows». */
  count: (n: number) => string;
  date: (iso: string | null) => string;
}

const clip = (s: string, max = 240) => {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const lines = (xs: string[]) => xs.filter(Boolean).join('\n');

const TEAM_FIELDS: [string, (v: TeamValue, c: SummaryContext) => string][] = [
  [
    'project.team.members',
    (v, c) =>
      lines(
        v.team.map(
          (m) =>
            `${c.roleName(m.role)}: ${[m.fullName.trim() || '—', m.position.trim()].filter(Boolean).join(', ')}${
              m.orgId ? ` (${c.orgName(m.orgId)})` : ''
            }`,
        ),
      ),
  ],
  [
    'project.team.protocol',
    (v, c) => [v.teamProtocol.number.trim(), c.date(v.teamProtocol.date)].filter(Boolean).join(' · '),
  ],
];

const AS_IS_FIELDS: [string, (v: AsIs, c: SummaryContext) => string][] = [
  ['project.asIs.part1', (v, c) => lines(v.legalActIds.map(c.legalActName))],
  ['project.asIs.otherDocuments', (v) => clip(v.otherDocuments)],
  ['project.asIs.part2', (v) => lines(v.stakeholders.map((s) => clip(`${s.name}: ${s.touchpoints}`, 120)))],
  ['project.asIs.part3', (v, c) => c.count(v.stepData.filter((d) => d.data.trim()).length)],
  ['project.asIs.part4', (v) => lines(v.problems.map((p) => clip(p.text, 120)))],
  [
    'project.asIs.interviews',
    (v) => lines(v.interviews.map((i) => clip(`${i.interviewee}: ${i.summary}`, 120))),
  ],
  [
    'project.asIs.journey',
    (v, c) => [clip(v.journey.persona, 120), c.count(v.journey.stages.length)].join(' · '),
  ],
];

const PLAN_FIELDS: [string, (v: PlanValue, c: SummaryContext) => string][] = [
  ['project.justification.text', (v) => clip(v.justification, 400)],
  [
    'project.plan.items',
    (v, c) =>
      lines(
        v.actionPlan.map((i) => clip(`${i.action} — ${i.responsible || '—'}, ${c.date(i.due) || '—'}`, 160)),
      ),
  ],
  ['project.plan.concerned', (v, c) => lines(v.concernedOrgIds.map((id) => c.orgName(id)))],
];

function rows<T>(
  fields: [string, (v: T, c: SummaryContext) => string][],
  mine: T,
  theirs: T,
  ctx: SummaryContext,
) {
  return fields.map(([label, text]) => {
    const a = text(mine, ctx);
    const b = text(theirs, ctx);
    return { label, mine: a, theirs: b, differs: a !== b };
  });
}

export const teamConflictRows = (mine: TeamValue, theirs: TeamValue, ctx: SummaryContext): ConflictRow[] =>
  rows(TEAM_FIELDS, mine, theirs, ctx);
export const asIsConflictRows = (mine: AsIs, theirs: AsIs, ctx: SummaryContext): ConflictRow[] =>
  rows(AS_IS_FIELDS, mine, theirs, ctx);
export const planConflictRows = (mine: PlanValue, theirs: PlanValue, ctx: SummaryContext): ConflictRow[] =>
  rows(PLAN_FIELDS, mine, theirs, ctx);

/** The title of the conflict dialog of a part. */
export const conflictTitle = (part: 'team' | 'asIs' | 'plan'): Message => ({
  key: 'project.conflict.title',
  params: { part: `project.part.${part}` },
});
