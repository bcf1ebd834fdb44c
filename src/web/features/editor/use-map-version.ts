import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VersionOut } from '../../../api/maps.ts';
import type { ReferenceItemOut, ReferenceKind } from '../../../api/reference.ts';
import { api } from '../../lib/api.ts';

/** The URL of a map version; sections, the document and the sector order hang below it. */
export const versionUrl = (mapId: string, number: number): string =>
  `/api/maps/${encodeURIComponent(mapId)}/versions/${number}`;

export const versionQueryKey = (mapId: string, number: number) => ['map-version', mapId, number] as const;

/**
 * A version of a map as the editor needs it (GET /api/maps/:mapId/versions/:number); the editor's
 * route starts it as soon as the URL matches (app/router.tsx), alongside the session check.
 */
export const mapVersionQuery = (mapId: string, number: number) =>
  queryOptions({
    queryKey: versionQueryKey(mapId, number),
    queryFn: () => api<VersionOut>('GET', versionUrl(mapId, number)),
    // The editor keeps its own copy once loaded; a background refetch must not replace typing.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const validVersionRef = (mapId: string, number: number): boolean =>
  Boolean(mapId) && Number.isInteger(number) && number > 0;

export function useMapVersion(mapId: string, number: number) {
  return useQuery({ ...mapVersionQuery(mapId, number), enabled: validVersionRef(mapId, number) });
}

/** A reference table (public services, information systems, planning documents). */
export const referenceQuery = (kind: ReferenceKind) =>
  queryOptions({
    queryKey: ['reference', kind],
    queryFn: () => api<ReferenceItemOut[]>('GET', `/api/reference/${kind}`),
    staleTime: 5 * 60_000,
  });

export function useReference(kind: ReferenceKind) {
  return useQuery(referenceQuery(kind));
}
