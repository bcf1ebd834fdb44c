import { describe, expect, it } from 'vitest';
import type { ProjectSummaryOut } from '../../../../api/reengineering.ts';
import {
  actionBody,
  actionButtons,
  actionNeeds,
  almatyToday,
  canEditModel,
  countdown,
  defaultTab,
  projectTerms,
  stageIndex,
  stageSteps,
  validateProjectSearch,
  validateProjectsSearch,
} from './project.logic.ts';

const summary = (over: Partial<ProjectSummaryOut> = {}): ProjectSummaryOut => ({
  id: '0b5b8a52-33d9-4a4b-9a44-7b1f0c0c4d11',
  org: { id: 'o', code: 'mo-healthcare', kind: 'central_state_body', name: { kk: 'ДСМ', ru: 'МЗ' } },
  mapId: 'm',
  caseId: 'c1',
  caseName: { kk: 'Кейс', ru: 'Кейс' },
  stage: 'team',
  reengineeringStatus: 'planned',
  openedOn: '2026-03-02',
  teamDue: '2026-03-17',
  teamFormedOn: null,
  reengineeringDue: '2026-12-31',
  publicationDue: null,
  publishedOn: null,
  pendingTerm: { term: 'team', due: '2026-03-17', daysLeft: 3 },
  ...over,
});

describe('the stage stepper', () => {
  it('marks the stages before the current one done and the rest upcoming', () => {
    expect(stageIndex('team')).toBe(0);
    expect(stageIndex('published')).toBe(7);
    expect(stageSteps('target', false).map((s) => s.state)).toEqual([
      'done',
      'done',
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
  });

  it('reads the Commission as skipped when the project passed without it, done when it went there', () => {
    expect(stageSteps('approval', false).find((s) => s.stage === 'commission')?.state).toBe('skipped');
    expect(stageSteps('approval', true).find((s) => s.stage === 'commission')?.state).toBe('done');
    expect(stageSteps('commission', false).find((s) => s.stage === 'commission')?.state).toBe('current');
  });
});

describe('terms and countdowns', () => {
  it('counts working days left, warns on the last two and the due day, turns red when late', () => {
    expect(countdown(5)).toEqual({ message: { key: 'project.dl.left', params: { count: 5 } }, tone: 'ok' });
    expect(countdown(2).tone).toBe('soon');
    expect(countdown(0)).toEqual({ message: { key: 'project.dl.today', params: {} }, tone: 'soon' });
    expect(countdown(-3)).toEqual({
      message: { key: 'project.dl.overdue', params: { count: 3 } },
      tone: 'late',
    });
  });

  it('shows the pending team term with its countdown and the reengineering deadline', () => {
    const [team, publication, deadline] = projectTerms(summary(), '2026-03-12');
    expect(team).toMatchObject({ term: 'team', due: '2026-03-17', doneOn: null, overdue: false });
    expect(team.countdown?.message.params.count).toBe(3);
    expect(publication).toMatchObject({ term: 'publication', due: null, countdown: null });
    expect(deadline).toMatchObject({ term: 'reengineering', due: '2026-12-31', overdue: false });
  });

  it('marks the team term overdue from the server days, and a past reengineering deadline by date', () => {
    const late = projectTerms(
      summary({ stage: 'as_is', pendingTerm: { term: 'team', due: '2026-03-17', daysLeft: -2 } }),
      '2027-01-05',
    );
    expect(late[0].overdue).toBe(true);
    expect(late[2].overdue).toBe(true);
    const published = projectTerms(
      summary({ stage: 'published', publishedOn: '2026-12-20', pendingTerm: null }),
      '2027-01-05',
    );
    expect(published[2]).toMatchObject({ overdue: false, doneOn: '2026-12-20' });
  });

  it('knows the day in Almaty (UTC+5) near midnight', () => {
    expect(almatyToday(new Date('2026-03-16T19:30:00Z'))).toBe('2026-03-17');
    expect(almatyToday(new Date('2026-03-16T18:30:00Z'))).toBe('2026-03-16');
  });
});

describe('actions', () => {
  it('shows only the stage actions the server allows, in life-cycle order', () => {
    expect(
      actionButtons([
        'request_deadline_change',
        'return_plan',
        'edit_plan',
        'approve_plan',
        'decide_deadline_change',
      ]),
    ).toEqual(['approve_plan', 'return_plan']);
    expect(actionButtons([])).toEqual([]);
  });

  it('asks for a reason where the Rules need one and for a protocol where one is recorded', () => {
    expect(actionNeeds('disagree_target')).toEqual({ reason: 'required', protocol: false });
    expect(actionNeeds('return_plan').reason).toBe('required');
    expect(actionNeeds('commission_reject')).toEqual({ reason: 'required', protocol: true });
    expect(actionNeeds('commission_agree')).toEqual({ reason: 'optional', protocol: true });
    expect(actionNeeds('confirm_team')).toEqual({ reason: 'none', protocol: true });
    expect(actionNeeds('publish_results')).toEqual({ reason: 'none', protocol: false });
  });

  it('sends only what the action takes, trimmed, without blanks', () => {
    expect(
      actionBody('commission_reject', {
        reason: '  Нет обоснования ',
        protocolNumber: ' 7 ',
        protocolDate: '2026-05-04',
      }),
    ).toEqual({
      reason: 'Нет обоснования',
      protocolNumber: '7',
      protocolDate: '2026-05-04',
    });
    expect(actionBody('approve_plan', { reason: 'x', protocolNumber: '1' })).toEqual({});
    expect(actionBody('agree_target', { reason: '   ' })).toEqual({});
  });
});

describe('search params and tabs', () => {
  it('keeps known tabs, kinds and a uuid process; drops the rest', () => {
    expect(
      validateProjectSearch({
        tab: 'models',
        kind: 'target',
        process: '0b5b8a52-33d9-4a4b-9a44-7b1f0c0c4d11',
      }),
    ).toEqual({ tab: 'models', kind: 'target', process: '0b5b8a52-33d9-4a4b-9a44-7b1f0c0c4d11' });
    expect(validateProjectSearch({ tab: 'nope', kind: 'best', process: '../x' })).toEqual({});
    expect(validateProjectsSearch({ stage: 'as_is' })).toEqual({ stage: 'as_is' });
    expect(validateProjectsSearch({ stage: 'done' })).toEqual({});
  });

  it('opens on the tab where the work is, and edits models only where the stage allows', () => {
    expect(defaultTab('team')).toBe('team');
    expect(defaultTab('as_is')).toBe('asIs');
    expect(defaultTab('target')).toBe('models');
    expect(defaultTab('approval')).toBe('plan');
    expect(canEditModel('as_is', ['edit_as_is'])).toBe(true);
    expect(canEditModel('target', ['edit_as_is'])).toBe(false);
    expect(canEditModel('optimal', ['edit_plan'])).toBe(true);
  });
});
