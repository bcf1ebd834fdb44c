import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MapOut } from '../../../../api/maps.ts';
import type { ProjectOut, ProjectSummaryOut, VariantOut } from '../../../../api/reengineering.ts';
import type { LocalizedText } from '../../../../domain/locale.ts';
import type { MapDocument } from '../../../../domain/map/map.schema.ts';
import type { ProjectStage } from '../../../../domain/reengineering/project.workflow.ts';
import { ApiError, api } from '../../../lib/api.ts';
import type { ProjectHistoryEvent } from './history.logic.ts';
import type { ModelKind } from './project.logic.ts';

/** Queries of reengineering projects (R.29–R.37) and of the BPMN variants of their processes. */

export const PROJECTS_KEY = ['projects'] as const;
const enc = encodeURIComponent;

export function useProjects(stage?: ProjectStage) {
  return useQuery({
    queryKey: [...PROJECTS_KEY, 'list', stage ?? null],
    queryFn: () => api<ProjectSummaryOut[]>('GET', `/api/projects${stage ? `?stage=${stage}` : ''}`),
  });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: [...PROJECTS_KEY, 'one', id],
    queryFn: () => api<ProjectOut>('GET', `/api/projects/${enc(id)}`),
  });
}

/** Refetches the projects, their histories and the registry (after a step). */
export function useInvalidateProjects() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: PROJECTS_KEY }),
      qc.invalidateQueries({ queryKey: ['registry'] }),
    ]).then(() => undefined);
}

export function useOpenProject() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { mapId: string; caseId: string }) =>
      api<{ id: string }>('POST', '/api/projects', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: PROJECTS_KEY }),
  });
}

export type PartName = 'team' | 'asIs' | 'plan';

/** Saves one part based on the project revision the editor loaded; 409 project.part_conflict when stale. */
export function useSavePart(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ part, baseRevision, value }: { part: PartName; baseRevision: number; value: unknown }) =>
      api<{ revision: number; partRevisions: Record<string, number> }>(
        'PUT',
        `/api/projects/${enc(id)}/parts/${part}`,
        { baseRevision, value },
      ),
    // A conflict also means the project on screen is stale: refetch either way.
    onSettled: () => qc.invalidateQueries({ queryKey: PROJECTS_KEY }),
  });
}

export interface ActionRequest {
  action: string;
  body: { reason?: string; protocolNumber?: string; protocolDate?: string };
}

export function useProjectAction(id: string) {
  return useMutation({
    mutationFn: ({ action, body }: ActionRequest) =>
      api<{ id: string; stage: ProjectStage }>('POST', `/api/projects/${enc(id)}/actions/${action}`, body),
  });
}

export interface DeadlineChangeRequest {
  ground: 1 | 2;
  newDue: string;
  reasons: string;
  protocolNumber: string;
  protocolDate: string;
  signedByLeader: true;
  file: { name: string; type: string; contentBase64: string };
}

export function useRequestDeadlineChange(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DeadlineChangeRequest) =>
      api<{ id: string }>('POST', `/api/projects/${enc(id)}/deadline-changes`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: PROJECTS_KEY }),
  });
}

export function useDecideDeadlineChange(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      changeId,
      decision,
      reason,
    }: {
      changeId: string;
      decision: 'approve' | 'reject';
      reason: string;
    }) =>
      api<{ status: string; reengineeringDue: string }>(
        'POST',
        `/api/projects/${enc(id)}/deadline-changes/${enc(changeId)}/decision`,
        { decision, reason },
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: PROJECTS_KEY }),
  });
}

export const deadlineFileUrl = (projectId: string, changeId: string) =>
  `/api/projects/${enc(projectId)}/deadline-changes/${enc(changeId)}/file`;

export interface ProjectHistoryItem extends ProjectHistoryEvent {
  orgName: LocalizedText | null;
}

export function useProjectHistory(id: string, enabled = true) {
  return useQuery({
    queryKey: [...PROJECTS_KEY, 'history', id],
    queryFn: () => api<ProjectHistoryItem[]>('GET', `/api/audit/project/${enc(id)}`),
    enabled,
  });
}

// ---- BPMN variants -----------------------------------------------------------------------

const variantKey = (processId: string, kind: ModelKind) => [...PROJECTS_KEY, 'variant', processId, kind];

/** The current variant of a kind, or null when none was saved yet (404). */
export function useVariant(processId: string | null, kind: ModelKind, enabled = true) {
  return useQuery({
    queryKey: variantKey(processId ?? '', kind),
    enabled: enabled && processId !== null,
    queryFn: async () => {
      try {
        return await api<VariantOut>('GET', `/api/registry/processes/${enc(processId!)}/variants/${kind}`);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
}

/** Saves (models or imports) a variant; the answer replaces the cached one. */
export function useSaveVariant(processId: string, kind: ModelKind) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ baseRevision, xml }: { baseRevision: number; xml: string }) =>
      api<VariantOut>('PUT', `/api/registry/processes/${enc(processId)}/variants/${kind}`, {
        baseRevision,
        xml,
      }),
    onSuccess: (saved) => {
      qc.setQueryData(variantKey(processId, kind), saved);
      void qc.invalidateQueries({ queryKey: [...PROJECTS_KEY, 'one'] });
      void qc.invalidateQueries({ queryKey: [...PROJECTS_KEY, 'compare', processId] });
      void qc.invalidateQueries({ queryKey: [...PROJECTS_KEY, 'history'] });
      void qc.invalidateQueries({ queryKey: ['registry'] });
    },
  });
}

export interface CompareOut {
  a: ModelKind;
  b: ModelKind;
  diff: {
    added: string[];
    removed: string[];
    changed: { id: string; aId: string; fields: string[] }[];
  };
  names: Record<string, string>;
}

export function useCompare(processId: string | null, a: ModelKind, b: ModelKind, enabled: boolean) {
  return useQuery({
    queryKey: [...PROJECTS_KEY, 'compare', processId ?? '', a, b],
    enabled: enabled && processId !== null && a !== b,
    queryFn: () => api<CompareOut>('GET', `/api/registry/processes/${enc(processId!)}/compare?a=${a}&b=${b}`),
  });
}

// ---- Opening a project by hand: the body's maps and the cases of the version in force ----

export function useMapVersions(mapId: string | null) {
  return useQuery({
    queryKey: ['maps', mapId, 'summary'],
    enabled: mapId !== null,
    queryFn: () => api<z.infer<typeof MapOut>>('GET', `/api/maps/${enc(mapId!)}`),
  });
}

export function useMapDocument(mapId: string | null, number: number | null) {
  return useQuery({
    queryKey: ['maps', mapId, 'document', number],
    enabled: mapId !== null && number !== null,
    queryFn: () => api<MapDocument>('GET', `/api/maps/${enc(mapId!)}/versions/${number}/document`),
    staleTime: 60_000,
  });
}
