import { crc32, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, crc32Combine, gzipOf, gzipPiece, gzipPieceAsync } from './gzip.ts';

/** Deterministic bytes: JSON-like Cyrillic text, or noise that does not compress. */
function bytesOf(seed: number, length: number, noise = false): Buffer {
  let x = seed * 2654435761 + 1;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x;
  };
  if (noise) return Buffer.from(Array.from({ length }, () => next() % 256));
  const words = ['{"name":', '"Цифровая трансформация"', ',', 'цифрлық', '"kk":', '[', ']', '}', ' ', '123'];
  const out: Buffer[] = [];
  let size = 0;
  while (size < length) {
    const w = Buffer.from(words[next() % words.length]);
    out.push(w);
    size += w.length;
  }
  return Buffer.concat(out).subarray(0, length);
}

describe('crc32Combine', () => {
  it('gives the CRC-32 of the concatenation, for empty, odd, and long second parts', () => {
    for (const [a, b] of [
      [0, 0],
      [0, 7],
      [5, 0],
      [1, 1],
      [13, 1000],
      [100_000, 3],
      [3, 2_500_001],
    ]) {
      const x = bytesOf(a + 1, a, true);
      const y = bytesOf(b + 2, b, true);
      expect(crc32Combine(crc32(x), crc32(y), y.length), `${a}+${b}`).toBe(crc32(Buffer.concat([x, y])));
    }
  });
});

describe('gzipOf', () => {
  it('makes one gzip member that gunzip reads back as the pieces in order, however they were deflated', async () => {
    const parts = [
      bytesOf(1, 300),
      bytesOf(2, 0),
      bytesOf(3, 200_000),
      bytesOf(4, 5000, true),
      Buffer.from('}'),
    ];
    const pieces = [
      gzipPiece(parts[0]),
      gzipPiece(parts[1]),
      await gzipPieceAsync(parts[2]),
      gzipPiece(parts[3]),
      gzipPiece(parts[4]),
    ];
    const body = gzipOf(pieces);
    expect(gunzipSync(body).equals(Buffer.concat(parts))).toBe(true);
    // The same large piece in another body: pieces are independent of their neighbours.
    const again = gunzipSync(gzipOf([gzipPiece(Buffer.from('[')), pieces[2], pieces[4]]));
    expect(again.equals(Buffer.concat([Buffer.from('['), parts[2], parts[4]]))).toBe(true);
    // JSON compresses: the large piece is a fraction of its text.
    expect(pieces[2].deflated.length).toBeLessThan(parts[2].length / 3);
  });

  it('makes an empty body from no pieces', () => {
    expect(gunzipSync(gzipOf([])).length).toBe(0);
  });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding with q-values and the wildcard', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip; q=0.000, *')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('*;q=0')).toBe(false);
    expect(acceptsGzip('x-gzip')).toBe(true);
    expect(acceptsGzip(['br', 'gzip'])).toBe(true);
  });
});
