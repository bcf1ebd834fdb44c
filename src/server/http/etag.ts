import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A strong entity tag from what decides a response: the ids and revisions of the versions it is
 * made of (published versions never change), or the serialized body itself.
 */
export function entityTag(...parts: (string | number)[]): string {
  return `"${createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 32)}"`;
}

/**
 * Sends the response's ETag with `cache-control: public, no-cache` (any cache may keep it, but
 * must revalidate every time) — `private, no-cache` for what only the signed-in reader may see,
 * which shared caches must not keep. When the client's copy (`If-None-Match`) is current, answers 304
 * without a body and returns true: the handler then returns `reply` and builds nothing.
 */
export function answeredNotModified(
  req: FastifyRequest,
  reply: FastifyReply,
  etag: string,
  scope: 'public' | 'private' = 'public',
): boolean {
  reply.header('etag', etag).header('cache-control', `${scope}, no-cache`);
  const header = req.headers['if-none-match'];
  // The client's copy may be the gzipped representation (gzip.ts): current too, and named as such.
  const held = header
    ?.split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .find((tag) => tag === '*' || tag === etag || tag === gzipTag(etag));
  if (held === undefined) return false;
  if (held === gzipTag(etag)) reply.header('etag', held);
  reply.code(304).send();
  return true;
}

/** The tag of a response's gzipped representation: the identity tag with "-gzip" inside the quotes. */
export const gzipTag = (etag: string) => `${etag.slice(0, -1)}-gzip"`;
