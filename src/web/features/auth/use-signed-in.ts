import type { MeOut } from '../../../api/auth.ts';
import { useMe } from './api.ts';

/**
 * The signed-in user for a page the layout only shows when signed in. Null for the moment of a
 * sign-out, when the router may still render the old page while it moves to /login.
 */
export function useSignedIn(): MeOut | null {
  return useMe().data ?? null;
}
