import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MapSummaryOut, VersionOut } from '../../../api/maps.ts';
import { api } from '../../lib/api.ts';

export const MAPS_KEY = ['maps'] as const;

/** The maps of the user's organisation. */
export function useMaps() {
  return useQuery({ queryKey: MAPS_KEY, queryFn: () => api<MapSummaryOut[]>('GET', '/api/maps') });
}

/** Creates the organisation's map: empty in the official form, or from a JSON document. */
export function useCreateMap() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (document?: unknown) =>
      api<VersionOut>('POST', '/api/maps', document === undefined ? {} : { document }),
    onSettled: () => qc.invalidateQueries({ queryKey: MAPS_KEY }),
  });
}
