import { useQuery } from '@tanstack/react-query';
import type { VersionOut } from '../../../api/maps.ts';
import type { ReferenceItemOut, ReferenceKind } from '../../../api/reference.ts';
import { api } from '../../lib/api.ts';

/** The URL of a map version; sections, the document and the sector order hang below it. */
export const versionUrl = (mapId: string, number: number): string =>
  `/api/maps/${encodeURIComponent(mapId)}/versions/${number}`;

export const versionQueryKey = (mapId: string, number: number) => ['map-version', mapId, number] as const;

/** A version of a map as the editor needs it (GET /api/maps/:mapId/versions/:number). */
export function useMapVersion(mapId: string, number: number) {
  return useQuery({
    queryKey: versionQueryKey(mapId, number),
    queryFn: () => api<VersionOut>('GET', versionUrl(mapId, number)),
    // The editor keeps its own copy once loaded; a background refetch must not replace typing.
    staleTime: Number.POSITIVE_INFINITY,
    enabled: Boolean(mapId) && Number.isInteger(number) && number > 0,
  });
}

/** A reference table (public services, information systems, planning documents). */
export function useReference(kind: ReferenceKind) {
  return useQuery({
    queryKey: ['reference', kind],
    queryFn: () => api<ReferenceItemOut[]>('GET', `/api/reference/${kind}`),
    staleTime: 5 * 60_000,
  });
}
