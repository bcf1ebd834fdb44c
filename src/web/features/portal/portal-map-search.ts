/**
 * The search of /portal/maps/$mapId: the version shown and the two compared. Apart from the page
 * so the router does not load the page to read it.
 */
export interface PortalMapSearch {
  v?: number;
  from?: number;
  to?: number;
}

const positiveInt = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

export function validatePortalMapSearch(search: Record<string, unknown>): PortalMapSearch {
  return { v: positiveInt(search.v), from: positiveInt(search.from), to: positiveInt(search.to) };
}
