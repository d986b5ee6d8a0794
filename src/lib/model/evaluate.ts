// What a run of a digit model means: predicted digits, accuracy, a
// confusion matrix, agreement between two models, probabilities.
import { CLASSES } from './engine.ts';

/** Index of the largest of each row of `classes` scores (the first on ties). */
export function argmaxRows(logits: Float32Array, classes = CLASSES): Uint8Array {
  const rows = Math.floor(logits.length / classes);
  const out = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    let bestValue = logits[r * classes];
    for (let c = 1; c < classes; c++) {
      const v = logits[r * classes + c];
      if (v > bestValue) {
        best = c;
        bestValue = v;
      }
    }
    out[r] = best;
  }
  return out;
}

/** Fraction of predictions equal to the labels. */
export function accuracy(predicted: ArrayLike<number>, labels: ArrayLike<number>): number {
  if (predicted.length !== labels.length) throw new RangeError(`${predicted.length} predictions for ${labels.length} labels`);
  if (labels.length === 0) return NaN;
  let right = 0;
  for (let i = 0; i < labels.length; i++) if (predicted[i] === labels[i]) right++;
  return right / labels.length;
}

/** matrix[true * classes + predicted] = count. */
export function confusionMatrix(predicted: ArrayLike<number>, labels: ArrayLike<number>, classes = CLASSES): Uint32Array {
  if (predicted.length !== labels.length) throw new RangeError(`${predicted.length} predictions for ${labels.length} labels`);
  const m = new Uint32Array(classes * classes);
  for (let i = 0; i < labels.length; i++) m[labels[i] * classes + predicted[i]]++;
  return m;
}

/** Indices where two models predict different digits. */
export function disagreements(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) out.push(i);
  return out;
}

/** Softmax of each row, computed stably in float64. */
export function softmaxRows(logits: Float32Array, classes = CLASSES): Float32Array {
  const out = new Float32Array(logits.length);
  for (let r = 0; r * classes < logits.length; r++) {
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, logits[r * classes + c]);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp(logits[r * classes + c] - max);
    for (let c = 0; c < classes; c++) out[r * classes + c] = Math.exp(logits[r * classes + c] - max) / sum;
  }
  return out;
}

/** Distinct values in a model's output rows: a coarse output grid shows up as few of them. */
export function distinctValues(values: Float32Array): number {
  return new Set(values).size;
}
