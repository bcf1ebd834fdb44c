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
  const current =
    header?.split(',').some((t) => {
      const tag = t.trim().replace(/^W\//, '');
      return tag === '*' || tag === etag;
    }) ?? false;
  if (current) reply.code(304).send();
  return current;
}
