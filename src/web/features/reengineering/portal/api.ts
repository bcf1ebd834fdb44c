import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PublicProjectOut, PublicProjectSummaryOut } from '../../../../api/reengineering.ts';
import { api } from '../../../lib/api.ts';

/** The portal's part of reengineering (R.37): published projects only, read without a session. */
export type PublicProjectSummary = z.infer<typeof PublicProjectSummaryOut>;

export function usePublicProjects() {
  return useQuery({
    queryKey: ['public', 'projects'],
    queryFn: () => api<PublicProjectSummary[]>('GET', '/api/public/projects'),
    staleTime: 60_000,
  });
}

export function usePublicProject(id: string) {
  return useQuery({
    queryKey: ['public', 'project', id],
    queryFn: () => api<PublicProjectOut>('GET', `/api/public/projects/${encodeURIComponent(id)}`),
    staleTime: 60_000,
  });
}
