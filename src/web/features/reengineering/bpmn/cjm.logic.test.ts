import { describe, expect, it } from 'vitest';
import {
  addStage,
  clampEmotion,
  emotionAfterKey,
  emptyJourney,
  emptyStage,
  journeyIsComplete,
  moveStage,
  newId,
  removeStage,
  setEmotion,
  updateStage,
} from './cjm.logic.ts';
import type { CjmStage, CustomerJourney } from './cjm.types.ts';

const stage = (id: string, over: Partial<CjmStage> = {}): CjmStage => ({ ...emptyStage(id), ...over });
const journey = (...ids: string[]): CustomerJourney => ({ persona: 'P', stages: ids.map((id) => stage(id)) });
const order = (j: CustomerJourney) => j.stages.map((s) => s.id);

const complete = (): CustomerJourney => ({
  persona: 'Шағын бизнес субъектісі',
  stages: [
    stage('a', {
      name: 'Өтініш беру',
      actions: 'Порталда өтініш толтырады',
      touchpoints: 'eGov',
      painPoints: '',
    }),
    stage('b', {
      name: 'Нәтиже алу',
      actions: 'Жауап күтеді',
      touchpoints: 'SMS',
      painPoints: 'Мерзім белгісіз',
    }),
  ],
});

describe('ids and empty values', () => {
  it('newId gives distinct non-empty ids', () => {
    const ids = new Set(Array.from({ length: 50 }, newId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it('newId falls back to getRandomValues where randomUUID is missing (plain HTTP)', () => {
    const original = globalThis.crypto.randomUUID;
    try {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
      expect(newId()).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('emptyJourney has no persona and no stages, a new object each time', () => {
    expect(emptyJourney()).toEqual({ persona: '', stages: [] });
    expect(emptyJourney()).not.toBe(emptyJourney());
  });

  it('emptyStage is blank and neutral', () => {
    expect(emptyStage('x')).toEqual({
      id: 'x',
      name: '',
      actions: '',
      touchpoints: '',
      painPoints: '',
      emotion: 0,
    });
    expect(emptyStage().id).not.toBe('');
  });
});

describe('addStage', () => {
  it('appends to an empty journey and without `after`', () => {
    const j1 = addStage(emptyJourney(), undefined, 'a');
    expect(order(j1)).toEqual(['a']);
    expect(order(addStage(j1, undefined, 'b'))).toEqual(['a', 'b']);
  });

  it('inserts right after the given stage', () => {
    expect(order(addStage(journey('a', 'b', 'c'), 'a', 'n'))).toEqual(['a', 'n', 'b', 'c']);
    expect(order(addStage(journey('a', 'b', 'c'), 'c', 'n'))).toEqual(['a', 'b', 'c', 'n']);
  });

  it('appends when `after` is unknown', () => {
    expect(order(addStage(journey('a', 'b'), 'zzz', 'n'))).toEqual(['a', 'b', 'n']);
  });

  it('gives the new stage a fresh id and leaves the input untouched', () => {
    const j = journey('a');
    const next = addStage(j, 'a');
    expect(next.stages).toHaveLength(2);
    expect(next.stages[1].id).not.toBe('a');
    expect(next.stages[1]).toMatchObject({ name: '', emotion: 0 });
    expect(order(j)).toEqual(['a']);
    expect(next.persona).toBe('P');
  });
});

describe('removeStage', () => {
  it('removes the stage', () => {
    expect(order(removeStage(journey('a', 'b', 'c'), 'b'))).toEqual(['a', 'c']);
    expect(order(removeStage(journey('a'), 'a'))).toEqual([]);
  });

  it('returns the same journey for an unknown id', () => {
    const j = journey('a');
    expect(removeStage(j, 'x')).toBe(j);
  });
});

describe('moveStage', () => {
  it('moves left and right', () => {
    expect(order(moveStage(journey('a', 'b', 'c'), 'b', -1))).toEqual(['b', 'a', 'c']);
    expect(order(moveStage(journey('a', 'b', 'c'), 'b', 1))).toEqual(['a', 'c', 'b']);
  });

  it('does nothing at the edges or for an unknown id', () => {
    const j = journey('a', 'b');
    expect(moveStage(j, 'a', -1)).toBe(j);
    expect(moveStage(j, 'b', 1)).toBe(j);
    expect(moveStage(j, 'x', 1)).toBe(j);
  });

  it('does not mutate the input', () => {
    const j = journey('a', 'b');
    moveStage(j, 'a', 1);
    expect(order(j)).toEqual(['a', 'b']);
  });
});

describe('emotions', () => {
  it('setEmotion sets the value of that stage only', () => {
    const j = setEmotion(journey('a', 'b'), 'b', -2);
    expect(j.stages.map((s) => s.emotion)).toEqual([0, -2]);
  });

  it('setEmotion clamps and rounds', () => {
    expect(setEmotion(journey('a'), 'a', 5).stages[0].emotion).toBe(2);
    expect(setEmotion(journey('a'), 'a', -3).stages[0].emotion).toBe(-2);
    expect(setEmotion(journey('a'), 'a', 0.6).stages[0].emotion).toBe(1);
    expect(setEmotion(journey('a'), 'a', Number.NaN).stages[0].emotion).toBe(0);
  });

  it('setEmotion on an unknown id changes nothing', () => {
    const j = journey('a');
    expect(setEmotion(j, 'x', 1)).toBe(j);
  });

  it('clampEmotion handles infinities', () => {
    expect(clampEmotion(Number.POSITIVE_INFINITY)).toBe(2);
    expect(clampEmotion(Number.NEGATIVE_INFINITY)).toBe(-2);
    expect(clampEmotion(-0.4)).toBe(0);
  });

  it('emotionAfterKey follows the slider pattern', () => {
    expect(emotionAfterKey('ArrowUp', 0)).toBe(1);
    expect(emotionAfterKey('ArrowRight', 0)).toBe(1);
    expect(emotionAfterKey('ArrowDown', 0)).toBe(-1);
    expect(emotionAfterKey('ArrowLeft', -1)).toBe(-2);
    expect(emotionAfterKey('ArrowUp', 2)).toBe(2);
    expect(emotionAfterKey('ArrowDown', -2)).toBe(-2);
    expect(emotionAfterKey('Home', 1)).toBe(-2);
    expect(emotionAfterKey('End', -1)).toBe(2);
    expect(emotionAfterKey('Enter', 0)).toBeNull();
    expect(emotionAfterKey('a', 0)).toBeNull();
  });
});

describe('updateStage', () => {
  it('patches one stage', () => {
    const j = updateStage(journey('a', 'b'), 'a', { name: 'X', painPoints: 'Y' });
    expect(j.stages[0]).toMatchObject({ id: 'a', name: 'X', painPoints: 'Y' });
    expect(j.stages[1].name).toBe('');
  });

  it('returns the same journey for an unknown id', () => {
    const j = journey('a');
    expect(updateStage(j, 'x', { name: 'X' })).toBe(j);
  });
});

describe('journeyIsComplete', () => {
  it('accepts a persona, two filled stages and one pain point', () => {
    expect(journeyIsComplete(complete())).toBe(true);
  });

  it('refuses an empty journey', () => {
    expect(journeyIsComplete(emptyJourney())).toBe(false);
  });

  it('needs a non-blank persona', () => {
    expect(journeyIsComplete({ ...complete(), persona: '' })).toBe(false);
    expect(journeyIsComplete({ ...complete(), persona: '  \n\t' })).toBe(false);
  });

  it('needs at least two stages', () => {
    const j = complete();
    const one = { ...j, stages: [{ ...j.stages[1] }] };
    expect(journeyIsComplete(one)).toBe(false);
  });

  it('needs a name, actions and touchpoints in every stage (blank counts as missing)', () => {
    for (const field of ['name', 'actions', 'touchpoints'] as const) {
      const j = complete();
      expect(journeyIsComplete(updateStage(j, 'a', { [field]: '   ' })), field).toBe(false);
      expect(journeyIsComplete(updateStage(j, 'b', { [field]: '' })), field).toBe(false);
    }
  });

  it('needs at least one pain point somewhere, not in every stage', () => {
    expect(journeyIsComplete(updateStage(complete(), 'b', { painPoints: ' ' }))).toBe(false);
    const moved = updateStage(updateStage(complete(), 'b', { painPoints: '' }), 'a', { painPoints: 'Кезек' });
    expect(journeyIsComplete(moved)).toBe(true);
  });

  it('does not care about emotions or the order of stages', () => {
    const j = setEmotion(moveStage(complete(), 'a', 1), 'a', -2);
    expect(journeyIsComplete(j)).toBe(true);
  });

  it('stays complete with more stages when they are filled too, not when a new one is blank', () => {
    const j = complete();
    expect(journeyIsComplete(addStage(j, 'a', 'n'))).toBe(false);
    const filled = updateStage(addStage(j, 'a', 'n'), 'n', { name: 'N', actions: 'A', touchpoints: 'T' });
    expect(journeyIsComplete(filled)).toBe(true);
  });
});
