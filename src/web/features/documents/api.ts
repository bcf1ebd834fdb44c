import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BundleOut } from '../../../api/documents.ts';
import { api } from '../../lib/api.ts';

export type { BundleOut };

const KEY = ['documents', 'bundles'] as const;

/** A bundle still being made: the list refreshes every second until none is. */
export const inTheMaking = (b: Pick<BundleOut, 'status'>) => b.status === 'queued' || b.status === 'running';

export function useBundles() {
  return useQuery({
    queryKey: KEY,
    queryFn: () => api<BundleOut[]>('GET', '/api/documents/bundles'),
    refetchInterval: (q) => (q.state.data?.some(inTheMaking) ? 1000 : false),
  });
}

export function useRequestBundle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { formats: string[]; locales: string[] }) =>
      api<BundleOut>('POST', '/api/documents/bundles', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}

/** Progress in per cent (0 while the job has not counted its files yet). */
export const percentOf = (b: Pick<BundleOut, 'done' | 'total' | 'status'>) =>
  b.status === 'done' ? 100 : b.total > 0 ? Math.floor((100 * b.done) / b.total) : 0;
