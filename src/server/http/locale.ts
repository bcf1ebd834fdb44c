import type { FastifyRequest } from 'fastify';
import { LOCALES, type Locale } from '../../domain/locale.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user's language, set by the auth hook. */
    userLocale?: Locale;
  }
}

const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/**
 * The caller's language: an explicit `lang` query or `X-Locale` header, else the signed-in
 * user's saved language, else the first supported language of Accept-Language, else Kazakh.
 */
export function requestLocale(request: FastifyRequest): Locale {
  const q = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLocale(q)) return q;
  const h = request.headers['x-locale'];
  if (isLocale(h)) return h;
  if (request.userLocale) return request.userLocale;
  const accept = request.headers['accept-language'];
  if (typeof accept === 'string') {
    for (const part of accept.split(',')) {
      const tag = part.trim().slice(0, 2).toLowerCase();
      if (isLocale(tag)) return tag;
    }
  }
  return 'kk';
}
