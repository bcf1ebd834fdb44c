import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../lib/i18n.ts';
import { NOTIFICATION_TYPES, notificationMessage } from './notification-message.ts';

const org = {
  kk: 'ҚР Денсаулық сақтау министрлігі',
  ru: 'Министерство здравоохранения РК',
  en: 'Ministry of Healthcare',
};
const mapId = '17488d8a-e270-43a7-a32f-d5bfb7ca1be1';

describe('notificationMessage', () => {
  it('gives a submitted map its key, the body in the reader language, the version and the due date', () => {
    const m = notificationMessage(
      { type: 'map.submitted', data: { mapId, versionNumber: 1, organisation: org, due: '2026-04-09' } },
      'ru',
    );
    expect(m).toEqual({
      key: 'inbox.msg.map.submitted',
      params: { organisation: 'Министерство здравоохранения РК', version: 1, due: '09.04.2026' },
      reason: null,
      link: { mapId, number: '1' },
      project: null,
      monitoring: null,
      tone: 'info',
    });
    expect(
      notificationMessage({ type: 'map.submitted', data: { organisation: org } }, 'kk').params.organisation,
    ).toBe('ҚР Денсаулық сақтау министрлігі');
  });

  it('renders the Russian sentence of the brief', () => {
    const m = notificationMessage(
      { type: 'map.submitted', data: { mapId, versionNumber: 1, organisation: org, due: '2026-04-09' } },
      'ru',
    );
    const template = RESOURCES.ru.translation[m.key as keyof typeof RESOURCES.ru.translation];
    const text = template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(m.params[k]));
    expect(text).toBe(
      'Министерство здравоохранения РК отправило карту на согласование (версия 1), срок рассмотрения — 09.04.2026',
    );
  });

  it('keeps the reason of a decision, not of other events', () => {
    const data = { mapId, versionNumber: 2, organisation: org, reason: ' Обосновать индикаторы. ' };
    expect(notificationMessage({ type: 'map.returned', data }, 'ru')).toMatchObject({
      reason: 'Обосновать индикаторы.',
      tone: 'warning',
    });
    expect(notificationMessage({ type: 'map.published', data }, 'ru').reason).toBeNull();
  });

  it('falls back when data is missing, and an unknown type still reads', () => {
    expect(notificationMessage({ type: 'map.published', data: {} }, 'en')).toMatchObject({
      params: { organisation: '—', version: '—', due: '—' },
      link: null,
    });
    expect(
      notificationMessage({ type: 'map.something_new', data: { mapId, versionNumber: 3 } }, 'kk'),
    ).toMatchObject({
      key: 'inbox.msg.unknown',
      params: { type: 'map.something_new' },
      link: { mapId, number: '3' },
    });
  });

  it('English organisation falls back to Kazakh when absent; escalations are errors', () => {
    const m = notificationMessage(
      {
        type: 'deadline.review_escalation',
        data: { mapId, versionNumber: 1, organisation: { kk: 'А', ru: 'Б' }, due: '2026-04-09' },
      },
      'en',
    );
    expect(m.params.organisation).toBe('А');
    expect(m.params.due).toBe('09/04/2026');
    expect(m.tone).toBe('error');
  });

  it('names the case of a reengineering project in the reader language and links the project', () => {
    const projectId = '0b5b8a52-33d9-4a4b-9a44-7b1f0c0c4d11';
    const caseName = { kk: 'Дәрілік заттарды тіркеу', ru: 'Регистрация лекарственных средств' };
    const m = notificationMessage(
      { type: 'project.opened', data: { projectId, caseName, organisation: org, due: '2026-03-17' } },
      'ru',
    );
    expect(m).toMatchObject({
      key: 'inbox.msg.project.opened',
      params: { case: 'Регистрация лекарственных средств', due: '17.03.2026' },
      link: null,
      project: { projectId },
      tone: 'info',
    });
    const returned = notificationMessage(
      { type: 'project.plan_returned', data: { projectId, caseName, reason: ' Уточнить сроки ' } },
      'kk',
    );
    expect(returned).toMatchObject({ reason: 'Уточнить сроки', tone: 'warning' });
    expect(returned.params.case).toBe('Дәрілік заттарды тіркеу');
    expect(
      notificationMessage({ type: 'deadline.team_escalation', data: { projectId, caseName } }, 'en').tone,
    ).toBe('error');
  });

  it('names the period of a monitoring report in the reader language and links the report', () => {
    const data = { mapId, periodId: 'p-1', period: '2026-Q1', due: '2026-04-14', organisation: org };
    const reminder = notificationMessage({ type: 'deadline.report_reminder', data }, 'ru');
    expect(reminder).toMatchObject({
      key: 'inbox.msg.deadline.report_reminder',
      params: {
        period: 'I квартал 2026 года',
        due: '14.04.2026',
        organisation: 'Министерство здравоохранения РК',
      },
      link: null,
      project: null,
      monitoring: { mapId, period: '2026-Q1' },
      tone: 'warning',
    });
    expect(notificationMessage({ type: 'deadline.report_escalation', data }, 'kk')).toMatchObject({
      params: { period: '2026 жылғы I тоқсан' },
      tone: 'error',
    });
    expect(notificationMessage({ type: 'monitoring.report_submitted', data }, 'en')).toMatchObject({
      params: { period: 'Q1 2026', organisation: 'Ministry of Healthcare' },
      monitoring: { mapId, period: '2026-Q1' },
      tone: 'info',
    });
    const locked = notificationMessage(
      { type: 'monitoring.report_locked', data: { ...data, period: '2026' } },
      'ru',
    );
    expect(locked).toMatchObject({ params: { period: '2026 год' }, tone: 'success' });
    const template = RESOURCES.ru.translation[locked.key as keyof typeof RESOURCES.ru.translation];
    expect(template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(locked.params[k]))).toBe(
      'Отчёт о мониторинге за 2026 год закрыт заместителем руководителя (Министерство здравоохранения РК)',
    );
  });

  it('has a sentence for every type in kk, ru and en', () => {
    for (const l of ['kk', 'ru', 'en'] as const)
      for (const type of [...NOTIFICATION_TYPES, 'unknown'])
        expect(RESOURCES[l].translation, `${l}: ${type}`).toHaveProperty([`inbox.msg.${type}`]);
  });
});
