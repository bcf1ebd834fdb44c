/** Emotion of the client at a stage: -2 very negative … 2 very positive. */
export type CjmEmotion = -2 | -1 | 0 | 1 | 2;

/** One stage (column) of a customer journey map. */
export interface CjmStage {
  id: string;
  name: string;
  /** What the client does at this stage. */
  actions: string;
  /** Where the client meets the state body: portal, front office, call centre, SMS… */
  touchpoints: string;
  /** What goes wrong or hurts the client. */
  painPoints: string;
  emotion: CjmEmotion;
}

/**
 * A customer journey map (R.32 item 5: interviews with stakeholders and the customer journey map):
 * one persona and the stages of the client's journey, in order.
 */
export interface CustomerJourney {
  persona: string;
  stages: CjmStage[];
}

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
export const EMOTIONS: readonly CjmEmotion[] = [-2, -1, 0, 1, 2];
