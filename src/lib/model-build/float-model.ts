/**
 * The digit classifier as plain data (layers with float32 weights) and its
 * float forward pass. The build script trains it; the ONNX exporters and the
 * quantizer read it; the browser gets it back from the fp32 ONNX file
 * (`readFloatModel`) to calibrate and re-quantize it.
 *
 * Layout is ONNX's: activations NCHW, conv weights [out, in, k, k], dense
 * weights [out, in] applied to the C·H·W flattening of their input.
 */

/** 3×3 (or k×k) convolution, stride 1, no padding, optional fused ReLU. */
export interface ConvLayer {
  kind: 'conv';
  name: string;
  inChannels: number;
  outChannels: number;
  kernel: number;
  relu: boolean;
  weight: Float32Array;
  bias: Float32Array;
}

/** Non-overlapping max pooling (kernel = stride = size, floor). */
export interface MaxPoolLayer {
  kind: 'maxpool';
  name: string;
  size: number;
}

/** Fully connected layer on the flattened input, optional fused ReLU. */
export interface DenseLayer {
  kind: 'dense';
  name: string;
  inFeatures: number;
  outFeatures: number;
  relu: boolean;
  weight: Float32Array;
  bias: Float32Array;
}

export type Layer = ConvLayer | MaxPoolLayer | DenseLayer;

/** Channels, height, width of an activation. Dense outputs are [n, 1, 1]. */
export type Shape3 = [number, number, number];

export interface FloatModel {
  /** [channels, height, width] of one input image; pixels are uint8 / 255. */
  inputShape: Shape3;
  layers: Layer[];
}

/** Layers that own weights and produce an activation that needs a range when quantized. */
export type WeightedLayer = ConvLayer | DenseLayer;

export function isWeighted(l: Layer): l is WeightedLayer {
  return l.kind === 'conv' || l.kind === 'dense';
}

/** Output shape of every layer, in order. */
export function layerShapes(model: FloatModel): Shape3[] {
  const shapes: Shape3[] = [];
  let [c, h, w] = model.inputShape;
  for (const l of model.layers) {
    if (l.kind === 'conv') {
      if (l.inChannels !== c) throw new Error(`${l.name}: expects ${l.inChannels} input channels, gets ${c}`);
      [c, h, w] = [l.outChannels, h - l.kernel + 1, w - l.kernel + 1];
    } else if (l.kind === 'maxpool') {
      [h, w] = [Math.floor(h / l.size), Math.floor(w / l.size)];
    } else {
      if (l.inFeatures !== c * h * w) throw new Error(`${l.name}: expects ${l.inFeatures} inputs, gets ${c * h * w}`);
      [c, h, w] = [l.outFeatures, 1, 1];
    }
    shapes.push([c, h, w]);
  }
  return shapes;
}

export function parameterCount(model: FloatModel): number {
  return model.layers.filter(isWeighted).reduce((n, l) => n + l.weight.length + l.bias.length, 0);
}

/**
 * The activations a quantized model needs parameters for: the input, then
 * the output of each conv/dense layer (after its fused ReLU). Max pooling
 * keeps its input's parameters, so it adds none.
 */
export function activationPoints(model: FloatModel): string[] {
  return ['input', ...model.layers.filter(isWeighted).map((l) => l.name)];
}

function conv(l: ConvLayer, x: Float32Array, [, h, w]: Shape3): Float32Array {
  const k = l.kernel;
  const oh = h - k + 1;
  const ow = w - k + 1;
  const out = new Float32Array(l.outChannels * oh * ow);
  const plane = h * w;
  for (let o = 0; o < l.outChannels; o++) {
    const base = o * oh * ow;
    for (let i = 0; i < oh * ow; i++) out[base + i] = l.bias[o];
    for (let c = 0; c < l.inChannels; c++) {
      for (let ky = 0; ky < k; ky++) {
        for (let kx = 0; kx < k; kx++) {
          const wv = l.weight[((o * l.inChannels + c) * k + ky) * k + kx];
          const src = c * plane + ky * w + kx;
          for (let y = 0; y < oh; y++) {
            const row = base + y * ow;
            const srow = src + y * w;
            for (let xx = 0; xx < ow; xx++) out[row + xx] += wv * x[srow + xx];
          }
        }
      }
    }
    if (l.relu) for (let i = base; i < base + oh * ow; i++) if (out[i] < 0) out[i] = 0;
  }
  return out;
}

function maxpool(size: number, x: Float32Array, [c, h, w]: Shape3): Float32Array {
  const oh = Math.floor(h / size);
  const ow = Math.floor(w / size);
  const out = new Float32Array(c * oh * ow);
  for (let ch = 0; ch < c; ch++) {
    for (let y = 0; y < oh; y++) {
      for (let xx = 0; xx < ow; xx++) {
        let m = -Infinity;
        for (let dy = 0; dy < size; dy++) {
          for (let dx = 0; dx < size; dx++) {
            const v = x[(ch * h + y * size + dy) * w + xx * size + dx];
            if (v > m) m = v;
          }
        }
        out[(ch * oh + y) * ow + xx] = m;
      }
    }
  }
  return out;
}

function dense(l: DenseLayer, x: Float32Array): Float32Array {
  const out = new Float32Array(l.outFeatures);
  for (let o = 0; o < l.outFeatures; o++) {
    let acc = l.bias[o];
    const row = o * l.inFeatures;
    for (let i = 0; i < l.inFeatures; i++) acc += l.weight[row + i] * x[i];
    out[o] = l.relu && acc < 0 ? 0 : acc;
  }
  return out;
}

/**
 * Float forward pass of one image (values already scaled to [0, 1]).
 * `capture(point, values)` sees every activation point (see
 * `activationPoints`), e.g. to calibrate ranges. Accumulates in float64, so
 * results differ from onnxruntime's float32 by rounding only.
 */
export function forwardFloat(
  model: FloatModel, image: Float32Array, capture?: (point: string, values: Float32Array) => void,
): Float32Array {
  let shape: Shape3 = model.inputShape;
  let x = image;
  capture?.('input', x);
  const shapes = layerShapes(model);
  model.layers.forEach((l, i) => {
    if (l.kind === 'conv') x = conv(l, x, shape);
    else if (l.kind === 'maxpool') x = maxpool(l.size, x, shape);
    else x = dense(l, x);
    shape = shapes[i];
    if (isWeighted(l)) capture?.(l.name, x);
  });
  return x;
}

/** Index of the largest logit (the first one on ties, like numpy's argmax). */
export function argmax(values: ArrayLike<number>, offset = 0, length = values.length - offset): number {
  let best = 0;
  for (let i = 1; i < length; i++) if (values[offset + i] > values[offset + best]) best = i;
  return best;
}
