import type { DeadlineInfo, VersionAction } from '../../../api/maps.ts';
import type { Locale } from '../../../domain/locale.ts';
import { formatDate } from '../../components/ui/format.ts';

/** A version in the map's list (GET /api/maps/:mapId). */
export interface VersionSummary {
  number: number;
  status: string;
  updatedAt: string;
  submittedAt: string | null;
  approvedOn: string | null;
  publishedOn: string | null;
  amendmentGround: number | null;
}

/** An i18n key of the 'editor' namespace with its values; the caller translates it. */
export interface Message {
  key: string;
  params: Record<string, string | number>;
}

/** A calendar date 'YYYY-MM-DD' as civil servants write it: 09.04.2026 (09/04/2026 in English). */
export const formatIsoDate = (date: string | null | undefined, locale: Locale): string =>
  formatDate(date, locale);

// ---------------------------------------------------------------------------------------------
// Deadlines (R.23, R.24)

/** Where a deadline stands today, as the countdown shows it. */
export type Countdown =
  | { state: 'left'; days: number }
  | { state: 'today' }
  | { state: 'overdue'; days: number }
  | { state: 'met'; on: string }
  | { state: 'late'; on: string };

/** The countdown of a deadline from the server's numbers (daysLeft: 0 on the due day, negative when late). */
export function countdownOf(d: Pick<DeadlineInfo, 'daysLeft' | 'overdue' | 'doneOn' | 'met'>): Countdown {
  if (d.doneOn) return d.met === false ? { state: 'late', on: d.doneOn } : { state: 'met', on: d.doneOn };
  const left = d.daysLeft ?? 0;
  if (left < 0) return { state: 'overdue', days: -left };
  if (left === 0) return d.overdue ? { state: 'overdue', days: 0 } : { state: 'today' };
  return { state: 'left', days: left };
}

/**
 * The countdown as an i18n message. Counts go through i18next plurals (`count`): kk and en have
 * one/other, ru one/few/many («остался 1 рабочий день», «осталось 3 рабочих дня», «… 5 рабочих дней»).
 */
export function countdownMessage(c: Countdown, locale: Locale): Message {
  switch (c.state) {
    case 'left':
      return { key: 'dl.left', params: { count: c.days } };
    case 'today':
      return { key: 'dl.today', params: {} };
    case 'overdue':
      return c.days > 0 ? { key: 'dl.overdue', params: { count: c.days } } : { key: 'dl.today', params: {} };
    case 'met':
      return { key: 'dl.met', params: { date: formatIsoDate(c.on, locale) } };
    case 'late':
      return { key: 'dl.late', params: { date: formatIsoDate(c.on, locale) } };
  }
}

/** How the countdown is coloured: calm while there is time, a warning on the last day, an error when late. */
export function countdownTone(c: Countdown): 'ok' | 'soon' | 'late' | 'done' {
  if (c.state === 'met') return 'done';
  if (c.state === 'late' || c.state === 'overdue') return 'late';
  if (c.state === 'today' || (c.state === 'left' && c.days <= 2)) return 'soon';
  return 'ok';
}

/** 'R.23' → '23', the number the localized point label takes. */
export const pointNumber = (point: string): string => point.replace(/^R\./, '');

// ---------------------------------------------------------------------------------------------
// Actions

/** A button of the workflow bar; 'decision' stands for both agree and return. */
export type WorkflowButton =
  | 'submit'
  | 'start_draft'
  | 'decision'
  | 'approve'
  | 'publish'
  | 'start_amendment';

/** The buttons for the actions the server allows, in the order of the life cycle. */
export function workflowButtons(allowed: readonly VersionAction[]): WorkflowButton[] {
  const has = (a: VersionAction) => allowed.includes(a);
  const out: WorkflowButton[] = [];
  if (has('submit')) out.push('submit');
  if (has('agree') || has('return')) out.push('decision');
  if (has('approve')) out.push('approve');
  if (has('publish')) out.push('publish');
  if (has('start_draft')) out.push('start_draft');
  if (has('start_amendment')) out.push('start_amendment');
  return out;
}

/** Whether the reader reviews the map (the authorized body or the Center): what the redline defaults to. */
export const isReviewer = (allowed: readonly VersionAction[]): boolean =>
  allowed.includes('add_finding') || allowed.includes('agree') || allowed.includes('return');

// ---------------------------------------------------------------------------------------------
// Versions and the redline

const APPROVED_STATUSES = ['approved', 'published', 'superseded'];

/**
 * The default pair of the redline for version `current`. A reviewer compares with the last
 * approved version (what is in force) or, before any approval, with the previous submitted
 * version (what they returned); anyone else with the version it was based on, else the one before.
 * null when there is nothing to compare with.
 */
export function defaultRedlinePair(
  versions: readonly VersionSummary[],
  current: number,
  opts: { reviewer: boolean; basedOn: number | null },
): { from: number; to: number; reason: 'approved' | 'submitted' | 'basedOn' | 'previous' } | null {
  const earlier = versions.filter((v) => v.number < current).sort((a, b) => b.number - a.number);
  if (!earlier.length) return null;
  if (opts.reviewer) {
    const approved = earlier.find((v) => v.approvedOn !== null || APPROVED_STATUSES.includes(v.status));
    if (approved) return { from: approved.number, to: current, reason: 'approved' };
    const submitted = earlier.find((v) => v.submittedAt !== null || v.status !== 'draft');
    if (submitted) return { from: submitted.number, to: current, reason: 'submitted' };
  }
  if (opts.basedOn !== null && earlier.some((v) => v.number === opts.basedOn))
    return { from: opts.basedOn, to: current, reason: 'basedOn' };
  return { from: earlier[0].number, to: current, reason: 'previous' };
}

/** A history event as the API returns it (GET /api/maps/:mapId/history). */
export interface HistoryEvent {
  seq: number;
  at: string;
  actorName: string | null;
  type: string;
  data: Record<string, unknown>;
}

/** Which version each version was started from, read off the history (drafts and amendments). */
export function basedOnFromHistory(events: readonly HistoryEvent[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const e of events) {
    if (e.type !== 'map.draft_started' && e.type !== 'map.amendment_started') continue;
    const n = e.data.versionNumber;
    const from = e.data.basedOn;
    if (typeof n === 'number' && typeof from === 'number') out.set(n, from);
  }
  return out;
}

/** The newest version of the list, when it is not `current` (to point the reader to it). */
export function newerVersion(versions: readonly VersionSummary[], current: number): VersionSummary | null {
  const latest = versions.reduce<VersionSummary | null>((a, v) => (!a || v.number > a.number ? v : a), null);
  return latest && latest.number > current ? latest : null;
}
