import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../bpmn/bpmn.metrics.ts';
import { INDICATOR_STATUSES } from '../monitoring/indicator.status.ts';
import { INDICATOR_KINDS } from '../monitoring/indicators.ts';
import { TERM_OUTCOMES } from '../monitoring/rule.terms.ts';
import { EXECUTION_STATES } from '../monitoring/schedule.execution.ts';
import { TEAM_ROLES } from '../reengineering/project.schema.ts';
import { VARIANT_KINDS } from '../reengineering/project.workflow.ts';
import { REPORT_LABELS, type ReportLabel, reportLabel } from './report-labels.ts';

const entries = Object.entries(REPORT_LABELS) as [string, ReportLabel][];
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the catalogue of report labels', () => {
  it.each(entries)('%s has kk, ru and en with the same placeholders', (_key, label) => {
    for (const text of [label.kk, label.ru, label.en]) expect(text.trim()).not.toBe('');
    expect(placeholders(label.kk)).toEqual(placeholders(label.ru));
    expect(placeholders(label.en)).toEqual(placeholders(label.ru));
  });

  it('names every value the documents print from a fixed set', () => {
    const needed = [
      ...TEAM_ROLES.map((r) => `team.${r}`),
      ...VARIANT_KINDS.map((k) => `variant.${k}`),
      ...METRIC_KEYS.map((k) => `metric.${k}`),
      ...INDICATOR_STATUSES.map((s) => `status.${s}`),
      ...INDICATOR_KINDS.map((k) => `indicators.${k}`),
      ...EXECUTION_STATES.map((s) => `execution.${s}`),
      ...TERM_OUTCOMES.map((o) => `outcome.${o}`),
      ...['review', 'publication', 'teamFormation', 'resultsPublication'].map((t) => `term.${t}`),
    ];
    expect(needed.filter((k) => !(k in REPORT_LABELS))).toEqual([]);
  });

  it('fills placeholders in the asked language', () => {
    expect(reportLabel('redline.versions', 'ru', { from: 1, to: 2 })).toBe('Версия 1 → версия 2');
    expect(reportLabel('redline.versions', 'kk', { from: 1, to: 2 })).toBe('1-нұсқа → 2-нұсқа');
  });
});
