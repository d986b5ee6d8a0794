/**
 * The cases table against real converted models: for each fixture model
 * whose conversion we know (../shared/fixtures/SOURCES.md), the row for
 * those settings must describe what the file really contains — the dtypes
 * of inputs, outputs, activations and weights, and the zero points the row
 * promises. The truth files were decoded with flatc, not by our code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConverterChoices } from '../../../src/lib/converter/cases.ts';
import { simulate } from '../../../src/lib/converter/simulate.ts';
import { linkForms } from '../../../src/lib/quant/index.ts';
import { fixturesDir, requireFixtures } from '../../support/fixtures.ts';

interface TruthTensor {
  index: number;
  type: string;
  buffer_bytes: number;
  quantization: null | { scale?: number[]; zero_point?: number[]; is_quantized?: boolean };
}
interface Truth {
  subgraphs: Array<{
    inputs: number[];
    outputs: number[];
    tensors: TruthTensor[];
    input_details: Array<{ quantization: [number, number] }>;
  }>;
}

const BASE: ConverterChoices = {
  generation: 'tf2', graph: 'float', inferenceType: 'FLOAT', inputStats: false, defaultRanges: false,
  postTrainingQuantize: false, mode: 'none', representative: false, ioType: 'float32',
};
const NUMBERS = { mean: 128, stdDev: 128, defaultMin: -6, defaultMax: 6 };

function load(name: string): Truth {
  return JSON.parse(readFileSync(path.join(fixturesDir, 'truth', 'tflite', `${name}.json`), 'utf8')) as Truth;
}

/** Tensor dtypes by role; int32/int64 constants are biases or shapes and are checked apart. */
function roles(truth: Truth) {
  const sg = truth.subgraphs[0];
  const io = new Set([...sg.inputs, ...sg.outputs]);
  const lower = (t: TruthTensor) => t.type.toLowerCase();
  const consts = sg.tensors.filter((t) => !io.has(t.index) && t.buffer_bytes > 0);
  return {
    inputs: new Set(sg.inputs.map((i) => lower(sg.tensors[i]))),
    outputs: new Set(sg.outputs.map((i) => lower(sg.tensors[i]))),
    activations: new Set(sg.tensors.filter((t) => !io.has(t.index) && t.buffer_bytes === 0).map(lower)),
    weights: consts.filter((t) => !['int32', 'int64'].includes(lower(t))),
    biases: consts.filter((t) => ['int32', 'int64'].includes(lower(t))),
  };
}

function expectModel(name: string, choices: ConverterChoices, extra: { floatWeightsAllowed?: boolean; biasType?: string } = {}) {
  const sim = simulate(choices, NUMBERS);
  if (sim.kind !== 'model') throw new Error(`${sim.row.id} is an error row`);
  const want = Object.fromEntries(sim.tensors.map((t) => [t.kind, t]));
  const got = roles(load(name));
  expect([...got.inputs], `${name} inputs (${sim.row.id})`).toEqual([want.inputs.dtype]);
  expect([...got.outputs], `${name} outputs`).toEqual([want.outputs.dtype]);
  if (got.activations.size > 0) expect([...got.activations], `${name} activations`).toEqual([want.activations.dtype]);
  const weightTypes = new Set(got.weights.map((t) => t.type.toLowerCase()));
  const allowed = new Set([want.weights.dtype, ...(extra.floatWeightsAllowed ? ['float32'] : [])]);
  for (const t of weightTypes) expect(allowed, `${name} weight type ${t}`).toContain(t);
  expect(weightTypes.has(want.weights.dtype), `${name} has ${want.weights.dtype} weights`).toBe(true);
  if (extra.biasType) for (const b of got.biases.filter((t) => t.quantization?.is_quantized)) expect(b.type.toLowerCase()).toBe(extra.biasType);
  return { sim, want, got };
}

describe('cases table against real models', () => {
  if (!requireFixtures('converter cases against fixture models', 'truth', 'tflite')) return;

  it('hello_world_float: no optimizations → everything float32, (0.0, 0)', () => {
    const { got } = expectModel('hello_world_float', BASE);
    for (const w of got.weights) expect(w.quantization?.is_quantized ?? false).toBe(false);
  });

  it('hello_world_int8: full integer with int8 I/O → int8 activations, symmetric int8 weights, int32 biases', () => {
    const { got } = expectModel('hello_world_int8', { ...BASE, mode: 'int8-only', representative: true, ioType: 'int8' }, { biasType: 'int32' });
    for (const w of got.weights) expect(new Set(w.quantization?.zero_point)).toEqual(new Set([0]));
  });

  it('seanet_conv0_16x8: 16x8 with int16 I/O → int16 inputs with zero point 0, int8 weights, int64 biases', () => {
    const truth = load('seanet_conv0_16x8');
    expectModel('seanet_conv0_16x8', { ...BASE, mode: '16x8', representative: true, ioType: 'int16' }, { biasType: 'int64' });
    expect(truth.subgraphs[0].input_details[0].quantization[1]).toBe(0);
  });

  it('mobilenet_v2_035_96_embedder: dynamic range → float32 I/O and activations, int8 per-channel weights (tuple (0.0, 0))', () => {
    const { got } = expectModel('mobilenet_v2_035_96_embedder', { ...BASE, mode: 'default' }, { floatWeightsAllowed: true });
    const int8 = got.weights.filter((w) => w.type === 'INT8');
    expect(int8.some((w) => (w.quantization?.scale?.length ?? 0) > 1)).toBe(true);
    for (const w of int8) expect(new Set(w.quantization?.zero_point)).toEqual(new Set([0]));
  });

  it('face_detection_short_range: float16 → float16 weights, float32 everywhere else', () => {
    expectModel('face_detection_short_range', { ...BASE, mode: 'float16' }, { floatWeightsAllowed: true });
  });

  it("mobilenet_v1_0.25_128_quant: TF1 quantization-aware training → uint8 throughout; its input's (0.0078125, 128) is stats (128, 128)", () => {
    const truth = load('mobilenet_v1_0.25_128_quant');
    expectModel(
      'mobilenet_v1_0.25_128_quant',
      { ...BASE, generation: 'tf1', graph: 'fake-quant', inferenceType: 'QUANTIZED_UINT8', inputStats: true },
      { biasType: 'int32' },
    );
    const [scale, zeroPoint] = truth.subgraphs[0].input_details[0].quantization;
    const f = linkForms({ from: 'stats', mean: 128, stdDev: 128 }, 'uint8');
    expect([f.params.scale, f.params.zeroPoint]).toEqual([scale, zeroPoint]);
  });
});
