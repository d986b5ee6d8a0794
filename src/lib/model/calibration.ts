// Calibration: turning the activations a float model produces on a few
// images into one (min, max) range per activation point. Three ways, as
// quantization tools offer them:
//   - min/max: the extremes over every calibration image;
//   - percentile p: the (100 − p)th and pth percentiles of all values, so a
//     few outliers do not stretch the range (and cost resolution);
//   - moving average: per image min and max, smoothed with an exponential
//     moving average (TensorFlow's and onnxruntime's moving-average
//     observer), so the range follows typical images, not the extremes.
// Percentiles come from a fine histogram between the exact extremes, the way
// onnxruntime's histogram calibrator works, instead of sorting millions of values.

export type CalibrationMethod = 'minmax' | 'percentile' | 'moving-average';

export interface CalibrationSettings {
  method: CalibrationMethod;
  /** For 'percentile': e.g. 99.9 or 99.99. */
  percentile?: number;
  /** For 'moving-average': weight of each new image (onnxruntime's averaging_constant). */
  averagingConstant?: number;
}

export interface Range {
  min: number;
  max: number;
}

/** Bins of the histogram percentiles are read from. */
export const PERCENTILE_BINS = 8192;
export const DEFAULT_AVERAGING_CONSTANT = 0.01;

/**
 * Collects one activation point's values image by image. Keeps the values
 * (a few MB at most for the digit model and 1,000 images) so that any
 * method can be applied afterwards without running the model again.
 */
export class ActivationObserver {
  readonly name: string;
  #chunks: Float32Array[] = [];
  #imageMin: number[] = [];
  #imageMax: number[] = [];
  #min = Infinity;
  #max = -Infinity;
  #count = 0;

  constructor(name: string) {
    this.name = name;
  }

  /** Values of one image's activation at this point (copied). */
  add(values: Float32Array): void {
    this.addView(values.slice());
  }

  /** The same without a copy: `values` must not change afterwards. */
  addView(values: Float32Array): void {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v - v !== 0) throw new RangeError(`${this.name}: an activation is not a finite number`);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    this.#chunks.push(values);
    this.#imageMin.push(lo);
    this.#imageMax.push(hi);
    this.#min = Math.min(this.#min, lo);
    this.#max = Math.max(this.#max, hi);
    this.#count += values.length;
  }

  get images(): number {
    return this.#imageMin.length;
  }

  get valueCount(): number {
    return this.#count;
  }

  /** Every value seen, in order. */
  values(): Float32Array {
    const out = new Float32Array(this.#count);
    let at = 0;
    for (const c of this.#chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  minMax(): Range {
    this.#need();
    return { min: this.#min, max: this.#max };
  }

  movingAverage(constant = DEFAULT_AVERAGING_CONSTANT): Range {
    this.#need();
    if (!(constant > 0 && constant <= 1)) throw new RangeError(`averaging constant ${constant} is not in (0, 1]`);
    let min = this.#imageMin[0];
    let max = this.#imageMax[0];
    for (let i = 1; i < this.#imageMin.length; i++) {
      min += constant * (this.#imageMin[i] - min);
      max += constant * (this.#imageMax[i] - max);
    }
    return { min, max };
  }

  percentile(p: number): Range {
    this.#need();
    if (!(p > 50 && p <= 100)) throw new RangeError(`percentile ${p} is not in (50, 100]`);
    if (p === 100) return this.minMax();
    const lo = this.#min;
    const hi = this.#max;
    if (lo === hi) return { min: lo, max: hi };
    const counts = new Float64Array(PERCENTILE_BINS);
    const width = (hi - lo) / PERCENTILE_BINS;
    for (const c of this.#chunks) {
      for (let i = 0; i < c.length; i++) {
        const b = Math.min(PERCENTILE_BINS - 1, Math.floor((c[i] - lo) / width));
        counts[b]++;
      }
    }
    const below = (this.#count * (100 - p)) / 100;
    const above = (this.#count * p) / 100;
    // Clamped: lo + width · bins can overshoot hi by a rounding error.
    const at = (bins: number) => Math.min(hi, Math.max(lo, lo + width * bins));
    return { min: at(binAt(counts, below, 'low')), max: at(binAt(counts, above, 'high')) };
  }

  range(settings: CalibrationSettings): Range {
    if (settings.method === 'minmax') return this.minMax();
    if (settings.method === 'percentile') return this.percentile(settings.percentile ?? 99.99);
    return this.movingAverage(settings.averagingConstant);
  }

  #need(): void {
    if (this.#imageMin.length === 0) throw new RangeError(`${this.name}: no calibration images observed`);
  }
}

/**
 * Position, in bins, where the running count passes `target`. Lower ends
 * round down to the bin's start, upper ends up to the bin's end, so the
 * range always covers the values the percentile keeps.
 */
function binAt(counts: Float64Array, target: number, end: 'low' | 'high'): number {
  let running = 0;
  for (let b = 0; b < counts.length; b++) {
    running += counts[b];
    if (running > target || (end === 'high' && running >= target)) return end === 'low' ? b : b + 1;
  }
  return counts.length;
}
