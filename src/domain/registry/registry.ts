/**
 * The electronic registry of business processes (R.11.7): every process of a state body with its
 * owner, cases, roles, steps, data, information systems, public services, variants and status.
 */

/**
 * The status of a process in the registry: in use as it is, being reengineered (R.29–R.37),
 * reengineered (its target variant is implemented, R.38) or no longer performed.
 */
export const PROCESS_STATUSES = ['current', 'in_reengineering', 'reengineered', 'retired'] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];

/** The kinds of BPMN variant of a process (R.3): as-is, target ("как будет"), optimal ("как должно быть"). */
export const VARIANT_KINDS = ['as_is', 'target', 'optimal'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

/** A link from a process to a case (and optionally a business process item) of its body's map. */
export interface CaseLink {
  mapId: string;
  caseId: string;
  processItemId: string | null;
}

/**
 * The variant whose repeated data requests count for the process in the list: the target
 * variant when there is one (the process as it will be), else the as-is variant.
 */
export function countedVariantKind(kinds: readonly string[]): VariantKind | null {
  if (kinds.includes('target')) return 'target';
  if (kinds.includes('as_is')) return 'as_is';
  return null;
}
