import { describe, expect, it } from 'vitest';
import { isApplicantName, isApplicantNode, roleIndex, roleOf } from './bpmn.roles.ts';
import { fixtureModel } from './fixtures/fixtures.ts';

describe('isApplicantName', () => {
  it.each([
    'Өтініш беруші',
    'Заявитель / Өтініш беруші',
    'Көрсетілетін қызметті алушы',
    'Қызмет алушы',
    'Азамат',
    'Клиент',
    'ЗАЯВИТЕЛЬ',
    'Услугополучатель (физическое лицо)',
    'Гражданин',
    'Получатель  услуги',
    'Applicant',
    'Citizen',
    'Customer',
    'Service Recipient',
    'Заявитёль',
  ])('recognises %s', (name) => {
    expect(isApplicantName(name)).toBe(true);
  });

  it.each(['ЦОН', 'Акимат', 'Әкімдік', 'Местный исполнительный орган', 'Услугодатель', ''])(
    'does not take %s for the applicant',
    (name) => {
      expect(isApplicantName(name)).toBe(false);
    },
  );
});

describe('roles of the as-is fixture', () => {
  it('gives a node its lane, else its pool; a pool itself; nothing else', async () => {
    const m = await fixtureModel('as-is');
    expect(roleOf(m, 'Task_Submit')).toBe('Participant_Applicant');
    expect(roleOf(m, 'Task_Check')).toBe('Lane_Akimat');
    expect(roleOf(m, 'Task_Receive')).toBe('Lane_CON');
    expect(roleOf(m, 'Participant_Body')).toBe('Participant_Body');
    expect(roleOf(m, 'Flow_B1')).toBeNull();
    expect(roleOf(m, 'nothing')).toBeNull();
    expect(roleIndex(m).roleName('Lane_CON')).toBe('ЦОН');
    expect(roleIndex(m).participantOf('Task_Check')).toBe('Participant_Body');
  });

  it('knows the applicant by the name of the lane or the pool', async () => {
    const m = await fixtureModel('as-is');
    expect(isApplicantNode(m, 'Task_Submit')).toBe(true);
    expect(isApplicantNode(m, 'Participant_Applicant')).toBe(true);
    expect(isApplicantNode(m, 'Task_Receive')).toBe(false);
    expect(isApplicantNode(m, 'Participant_Body')).toBe(false);
    const optimal = await fixtureModel('optimal');
    expect(isApplicantNode(optimal, 'Participant_Citizen')).toBe(true);
  });
});
