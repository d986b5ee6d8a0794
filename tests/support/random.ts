/** A small seeded generator (mulberry32) so property data and failures are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples by Box–Muller. */
export function normal(rand: () => number): number {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** The next float32 above (+1) or below (−1) a float32 value. */
export function nextFloat32(x: number, direction: 1 | -1): number {
  const f = new Float32Array([x]);
  const u = new Uint32Array(f.buffer);
  if (x === 0) {
    u[0] = 1;
    return direction > 0 ? f[0] : -f[0];
  }
  if ((x > 0) === (direction > 0)) u[0] += 1;
  else u[0] -= 1;
  return f[0];
}
