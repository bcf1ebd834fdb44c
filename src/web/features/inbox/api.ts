import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import type { InboxResponse } from './notification-message.ts';

export const INBOX_KEY = ['notifications'] as const;
/** How often the header asks for new notifications. */
export const INBOX_POLL_MS = 30_000;

/** The signed-in user's inbox; polled while the tab is visible. Shared by the bell and the page. */
export function useInbox(enabled = true) {
  return useQuery({
    queryKey: INBOX_KEY,
    queryFn: () => api<InboxResponse>('GET', '/api/notifications'),
    enabled,
    refetchInterval: INBOX_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: 5_000,
  });
}

/** Marks the given notifications read, or all of them without ids. */
export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => api<{ ok: true }>('POST', '/api/notifications/read', ids ? { ids } : {}),
    onMutate: async (ids) => {
      // Show it at once; the refetch below brings the server's truth.
      await qc.cancelQueries({ queryKey: INBOX_KEY });
      const prev = qc.getQueryData<InboxResponse>(INBOX_KEY);
      if (prev) {
        const items = prev.items.map((n) => (!ids || ids.includes(n.id) ? { ...n, read: true } : n));
        qc.setQueryData<InboxResponse>(INBOX_KEY, { items, unread: items.filter((n) => !n.read).length });
      }
      return { prev };
    },
    onError: (_e, _ids, ctx) => {
      if (ctx?.prev) qc.setQueryData(INBOX_KEY, ctx.prev);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}
