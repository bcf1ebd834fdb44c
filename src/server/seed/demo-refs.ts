import type { LocalizedText } from '../../domain/locale.ts';
import { QUARTERS_IN_PERIOD, type ScheduleCell } from '../../domain/map/map.schema.ts';

/**
 * How a demo map finds the rows of the reference tables it points at. Each function returns the
 * uuid of the seeded row and throws when the name or code is unknown, so a typo fails the seed.
 */
export interface DemoRefs {
  /** A public service by its exact Russian name (shared/data/public-services.json). */
  service(ruName: string): string;
  /** An information system by its code (reference.data.ts, INFORMATION_SYSTEMS). */
  system(code: string): string;
  /** A State Planning System document by its code (reference.data.ts, PLANNING_DOCUMENTS). */
  planningDocument(code: string): string;
}

/** A localized text: kk and ru, en where given. */
export function t(kk: string, ru: string, en?: string): LocalizedText {
  return en === undefined ? { kk, ru } : { kk, ru, en };
}

/** A named list entry (a business process, a department, a function…). */
export function item(id: string, kk: string, ru: string, en?: string): { id: string; name: LocalizedText } {
  return { id, name: t(kk, ru, en) };
}

/**
 * A plan-schedule row written as 20 characters, one per quarter from 2025 Q1 to 2029 Q4:
 * '.' for an empty cell, or R, F, D; spaces are ignored, e.g. 'RRFF FFFF DDDD .... ....'.
 */
export function quarters(spec: string): ScheduleCell[] {
  const chars = spec.replace(/\s+/g, '').split('');
  if (chars.length !== QUARTERS_IN_PERIOD) {
    throw new Error(`a schedule row needs ${QUARTERS_IN_PERIOD} quarters, got ${chars.length}: ${spec}`);
  }
  return chars.map((c) => {
    if (c === '.') return '';
    if (c === 'R' || c === 'F' || c === 'D') return c;
    throw new Error(`bad schedule code '${c}' in ${spec}`);
  });
}

/** The uuids of information systems by their codes. */
export function systemIds(refs: DemoRefs, ...codes: string[]): string[] {
  return codes.map((code) => refs.system(code));
}
