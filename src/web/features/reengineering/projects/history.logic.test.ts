import { describe, expect, it } from 'vitest';
import { projectHistoryMessage } from './history.logic.ts';

const ctx = {
  locale: 'ru' as const,
  processName: (id: string | null) => (id === 'p1' ? 'Выдача лицензии' : '?'),
};
const msg = (type: string, data: Record<string, unknown>, processId: string | null = null) =>
  projectHistoryMessage({ type, data, processId }, ctx);

describe('the project history in the reader language', () => {
  it('opening: automatic or by hand, with the dates formatted', () => {
    expect(
      msg('project.opened', { how: 'auto', teamDue: '2026-03-17', reengineeringDue: '2026-12-31' }),
    ).toEqual({
      key: 'project.hist.opened',
      params: { teamDue: '17.03.2026', due: '31.12.2026' },
    });
    expect(
      msg('project.opened', { how: 'manual', teamDue: '2026-03-17', reengineeringDue: '2026-12-31' }).key,
    ).toBe('project.hist.openedManual');
  });

  it('a stage change names the action and the new stage as catalog keys, and keeps the reason', () => {
    expect(
      msg('project.stage_changed', {
        action: 'return_plan',
        from: 'approval',
        to: 'target',
        reason: ' Сроки ',
      }),
    ).toEqual({
      key: 'project.hist.stageChangedReason',
      params: { action: 'project.action.return_plan', stage: 'project.stage.target', reason: 'Сроки' },
    });
    expect(msg('project.stage_changed', { action: 'confirm_team', from: 'team', to: 'as_is' }).key).toBe(
      'project.hist.stageChanged',
    );
  });

  it('answers, the Commission and deadline changes', () => {
    expect(msg('project.target_answered', { answer: 'disagree', reason: 'Нет данных' }).key).toBe(
      'project.hist.disagreedReason',
    );
    expect(msg('project.target_answered', { answer: 'agree', reason: '' }).key).toBe('project.hist.agreed');
    expect(
      msg('project.commission_decided', {
        decision: 'rejected',
        protocolNumber: '7',
        protocolDate: '2026-05-04',
        reason: 'x',
      }),
    ).toEqual({
      key: 'project.hist.commissionRejectedReason',
      params: { number: '7', date: '04.05.2026', reason: 'x' },
    });
    expect(
      msg('project.deadline_change_requested', {
        ground: 2,
        previousDue: '2026-12-31',
        newDue: '2027-06-30',
        protocolNumber: '3',
      }),
    ).toEqual({
      key: 'project.hist.deadlineRequested',
      params: { ground: 2, from: '31.12.2026', to: '30.06.2027', number: '3' },
    });
    expect(
      msg('project.deadline_change_decided', {
        decision: 'approved',
        previousDue: '2026-12-31',
        newDue: '2027-06-30',
        reason: '',
      }).key,
    ).toBe('project.hist.deadlineApproved');
  });

  it('saves of parts and models name the part, the process and the kind', () => {
    expect(msg('project.part_saved', { part: 'asIs', revision: 4 })).toEqual({
      key: 'project.hist.partSaved',
      params: { part: 'project.part.asIs', revision: 4 },
    });
    expect(msg('variant.saved', { kind: 'target', revision: 2, projectId: 'x' }, 'p1')).toEqual({
      key: 'project.hist.modelSaved',
      params: { kind: 'project.kind.target', process: 'Выдача лицензии', revision: 2 },
    });
    expect(msg('project.something', {})).toEqual({
      key: 'project.hist.other',
      params: { type: 'project.something' },
    });
  });
});
