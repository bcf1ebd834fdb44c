import { useQuery } from '@tanstack/react-query';
import type { ReferenceItemOut, ReferenceKind } from '../../../api/reference.ts';
import type { MapDiff } from '../../../domain/map/map.diff.ts';
import type { MapDocument } from '../../../domain/map/map.schema.ts';
import { api } from '../../lib/api.ts';
import type { PublicMapSummary } from './portal-search.ts';

/**
 * The portal reads /api/public/* only: no session, nothing but published versions (R.24).
 */
export interface PublicVersion {
  number: number;
  status: 'published' | 'superseded';
  approvedOn: string | null;
  publishedOn: string | null;
  amendmentGround: number | null;
}
export interface PublicMap {
  id: string;
  organisation: PublicMapSummary['organisation'];
  periodFrom: number;
  versions: PublicVersion[];
}

const enc = encodeURIComponent;

export function usePublicMaps() {
  return useQuery({
    queryKey: ['public', 'maps'],
    queryFn: () => api<PublicMapSummary[]>('GET', '/api/public/maps'),
    staleTime: 60_000,
  });
}

export function usePublicMap(mapId: string) {
  return useQuery({
    queryKey: ['public', 'map', mapId],
    queryFn: () => api<PublicMap>('GET', `/api/public/maps/${enc(mapId)}`),
    staleTime: 60_000,
  });
}

/** A published version never changes: cache it for good. */
export function usePublicVersion(mapId: string, number: number | null) {
  return useQuery({
    queryKey: ['public', 'version', mapId, number],
    queryFn: () => api<MapDocument>('GET', `/api/public/maps/${enc(mapId)}/versions/${number}`),
    enabled: number !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePublicDiff(mapId: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['public', 'diff', mapId, from, to],
    queryFn: () => api<MapDiff>('GET', `/api/public/maps/${enc(mapId)}/diff?from=${from}&to=${to}`),
    enabled: from !== null && to !== null && from !== to,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePublicReference(kind: ReferenceKind) {
  return useQuery({
    queryKey: ['public', 'reference', kind],
    queryFn: () => api<ReferenceItemOut[]>('GET', `/api/public/reference/${kind}`),
    staleTime: 5 * 60_000,
  });
}
