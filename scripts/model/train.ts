/**
 * Hand-written training of the digit CNN on the CPU, seeded and
 * deterministic: the same data, seed and options give the same weights to
 * the last bit on every run (plain float64 loops in a fixed order, one
 * seeded generator for initialisation and shuffling, no threads).
 *
 *   conv 3×3, 8 channels, ReLU → maxpool 2 → conv 3×3, 16 channels, ReLU →
 *   maxpool 2 → dense 400 → 32, ReLU → dense 32 → 10 (logits)
 *
 * Softmax cross-entropy, Adam, mini-batches, cosine learning-rate decay.
 */
import { mulberry32, openUnit } from '../../src/lib/data/prng.ts';
import type { Random } from '../../src/lib/data/prng.ts';
import type { FloatModel } from '../../src/lib/model-build/float-model.ts';
import { PIXELS } from './data.ts';
import type { Digit } from './data.ts';

export interface TrainOptions {
  seed: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Random translation of each training image by up to ±shift pixels in x and y. */
  shift: number;
  /** Train on the first `limit` digits only (the short run the unit test hashes). */
  limit?: number;
  log?: (line: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { seed: 4, epochs: 12, batchSize: 32, learningRate: 0.002, shift: 1 };

// Architecture constants (28×28 input, valid 3×3 convolutions, 2×2 pooling).
const C1 = 8;
const C2 = 16;
const K = 3;
const H0 = 28;
const H1 = H0 - K + 1; // 26
const P1 = H1 >> 1; // 13
const H2 = P1 - K + 1; // 11
const P2 = H2 >> 1; // 5
const F = C2 * P2 * P2; // 400
const HID = 32;
const OUT = 10;

interface Params {
  w1: Float64Array; b1: Float64Array;
  w2: Float64Array; b2: Float64Array;
  w3: Float64Array; b3: Float64Array;
  w4: Float64Array; b4: Float64Array;
}

const SHAPES: Record<keyof Params, { size: number; fanIn: number }> = {
  w1: { size: C1 * K * K, fanIn: K * K }, b1: { size: C1, fanIn: 0 },
  w2: { size: C2 * C1 * K * K, fanIn: C1 * K * K }, b2: { size: C2, fanIn: 0 },
  w3: { size: HID * F, fanIn: F }, b3: { size: HID, fanIn: 0 },
  w4: { size: OUT * HID, fanIn: HID }, b4: { size: OUT, fanIn: 0 },
};
const KEYS = Object.keys(SHAPES) as (keyof Params)[];

function gaussian(random: Random): number {
  // Box–Muller; Math.log/cos/sqrt are deterministic in V8 (fdlibm ports).
  return Math.sqrt(-2 * Math.log(openUnit(random))) * Math.cos(2 * Math.PI * random());
}

function zeros(): Params {
  const p = {} as Params;
  for (const k of KEYS) p[k] = new Float64Array(SHAPES[k].size);
  return p;
}

function init(random: Random): Params {
  const p = zeros();
  for (const k of KEYS) {
    const { fanIn } = SHAPES[k];
    if (fanIn === 0) continue; // biases start at 0
    const std = Math.sqrt(2 / fanIn); // He initialisation for ReLU layers
    for (let i = 0; i < p[k].length; i++) p[k][i] = gaussian(random) * std;
  }
  return p;
}

/** Valid k×k convolution, stride 1, with bias; pre-activation output. */
function convForward(x: Float64Array, c: number, h: number, w: Float64Array, b: Float64Array, o: number, out: Float64Array): void {
  const oh = h - K + 1;
  for (let oc = 0; oc < o; oc++) {
    const base = oc * oh * oh;
    out.fill(b[oc], base, base + oh * oh);
    for (let ic = 0; ic < c; ic++) {
      for (let ky = 0; ky < K; ky++) {
        for (let kx = 0; kx < K; kx++) {
          const wv = w[((oc * c + ic) * K + ky) * K + kx];
          const src = ic * h * h + ky * h + kx;
          for (let y = 0; y < oh; y++) {
            const row = base + y * oh;
            const srow = src + y * h;
            for (let xx = 0; xx < oh; xx++) out[row + xx] += wv * x[srow + xx];
          }
        }
      }
    }
  }
}

/** Gradients of the convolution: accumulates dW, dB and (if given) dX. */
function convBackward(
  x: Float64Array, c: number, h: number, w: Float64Array, o: number, dOut: Float64Array,
  dW: Float64Array, dB: Float64Array, dX: Float64Array | null,
): void {
  const oh = h - K + 1;
  for (let oc = 0; oc < o; oc++) {
    const base = oc * oh * oh;
    let sb = 0;
    for (let i = base; i < base + oh * oh; i++) sb += dOut[i];
    dB[oc] += sb;
    for (let ic = 0; ic < c; ic++) {
      for (let ky = 0; ky < K; ky++) {
        for (let kx = 0; kx < K; kx++) {
          const wi = ((oc * c + ic) * K + ky) * K + kx;
          const wv = w[wi];
          const src = ic * h * h + ky * h + kx;
          let s = 0;
          for (let y = 0; y < oh; y++) {
            const row = base + y * oh;
            const srow = src + y * h;
            for (let xx = 0; xx < oh; xx++) {
              const g = dOut[row + xx];
              s += g * x[srow + xx];
              if (dX !== null) dX[srow + xx] += wv * g;
            }
          }
          dW[wi] += s;
        }
      }
    }
  }
}

/** ReLU then 2×2 max pool; remembers which input won each window. */
function reluPool(pre: Float64Array, c: number, h: number, out: Float64Array, argmaxIdx: Int32Array): void {
  const ph = h >> 1;
  for (let ch = 0; ch < c; ch++) {
    for (let y = 0; y < ph; y++) {
      for (let xx = 0; xx < ph; xx++) {
        const i0 = (ch * h + 2 * y) * h + 2 * xx;
        let best = i0;
        for (const i of [i0 + 1, i0 + h, i0 + h + 1]) if (pre[i] > pre[best]) best = i;
        const o = (ch * ph + y) * ph + xx;
        argmaxIdx[o] = best;
        out[o] = pre[best] > 0 ? pre[best] : 0; // max(relu(·)) = relu(max(·))
      }
    }
  }
}

/** Routes pooled gradients back to the winning (positive) pre-activations. */
function reluPoolBackward(pre: Float64Array, dPooled: Float64Array, argmaxIdx: Int32Array, dPre: Float64Array): void {
  dPre.fill(0);
  for (let o = 0; o < dPooled.length; o++) {
    const i = argmaxIdx[o];
    if (pre[i] > 0) dPre[i] += dPooled[o];
  }
}

interface Workspace {
  x: Float64Array; c1: Float64Array; p1: Float64Array; i1: Int32Array;
  c2: Float64Array; p2: Float64Array; i2: Int32Array;
  h: Float64Array; o: Float64Array;
  dO: Float64Array; dH: Float64Array; dP2: Float64Array; dC2: Float64Array; dP1: Float64Array; dC1: Float64Array;
}

function workspace(): Workspace {
  return {
    x: new Float64Array(PIXELS), c1: new Float64Array(C1 * H1 * H1), p1: new Float64Array(C1 * P1 * P1), i1: new Int32Array(C1 * P1 * P1),
    c2: new Float64Array(C2 * H2 * H2), p2: new Float64Array(F), i2: new Int32Array(F),
    h: new Float64Array(HID), o: new Float64Array(OUT),
    dO: new Float64Array(OUT), dH: new Float64Array(HID), dP2: new Float64Array(F), dC2: new Float64Array(C2 * H2 * H2),
    dP1: new Float64Array(C1 * P1 * P1), dC1: new Float64Array(C1 * H1 * H1),
  };
}

function forward(p: Params, ws: Workspace): void {
  convForward(ws.x, 1, H0, p.w1, p.b1, C1, ws.c1);
  reluPool(ws.c1, C1, H1, ws.p1, ws.i1);
  convForward(ws.p1, C1, P1, p.w2, p.b2, C2, ws.c2);
  reluPool(ws.c2, C2, H2, ws.p2, ws.i2);
  for (let j = 0; j < HID; j++) {
    let a = p.b3[j];
    for (let i = 0; i < F; i++) a += p.w3[j * F + i] * ws.p2[i];
    ws.h[j] = a > 0 ? a : 0;
  }
  for (let j = 0; j < OUT; j++) {
    let a = p.b4[j];
    for (let i = 0; i < HID; i++) a += p.w4[j * HID + i] * ws.h[i];
    ws.o[j] = a;
  }
}

/** Backward pass for one image; returns its cross-entropy loss. */
function backward(p: Params, g: Params, ws: Workspace, label: number): number {
  let max = -Infinity;
  for (let j = 0; j < OUT; j++) if (ws.o[j] > max) max = ws.o[j];
  let sum = 0;
  for (let j = 0; j < OUT; j++) sum += Math.exp(ws.o[j] - max);
  for (let j = 0; j < OUT; j++) ws.dO[j] = Math.exp(ws.o[j] - max) / sum - (j === label ? 1 : 0);
  const loss = -(ws.o[label] - max - Math.log(sum));

  ws.dH.fill(0);
  for (let j = 0; j < OUT; j++) {
    const d = ws.dO[j];
    g.b4[j] += d;
    for (let i = 0; i < HID; i++) {
      g.w4[j * HID + i] += d * ws.h[i];
      ws.dH[i] += d * p.w4[j * HID + i];
    }
  }
  ws.dP2.fill(0);
  for (let j = 0; j < HID; j++) {
    if (ws.h[j] <= 0) continue;
    const d = ws.dH[j];
    g.b3[j] += d;
    const row = j * F;
    for (let i = 0; i < F; i++) {
      g.w3[row + i] += d * ws.p2[i];
      ws.dP2[i] += d * p.w3[row + i];
    }
  }
  reluPoolBackward(ws.c2, ws.dP2, ws.i2, ws.dC2);
  ws.dP1.fill(0);
  convBackward(ws.p1, C1, P1, p.w2, C2, ws.dC2, g.w2, g.b2, ws.dP1);
  reluPoolBackward(ws.c1, ws.dP1, ws.i1, ws.dC1);
  convBackward(ws.x, 1, H0, p.w1, C1, ws.dC1, g.w1, g.b1, null);
  return loss;
}

/**
 * The same float32 values the ONNX models receive, fround(pixel / 255),
 * shifted by (dx, dy) pixels with zeros shifted in (data augmentation).
 */
function loadImage(ws: Workspace, pixels: Uint8Array, dx: number, dy: number): void {
  ws.x.fill(0);
  for (let y = Math.max(0, dy); y < Math.min(H0, H0 + dy); y++) {
    for (let x = Math.max(0, dx); x < Math.min(H0, H0 + dx); x++) {
      ws.x[y * H0 + x] = Math.fround(pixels[(y - dy) * H0 + (x - dx)] / 255);
    }
  }
}

function toFloatModel(p: Params): FloatModel {
  const f = (a: Float64Array) => Float32Array.from(a);
  return {
    inputShape: [1, H0, H0],
    layers: [
      { kind: 'conv', name: 'conv1', inChannels: 1, outChannels: C1, kernel: K, relu: true, weight: f(p.w1), bias: f(p.b1) },
      { kind: 'maxpool', name: 'pool1', size: 2 },
      { kind: 'conv', name: 'conv2', inChannels: C1, outChannels: C2, kernel: K, relu: true, weight: f(p.w2), bias: f(p.b2) },
      { kind: 'maxpool', name: 'pool2', size: 2 },
      { kind: 'dense', name: 'fc1', inFeatures: F, outFeatures: HID, relu: true, weight: f(p.w3), bias: f(p.b3) },
      { kind: 'dense', name: 'fc2', inFeatures: HID, outFeatures: OUT, relu: false, weight: f(p.w4), bias: f(p.b4) },
    ],
  };
}

export interface TrainResult {
  model: FloatModel;
  /** Mean training loss of each epoch. */
  epochLoss: number[];
}

export function trainModel(train: readonly Digit[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): TrainResult {
  const random = mulberry32(options.seed);
  const p = init(random);
  const g = zeros();
  const m = zeros();
  const v = zeros();
  const ws = workspace();
  const data = train.slice(0, options.limit ?? train.length);
  const order = data.map((_, i) => i);
  const batchesPerEpoch = Math.ceil(data.length / options.batchSize);
  const totalSteps = options.epochs * batchesPerEpoch;
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  let step = 0;
  const epochLoss: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let lossSum = 0;
    for (let start = 0; start < data.length; start += options.batchSize) {
      const end = Math.min(start + options.batchSize, data.length);
      for (const k of KEYS) g[k].fill(0);
      for (let n = start; n < end; n++) {
        const d = data[order[n]];
        const span = 2 * options.shift + 1;
        const dx = Math.floor(random() * span) - options.shift;
        const dy = Math.floor(random() * span) - options.shift;
        loadImage(ws, d.pixels, dx, dy);
        forward(p, ws);
        lossSum += backward(p, g, ws, d.label);
      }
      step++;
      const lr = options.learningRate * 0.5 * (1 + Math.cos((Math.PI * (step - 1)) / totalSteps));
      const scale = 1 / (end - start);
      const c1 = 1 - beta1 ** step;
      const c2 = 1 - beta2 ** step;
      for (const k of KEYS) {
        const pk = p[k], gk = g[k], mk = m[k], vk = v[k];
        for (let i = 0; i < pk.length; i++) {
          const gi = gk[i] * scale;
          mk[i] = beta1 * mk[i] + (1 - beta1) * gi;
          vk[i] = beta2 * vk[i] + (1 - beta2) * gi * gi;
          pk[i] -= (lr * (mk[i] / c1)) / (Math.sqrt(vk[i] / c2) + eps);
        }
      }
    }
    epochLoss.push(lossSum / data.length);
    options.log?.(`epoch ${epoch + 1}/${options.epochs}: mean loss ${(lossSum / data.length).toFixed(4)}`);
  }
  return { model: toFloatModel(p), epochLoss };
}
