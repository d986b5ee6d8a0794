/**
 * The disagreement lesson 6 quotes for a real network: the site's digit CNN
 * (public/models/digits-fp32.onnx, calibrated min/max on the 1,000
 * calibration images, int8 activations, per-channel weights) run through the
 * core's conv2d on 500 test images in each requantization scheme, layer by
 * layer on the same input codes (the ONNX Runtime chain's).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readFloatModel } from '../../../../src/lib/model-build/read-float-model.ts';
import { planIntegerModel } from '../../../../src/lib/model-build/quantize.ts';
import { minMaxRanges } from '../../../../scripts/model/variants.ts';
import { conv2d, quantize } from '../../../../src/lib/quant/index.ts';
import type { IntegerLayerResult, Requantization } from '../../../../src/lib/quant/index.ts';
import { repoRoot } from '../../../support/fixtures.ts';

const MODELS = path.join(repoRoot, 'public/models');
const read = (name: string) => new Uint8Array(readFileSync(path.join(MODELS, name)));

it('TFLite’s fixed point differs from ONNX Runtime on 0.04% of the digit CNN’s activation codes, by one code each', () => {
  const model = readFloatModel(read('digits-fp32.onnx'));
  const plan = planIntegerModel(model, minMaxRanges(model, read('calibration-digits.bin'), 1000), 'int8');
  const n = 500;
  const pixels = read('test-digits.bin');
  const images = new Float32Array(n * 784);
  for (let i = 0; i < images.length; i++) images[i] = pixels[i] / 255;
  // One channel: NCHW and NHWC are the same bytes.
  let x = quantize(images, { ...plan.input, dtype: 'int8', rounding: 'half-to-even' }) as Int8Array;
  let total = 0;
  let tflite = 0;
  let single = 0;
  const shifts = new Set<number>();
  for (const step of plan.steps) {
    const [c, h, w] = step.inShape;
    if (step.kind === 'maxpool') {
      const s = step.size;
      const oh = Math.floor(h / s);
      const ow = Math.floor(w / s);
      const out = new Int8Array(n * oh * ow * c);
      for (let b = 0; b < n; b++) for (let y = 0; y < oh; y++) for (let xx = 0; xx < ow; xx++) for (let ch = 0; ch < c; ch++) {
        let m = -128;
        for (let dy = 0; dy < s; dy++) for (let dx = 0; dx < s; dx++) m = Math.max(m, x[((b * h + y * s + dy) * w + xx * s + dx) * c + ch]);
        out[((b * oh + y) * ow + xx) * c + ch] = m;
      }
      x = out;
      continue;
    }
    const [oc] = step.outShape;
    const k = step.kernel;
    const ohwi = new Int8Array(step.weight.length); // the plan's weights are OIHW
    for (let o = 0; o < oc; o++) for (let i = 0; i < c; i++) for (let y = 0; y < k; y++) for (let xx = 0; xx < k; xx++) {
      ohwi[((o * k + y) * k + xx) * c + i] = step.weight[((o * c + i) * k + y) * k + xx];
    }
    const run = (requantization: Requantization): IntegerLayerResult => conv2d(
      { input: x, inputShape: [n, h, w, c], weights: ohwi, weightShape: [oc, k, k, c], bias: step.bias },
      {
        input: { ...step.input, dtype: 'int8' },
        weights: { scales: Array.from(step.weightScales), zeroPoints: Array.from(step.weightScales, () => 0), dtype: 'int8' },
        output: { ...step.output, dtype: 'int8' },
        activation: step.relu ? 'relu' : 'none',
        requantization,
      },
    );
    const ort = run('onnxruntime');
    const tfl = run('tflite');
    const one = run('tflite-single-rounding');
    for (const m of tfl.multipliers) shifts.add(m.fixedPoint.shift);
    for (let i = 0; i < ort.output.length; i++) {
      if (tfl.output[i] !== ort.output[i]) {
        tflite++;
        expect(Math.abs(tfl.output[i] - ort.output[i])).toBe(1);
      }
      if (one.output[i] !== ort.output[i]) single++;
    }
    total += ort.output.length;
    x = ort.output as Int8Array;
  }
  console.log(`digit CNN, ${n} images: ${tflite} of ${total} codes differ (TFLite vs ONNX Runtime), single rounding ${single}; shifts ${[...shifts].sort((a, b) => a - b).join(', ')}`);
  expect(total).toBe(3_693_000);
  expect((100 * tflite / total).toFixed(2)).toBe('0.04');
  expect(single).toBeLessThanOrEqual(2);
  expect(Math.min(...shifts)).toBe(-10);
  expect(Math.max(...shifts)).toBe(-8);
});
