import type { Locale } from '../../../domain/locale.ts';
import { formatIsoDate, type HistoryEvent, type Message } from './lifecycle.logic.ts';

/** Events of saving the content: many a day, hidden unless the reader asks for them. */
export const SAVE_EVENTS = ['map.section_saved', 'map.section_deleted', 'map.sectors_reordered'];

const num = (v: unknown): number | string => (typeof v === 'number' ? v : typeof v === 'string' ? v : '?');
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * One message per audit event type (src/domain/audit/audit.events.ts), in the reader's language:
 * dates formatted for the locale, the section named as the editor names it. Returns the message
 * and, for a decision with remarks still open, a second one to append.
 */
export function historyMessage(
  e: Pick<HistoryEvent, 'type' | 'data'>,
  ctx: { locale: Locale; sectionName: (key: string) => string },
): Message[] {
  const d = e.data;
  const n = num(d.versionNumber);
  const date = (v: unknown) => formatIsoDate(str(v), ctx.locale) || str(v);
  switch (e.type) {
    case 'map.created':
      return [{ key: d.fromDocument ? 'hist.map.createdFromDocument' : 'hist.map.created', params: { n } }];
    case 'map.section_saved':
    case 'map.section_deleted':
      return [{ key: `hist.${e.type}`, params: { n, section: ctx.sectionName(str(d.section)) } }];
    case 'map.sectors_reordered':
      return [{ key: 'hist.map.sectors_reordered', params: { n } }];
    case 'map.submitted':
      return [
        { key: 'hist.map.submitted', params: { n, received: date(d.receivedOn), due: date(d.reviewDue) } },
      ];
    case 'map.draft_started':
      return [{ key: 'hist.map.draft_started', params: { n, basedOn: num(d.basedOn) } }];
    case 'map.agreed':
    case 'map.returned': {
      const out: Message[] = [{ key: `hist.${e.type}`, params: { n, reason: str(d.reason) } }];
      if (typeof d.openFindings === 'number' && d.openFindings > 0)
        out.push({ key: 'hist.openFindings', params: { count: d.openFindings } });
      return out;
    }
    case 'map.approved':
      return [
        { key: 'hist.map.approved', params: { n, date: date(d.approvedOn), due: date(d.publicationDue) } },
      ];
    case 'map.published':
      return [
        {
          key: d.onTime === false ? 'hist.map.publishedLate' : 'hist.map.published',
          params: { n, date: date(d.publishedOn) },
        },
      ];
    case 'map.amendment_started':
      return [
        {
          key: 'hist.map.amendment_started',
          params: { n, basedOn: num(d.basedOn), ground: num(d.ground), justification: str(d.justification) },
        },
      ];
    case 'finding.added':
      return [{ key: 'hist.finding.added', params: { n, section: ctx.sectionName(str(d.section)) } }];
    case 'finding.answered':
    case 'finding.resolved':
      return [{ key: `hist.${e.type}`, params: { n } }];
    default:
      return [{ key: 'hist.other', params: { type: e.type } }];
  }
}
