/**
 * Runs an IntegerPlan in plain TypeScript with the same integer arithmetic
 * as onnxruntime's QOperator kernels: QuantizeLinear (float32 quotient,
 * ties to even, saturation), QLinearConv (int32 accumulation, the
 * requantization 'onnxruntime' of src/lib/quant/integer: float32 multiplier,
 * float32 product, ties to even, zero point, clamp), MaxPool on codes, and
 * DequantizeLinear (float32 product). The tests compare it with
 * onnxruntime-web bit for bit.
 *
 * The convolution is the core's NHWC conv2d, so activations are kept NHWC
 * here; the final logits [n, 1, 1, 10] read the same in either layout.
 */
import { quantize, dequantize } from '../quant/affine.ts';
import { conv2d } from '../quant/integer/conv2d.ts';
import type { IntegerLayerSpec } from '../quant/integer/layer.ts';
import type { IntegerPlan, QConvStep } from './quantize.ts';

type Codes = Uint8Array | Int8Array;

export interface IntegerRun {
  /** Output codes of the last layer, n × classes. */
  codes: Codes;
  /** Those codes dequantized (float32), what the ONNX model outputs. */
  logits: Float32Array;
}

/** OIHW (ONNX) to OHWI (the core's conv2d). */
function toOhwi(w: Int8Array, o: number, i: number, k: number): Int8Array {
  const out = new Int8Array(w.length);
  for (let oc = 0; oc < o; oc++) {
    for (let ic = 0; ic < i; ic++) {
      for (let y = 0; y < k; y++) {
        for (let x = 0; x < k; x++) out[((oc * k + y) * k + x) * i + ic] = w[((oc * i + ic) * k + y) * k + x];
      }
    }
  }
  return out;
}

/** NCHW images (n × c × h × w) to NHWC. */
function toNhwc(x: Codes, n: number, c: number, h: number, w: number): Codes {
  const out = x instanceof Int8Array ? new Int8Array(x.length) : new Uint8Array(x.length);
  for (let b = 0; b < n; b++) {
    for (let ch = 0; ch < c; ch++) {
      for (let p = 0; p < h * w; p++) out[(b * h * w + p) * c + ch] = x[(b * c + ch) * h * w + p];
    }
  }
  return out;
}

function maxPoolNhwc(x: Codes, n: number, h: number, w: number, c: number, size: number): Codes {
  const oh = Math.floor(h / size);
  const ow = Math.floor(w / size);
  const out = x instanceof Int8Array ? new Int8Array(n * oh * ow * c) : new Uint8Array(n * oh * ow * c);
  for (let b = 0; b < n; b++) {
    for (let y = 0; y < oh; y++) {
      for (let xx = 0; xx < ow; xx++) {
        for (let ch = 0; ch < c; ch++) {
          let m = -Infinity;
          for (let dy = 0; dy < size; dy++) {
            for (let dx = 0; dx < size; dx++) {
              const v = x[((b * h + y * size + dy) * w + xx * size + dx) * c + ch];
              if (v > m) m = v;
            }
          }
          out[((b * oh + y) * ow + xx) * c + ch] = m;
        }
      }
    }
  }
  return out;
}

function layerSpec(step: QConvStep, dtype: 'uint8' | 'int8'): IntegerLayerSpec {
  return {
    input: { ...step.input, dtype },
    weights: { scales: step.weightScales, zeroPoints: new Array<number>(step.weightScales.length).fill(0), dtype: 'int8' },
    output: { ...step.output, dtype },
    activation: step.relu ? 'relu' : 'none',
    requantization: 'onnxruntime',
  };
}

/** onnxruntime's requantization multiplier per output channel: f32(f32(s_in · s_w) / s_out). */
function multipliers(step: QConvStep): Float32Array {
  const sIn = Math.fround(step.input.scale);
  return step.weightScales.map((sw) => Math.fround(Math.fround(sIn * sw) / Math.fround(step.output.scale)));
}

/**
 * The same QLinearConv arithmetic as the core's conv2d with requantization
 * 'onnxruntime', specialised to NCHW, stride 1, no padding, weight zero
 * point 0, so that a widget can evaluate 2,000 digits in a worker quickly.
 * Tested equal to both conv2d and onnxruntime-web.
 */
