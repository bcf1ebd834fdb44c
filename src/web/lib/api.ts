import type { ErrorBody } from '../../api/common.ts';
import { currentLocale } from './i18n.ts';

/** An API error with the server's code, its message in the user's language and field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

/** A response boot.ts started for this page is used only this long after the page's start. */
const BOOT_RESPONSE_MS = 30_000;

/**
 * The response to `GET url` that boot.ts started before the app's code ran (the session, the
 * editor's version), once: it is removed when taken, and ignored when it is old.
 */
export function takeBootResponse(method: string, url: string): Promise<Response> | null {
  if (method !== 'GET' || typeof window === 'undefined') return null;
  const started = window.__dtmBoot;
  const request = started?.get(url);
  if (!started || !request) return null;
  started.delete(url);
  return performance.now() - request.at < BOOT_RESPONSE_MS ? request.response : null;
}

/** Calls the JSON API with the session cookie and the UI language; throws ApiError on 4xx/5xx. */
export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await (takeBootResponse(method, url) ??
    fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        'x-locale': currentLocale(),
        // The server refuses unsafe calls without it (CSRF, server/http/csrf.ts).
        'x-requested-with': 'dtmaps',
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    }));
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new ApiError(res.status, data ?? { code: 'internal', message: res.statusText });
  return data as T;
}
