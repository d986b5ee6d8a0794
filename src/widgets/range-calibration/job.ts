// One calibration job, the same in the worker and in tests: ranges for every
// activation point (from calibration images, or one dummy range), the
// integer plan and its ONNX file (src/lib/model-build), and for each point
// what those ranges do to the values that really flow there: the step size,
// how much is clipped, how many of the 256 codes are used, the SQNR, and a
// histogram to draw the range on.
import { ActivationStore } from '../../lib/model/activations.ts';
import type { CalibrationMethod, Range } from '../../lib/model/calibration.ts';
import { planIntegerModel, dummyRanges, INPUT_RANGE, type ActivationRanges, type IntegerPlan } from '../../lib/model-build/quantize.ts';
import { qoperatorGraph } from '../../lib/model-build/export.ts';
import { writeOnnxModel } from '../../lib/model-build/onnx.ts';
import { dequantize, quantize } from '../../lib/quant/affine.ts';
import { errorStats } from '../../lib/quant/error-stats.ts';
import { histogram } from '../../lib/quant/histogram.ts';

export interface CalibrationRequest {
  method: CalibrationMethod | 'dummy';
  percentile: number;
  images: number;
  dummyMin: number;
  dummyMax: number;
}

import { HIST_BINS, REPORT_IMAGES } from './constants.ts';

export interface LayerReport {
  point: string;
  /** Range the quantizer was given. */
  range: Range;
  /** What the values really span on the images observed. */
  data: Range;
  scale: number;
  zeroPoint: number;
  /** Real interval the 256 codes cover after nudging. */
  covered: Range;
  clippedBelow: number;
  clippedAbove: number;
  /** Distinct codes the observed values land on. */
  levelsUsed: number;
  sqnrDb: number;
  /** Histogram of the observed values (x from lo to hi). */
  hist: { lo: number; hi: number; counts: number[] };
  values: number;
}

export interface CalibrationResult {
  request: CalibrationRequest;
  layers: LayerReport[];
  /** The re-quantized model, ready for onnxruntime-web. */
  onnx: Uint8Array;
  plan: IntegerPlan;
  ms: number;
}

/** Ranges for every activation point: calibrated, or dummy (the input keeps [0, 1], as quantized_input_stats set it). */
export function chooseRanges(store: ActivationStore, req: CalibrationRequest): ActivationRanges {
  if (req.method === 'dummy') return dummyRanges(store.model, { min: req.dummyMin, max: req.dummyMax });
  const ranges: ActivationRanges = { input: { ...INPUT_RANGE } };
  for (const p of store.points) {
    if (p === 'input') continue;
    ranges[p] = store.observer(p, req.images).range({ method: req.method, percentile: req.percentile });
  }
  return ranges;
}

function report(store: ActivationStore, point: string, images: number, range: Range, scale: number, zeroPoint: number): LayerReport {
  const values = store.observer(point, images).values();
  const params = { scale, zeroPoint, dtype: 'uint8' as const, rounding: 'half-to-even' as const };
  const codes = quantize(values, params);
  const back = dequantize(codes, params);
  const stats = errorStats(values, back, params);
  const covered = { min: (0 - zeroPoint) * scale, max: (255 - zeroPoint) * scale };
  let below = 0;
  let above = 0;
  let lo = Infinity;
  let hi = -Infinity;
  const used = new Uint8Array(256);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < covered.min) below++;
    else if (v > covered.max) above++;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    used[codes[i]] = 1;
  }
  const span = hi > lo ? hi - lo : Math.max(1e-6, Math.abs(hi));
  const h = histogram(values, { bins: HIST_BINS, min: lo, max: lo + span });
  return {
    point,
    range,
    data: { min: lo, max: hi },
    scale,
    zeroPoint,
    covered,
    clippedBelow: below / values.length,
    clippedAbove: above / values.length,
    levelsUsed: used.reduce((a, b) => a + b, 0),
    sqnrDb: stats.sqnrDb,
    hist: { lo, hi: lo + span, counts: Array.from(h.counts) },
    values: values.length,
  };
}

export function runCalibration(store: ActivationStore, req: CalibrationRequest): CalibrationResult {
  const start = performance.now();
  const images = Math.max(1, Math.min(req.images, store.capacity));
  const ranges = chooseRanges(store, { ...req, images });
  const plan = planIntegerModel(store.model, ranges, 'uint8');
  const onnx = writeOnnxModel(qoperatorGraph(plan, store.model));
  const params = new Map<string, { scale: number; zeroPoint: number }>([['input', plan.input]]);
  for (const step of plan.steps) if (step.kind === 'conv') params.set(step.name, step.output);
  const layers = store.points.map((p) => {
    const q = params.get(p)!;
    return report(store, p, Math.min(REPORT_IMAGES, store.capacity), ranges[p] ?? INPUT_RANGE, q.scale, q.zeroPoint);
  });
  return { request: req, layers, onnx, plan, ms: performance.now() - start };
}