function fastConv(step: QConvStep, x: Codes, n: number, dtype: 'uint8' | 'int8'): Codes {
  const [ic, ih, iw] = step.inShape;
  const [oc, oh, ow] = step.outShape;
  const k = step.kernel;
  const zx = step.input.zeroPoint;
  const zy = step.output.zeroPoint;
  const lo = step.outMin;
  const hi = dtype === 'uint8' ? 255 : 127;
  const mult = multipliers(step);
  const out = dtype === 'uint8' ? new Uint8Array(n * oc * oh * ow) : new Int8Array(n * oc * oh * ow);
  const centred = new Int32Array(ic * ih * iw);
  const acc = new Int32Array(oh * ow);
  for (let b = 0; b < n; b++) {
    for (let i = 0; i < centred.length; i++) centred[i] = x[b * centred.length + i] - zx;
    for (let o = 0; o < oc; o++) {
      acc.fill(step.bias[o]);
      for (let c = 0; c < ic; c++) {
        for (let ky = 0; ky < k; ky++) {
          for (let kx = 0; kx < k; kx++) {
            const w = step.weight[((o * ic + c) * k + ky) * k + kx];
            if (w === 0) continue;
            const src = (c * ih + ky) * iw + kx;
            for (let y = 0; y < oh; y++) {
              const row = y * ow;
              const srow = src + y * iw;
              for (let xx = 0; xx < ow; xx++) acc[row + xx] += w * centred[srow + xx];
            }
          }
        }
      }
      const m = mult[o];
      const base = (b * oc + o) * oh * ow;
      for (let i = 0; i < acc.length; i++) {
        const v = Math.fround(Math.fround(acc[i]) * m);
        let r = Math.round(v); // ties toward +∞; move odd results of exact ties down to even
        if (r - v === 0.5 && (r & 1) !== 0) r -= 1;
        const q = r + zy;
        out[base + i] = q < lo ? lo : q > hi ? hi : q;
      }
    }
  }
  return out;
}

function maxPoolNchw(x: Codes, n: number, c: number, h: number, w: number, size: number): Codes {
  const oh = Math.floor(h / size);
  const ow = Math.floor(w / size);
  const out = x instanceof Int8Array ? new Int8Array(n * c * oh * ow) : new Uint8Array(n * c * oh * ow);
  for (let p = 0; p < n * c; p++) {
    for (let y = 0; y < oh; y++) {
      for (let xx = 0; xx < ow; xx++) {
        let m = -Infinity;
        for (let dy = 0; dy < size; dy++) {
          for (let dx = 0; dx < size; dx++) {
            const v = x[(p * h + y * size + dy) * w + xx * size + dx];
            if (v > m) m = v;
          }
        }
        out[(p * oh + y) * ow + xx] = m;
      }
    }
  }
  return out;
}

export interface RunOptions {
  /**
   * 'fast' (default): specialised NCHW loops. 'core': the core's general
   * NHWC conv2d (src/lib/quant/integer), slower; the two are tested equal.
   */
  kernel?: 'fast' | 'core';
  /** Sees every step's output codes (NCHW with 'fast', NHWC with 'core'). */
  onActivation?: (stepName: string, codes: Codes) => void;
}

/**
 * `input` holds n images as float32 NCHW (pixel / 255), exactly what the
 * ONNX models take.
 */
export function runIntegerPlan(plan: IntegerPlan, input: Float32Array, n: number, options: RunOptions = {}): IntegerRun {
  const dtype = plan.activationType;
  const q = quantize(input, { ...plan.input, dtype, rounding: 'half-to-even' }) as Codes;
  if (options.kernel === 'core') return runCore(plan, q, n, options.onActivation);
  let x = q;
  for (const step of plan.steps) {
    const [c, h, w] = step.inShape;
    x = step.kind === 'maxpool' ? maxPoolNchw(x, n, c, h, w, step.size) : fastConv(step, x, n, dtype);
    options.onActivation?.(step.name, x);
  }
  return { codes: x, logits: dequantize(x, { ...plan.output, dtype }) };
}

function runCore(plan: IntegerPlan, q: Codes, n: number, onActivation?: (stepName: string, codes: Codes) => void): IntegerRun {
  const [c0, h0, w0] = plan.inputShape;
  const dtype = plan.activationType;
  let x = toNhwc(q, n, c0, h0, w0);
  for (const step of plan.steps) {
    const [c, h, w] = step.inShape;
    if (step.kind === 'maxpool') {
      x = maxPoolNhwc(x, n, h, w, c, step.size);
    } else {
      const [oc] = step.outShape;
      const k = step.kernel;
      x = conv2d({
        input: x, inputShape: [n, h, w, c],
        weights: toOhwi(step.weight, oc, c, k), weightShape: [oc, k, k, c],
        bias: step.bias,
      }, layerSpec(step, dtype)).output;
    }
    onActivation?.(step.name, x);
  }
  return { codes: x, logits: dequantize(x, { ...plan.output, dtype }) };
}
