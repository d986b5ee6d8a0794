/**
 * Every model file the site ships, made from one trained FloatModel. Pure
 * apart from the calibration images it is handed; the same inputs give the
 * same bytes.
 */
import { forwardFloat } from '../../src/lib/model-build/float-model.ts';
import type { FloatModel } from '../../src/lib/model-build/float-model.ts';
import { dynamicGraph, floatGraph, qoperatorGraph } from '../../src/lib/model-build/export.ts';
import type { QOperatorOptions } from '../../src/lib/model-build/export.ts';
import { writeOnnxModel } from '../../src/lib/model-build/onnx.ts';
import type { OnnxGraph } from '../../src/lib/model-build/onnx.ts';
import { dummyRanges, INPUT_RANGE, planIntegerModel } from '../../src/lib/model-build/quantize.ts';
import type { ActivationRanges, ActivationType, IntegerPlan } from '../../src/lib/model-build/quantize.ts';
import { PIXELS } from './data.ts';

export interface Variant {
  id: string;
  label: string;
  file: string;
  description: string;
  /** How the weights are stored. */
  weights: string;
  /** What the arithmetic runs in. */
  activations: string;
  graph: OnnxGraph;
  bytes: Uint8Array;
  /** Set for full-integer variants. */
  plan?: IntegerPlan;
  ranges?: ActivationRanges;
  calibration?: { method: string; images: number; source: string };
  dummyRange?: [number, number];
  /** Outputs depend on the other images in the batch (dynamic quantization). */
  batchDependent?: boolean;
}

/** Min/max of every activation point over the calibration images, with the float forward pass. */
export function minMaxRanges(model: FloatModel, pixels: Uint8Array, count: number): ActivationRanges {
  const ranges: ActivationRanges = {};
  const image = new Float32Array(PIXELS);
  for (let n = 0; n < count; n++) {
    for (let i = 0; i < PIXELS; i++) image[i] = pixels[n * PIXELS + i] / 255;
    forwardFloat(model, image, (point, values) => {
      const r = (ranges[point] ??= { min: Infinity, max: -Infinity });
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v < r.min) r.min = v;
        if (v > r.max) r.max = v;
      }
    });
  }
  // The input range is fixed by the preprocessing, not measured: quantized_input_stats = (0, 255).
  ranges.input = { ...INPUT_RANGE };
  return ranges;
}

export const DUMMY_RANGES: [number, number][] = [[-100, 100], [0, 6], [-1000, 1000]];

export const CALIBRATION_COUNT = 1000;

function make(v: Omit<Variant, 'bytes'>): Variant {
  return { ...v, bytes: writeOnnxModel(v.graph) };
}

function integerVariant(
  model: FloatModel, ranges: ActivationRanges, type: ActivationType, fields: Omit<Variant, 'bytes' | 'graph' | 'plan' | 'ranges' | 'weights' | 'activations'>,
  options: QOperatorOptions = {},
): Variant {
  const plan = planIntegerModel(model, ranges, type);
  return make({
    ...fields, plan, ranges, graph: qoperatorGraph(plan, model, options),
    weights: 'int8, symmetric, per output channel; int32 bias (scale = input scale × weight scale)',
    activations: `${type}, asymmetric, one scale and zero point per tensor`,
  });
}

export function buildVariants(model: FloatModel, calibrationPixels: Uint8Array): Variant[] {
  const ranges = minMaxRanges(model, calibrationPixels, CALIBRATION_COUNT);
  const calibration = { method: 'min/max', images: CALIBRATION_COUNT, source: 'the first 1,000 training digits (calibration-digits.bin)' };
  const variants: Variant[] = [
    make({
      id: 'fp32', label: 'float32', file: 'digits-fp32.onnx', graph: floatGraph(model, 'float32'),
      description: 'The trained model as is.', weights: 'float32', activations: 'float32',
    }),
    make({
      id: 'weights-only', label: 'weights-only int8', file: 'digits-weights-int8.onnx', graph: floatGraph(model, 'weights-only'),
      description: 'int8 weights stored, dequantized to float32 when the model runs; activations stay float32 (TFLite post_training_quantize = True).',
      weights: 'int8, symmetric, per output channel; float32 bias', activations: 'float32',
    }),
    integerVariant(model, ranges, 'uint8', {
      id: 'full-integer', label: 'full integer (uint8 activations)', file: 'digits-int8.onnx', calibration,
      description: 'Static post-training quantization calibrated on training digits: integer arithmetic from the first convolution to the logits.',
    }),
    integerVariant(model, ranges, 'int8', {
      id: 'full-integer-s8', label: 'full integer (int8 activations)', file: 'digits-int8-s8act.onnx', calibration,
      description: 'The same quantization with signed int8 activations (zero point −128 after a ReLU).',
    }),
    integerVariant(model, ranges, 'uint8', {
      id: 'full-integer-convinteger', label: 'full integer (ConvInteger form)', file: 'digits-int8-convinteger.onnx', calibration,
      description: 'The full-integer model with its two convolutions written as ConvInteger → DequantizeLinear (requantization multiplier, bias as zero point) → QuantizeLinear, max pooling done before the final rounding: the same integers as QLinearConv, but onnxruntime-web runs it faster (see scripts/model/README.md, "Where int8 wins").',
    }, { convInteger: ['conv1', 'conv2'] }),
    make({
      id: 'dynamic', label: 'dynamic range (int8 weights, activations quantized per batch)', file: 'digits-dynamic-int8.onnx', graph: dynamicGraph(model),
      description: 'int8 weights; each layer quantizes its float input at run time from that batch\'s own min and max (DynamicQuantizeLinear → ConvInteger / MatMulInteger → float), like TFLite\'s hybrid kernels and onnxruntime\'s quantize_dynamic. Results depend on which images share a batch.',
      weights: 'int8, symmetric, per output channel (stored as uint8 + 128 for ConvInteger); float32 bias', activations: 'float32 between layers; uint8 per batch inside each conv/dense',
      batchDependent: true,
    }),
    make({
      id: 'float16', label: 'float16 weights', file: 'digits-fp16.onnx', graph: floatGraph(model, 'float16'),
      description: 'float16 weights and biases, cast to float32 when the session loads; arithmetic in float32.',
      weights: 'float16', activations: 'float32',
    }),
  ];
  for (const [lo, hi] of DUMMY_RANGES) {
    const tag = `${lo}_${hi}`.replace(/-/g, 'm');
    variants.push(integerVariant(model, dummyRanges(model, { min: lo, max: hi }), 'uint8', {
      id: `dummy-${tag}`, label: `dummy ranges (${lo}, ${hi})`, file: `digits-dummy-${tag}.onnx`, dummyRange: [lo, hi],
      description: `Every activation after the input gets the fixed range (${lo}, ${hi}) instead of a calibrated one (TFLite default_ranges_stats).`,
    }));
  }
  return variants;
}
