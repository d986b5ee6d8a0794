/**
 * The IntegerLayerStepper's layer: parsing the reader's numbers, the default
 * layer worked by hand (the numbers lesson 6 quotes), the steps in every mode,
 * and the disagreement figures the lesson states.
 */
import { describe, expect, it } from 'vitest';
import { build, parseLayer, randomLayerText, traceUnit, type LayerSettings } from '../../../../src/widgets/integer-layer-stepper/layer.ts';
import { buildSteps } from '../../../../src/widgets/integer-layer-stepper/steps.ts';
import { problemText } from '../../../../src/widgets/integer-layer-stepper/problems.ts';
import { en } from '../../../../src/widgets/integer-layer-stepper/strings.ts';
import { measureDisagreement } from '../../../../src/widgets/integer-layer-stepper/disagreement.ts';
import { STEP_COUNT, integerLayerStepperSchema } from '../../../../src/widgets/integer-layer-stepper.schema.ts';
import { REQUANTIZATIONS } from '../../../../src/lib/quant/index.ts';
import { defaultsOf } from '../../../../src/lib/widget-state/schema.ts';

const defaults = defaultsOf(integerLayerStepperSchema);
const settings = (change: Partial<LayerSettings> = {}): LayerSettings => ({
  inputs: defaults.inputs, weights: defaults.weights, bias: defaults.bias, seed: defaults.seed,
  granularity: defaults.granularity, activation: defaults.activation, outputRange: defaults.outputRange, ...change,
});

function built(change: Partial<LayerSettings> = {}) {
  const o = build(settings(change));
  if (!o.ok) throw new Error(problemText(o.problem, en));
  return o.built;
}

describe('parsing the reader’s numbers', () => {
  it.each([
    [{ inputs: '' }, 'inputs', /Inputs: Type at least one number/],
    [{ inputs: '1, NaN, 2, 3' }, 'inputs', /Item 2 is NaN/],
    [{ weights: '1, 2, 3, 4; 5, 6' }, 'weights', /row 2 has 2 numbers; it needs one per input \(4\)/],
    [{ weights: '1,1,1,1;1,1,1,1;1,1,1,1;1,1,1,1;1,1,1,1;1,1,1,1;1,1,1,1' }, 'weights', /7 rows; this layer has at most 6/],
    [{ bias: '0.1, 0.2' }, 'bias', /Bias has 2 numbers; it needs one per output unit \(3\)/],
    [{ bias: '0.1, 1e9, 0' }, 'bias', /too large/],
    [{ inputs: '1, 2, 3, Infinity' }, 'inputs', /infinite/],
  ] as const)('%j → a message about %s', (change, field, message) => {
    const o = build(settings(change));
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.field).toBe(field);
    expect(problemText(o.problem, en)).toMatch(message);
  });
  it('accepts newlines, brackets and the typographic minus', () => {
    const p = parseLayer({ inputs: '[1, \u22122]', weights: '1 2\n3 4', bias: '0 0' });
    expect(p.ok).toBe(true);
    if (p.ok) expect([p.layer.inDepth, p.layer.outDepth, ...p.layer.x]).toEqual([2, 2, 1, -2]);
  });
  it('a layer whose bias cannot be int32 at its scales is refused with the core’s message', () => {
    // weights and inputs tiny, bias huge: b / (s_in·s_w) is far beyond 2^31
    const o = build(settings({ inputs: '1e-3, 1e-3, 1e-3, 1e-3', weights: '1e-3, 1e-3, 1e-3, 1e-3', bias: '9000', }));
    expect(o.ok).toBe(false);
    if (!o.ok) expect(problemText(o.problem, en)).toMatch(/beyond int32/);
  });
});

