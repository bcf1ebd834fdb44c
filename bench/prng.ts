/**
 * A small seeded PRNG (sfc32 fed by splitmix32) so the bench data is the same for the same seed on
 * every machine. Every generated id comes from here too (UUID v4 shape), never from the database.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  uuid(): string;
  /** An independent stream for a named part, so adding data in one part leaves the others unchanged. */
  fork(label: string): Rng;
}

function splitmix32(a: number): () => number {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function hashLabel(label: string): number {
  let h = 2166136261;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function createRng(seed: number, label = ''): Rng {
  const init = splitmix32((seed ^ hashLabel(label)) >>> 0);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const u32 = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) u32();
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  const rng: Rng = {
    next: () => u32() / 4294967296,
    int: (min, max) => min + Math.floor((u32() / 4294967296) * (max - min + 1)),
    pick: (items) => items[Math.floor((u32() / 4294967296) * items.length)],
    chance: (p) => u32() / 4294967296 < p,
    uuid: () => {
      const h = hex(u32()) + hex(u32()) + hex(u32()) + hex(u32());
      const variant = ((Number.parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    fork: (l) => createRng(seed, `${label}/${l}`),
  };
  return rng;
}
