import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../domain/locale.ts';
import { historyMessage } from './history.logic.ts';
import { sortRemarks } from './remarks.logic.ts';
import { editorT } from './test-i18n.ts';

const sectionName = (key: string) =>
  key === 'passport' ? 'Паспорт' : key === 'sector:s1' ? '1. Земля' : key;

async function read(locale: Locale, type: string, data: Record<string, unknown>) {
  const t = await editorT(locale);
  return historyMessage({ type, data }, { locale, sectionName })
    .map((m) => t(m.key, m.params))
    .join('; ');
}

describe('the history in the reader’s language', () => {
  it('tells a submission with its dates', async () => {
    const data = { versionNumber: 1, receivedOn: '2026-03-26', reviewDue: '2026-04-09' };
    expect(await read('kk', 'map.submitted', data)).toBe(
      '1-нұсқаны келісуге жіберді (алынған күні 26.03.2026, қарау мерзімі 09.04.2026 дейін)',
    );
    expect(await read('ru', 'map.submitted', data)).toBe(
      'Версия 1 направлена на согласование (дата получения 26.03.2026, срок рассмотрения — до 09.04.2026)',
    );
    expect(await read('en', 'map.submitted', data)).toBe(
      'Submitted version 1 for agreement (received 26/03/2026, review due by 09/04/2026)',
    );
  });

  it('tells a decision with its reason and the remarks left open', async () => {
    expect(
      await read('ru', 'map.returned', {
        versionNumber: 1,
        reason: 'Обосновать индикаторы.',
        openFindings: 2,
      }),
    ).toBe('Версия 1 возвращена на доработку: «Обосновать индикаторы.»; открытых замечаний: 2');
    expect(await read('kk', 'map.agreed', { versionNumber: 2, reason: 'Келісілді.', openFindings: 0 })).toBe(
      '2-нұсқаны келісті: «Келісілді.»',
    );
    expect(await read('en', 'map.returned', { versionNumber: 1, reason: 'Why.', openFindings: 1 })).toBe(
      'Returned version 1 for revision: “Why.”; 1 remark open',
    );
  });

  it('tells approval, publication on time or late, and amendments with their ground', async () => {
    expect(
      await read('ru', 'map.approved', {
        versionNumber: 2,
        approvedOn: '2026-04-06',
        publicationDue: '2026-04-09',
      }),
    ).toBe('Версия 2 утверждена 06.04.2026 (срок опубликования — до 09.04.2026)');
    expect(
      await read('ru', 'map.published', { versionNumber: 2, publishedOn: '2026-04-07', onTime: true }),
    ).toBe('Версия 2 опубликована 07.04.2026, в срок');
    expect(
      await read('kk', 'map.published', { versionNumber: 2, publishedOn: '2026-04-10', onTime: false }),
    ).toBe('2-нұсқаны 10.04.2026 жариялады, мерзімі өткен соң');
    expect(
      await read('ru', 'map.amendment_started', {
        versionNumber: 3,
        basedOn: 2,
        ground: 3,
        justification: 'Изменён Национальный план.',
      }),
    ).toBe(
      'Открыт проект изменений (версия 3) к версии 2, основание — подпункт 3) пункта 41 Правил: «Изменён Национальный план.»',
    );
    expect(await read('kk', 'map.draft_started', { versionNumber: 2, basedOn: 1 })).toBe(
      '1-нұсқа негізінде 2-нұсқа жобасын ашты',
    );
  });

  it('names sections and remarks, and falls back for a type it does not know', async () => {
    expect(
      await read('ru', 'map.section_saved', { versionNumber: 1, section: 'sector:s1', revision: 3 }),
    ).toBe('Версия 1: сохранён раздел «1. Земля»');
    expect(await read('kk', 'finding.added', { versionNumber: 1, findingId: 'x', section: 'passport' })).toBe(
      '1-нұсқаға ескерту қосты (Паспорт)',
    );
    expect(await read('ru', 'finding.resolved', { versionNumber: 1, findingId: 'x' })).toBe(
      'Снято замечание к версии 1',
    );
    expect(await read('en', 'map.created', { versionNumber: 1, fromDocument: true })).toBe(
      'Created the map from a JSON document (version 1)',
    );
    expect(await read('ru', 'map.something_new', {})).toBe('Событие: map.something_new');
  });
});

describe('remarks', () => {
  it('lists open ones first, each group in the order raised', () => {
    const r = (id: string, status: 'open' | 'resolved', createdAt: string) => ({
      id,
      status,
      createdAt,
      versionNumber: 1,
      section: 'passport',
      path: [],
      itemId: null,
    });
    const sorted = sortRemarks([
      r('a', 'resolved', '2026-03-01'),
      r('b', 'open', '2026-03-03'),
      r('c', 'open', '2026-03-02'),
      r('d', 'resolved', '2026-02-01'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});
