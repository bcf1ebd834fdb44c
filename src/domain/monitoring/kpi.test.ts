import { describe, expect, it } from 'vitest';
import type { IndicatorStatus } from './indicator.status.ts';
import { countByStatus, criteriaRollup, deputyHeadKpi, latestReportedPeriod } from './kpi.ts';
import { formatPeriod } from './period.ts';
import { countOutcomes, ruleTerm, termOutcome } from './rule.terms.ts';

describe('deputyHeadKpi (R.25)', () => {
  it('is the share on track of the indicators with a target, one decimal', () => {
    const statuses: IndicatorStatus[] = [
      'on_track',
      'on_track',
      'at_risk',
      'off_track',
      'not_reported',
      'no_target',
    ];
    // 2 on track of 5 with a target (the one without a target is left out; the unreported counts).
    expect(deputyHeadKpi(statuses)).toEqual({ value: 40, onTrack: 2, counted: 5 });
    expect(deputyHeadKpi(['on_track', 'on_track', 'off_track']).value).toBe(66.7);
    expect(deputyHeadKpi(['on_track', 'at_risk', 'at_risk']).value).toBe(33.3);
    expect(deputyHeadKpi(['on_track', ...Array<IndicatorStatus>(7).fill('off_track')]).value).toBe(12.5);
    expect(deputyHeadKpi(['on_track']).value).toBe(100);
    expect(deputyHeadKpi(['off_track', 'not_reported']).value).toBe(0);
  });

  it('is null, not 0 or 100, when no indicator has a target', () => {
    expect(deputyHeadKpi([])).toEqual({ value: null, onTrack: 0, counted: 0 });
    expect(deputyHeadKpi(['no_target', 'no_target']).value).toBeNull();
  });

  it('an unreported indicator cannot raise the KPI', () => {
    expect(deputyHeadKpi(['on_track', 'not_reported']).value).toBe(50);
    expect(deputyHeadKpi(['on_track']).value).toBeGreaterThan(
      deputyHeadKpi(['on_track', 'not_reported']).value!,
    );
  });
});

describe('latestReportedPeriod', () => {
  it('takes the latest submitted or locked period, an annual report after its fourth quarter', () => {
    const p = latestReportedPeriod([
      { period: '2025-Q4', status: 'locked' },
      { period: '2026-Q1', status: 'submitted' },
      { period: '2026-Q2', status: 'open' },
      { period: '2025', status: 'locked' },
    ]);
    expect(formatPeriod(p!)).toBe('2026-Q1');
    expect(
      formatPeriod(
        latestReportedPeriod([
          { period: '2025', status: 'submitted' },
          { period: '2025-Q4', status: 'locked' },
        ])!,
      ),
    ).toBe('2025');
    expect(latestReportedPeriod([{ period: '2026-Q1', status: 'open' }])).toBeNull();
    expect(latestReportedPeriod([])).toBeNull();
  });
});

describe('roll-ups', () => {
  it('counts statuses', () => {
    expect(countByStatus(['on_track', 'off_track', 'on_track'])).toEqual({
      on_track: 2,
      at_risk: 0,
      off_track: 1,
      no_target: 0,
      not_reported: 0,
      total: 3,
    });
  });

  it('counts the performance indicators per R.19 criterion, unset criteria apart', () => {
    const r = criteriaRollup([
      { criterion: 1, status: 'on_track' },
      { criterion: 1, status: 'off_track' },
      { criterion: 3, status: 'at_risk' },
      { criterion: null, status: 'on_track' },
    ]);
    expect(r.criteria.map((c) => c.criterion)).toEqual([1, 2, 3, 4, 5]);
    expect(r.criteria[0]!.counts).toMatchObject({ on_track: 1, off_track: 1, total: 2 });
    expect(r.criteria[1]!.counts.total).toBe(0);
    expect(r.criteria[2]!.counts).toMatchObject({ at_risk: 1, total: 1 });
    expect(r.unassigned).toMatchObject({ on_track: 1, total: 1 });
  });
});

describe('terms of the Rules met or missed', () => {
  it('met on or before the due day, missed after it or when not done once due, else pending', () => {
    expect(termOutcome('2026-03-17', '2026-03-17', '2026-04-01')).toBe('met');
    expect(termOutcome('2026-03-17', '2026-03-18', '2026-04-01')).toBe('missed');
    expect(termOutcome('2026-03-17', null, '2026-03-17')).toBe('pending');
    expect(termOutcome('2026-03-17', null, '2026-03-18')).toBe('missed');
  });

  it('names the point of the Rules and counts the outcomes', () => {
    const terms = [
      ruleTerm('review', '2026-02-02', '2026-02-16', '2026-02-10', '2026-04-01'),
      ruleTerm('publication', '2026-03-02', '2026-03-05', null, '2026-04-01'),
      ruleTerm('teamFormation', '2026-03-02', '2026-03-17', '2026-03-02', '2026-04-01'),
      ruleTerm('resultsPublication', '2026-04-01', '2026-04-08', null, '2026-04-01'),
    ];
    expect(terms.map((t) => [t.point, t.outcome])).toEqual([
      ['R.23', 'met'],
      ['R.24', 'missed'],
      ['R.30', 'met'],
      ['R.37', 'pending'],
    ]);
    expect(countOutcomes(terms)).toEqual({ met: 2, missed: 1, pending: 1 });
  });
});
