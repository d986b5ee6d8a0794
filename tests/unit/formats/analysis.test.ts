/**
 * Flavour verdicts, requantization multipliers and warnings on the fixture
 * models and on built files. The expected flavours are the ones
 * ../shared/fixtures/SOURCES.md gives for each model (written from the
 * models' origins, not from our code); the multipliers were computed
 * separately in Python (math.frexp, round half away from zero) from the
 * truth files' scales.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectModel } from '../../../src/lib/formats/index.ts';
import { fixturesDir, requireFixtures } from '../../support/fixtures.ts';
import { buildTflite, smallModel } from './tflite-builder.ts';

const summaryOf = (kind: string, file: string) =>
  inspectModel(new Uint8Array(readFileSync(path.join(fixturesDir, 'models', kind, file))), { fileName: file }).summary;

describe('flavour verdicts on the fixture models (as SOURCES.md describes them)', () => {
  if (!requireFixtures('Flavour verdicts', 'models', 'tflite')) return;
  const expected: [string, string, string][] = [
    ['tflite', 'hello_world_float.tflite', 'float'],
    ['tflite', 'hello_world_int8.tflite', 'full-integer-int8'],
    ['tflite', 'person_detect.tflite', 'full-integer-int8'],
    ['tflite', 'seanet_conv0_16x8.tflite', '16x8'],
    ['tflite', 'mobilenet_v1_0.25_128_quant.tflite', 'full-integer-uint8'],
    ['tflite', 'face_detection_short_range.tflite', 'float16'],
    ['tflite', 'mobilenet_v2_035_96_embedder.tflite', 'dynamic-range'],
    ['onnx', 'conv_qdq_u8u8.onnx', 'full-integer-uint8'],
    ['onnx', 'conv_qdq_s8s8_perchannel.onnx', 'full-integer-int8'],
    ['onnx', 'dynamic_quantize_matmul_uint8.onnx', 'dynamic-range'],
    ['onnx', 'qdq_with_multi_consumer_dq_nodes.onnx', 'full-integer-uint8'],
    ['onnx', 'matmulnbits_add.onnx', 'dynamic-range'],
  ];
  for (const [kind, file, flavour] of expected) {
    it(`${file}: ${flavour}, with evidence`, () => {
      const s = summaryOf(kind, file);
      expect(s.flavour.flavour, `${file}: ${s.flavour.evidence.join(' ')}`).toBe(flavour);
      expect(s.flavour.evidence.length).toBeGreaterThan(0);
    });
  }

  it('the size breakdown adds up to the constant bytes, largest dtype first', () => {
    const s = summaryOf('tflite', 'face_detection_short_range.tflite');
    expect(s.sizeByDtype?.[0].dtype).toBe('float16');
    const total = s.tensors.filter((t) => t.isConstant).reduce((a, t) => a + t.byteSize, 0);
    expect(s.sizeByDtype?.reduce((a, e) => a + e.bytes, 0)).toBe(total);
  });
});

describe('requantization multipliers', () => {
  if (!requireFixtures('Requantization multipliers', 'models', 'tflite')) return;

  it('hello_world_int8: M = s_in·s_w/s_out for each FULLY_CONNECTED and its (M0, shift)', () => {
    const s = summaryOf('tflite', 'hello_world_int8.tflite');
    // Computed in Python from truth/tflite/hello_world_int8.json.
    expect(s.requantization?.map((r) => [r.input, r.weights, r.output, r.multipliers])).toEqual([
      [0, 6, 7, [{ real: 0.007420224341242408, multiplier: 2039655736, shift: -7 }]],
      [7, 4, 8, [{ real: 0.011363567282521077, multiplier: 1561796795, shift: -6 }]],
      [8, 2, 9, [{ real: 0.0237248872280237, multiplier: 1630361836, shift: -5 }]],
    ]);
  });

  it('person_detect: one multiplier per output channel for per-channel convolutions', () => {
    const s = summaryOf('tflite', 'person_detect.tflite');
    expect(s.requantization).toHaveLength(28);
    for (const r of s.requantization!) {
      expect(r.multipliers.length).toBe(r.weightScales.length);
      for (const m of r.multipliers) {
        expect(Math.abs(m.multiplier)).toBeGreaterThanOrEqual(2 ** 30);
        expect(Math.abs(m.multiplier * 2 ** (m.shift - 31) - m.real)).toBeLessThanOrEqual(2 ** (m.shift - 32));
      }
    }
  });
});

describe('warnings', () => {
  if (!requireFixtures('Warnings', 'models', 'tflite')) return;

  it('person_detect: the 14 depthwise biases with quantized_dimension 3 on rank-1 tensors', () => {
    const s = summaryOf('tflite', 'person_detect.tflite');
    const w = s.warnings.filter((x) => x.code === 'quantized-dimension-out-of-range');
    expect(w).toHaveLength(14);
    for (const x of w) {
      const bias = x.tensors![0];
      const op = s.operators[s.tensors[bias].consumers[0]];
      expect(op.opType, s.tensors[bias].name).toBe('DEPTHWISE_CONV_2D');
      expect(op.inputs[2]).toBe(bias);
    }
  });

  it('no warning about dummy ranges where layers were calibrated', () => {
    for (const f of ['hello_world_int8.tflite', 'person_detect.tflite', 'mobilenet_v1_0.25_128_quant.tflite']) {
      expect(summaryOf('tflite', f).warnings.some((w) => w.code === 'same-range-everywhere'), f).toBe(false);
    }
  });

  it('a post-ReLU activation with zero point -128 is expected; the same on a raw input is flagged', () => {
    const s = summaryOf('tflite', 'mobilenet_v1_0.25_128_quant.tflite');
    // Conv outputs with fused RELU6 sit at zero point 0 in uint8 and are not flagged.
    expect(s.warnings.filter((w) => w.code === 'zero-point-at-edge')).toEqual([]);
    const h = summaryOf('tflite', 'hello_world_int8.tflite');
    expect(h.warnings.map((w) => [w.code, w.tensors])).toEqual([['zero-point-at-edge', [0]]]);
  });

  it('default_ranges_stats fingerprint: every layer output has the same (scale, zero point)', () => {
    const spec = smallModel();
    const sg = spec.subgraphs[0];
    sg.tensors.push(
      { name: 'w2', shape: [2, 2], type: 9, buffer: 2, quant: { scale: [0.25], zeroPoint: [0] } },
      { name: 'out2', shape: [1, 2], type: 9, buffer: 4, quant: { scale: [0.7843137383460999], zeroPoint: [0] } },
    );
    sg.tensors[3].quant = { scale: [0.7843137383460999], zeroPoint: [0] };
    sg.operators.push({ opcode: 0, inputs: [3, 4, -1], outputs: [5] });
    sg.outputs = [5];
    const s = inspectModel(buildTflite(spec).bytes).summary;
    const w = s.warnings.find((x) => x.code === 'same-range-everywhere');
    expect(w?.tensors).toEqual([3, 5]);
    // (−128 − 0)·0.784… and (127 − 0)·0.784…
    expect(w?.message).toContain('[-100.4, 99.61]');
  });
});
