import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, deflateRawSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { gzipTag } from './etag.ts';

/**
 * Gzip bodies assembled from pieces, some of them compressed once and remembered.
 *
 * A map version is ≈2.5 MB of JSON at national scale and compresses ≈10×; compressing it on every
 * request would cost tens of milliseconds of CPU each time. A deflate stream is a sequence of
 * blocks: a piece deflated on its own and flushed to a byte boundary without a final block
 * (Z_SYNC_FLUSH) can be followed by any other such piece, since none refers back into another.
 * So the document's piece is deflated once per revision, the reader's few hundred bytes around it
 * on each request, and the gzip member's checksum is combined from the pieces' checksums.
 */

/** A piece of a body: raw deflate, flushed, not final; the CRC-32 and length of what it holds. */
export interface GzipPiece {
  deflated: Buffer;
  crc: number;
  length: number;
}

const SYNC = { finishFlush: constants.Z_SYNC_FLUSH };
const deflateRawAsync = promisify(deflateRaw);

/** A small piece, deflated here (fast: the reader's part of a response). */
export function gzipPiece(bytes: Buffer): GzipPiece {
  return { deflated: deflateRawSync(bytes, { ...SYNC, level: 6 }), crc: crc32(bytes), length: bytes.length };
}

/** A large piece, deflated on libuv's thread pool so the event loop goes on serving meanwhile. */
export async function gzipPieceAsync(bytes: Buffer): Promise<GzipPiece> {
  return {
    deflated: await deflateRawAsync(bytes, { ...SYNC, level: 6 }),
    crc: crc32(bytes),
    length: bytes.length,
  };
}

// CRC-32 of A‖B from CRC-32(A), CRC-32(B) and |B|: appending |B| zero bytes to A is a linear map
// over GF(2), applied by repeated squaring of the one-zero-bit operator (as zlib's crc32_combine).
function gf2Times(mat: Uint32Array, vec: number): number {
  let sum = 0;
  for (let i = 0; vec !== 0; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i];
  return sum >>> 0;
}

function gf2Square(square: Uint32Array, mat: Uint32Array) {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(mat, mat[n]);
}

export function crc32Combine(crc1: number, crc2: number, len2: number): number {
  if (len2 <= 0) return crc1 >>> 0;
  const odd = new Uint32Array(32);
  const even = new Uint32Array(32);
  odd[0] = 0xedb88320; // the CRC-32 polynomial: the operator for one zero bit
  for (let n = 1; n < 32; n++) odd[n] = 1 << (n - 1);
  gf2Square(even, odd); // two zero bits
  gf2Square(odd, even); // four zero bits
  let crc = crc1 >>> 0;
  let len = len2;
  for (;;) {
    gf2Square(even, odd); // the first pass: one zero byte
    if (len % 2) crc = gf2Times(even, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
    gf2Square(odd, even);
    if (len % 2) crc = gf2Times(odd, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
  }
  return (crc ^ crc2) >>> 0;
}

// A gzip member's header: deflate, no flags, no time, unknown OS. The empty final block (fixed
// Huffman, end of block at once) closes the stream after the flushed pieces.
const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** One gzip member holding the pieces' bytes in order. */
export function gzipOf(pieces: GzipPiece[]): Buffer {
  let crc = 0;
  let length = 0;
  for (const p of pieces) {
    crc = crc32Combine(crc, p.crc, p.length);
    length += p.length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  return Buffer.concat([HEADER, ...pieces.map((p) => p.deflated), FINAL_BLOCK, trailer]);
}

/**
 * Whether the client takes gzip (RFC 9110 §12.5.3): named, or covered by "*", with a q-value
 * above zero; an explicit "gzip;q=0" refuses it whatever "*" says.
 */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return false;
  let star: boolean | undefined;
  for (const item of value.split(',')) {
    const [coding, ...params] = item.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const accepted = Number.isFinite(q) && q > 0;
    if (coding.trim() === 'gzip' || coding.trim() === 'x-gzip') return accepted;
    if (coding.trim() === '*') star = accepted;
  }
  return star ?? false;
}

/** A large piece of a response: its bytes, and its gzip piece when it has been made. */
export interface LargePiece {
  bytes: Buffer;
  compressed?: GzipPiece;
}

/**
 * Sends JSON made of byte pieces: gzipped when the client takes it and every large piece has its
 * compressed form at hand (`compressed` — each small piece is compressed here), otherwise as they
 * are. The ETag names the representation: the gzipped one carries "-gzip" inside the quotes (two
 * codings of one resource are two representations, and a strong tag must tell them apart).
 */
export function sendJsonPieces(req: FastifyRequest, reply: FastifyReply, pieces: (Buffer | LargePiece)[]) {
  reply.header('vary', 'accept-encoding').type('application/json; charset=utf-8');
  const large = pieces.filter((p): p is LargePiece => !Buffer.isBuffer(p));
  const gzip = acceptsGzip(req.headers['accept-encoding']) && large.every((p) => p.compressed);
  if (!gzip) return reply.send(Buffer.concat(pieces.map((p) => (Buffer.isBuffer(p) ? p : p.bytes))) as never);
  const etag = reply.getHeader('etag');
  if (typeof etag === 'string') reply.header('etag', gzipTag(etag));
  return reply
    .header('content-encoding', 'gzip')
    .send(gzipOf(pieces.map((p) => (Buffer.isBuffer(p) ? gzipPiece(p) : p.compressed!))) as never);
}
