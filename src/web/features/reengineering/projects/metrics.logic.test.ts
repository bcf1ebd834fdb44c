import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../../../domain/bpmn/bpmn.metrics.ts';
import { deltaTone, formatDelta, improvementSummary, metricRows } from './metrics.logic.ts';

const metrics = (counts: Partial<Record<string, number>>) =>
  Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, { count: n ?? 0, ids: [`${k}_${n}`] }]));

describe('the metrics side by side (R.36.2)', () => {
  it('gives every metric a row with the change from the as-is model; lower is better', () => {
    const rows = metricRows([
      { kind: 'as_is', metrics: metrics({ steps: 9, roles: 3, waitingPoints: 2 }) },
      { kind: 'target', metrics: metrics({ steps: 5, roles: 4, waitingPoints: 2 }) },
    ]);
    expect(rows.map((r) => r.key)).toEqual([...METRIC_KEYS]);
    const steps = rows.find((r) => r.key === 'steps')!;
    expect(steps.cells.as_is).toEqual({
      kind: 'as_is',
      value: { count: 9, ids: ['steps_9'] },
      delta: null,
      tone: null,
    });
    expect(steps.cells.target).toMatchObject({ delta: -4, tone: 'better' });
    expect(steps.cells.optimal).toEqual({ kind: 'optimal', value: null, delta: null, tone: null });
    expect(rows.find((r) => r.key === 'roles')!.cells.target.tone).toBe('worse');
    expect(rows.find((r) => r.key === 'waitingPoints')!.cells.target.tone).toBe('same');
    expect(improvementSummary(rows, 'target')).toEqual({ better: 1, worse: 1 });
  });

  it('has no change where the as-is model is missing', () => {
    const rows = metricRows([{ kind: 'target', metrics: metrics({ steps: 5 }) }]);
    expect(rows[0].cells.target).toMatchObject({ value: { count: 5 }, delta: null, tone: null });
  });

  it('writes changes with a sign', () => {
    expect([formatDelta(-3), formatDelta(2), formatDelta(0)]).toEqual(['−3', '+2', '0']);
    expect([deltaTone(-1), deltaTone(1), deltaTone(0)]).toEqual(['better', 'worse', 'same']);
  });
});