describe('the default layer, checked by hand', () => {
  const b = built();
  it('codes, accumulator and multiplier of unit 0', () => {
    expect(Array.from(b.qx)).toEqual([78, -45, 127, 5]);
    expect(b.input.zeroPoint).toBe(-1);
    expect(Array.from(b.qw.subarray(0, 4))).toEqual([71, -35, 14, 127]);
    expect(b.qb[0]).toBe(1764);
    // (78+1)·71 + (−45+1)·(−35) + (127+1)·14 + (5+1)·127 + 1764 = 5609 + 1540 + 1792 + 762 + 1764
    expect(b.results.tflite.accumulators[0]).toBe(11467);
    expect(b.results.tflite.multipliers[0].fixedPoint).toEqual({ multiplier: 2097417193, shift: -7 });
  });
  it('TFLite’s double rounding gives −40 where the exact value 87.497 rounds to 87 (code −41)', () => {
    // 11467 · 2097417193 / 2^31 = 11199.66 → 11200 = 87.5 · 128 → away from zero → 88; 88 − 128 = −40
    const t = traceUnit(b, 0, 'tflite');
    expect(t.highMul).toBe(11200);
    expect(t.rescaled).toBe(88);
    expect(t.output).toBe(-40);
    expect(t.reference).toBe(-41);
    expect(traceUnit(b, 0, 'tflite-single-rounding').output).toBe(-41);
    expect(traceUnit(b, 0, 'onnxruntime').output).toBe(-41);
  });
  it('output range [0, 1.894] after ReLU6: z_out = −128 and the clamp is the int8 range', () => {
    expect(b.output.zeroPoint).toBe(-128);
    expect(b.results.tflite.bounds).toEqual({ lo: -128, hi: 127 });
  });
  it('calibrated before a ReLU: z_out = −9, unit 1 clamps there, 137 codes usable (lesson’s second cell)', () => {
    const c = built({ activation: 'relu', outputRange: 'before-activation' });
    expect(c.output.zeroPoint).toBe(-9);
    expect(c.results.tflite.bounds).toEqual({ lo: -9, hi: 127 });
    expect(c.results.tflite.output[1]).toBe(-9);
  });
  it('twelve steps in every mode, the same stages in the same places', () => {
    for (const scheme of REQUANTIZATIONS) {
      const steps = buildSteps(b, 0, scheme, traceUnit(b, 0, scheme));
      expect(steps.length).toBe(STEP_COUNT);
      expect(steps.map((s) => s.key)).toEqual([
        'inputs', 'weights', 'zero-points', 'accumulate', 'bias', 'multiplier', 'fixed-point', 'high-mul', 'shift',
        'zero-point-out', 'activation', 'compare',
      ]);
      for (const s of steps) expect(`${s.short} ${s.lines.join(' ')} ${s.formula ?? ''}`).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
  it('per tensor: one weight scale for all units', () => {
    const p = built({ granularity: 'per-tensor' });
    expect(p.weightScales.length).toBe(1);
    expect(p.results.onnxruntime.multipliers[1].real).toBe(p.results.onnxruntime.multipliers[0].real);
  });
  it('random layers have the requested shape and build', () => {
    for (let seed = 0; seed < 20; seed++) {
      const o = build(settings({ ...randomLayerText(seed, 5, 2), seed }));
      expect(o.ok).toBe(true);
      if (o.ok) expect([o.built.float.inDepth, o.built.float.outDepth]).toEqual([5, 2]);
    }
  });
});

describe('the disagreement figures lesson 6 quotes', () => {
  it('4 inputs × 3 units, 200 layers: TFLite ≠ ONNX Runtime on 0.20% of 1,228,800 codes; single rounding = double precision', () => {
    const c = measureDisagreement(200, 4, 3);
    expect(c.total).toBe(1_228_800);
    expect((100 * c.differsFromOrt.tflite / c.total).toFixed(2)).toBe('0.20');
    expect(c.differsFromExact['tflite-single-rounding']).toBe(0);
    expect(c.differsFromExact.onnxruntime).toBe(3);
  });
  it('12 inputs × 6 units: 0.10%', () => {
    const c = measureDisagreement(200, 12, 6);
    expect((100 * c.differsFromOrt.tflite / c.total).toFixed(2)).toBe('0.10');
    expect(c.differsFromExact['tflite-single-rounding']).toBe(0);
  });
});
