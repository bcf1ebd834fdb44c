import type { IsoDate } from '../calendar/calendar.ts';
import { TERMS, type TermKey } from '../calendar/calendar.ts';

/**
 * The terms of the Rules a body's monitoring shows as met or missed (R.28: "deadlines"): the
 * review of its map (R.23), the publication of the approved map (R.24), the formation of each
 * project team (R.30) and the publication of each project's results (R.37).
 */

export const TERM_OUTCOMES = ['met', 'missed', 'pending'] as const;
export type TermOutcome = (typeof TERM_OUTCOMES)[number];

/**
 * Met when done on or before the due day; missed when done after it, or not done once it has
 * passed; pending while not done and not yet due.
 */
export function termOutcome(due: IsoDate, doneOn: IsoDate | null, today: IsoDate): TermOutcome {
  if (doneOn) return doneOn <= due ? 'met' : 'missed';
  return today > due ? 'missed' : 'pending';
}

export interface RuleTerm {
  term: TermKey;
  /** The point of the Rules ('R.23', …). */
  point: string;
  from: IsoDate;
  due: IsoDate;
  doneOn: IsoDate | null;
  outcome: TermOutcome;
}

/** One term with its outcome on `today`. */
export function ruleTerm(
  term: TermKey,
  from: IsoDate,
  due: IsoDate,
  doneOn: IsoDate | null,
  today: IsoDate,
): RuleTerm {
  return { term, point: TERMS[term].point, from, due, doneOn, outcome: termOutcome(due, doneOn, today) };
}

/** How many terms were met, missed and are pending. */
export function countOutcomes(terms: readonly { outcome: TermOutcome }[]): Record<TermOutcome, number> {
  const out: Record<TermOutcome, number> = { met: 0, missed: 0, pending: 0 };
  for (const t of terms) out[t.outcome]++;
  return out;
}
