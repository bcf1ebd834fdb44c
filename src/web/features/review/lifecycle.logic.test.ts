import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../domain/locale.ts';
import {
  basedOnFromHistory,
  type Countdown,
  countdownMessage,
  countdownOf,
  countdownTone,
  defaultRedlinePair,
  formatIsoDate,
  newerVersion,
  type VersionSummary,
  workflowButtons,
} from './lifecycle.logic.ts';
import { editorT } from './test-i18n.ts';

const pending = (daysLeft: number, overdue = daysLeft < 0) => ({
  daysLeft,
  overdue,
  doneOn: null,
  met: null,
});

describe('the countdown of a deadline (R.23, R.24)', () => {
  it('reads the server numbers: days left, the due day, overdue, done on time or late', () => {
    expect(countdownOf(pending(3))).toEqual({ state: 'left', days: 3 });
    expect(countdownOf(pending(0))).toEqual({ state: 'today' });
    expect(countdownOf(pending(-2))).toEqual({ state: 'overdue', days: 2 });
    expect(countdownOf({ daysLeft: null, overdue: false, doneOn: '2026-04-01', met: true })).toEqual({
      state: 'met',
      on: '2026-04-01',
    });
    expect(countdownOf({ daysLeft: null, overdue: true, doneOn: '2026-04-10', met: false })).toEqual({
      state: 'late',
      on: '2026-04-10',
    });
  });

  it('colours calm, then warning on the last days, then error when late', () => {
    expect(countdownTone({ state: 'left', days: 7 })).toBe('ok');
    expect(countdownTone({ state: 'left', days: 2 })).toBe('soon');
    expect(countdownTone({ state: 'today' })).toBe('soon');
    expect(countdownTone({ state: 'overdue', days: 1 })).toBe('late');
    expect(countdownTone({ state: 'late', on: '2026-04-10' })).toBe('late');
    expect(countdownTone({ state: 'met', on: '2026-04-01' })).toBe('done');
  });

  const say = async (locale: Locale, c: Countdown) => {
    const t = await editorT(locale);
    const m = countdownMessage(c, locale);
    return t(m.key, m.params);
  };

  it('counts working days with the plural rules of Russian: one, few, many', async () => {
    const left = (days: number) => say('ru', { state: 'left', days });
    expect(await left(1)).toBe('остался 1 рабочий день');
    expect(await left(3)).toBe('осталось 3 рабочих дня');
    expect(await left(5)).toBe('осталось 5 рабочих дней');
    expect(await left(11)).toBe('осталось 11 рабочих дней');
    expect(await left(21)).toBe('остался 21 рабочий день');
    expect(await left(22)).toBe('осталось 22 рабочих дня');
    expect(await say('ru', { state: 'overdue', days: 1 })).toBe('просрочено на 1 рабочий день');
    expect(await say('ru', { state: 'overdue', days: 4 })).toBe('просрочено на 4 рабочих дня');
    expect(await say('ru', { state: 'overdue', days: 5 })).toBe('просрочено на 5 рабочих дней');
    expect(await say('ru', { state: 'today' })).toBe('срок истекает сегодня');
  });

  it('in Kazakh and English', async () => {
    expect(await say('kk', { state: 'left', days: 3 })).toBe('3 жұмыс күні қалды');
    expect(await say('kk', { state: 'left', days: 1 })).toBe('1 жұмыс күні қалды');
    expect(await say('kk', { state: 'overdue', days: 2 })).toBe('мерзімі 2 жұмыс күнге өтіп кетті');
    expect(await say('kk', { state: 'today' })).toBe('мерзімі бүгін аяқталады');
    expect(await say('en', { state: 'left', days: 1 })).toBe('1 working day left');
    expect(await say('en', { state: 'left', days: 3 })).toBe('3 working days left');
    expect(await say('en', { state: 'overdue', days: 1 })).toBe('overdue by 1 working day');
  });

  it('says when the step was done, with the date as civil servants write it', async () => {
    expect(await say('ru', { state: 'met', on: '2026-04-01' })).toBe('выполнено в срок 01.04.2026');
    expect(await say('kk', { state: 'met', on: '2026-04-01' })).toBe('01.04.2026 мерзімінде орындалды');
    expect(await say('ru', { state: 'late', on: '2026-04-10' })).toBe(
      'выполнено 10.04.2026 с нарушением срока',
    );
    expect(await say('en', { state: 'met', on: '2026-04-01' })).toBe('met on 01/04/2026');
  });

  it('names the length of a term with the plural of its days', async () => {
    const t = await editorT('ru');
    expect(t('dl.workingDays', { count: 10 })).toBe('10 рабочих дней');
    expect(t('dl.workingDays', { count: 3 })).toBe('3 рабочих дня');
    expect((await editorT('kk'))('dl.workingDays', { count: 10 })).toBe('10 жұмыс күні');
  });
});

