import { describe, expect, it } from 'vitest';
import {
  AT_RISK_MIN_ACHIEVEMENT,
  assessIndicator,
  deviationOf,
  directionOf,
  expectedValue,
  type IndicatorTargets,
  ON_TRACK_MIN_ACHIEVEMENT,
  statusOf,
  targetOf,
} from './indicator.status.ts';
import { periodOf } from './period.ts';

const ind = (
  baselineValue: number | null,
  baselineYear: number | null,
  targets: Record<string, number | null>,
) => ({ baselineValue, baselineYear, targets }) as IndicatorTargets;
/** Satisfaction with public services, %: 72 in 2024, +3 a year (the fixture's pi1). */
const satisfaction = ind(72, 2024, { 2025: 75, 2026: 78, 2027: 81, 2028: 84, 2029: 87 });
/** Days to grant a land plot: 90 in 2024 down to 15 (the fixture's ind1). */
const days = ind(90, 2024, { 2025: 60, 2026: 45, 2027: 30, 2028: 20, 2029: 15 });
const at = (i: IndicatorTargets, period: string, actual: number | null) =>
  assessIndicator(i, periodOf(period), actual);

describe('directionOf', () => {
  it('is growth unless the targets fall from the baseline', () => {
    expect(directionOf(satisfaction)).toBe('increase');
    expect(directionOf(days)).toBe('decrease');
    expect(directionOf(ind(100, 2024, { 2025: 100 }))).toBe('increase'); // keep a level
    expect(directionOf(ind(null, null, {}))).toBe('increase');
  });

  it('without a baseline compares the last target with the first', () => {
    expect(directionOf(ind(null, null, { 2025: 50, 2027: null, 2029: 10 }))).toBe('decrease');
    expect(directionOf(ind(null, null, { 2025: 10, 2029: 50 }))).toBe('increase');
  });
});

describe('expectedValue (pro-rated by quarter)', () => {
  it('is the target of the year for an annual report', () => {
    expect(expectedValue(satisfaction, periodOf('2025'))).toBe(75);
    expect(targetOf(days, 2027)).toBe(30);
  });

  it('runs linearly from the baseline to the first year target', () => {
    expect(expectedValue(satisfaction, periodOf('2025-Q1'))).toBe(72.75);
    expect(expectedValue(satisfaction, periodOf('2025-Q2'))).toBe(73.5);
    expect(expectedValue(satisfaction, periodOf('2025-Q4'))).toBe(75);
    expect(expectedValue(days, periodOf('2025-Q1'))).toBe(82.5);
    expect(expectedValue(days, periodOf('2025-Q2'))).toBe(75);
  });

  it('runs from the previous year target in later years', () => {
    expect(expectedValue(satisfaction, periodOf('2026-Q2'))).toBe(76.5);
    expect(expectedValue(days, periodOf('2026-Q1'))).toBe(56.25);
  });

  it('bridges a year without a target from the last year that has one', () => {
    const gap = ind(0, 2024, { 2025: 10, 2026: null, 2027: 30 });
    expect(expectedValue(gap, periodOf('2026-Q3'))).toBeNull();
    // From 10 at the end of 2025 to 30 at the end of 2027: 5 of 8 quarters by the end of 2027-Q1.
    expect(expectedValue(gap, periodOf('2027-Q1'))).toBe(22.5);
  });

  it('holds a quarter to the full target when nothing comes before it', () => {
    expect(expectedValue(ind(null, null, { 2025: 50 }), periodOf('2025-Q1'))).toBe(50);
    expect(expectedValue(ind(40, 2025, { 2025: 50 }), periodOf('2025-Q1'))).toBe(50);
  });
});

