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

/** Calls the JSON API with the session cookie and the UI language; throws ApiError on 4xx/5xx. */
export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      'x-locale': currentLocale(),
      // The server refuses unsafe calls without it (CSRF, server/http/csrf.ts).
      'x-requested-with': 'dtmaps',
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new ApiError(res.status, data ?? { code: 'internal', message: res.statusText });
  return data as T;
}
