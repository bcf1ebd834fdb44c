import type { ProcessListQuery } from '../../../../api/registry.ts';
import { PROCESS_STATUSES } from '../../../../domain/registry/registry.ts';

type ProcessSort = NonNullable<(typeof ProcessListQuery)['_output']['sort']>;

/**
 * The registry's sort orders, as the API's contract lists them (api/registry.ts PROCESS_SORTS; the
 * type and registry-search.test.ts keep the two equal). Not imported from there: the router
 * validates every URL with this module, so it is part of the code every page loads first, and the
 * contract module would bring zod and the map's schemas with it.
 */
export const PROCESS_SORTS = [
  'name',
  '-name',
  'updated',
  '-updated',
  'org',
] as const satisfies readonly ProcessSort[];

/** The registry's filters as they live in the URL (/registry?orgId=…&status=…&q=…), so a view can be shared. */
export interface RegistrySearch {
  orgId?: string;
  mapId?: string;
  caseId?: string;
  publicServiceId?: string;
  informationSystemId?: string;
  status?: (typeof PROCESS_STATUSES)[number];
  q?: string;
  sort?: (typeof PROCESS_SORTS)[number];
  page?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/;

const pick = (v: unknown, ok: (s: string) => boolean) =>
  typeof v === 'string' && ok(v) ? v : typeof v === 'number' && ok(String(v)) ? String(v) : undefined;
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): T | undefined =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined;

/** Keeps only well-formed values: a bookmarked or hand-edited URL never sends the API a bad filter. */
export function validateRegistrySearch(search: Record<string, unknown>): RegistrySearch {
  const page = Number(search.page);
  const q = typeof search.q === 'string' ? search.q.slice(0, 200) : undefined;
  const out: RegistrySearch = {
    orgId: pick(search.orgId, (s) => UUID.test(s)),
    mapId: pick(search.mapId, (s) => UUID.test(s)),
    caseId: pick(search.caseId, (s) => ITEM_ID.test(s)),
    publicServiceId: pick(search.publicServiceId, (s) => UUID.test(s)),
    informationSystemId: pick(search.informationSystemId, (s) => UUID.test(s)),
    status: oneOf(PROCESS_STATUSES)(search.status),
    q: q?.trim() ? q : undefined,
    sort: oneOf(PROCESS_SORTS)(search.sort),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as RegistrySearch;
}

export interface RepeatedDataSearch {
  orgId?: string;
  informationSystemId?: string;
}

export function validateRepeatedDataSearch(search: Record<string, unknown>): RepeatedDataSearch {
  const out: RepeatedDataSearch = {
    orgId: pick(search.orgId, (s) => UUID.test(s)),
    informationSystemId: pick(search.informationSystemId, (s) => UUID.test(s)),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as RepeatedDataSearch;
}
