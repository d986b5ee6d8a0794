// A drawing becomes a model input the way MNIST digits were made: the ink's
// bounding box is scaled so its longer side is 20 pixels (aspect kept, box
// filtered), then placed in a 28 × 28 frame with its centre of mass in the
// middle. Without this, a digit drawn small or off-centre looks nothing like
// the training data and every model misreads it.

export const SIDE = 28;
export const BOX = 20;

/** `ink`: w × h values in [0, 1] (row-major). Returns 784 values in [0, 1], or null when nothing is drawn. */
export function toMnist(ink: Float32Array, w: number, h: number, threshold = 0.05): Float32Array | null {
  let x0 = w;
  let y0 = h;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (ink[y * w + x] > threshold) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return null;
  const bw = x1 - x0 + 1;
  const bh = y1 - y0 + 1;
  const scale = BOX / Math.max(bw, bh);
  const tw = Math.max(1, Math.round(bw * scale));
  const th = Math.max(1, Math.round(bh * scale));
  // Box filter: each small pixel averages the source pixels it covers (partial pixels weighted).
  const small = new Float32Array(tw * th);
  const sx = bw / tw;
  const sy = bh / th;
  for (let ty = 0; ty < th; ty++) {
    const ya = y0 + ty * sy;
    const yb = ya + sy;
    for (let tx = 0; tx < tw; tx++) {
      const xa = x0 + tx * sx;
      const xb = xa + sx;
      let sum = 0;
      let area = 0;
      for (let y = Math.floor(ya); y < Math.ceil(yb); y++) {
        const wy = Math.min(yb, y + 1) - Math.max(ya, y);
        for (let x = Math.floor(xa); x < Math.ceil(xb); x++) {
          const wx = Math.min(xb, x + 1) - Math.max(xa, x);
          sum += ink[y * w + x] * wx * wy;
          area += wx * wy;
        }
      }
      small[ty * tw + tx] = area > 0 ? sum / area : 0;
    }
  }
  let mass = 0;
  let cx = 0;
  let cy = 0;
  for (let y = 0; y < th; y++) {
    for (let x = 0; x < tw; x++) {
      const v = small[y * tw + x];
      mass += v;
      cx += v * x;
      cy += v * y;
    }
  }
  // Centre of mass of the small image lands on the frame's centre pixel (13.5 in pixel-centre terms).
  const ox = Math.round((SIDE - 1) / 2 - (mass > 0 ? cx / mass : (tw - 1) / 2));
  const oy = Math.round((SIDE - 1) / 2 - (mass > 0 ? cy / mass : (th - 1) / 2));
  const out = new Float32Array(SIDE * SIDE);
  for (let y = 0; y < th; y++) {
    const Y = y + oy;
    if (Y < 0 || Y >= SIDE) continue;
    for (let x = 0; x < tw; x++) {
      const X = x + ox;
      if (X < 0 || X >= SIDE) continue;
      out[Y * SIDE + X] = Math.min(1, small[y * tw + x]);
    }
  }
  return out;
}
