import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, UpdateUserBody, UserOut } from '../../../api/admin.ts';
import type { OrganisationOut } from '../../../api/common.ts';
import type { ReferenceItemBody, ReferenceItemOut, ReferenceKind } from '../../../api/reference.ts';
import { api } from '../../lib/api.ts';

const USERS_KEY = ['admin', 'users'] as const;
const referenceKey = (kind: ReferenceKind) => ['reference', kind] as const;

export function useOrganisations() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: () => api<OrganisationOut[]>('GET', '/api/organisations'),
    staleTime: 5 * 60_000,
  });
}

export function useUsers() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => api<UserOut[]>('GET', '/api/admin/users') });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api<{ id: string }>('POST', '/api/admin/users', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) =>
      api<{ ok: true }>('PATCH', `/api/admin/users/${encodeURIComponent(id)}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useReference(kind: ReferenceKind) {
  return useQuery({
    queryKey: referenceKey(kind),
    queryFn: () => api<ReferenceItemOut[]>('GET', `/api/reference/${kind}`),
  });
}

/** Adds a row (no id) or changes one (with id). */
export function useSaveReference(kind: ReferenceKind) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ReferenceItemBody }): Promise<unknown> =>
      id
        ? api<{ ok: true }>('PUT', `/api/reference/${kind}/${encodeURIComponent(id)}`, body)
        : api<{ id: string }>('POST', `/api/reference/${kind}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: referenceKey(kind) }),
  });
}