describe('dates', () => {
  it('formats a calendar date without shifting it, dd.mm.yyyy in Kazakh and Russian', () => {
    expect(formatIsoDate('2026-04-09', 'ru')).toBe('09.04.2026');
    expect(formatIsoDate('2026-04-09', 'kk')).toBe('09.04.2026');
    expect(formatIsoDate('2026-04-09', 'en')).toBe('09/04/2026');
    expect(formatIsoDate(null, 'ru')).toBe('');
    expect(formatIsoDate('09.04.2026', 'ru')).toBe('');
  });
});

describe('workflow buttons', () => {
  it('shows only what the server allows, agree and return as one decision', () => {
    expect(workflowButtons(['edit', 'submit', 'export_json'])).toEqual(['submit']);
    expect(workflowButtons(['add_finding', 'resolve_finding', 'agree', 'return', 'export_json'])).toEqual([
      'decision',
    ]);
    expect(workflowButtons(['add_finding', 'resolve_finding', 'export_json'])).toEqual([]);
    expect(workflowButtons(['start_draft', 'answer_finding'])).toEqual(['start_draft']);
    expect(workflowButtons(['publish', 'start_amendment'])).toEqual(['publish', 'start_amendment']);
  });
});

const v = (number: number, status: string, extra: Partial<VersionSummary> = {}): VersionSummary => ({
  number,
  status,
  updatedAt: '2026-03-01T00:00:00Z',
  submittedAt: status === 'draft' ? null : '2026-03-01T00:00:00Z',
  approvedOn: ['approved', 'published', 'superseded'].includes(status) ? '2026-03-05' : null,
  publishedOn: null,
  amendmentGround: null,
  ...extra,
});

describe('the default redline', () => {
  it('shows a reviewer the version against the last approved one', () => {
    const versions = [v(1, 'superseded'), v(2, 'published'), v(3, 'returned'), v(4, 'under_review')];
    expect(defaultRedlinePair(versions, 4, { reviewer: true, basedOn: 3 })).toEqual({
      from: 2,
      to: 4,
      reason: 'approved',
    });
  });

  it('before any approval, against the previous submitted version', () => {
    const versions = [v(1, 'returned'), v(2, 'under_review')];
    expect(defaultRedlinePair(versions, 2, { reviewer: true, basedOn: 1 })).toMatchObject({
      from: 1,
      reason: 'submitted',
    });
  });

  it('shows anyone else the version it was based on, else the one before; nothing for a first version', () => {
    const versions = [v(1, 'published'), v(2, 'returned'), v(3, 'draft')];
    expect(defaultRedlinePair(versions, 3, { reviewer: false, basedOn: 2 })).toMatchObject({
      from: 2,
      reason: 'basedOn',
    });
    expect(defaultRedlinePair(versions, 3, { reviewer: false, basedOn: null })).toMatchObject({
      from: 2,
      reason: 'previous',
    });
    expect(defaultRedlinePair([v(1, 'draft')], 1, { reviewer: false, basedOn: null })).toBeNull();
  });

  it('finds what each version was based on in the history, and a newer version to point to', () => {
    const history = [
      { seq: 1, at: '', actorName: null, type: 'map.submitted', data: { versionNumber: 1 } },
      { seq: 2, at: '', actorName: null, type: 'map.draft_started', data: { versionNumber: 2, basedOn: 1 } },
      {
        seq: 3,
        at: '',
        actorName: null,
        type: 'map.amendment_started',
        data: { versionNumber: 3, basedOn: 2, ground: 3, justification: 'x' },
      },
    ];
    expect([...basedOnFromHistory(history)]).toEqual([
      [2, 1],
      [3, 2],
    ]);
    expect(newerVersion([v(1, 'returned'), v(2, 'draft')], 1)?.number).toBe(2);
    expect(newerVersion([v(1, 'returned'), v(2, 'draft')], 2)).toBeNull();
  });
});
