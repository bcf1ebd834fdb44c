import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActualsBody,
  CellsBody,
  NationalOut,
  PeriodListOut,
  PeriodOut,
  ReportOut,
  SavedActualsOut,
  SavedCellsOut,
  SummaryOut,
} from '../../../api/monitoring.ts';
import { api } from '../../lib/api.ts';

/** Queries of the monitoring of a map (R.25–R.28), /api/monitoring/maps/:mapId. */

export const MONITORING_KEY = ['monitoring'] as const;
const base = (mapId: string) => `/api/monitoring/maps/${encodeURIComponent(mapId)}`;

export function useSummary(mapId: string) {
  return useQuery({
    queryKey: [...MONITORING_KEY, mapId, 'summary'],
    queryFn: () => api<SummaryOut>('GET', `${base(mapId)}/summary`),
  });
}

export function usePeriods(mapId: string) {
  return useQuery({
    queryKey: [...MONITORING_KEY, mapId, 'periods'],
    queryFn: () => api<z.infer<typeof PeriodListOut>>('GET', `${base(mapId)}/periods`),
  });
}

export function useReport(mapId: string, period: string) {
  return useQuery({
    queryKey: [...MONITORING_KEY, mapId, 'report', period],
    queryFn: () => api<ReportOut>('GET', `${base(mapId)}/periods/${encodeURIComponent(period)}`),
  });
}

function useInvalidate(mapId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: [...MONITORING_KEY, mapId] });
}

export function useOpenPeriods(mapId: string) {
  const invalidate = useInvalidate(mapId);
  return useMutation({
    mutationFn: () => api<z.infer<typeof PeriodListOut>>('POST', `${base(mapId)}/periods/open`),
    onSuccess: invalidate,
  });
}

export function useSaveActuals(mapId: string, period: string) {
  const invalidate = useInvalidate(mapId);
  return useMutation({
    mutationFn: (body: ActualsBody | { actuals: unknown[] }) =>
      api<z.infer<typeof SavedActualsOut>>('PUT', `${base(mapId)}/periods/${period}/actuals`, body),
    onSuccess: invalidate,
  });
}

export function useSaveCells(mapId: string, period: string) {
  const invalidate = useInvalidate(mapId);
  return useMutation({
    mutationFn: (body: CellsBody) =>
      api<z.infer<typeof SavedCellsOut>>('PUT', `${base(mapId)}/periods/${period}/cells`, body),
    onSuccess: invalidate,
  });
}

export function usePeriodStep(mapId: string, period: string) {
  const invalidate = useInvalidate(mapId);
  return useMutation({
    mutationFn: (action: 'submit' | 'lock') =>
      api<PeriodOut>('POST', `${base(mapId)}/periods/${period}/${action}`),
    onSuccess: invalidate,
  });
}

/** External monitoring (R.28): every body with a map in force, ranked (GET /api/monitoring/national). */
export function useNational() {
  return useQuery({
    queryKey: [...MONITORING_KEY, 'national'],
    queryFn: () => api<NationalOut>('GET', '/api/monitoring/national'),
  });
}
