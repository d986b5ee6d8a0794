// Seeded pseudo-random numbers. Every tensor a widget shows is generated from
// a seed so the server-rendered numbers, the hydrated page and a shared link
// all show the same values.

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny 32-bit generator with good statistical quality for
 * visualisation (not for cryptography). Same seed, same sequence, on every
 * JavaScript engine, because it only uses 32-bit integer arithmetic.
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform in the open interval (0, 1): safe to pass to Math.log. */
export function openUnit(random: Random): number {
  let u = random();
  while (u === 0) u = random();
  return u;
}
