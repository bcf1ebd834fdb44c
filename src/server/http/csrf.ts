import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.ts';
import { SESSION_COOKIE } from './context.ts';

/**
 * The header the web client sends with every API call. A page of another site cannot set a
 * custom header on a form post, and setting it from script needs a CORS preflight that this
 * server never grants — so its presence proves the request comes from the app's own pages.
 */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'dtmaps';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF protection of the cookie session: an unsafe /api request that carries the session cookie
 * must carry the app's header, and must not be marked cross-site by the browser (Sec-Fetch-Site).
 * Requests without the cookie carry no ambient authority and are left alone; sign-in is exempt
 * (it has no session yet). The SameSite=Lax cookie is the first line; this is the second.
 */
export function registerCsrfCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!UNSAFE.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.url.split('?')[0] === '/api/auth/login') return;
    if (!request.cookies?.[SESSION_COOKIE]) return;
    const header = request.headers[CSRF_HEADER];
    const site = request.headers['sec-fetch-site'];
    if (!header || site === 'cross-site') throw new AppError('auth.csrf');
  });
}
