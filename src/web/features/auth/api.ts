import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { LoginBody, MeOut } from '../../../api/auth.ts';
import type { Locale } from '../../../domain/locale.ts';
import { ApiError, api } from '../../lib/api.ts';
import { setLocale } from '../../lib/i18n.ts';

export const ME_KEY = ['auth', 'me'] as const;

/** Same key lib/i18n.ts writes: a language the user picked in this browser. */
const LOCALE_STORAGE_KEY = 'dtm.locale';

export function browserSavedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The signed-in user, or null when signed out (401); the root route starts it before any page renders. */
export const meQuery = queryOptions({
  queryKey: ME_KEY,
  queryFn: async (): Promise<MeOut | null> => {
    try {
      return await api<MeOut>('GET', '/api/auth/me');
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api<{ ok: true }>('POST', '/api/auth/login', body),
    onSuccess: async () => {
      // Data cached for a previous user must not leak into this session.
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      await qc.refetchQueries({ queryKey: ME_KEY });
    },
  });
}

/** Signs out and goes to the sign-in page (without a return path: the next user starts at home). */
export function useLogout() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api<{ ok: true }>('POST', '/api/auth/logout'),
    onSettled: async () => {
      await navigate({ to: '/login', replace: true });
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      qc.setQueryData(ME_KEY, null);
    },
  });
}

/** Switches the UI language; remembers it in the browser and, when signed in, on the server. */
export function useChangeLocale() {
  const qc = useQueryClient();
  return async (locale: Locale) => {
    await setLocale(locale);
    const me = qc.getQueryData<MeOut | null>(ME_KEY);
    if (!me || me.locale === locale) return;
    const next: MeOut = { ...me, locale };
    qc.setQueryData(ME_KEY, next);
    // The server copy is a convenience for the next device; the switch already took effect here.
    await api('PUT', '/api/auth/me/locale', { locale }).catch(() => undefined);
  };
}