describe('the status rule', () => {
  it('has its thresholds at 100 % and 90 % of the way', () => {
    expect(ON_TRACK_MIN_ACHIEVEMENT).toBe(1);
    expect(AT_RISK_MIN_ACHIEVEMENT).toBe(0.9);
    expect(statusOf(1)).toBe('on_track');
    expect(statusOf(0.9999)).toBe('at_risk');
    expect(statusOf(0.9)).toBe('at_risk');
    expect(statusOf(0.8999)).toBe('off_track');
    expect(statusOf(-0.5)).toBe('off_track');
    expect(statusOf(null)).toBe('not_reported');
  });

  it('growth: on track at the target, at risk at exactly 90 % of the way from the baseline, off track below', () => {
    expect(at(satisfaction, '2025', 75)).toMatchObject({ achievement: 1, status: 'on_track' });
    expect(at(satisfaction, '2025', 76)).toMatchObject({ status: 'on_track' });
    // (74.7 − 72) / (75 − 72) = 0.9 despite floating point.
    expect(at(satisfaction, '2025', 74.7)).toMatchObject({ achievement: 0.9, status: 'at_risk' });
    expect(at(satisfaction, '2025', 74.69).status).toBe('off_track');
    expect(at(satisfaction, '2025', 70).status).toBe('off_track');
  });

  it('decline: the same rule with the baseline above the target', () => {
    expect(at(days, '2025', 60)).toMatchObject({ achievement: 1, status: 'on_track' });
    expect(at(days, '2025', 50).status).toBe('on_track');
    expect(at(days, '2025', 63)).toMatchObject({ achievement: 0.9, status: 'at_risk' });
    expect(at(days, '2025', 64).status).toBe('off_track');
    expect(at(days, '2025', 95).status).toBe('off_track'); // worse than the baseline
  });

  it('judges a quarterly report against the pro-rated value', () => {
    // 2025-Q2: 75 days expected (half way from 90 to 60).
    expect(at(days, '2025-Q2', 75)).toMatchObject({ expected: 75, status: 'on_track' });
    expect(at(days, '2025-Q2', 78)).toMatchObject({ achievement: 0.8, status: 'off_track' });
    // 2026-Q2: 76.5 % expected; 76.1 is (76.1 − 72) / (76.5 − 72) = 0.911 of the way.
    expect(at(satisfaction, '2026-Q2', 76.1)).toMatchObject({ expected: 76.5, status: 'at_risk' });
  });

  it('no target for the year is no_target, whatever was reported; no actual is not_reported', () => {
    const gap = ind(0, 2024, { 2025: 10, 2026: null });
    expect(at(gap, '2026', 12)).toMatchObject({ status: 'no_target', expected: null, deviation: null });
    expect(at(gap, '2030-Q1', null).status).toBe('no_target');
    expect(at(satisfaction, '2025', null)).toMatchObject({
      status: 'not_reported',
      expected: 75,
      achievement: null,
      deviation: null,
    });
  });

  it('without a baseline, or keeping a level, compares the values', () => {
    expect(at(ind(null, null, { 2025: 50 }), '2025', 45)).toMatchObject({
      achievement: 0.9,
      status: 'at_risk',
    });
    expect(at(ind(100, 2024, { 2025: 100 }), '2025', 100).status).toBe('on_track');
    expect(at(ind(100, 2024, { 2025: 100 }), '2025', 99.95).status).toBe('at_risk');
    // A baseline of the period's own year is no starting point.
    expect(at(ind(40, 2025, { 2025: 50 }), '2025', 45).status).toBe('at_risk');
    // Decline by value: 15 days expected, 20 reported = 0.75.
    expect(at(ind(null, null, { 2025: 30, 2026: 15 }), '2026', 20)).toMatchObject({
      achievement: 0.75,
      status: 'off_track',
    });
  });

  it('a target of zero (no complaints left) is met only at zero', () => {
    const complaints = ind(5, 2024, { 2025: 0 });
    expect(directionOf(complaints)).toBe('decrease');
    expect(at(complaints, '2025', 0).status).toBe('on_track');
    expect(at(complaints, '2025', 1)).toMatchObject({ achievement: 0.8, status: 'off_track' });
    expect(at(ind(null, null, { 2025: 0, 2024: 3 }), '2025', 0).status).toBe('on_track');
  });
});

describe('deviation', () => {
  it('is actual − expected, positive above the target, favourable above for growth', () => {
    expect(at(satisfaction, '2025', 74.7).deviation).toEqual({
      absolute: -0.3,
      relative: -0.004,
      favourable: false,
    });
    expect(at(satisfaction, '2025', 76).deviation).toEqual({
      absolute: 1,
      relative: 0.0133333333,
      favourable: true,
    });
  });

  it('is favourable below the target for decline', () => {
    expect(at(days, '2025', 63).deviation).toEqual({ absolute: 3, relative: 0.05, favourable: false });
    expect(at(days, '2025', 50).deviation).toEqual({
      absolute: -10,
      relative: -0.1666666667,
      favourable: true,
    });
    expect(at(days, '2025', 60).deviation).toMatchObject({ absolute: 0, favourable: true });
  });

  it('has no relative deviation from a target of zero', () => {
    expect(deviationOf('decrease', 0, 2)).toEqual({ absolute: 2, relative: null, favourable: false });
  });
});
