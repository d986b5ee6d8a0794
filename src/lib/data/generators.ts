// Synthetic tensors that look like what a quantizer meets in a real model.
// Each generator fills a Float32Array from a seeded PRNG, so the same
// (source, size, seed) gives the same numbers on the server and in the page.
import { mulberry32, openUnit, type Random } from './prng.ts';

export const GENERATED_SOURCES = ['normal', 'uniform', 'laplace', 'relu', 'pixels'] as const;
export type GeneratedSource = (typeof GENERATED_SOURCES)[number];

/** Large enough for the widgets' biggest size option (2^20) with room to spare. */
export const MAX_TENSOR_SIZE = 1 << 22;

/** Parameters of each distribution, exported so lessons and tests can name them. */
export const SOURCE_PARAMS = {
  // Weights of a trained layer: centred, bell-shaped, small.
  normal: { mean: 0, std: 0.4 },
  // Evenly spread: every quantization level gets used equally.
  uniform: { low: -1, high: 1 },
  // Heavy tails: a few large outliers stretch a min/max range.
  laplace: { location: 0, scale: 0.2 },
  // Post-ReLU activations: a spike of exact zeros plus a positive tail.
  relu: { mean: 0.1, std: 0.5 },
} as const;

function fillNormal(out: Float32Array, random: Random, mean: number, std: number): void {
  // Box–Muller: two uniforms give two independent standard normals.
  for (let i = 0; i < out.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(openUnit(random)));
    const theta = 2 * Math.PI * random();
    out[i] = mean + std * r * Math.cos(theta);
    if (i + 1 < out.length) out[i + 1] = mean + std * r * Math.sin(theta);
  }
}

function fillUniform(out: Float32Array, random: Random, low: number, high: number): void {
  for (let i = 0; i < out.length; i++) out[i] = low + (high - low) * random();
}

function fillLaplace(out: Float32Array, random: Random, location: number, scale: number): void {
  // Inverse CDF: u uniform in (-1/2, 1/2), x = μ − b·sign(u)·ln(1 − 2|u|).
  for (let i = 0; i < out.length; i++) {
    const u = openUnit(random) - 0.5;
    const tail = Math.log(1 - 2 * Math.abs(u));
    out[i] = u < 0 ? location + scale * tail : location - scale * tail;
  }
}

function fillRelu(out: Float32Array, random: Random, mean: number, std: number): void {
  fillNormal(out, random, mean, std);
  for (let i = 0; i < out.length; i++) if (out[i] < 0) out[i] = 0;
}

/**
 * An 8-bit greyscale photograph-like image, read row by row and mapped to
 * [0, 1] as k / 255: a sky gradient that saturates at white, a textured
 * darker ground, a few soft objects and sensor noise. Its histogram is lumpy
 * and has spikes at 0 and 255, like real pictures.
 */
function fillPixels(out: Float32Array, random: Random): void {
  const n = out.length;
  const width = Math.max(1, Math.ceil(Math.sqrt(n)));
  const height = Math.max(1, Math.ceil(n / width));
  const horizon = 0.35 + 0.2 * random();
  const objects = Array.from({ length: 6 }, () => ({
    cx: random(),
    cy: horizon + (1 - horizon) * random() * 0.9,
    r: 0.04 + 0.14 * random(),
    level: random() < 0.3 ? 8 * random() : 30 + 200 * random(),
  }));
  const phase = 10 * random();
  for (let i = 0; i < n; i++) {
    const u = ((i % width) + 0.5) / width;
    const v = (Math.floor(i / width) + 0.5) / height;
    let level: number;
    if (v < horizon) {
      level = 285 - 140 * (v / horizon); // bright sky, clipped to white near the top
    } else {
      const depth = (v - horizon) / (1 - horizon);
      level = 150 - 110 * depth + 28 * Math.sin(37 * u + 23 * v + phase) * Math.sin(11 * v - 5 * u);
    }
    for (const o of objects) {
      const d2 = ((u - o.cx) ** 2 + (v - o.cy) ** 2) / (o.r * o.r);
      if (d2 < 4) {
        const w = Math.exp(-d2 * d2);
        level = level * (1 - w) + o.level * w;
      }
    }
    const noise = (random() + random() + random() - 1.5) * 7;
    // Pixel values are integers, as a camera writes them; floor(x + 0.5) is
    // fine here because this only makes synthetic data.
    const k = Math.min(255, Math.max(0, Math.floor(level + noise + 0.5)));
    out[i] = k / 255;
  }
}

export interface TensorRequest {
  source: GeneratedSource;
  size: number;
  seed: number;
}

/** A fresh Float32Array of `size` values from `source`, deterministic in `seed`. */
export function generateTensor({ source, size, seed }: TensorRequest): Float32Array {
  if (!Number.isInteger(size) || size < 1 || size > MAX_TENSOR_SIZE) {
    throw new RangeError(`Tensor size must be a whole number from 1 to ${MAX_TENSOR_SIZE}, got ${size}.`);
  }
  const out = new Float32Array(size);
  // Mix the source name into the seed so two sources never share a stream.
  const random = mulberry32((seed ^ sourceSalt(source)) >>> 0);
  switch (source) {
    case 'normal':
      fillNormal(out, random, SOURCE_PARAMS.normal.mean, SOURCE_PARAMS.normal.std);
      break;
    case 'uniform':
      fillUniform(out, random, SOURCE_PARAMS.uniform.low, SOURCE_PARAMS.uniform.high);
      break;
    case 'laplace':
      fillLaplace(out, random, SOURCE_PARAMS.laplace.location, SOURCE_PARAMS.laplace.scale);
      break;
    case 'relu':
      fillRelu(out, random, SOURCE_PARAMS.relu.mean, SOURCE_PARAMS.relu.std);
      break;
    case 'pixels':
      fillPixels(out, random);
      break;
    default:
      throw new RangeError(`Unknown tensor source: ${String(source)}`);
  }
  return out;
}

function sourceSalt(source: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
