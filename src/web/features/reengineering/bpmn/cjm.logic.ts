import {
  type CjmEmotion,
  type CjmStage,
  type CustomerJourney,
  EMOTION_MAX,
  EMOTION_MIN,
} from './cjm.types.ts';

/**
 * A random id for a new stage. `crypto.randomUUID` exists only in secure contexts (HTTPS or
 * localhost); an intranet served over plain HTTP still has `getRandomValues`.
 */
export function newId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A journey with no persona and no stages. */
export function emptyJourney(): CustomerJourney {
  return { persona: '', stages: [] };
}

/** A blank stage with a neutral emotion. */
export function emptyStage(id: string = newId()): CjmStage {
  return { id, name: '', actions: '', touchpoints: '', painPoints: '', emotion: 0 };
}

/**
 * Inserts a blank stage after the stage `afterId`, or at the end when it is absent or unknown.
 * `id` is for tests; a new random id by default.
 */
export function addStage(j: CustomerJourney, afterId?: string, id: string = newId()): CustomerJourney {
  const at = afterId === undefined ? -1 : j.stages.findIndex((s) => s.id === afterId);
  const stages = [...j.stages];
  stages.splice(at === -1 ? stages.length : at + 1, 0, emptyStage(id));
  return { ...j, stages };
}

/** Removes the stage `id` (the journey itself when there is no such stage). */
export function removeStage(j: CustomerJourney, id: string): CustomerJourney {
  if (!j.stages.some((s) => s.id === id)) return j;
  return { ...j, stages: j.stages.filter((s) => s.id !== id) };
}

/** Moves the stage `id` one place left (-1) or right (1); at an edge, or for an unknown id, nothing moves. */
export function moveStage(j: CustomerJourney, id: string, delta: -1 | 1): CustomerJourney {
  const from = j.stages.findIndex((s) => s.id === id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= j.stages.length) return j;
  const stages = [...j.stages];
  [stages[from], stages[to]] = [stages[to], stages[from]];
  return { ...j, stages };
}

/** Rounds and clamps any number to an emotion -2..2 (NaN is neutral). */
export function clampEmotion(v: number): CjmEmotion {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0 : v > 0 ? EMOTION_MAX : EMOTION_MIN;
  // `|| 0` turns -0 (Math.round(-0.4)) into 0.
  return (Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(v))) || 0) as CjmEmotion;
}

/** Sets the emotion of the stage `id`, clamped to -2..2. */
export function setEmotion(j: CustomerJourney, id: string, v: number): CustomerJourney {
  return updateStage(j, id, { emotion: clampEmotion(v) });
}

/** Changes the text fields (or the emotion) of the stage `id`. */
export function updateStage(
  j: CustomerJourney,
  id: string,
  patch: Partial<Omit<CjmStage, 'id'>>,
): CustomerJourney {
  if (!j.stages.some((s) => s.id === id)) return j;
  return { ...j, stages: j.stages.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

const filled = (s: string | undefined) => typeof s === 'string' && s.trim() !== '';

/**
 * A map fit to hand in: a persona, at least two stages each with a name, the client's actions and
 * the touchpoints, and at least one pain point somewhere along the journey.
 */
export function journeyIsComplete(j: CustomerJourney): boolean {
  return (
    filled(j.persona) &&
    j.stages.length >= 2 &&
    j.stages.every((s) => filled(s.name) && filled(s.actions) && filled(s.touchpoints)) &&
    j.stages.some((s) => filled(s.painPoints))
  );
}

/**
 * The emotion after a key press on an emotion point (the WAI-ARIA slider pattern): up/right raise,
 * down/left lower, Home/End go to the extremes (clamped to -2..2); null for a key it does not handle.
 */
export function emotionAfterKey(key: string, current: CjmEmotion): CjmEmotion | null {
  let next: CjmEmotion;
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
    case 'PageUp':
      next = clampEmotion(current + 1);
      break;
    case 'ArrowDown':
    case 'ArrowLeft':
    case 'PageDown':
      next = clampEmotion(current - 1);
      break;
    case 'Home':
      next = EMOTION_MIN;
      break;
    case 'End':
      next = EMOTION_MAX;
      break;
    default:
      return null;
  }
  return next;
}
