import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VariantOut } from '../../../../api/reengineering.ts';
import type {
  CaseOption,
  ProcessBodyInput,
  ProcessDetailOut,
  ProcessListOut,
  RepeatedDataOut,
} from '../../../../api/registry.ts';
import type { VariantKind } from '../../../../domain/registry/registry.ts';
import { api } from '../../../lib/api.ts';

export const REGISTRY_KEY = ['registry'] as const;

/** Query parameters without the empty ones, as a query string ('' when none). */
export function queryString(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface ProcessListParams {
  orgId?: string;
  mapId?: string;
  caseId?: string;
  publicServiceId?: string;
  informationSystemId?: string;
  status?: string;
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
}

/** A page of the registry; the previous page stays on screen while the next one loads. */
export function useProcesses(params: ProcessListParams) {
  return useQuery({
    queryKey: [...REGISTRY_KEY, 'processes', params],
    queryFn: () => api<ProcessListOut>('GET', `/api/registry/processes${queryString({ ...params })}`),
    placeholderData: keepPreviousData,
  });
}

export function useProcess(id: string) {
  return useQuery({
    queryKey: [...REGISTRY_KEY, 'process', id],
    queryFn: () => api<ProcessDetailOut>('GET', `/api/registry/processes/${encodeURIComponent(id)}`),
  });
}

/** The current BPMN variant of a kind (served by the reengineering module). */
export function useVariant(processId: string, kind: VariantKind | null) {
  return useQuery({
    queryKey: [...REGISTRY_KEY, 'variant', processId, kind],
    enabled: kind !== null,
    queryFn: () =>
      api<VariantOut>('GET', `/api/registry/processes/${encodeURIComponent(processId)}/variants/${kind}`),
  });
}

export function useRepeatedData(params: { orgId?: string; informationSystemId?: string }) {
  return useQuery({
    queryKey: [...REGISTRY_KEY, 'repeated-data', params],
    queryFn: () => api<RepeatedDataOut>('GET', `/api/registry/repeated-data${queryString(params)}`),
    placeholderData: keepPreviousData,
  });
}

/** Cases of the maps the reader sees (own body, or every body for the national side). */
export function useRegistryCases(orgId?: string) {
  return useQuery({
    queryKey: [...REGISTRY_KEY, 'cases', orgId ?? null],
    queryFn: () => api<CaseOption[]>('GET', `/api/registry/cases${queryString({ orgId })}`),
    staleTime: 60_000,
  });
}

/** Adds a process (no id) or changes one (with id and the revision it was based on). */
export function useSaveProcess() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      revision,
      body,
    }: {
      id?: string;
      revision?: number;
      body: ProcessBodyInput;
    }): Promise<{ id: string; revision: number }> =>
      id
        ? api('PUT', `/api/registry/processes/${encodeURIComponent(id)}`, { ...body, revision })
        : api('POST', '/api/registry/processes', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: REGISTRY_KEY }),
  });
}
