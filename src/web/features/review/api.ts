import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewFindingOut } from '../../../api/maps.ts';
import type { LocalizedText } from '../../../domain/locale.ts';
import type { MapDiff } from '../../../domain/map/map.diff.ts';
import { api } from '../../lib/api.ts';
import { versionUrl } from '../editor/use-map-version.ts';
import type { HistoryEvent, VersionSummary } from './lifecycle.logic.ts';

/** The map with the versions the user may see (GET /api/maps/:mapId). */
export interface MapWithVersions {
  id: string;
  periodFrom: number;
  title: LocalizedText;
  versions: VersionSummary[];
}

const mapUrl = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}`;

export const reviewKeys = {
  map: (mapId: string) => ['map', mapId] as const,
  findings: (mapId: string, number: number) => ['review-findings', mapId, number] as const,
  history: (mapId: string) => ['map-history', mapId] as const,
  diff: (mapId: string, from: number, to: number) => ['map-diff', mapId, from, to] as const,
};

export const mapVersionsQuery = (mapId: string) =>
  queryOptions({
    queryKey: reviewKeys.map(mapId),
    queryFn: () => api<MapWithVersions>('GET', mapUrl(mapId)),
  });

export function useMapVersions(mapId: string) {
  return useQuery({ ...mapVersionsQuery(mapId), enabled: Boolean(mapId) });
}

/** The review's remarks on this version and the versions before it, with their threads. */
export const reviewFindingsQuery = (mapId: string, number: number) =>
  queryOptions({
    queryKey: reviewKeys.findings(mapId, number),
    queryFn: () => api<ReviewFindingOut[]>('GET', `${versionUrl(mapId, number)}/findings`),
  });

export function useReviewFindings(mapId: string, number: number) {
  return useQuery({ ...reviewFindingsQuery(mapId, number), enabled: Boolean(mapId) && number > 0 });
}

export function useMapHistory(mapId: string, enabled = true) {
  return useQuery({
    queryKey: reviewKeys.history(mapId),
    queryFn: () => api<HistoryEvent[]>('GET', `${mapUrl(mapId)}/history`),
    enabled: Boolean(mapId) && enabled,
  });
}

/** The redline between two versions; versions never change once submitted, so it is kept a while. */
export function useMapDiff(mapId: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: reviewKeys.diff(mapId, from ?? 0, to ?? 0),
    queryFn: () => api<MapDiff>('GET', `${mapUrl(mapId)}/diff?from=${from}&to=${to}`),
    enabled: Boolean(mapId) && from !== null && to !== null && from !== to,
    staleTime: 30_000,
  });
}

/** Everything a workflow step or a remark may have changed: the versions, their remarks, the history. */
export function useInvalidateLifecycle(mapId: string) {
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: ['map-version', mapId] }),
      qc.invalidateQueries({ queryKey: reviewKeys.map(mapId) }),
      qc.invalidateQueries({ queryKey: ['review-findings', mapId] }),
      qc.invalidateQueries({ queryKey: reviewKeys.history(mapId) }),
      qc.invalidateQueries({ queryKey: ['map-diff', mapId] }),
      qc.invalidateQueries({ queryKey: ['maps'] }),
    ]);
  };
}

/** The result of a workflow step: the version it produced or moved. */
export interface StepOut {
  mapId: string;
  number: number;
  status: string;
}

export type StepRequest =
  | { action: 'submit' | 'start-draft' | 'approve' | 'publish' }
  | { action: 'decision'; body: { decision: 'agree' | 'return'; reason: string } }
  | { action: 'amendments'; body: { ground: number; justification: string } };

export function useWorkflowStep(mapId: string, number: number) {
  return useMutation({
    mutationFn: (req: StepRequest) =>
      api<StepOut>(
        'POST',
        `${versionUrl(mapId, number)}/${req.action}`,
        'body' in req ? req.body : undefined,
      ),
  });
}

/** A remark changes its thread and the history, never the version itself. */
function useInvalidateRemarks(mapId: string) {
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: ['review-findings', mapId] }),
      qc.invalidateQueries({ queryKey: reviewKeys.history(mapId) }),
    ]);
  };
}

export function useAddRemark(mapId: string, number: number) {
  const invalidate = useInvalidateRemarks(mapId);
  return useMutation({
    mutationFn: (body: { section: string; path: (string | number)[]; text: string }) =>
      api<{ id: string }>('POST', `${versionUrl(mapId, number)}/findings`, body),
    onSuccess: invalidate,
  });
}

export function useReplyToRemark(mapId: string) {
  const invalidate = useInvalidateRemarks(mapId);
  return useMutation({
    mutationFn: (req: { id: string; text: string }) =>
      api<{ ok: true }>('POST', `/api/findings/${encodeURIComponent(req.id)}/messages`, { text: req.text }),
    onSuccess: invalidate,
  });
}

export function useResolveRemark(mapId: string) {
  const invalidate = useInvalidateRemarks(mapId);
  return useMutation({
    mutationFn: (id: string) => api<{ ok: true }>('POST', `/api/findings/${encodeURIComponent(id)}/resolve`),
    onSuccess: invalidate,
  });
}
