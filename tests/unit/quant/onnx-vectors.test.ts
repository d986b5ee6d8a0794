/**
 * The ONNX backend node tests for QuantizeLinear / DequantizeLinear,
 * reproduced exactly. The vectors were written by the ONNX project (see
 * ../shared/fixtures/SOURCES.md); our decoder is first checked against the
 * independently decoded truth files, then our core must give the stored
 * outputs bit for bit.
 *
 * Not mapped: test_quantizelinear_uint16 (uint16 is not one of the core's
 * dtypes; its dequantize twin is mapped, since dequantize takes any integer
 * codes), and the int4/uint4, float8 and blocked variants.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dequantize, dequantizePerAxis, quantize, quantizePerAxis } from '../../../src/lib/quant/index.ts';
import type { Dtype } from '../../../src/lib/quant/index.ts';
import { fixturesDir, requireFixtures } from '../../support/fixtures.ts';
import { readModel } from '../../support/onnx-model.ts';
import { decodeTensor, ONNX_FLOAT, ONNX_INT16, ONNX_INT8, ONNX_UINT16, ONNX_UINT8 } from '../../support/onnx-tensor.ts';
import type { DecodedTensor } from '../../support/onnx-tensor.ts';

const CASES = [
  'test_quantizelinear',
  'test_quantizelinear_axis',
  'test_quantizelinear_int16',
  'test_dequantizelinear',
  'test_dequantizelinear_axis',
  'test_dequantizelinear_int16',
  'test_dequantizelinear_uint16',
] as const;

const DTYPE_OF: Record<number, Dtype | undefined> = { [ONNX_UINT8]: 'uint8', [ONNX_INT8]: 'int8', [ONNX_INT16]: 'int16' };

interface NodeTest {
  opType: string;
  axis: number;
  attributes: Record<string, number>;
  inputs: DecodedTensor[];
  output: DecodedTensor;
}

function loadCase(name: string): NodeTest {
  const dir = path.join(fixturesDir, 'onnx-node-tests', name);
  const model = readModel(readFileSync(path.join(dir, 'model.onnx')));
  expect(model.nodes).toHaveLength(1);
  const node = model.nodes[0];
  const read = (file: string) => decodeTensor(readFileSync(path.join(dir, 'test_data_set_0', file)));
  const inputs = node.inputs.map((_, i) => read(`input_${i}.pb`));
  return {
    opType: node.opType,
    axis: node.intAttributes.axis ?? 1, // ONNX's default axis
    attributes: node.intAttributes,
    inputs,
    output: read('output_0.pb'),
  };
}

interface TruthTensor {
  name: string;
  data_type: number;
  dims: number[];
  values: (number | string)[];
}

function loadTruth(name: string): Record<string, TruthTensor> {
  const file = path.join(fixturesDir, 'truth', 'onnx-node-tests', `${name}.json`);
  return JSON.parse(readFileSync(file, 'utf8')).test_data.test_data_set_0;
}

describe('ONNX backend node tests for QuantizeLinear / DequantizeLinear', () => {
  if (!requireFixtures('ONNX node tests', 'onnx-node-tests', 'test_quantizelinear')) return;

  describe('our TensorProto decoder agrees with the independently decoded truth files', () => {
    for (const name of CASES) {
      it(name, () => {
        const truth = loadTruth(name);
        const t = loadCase(name);
        const ours = [...t.inputs, t.output];
        const files = [...t.inputs.map((_, i) => `input_${i}.pb`), 'output_0.pb'];
        files.forEach((file, i) => {
          expect(ours[i].name).toBe(truth[file].name);
          expect(ours[i].dataType).toBe(truth[file].data_type);
          expect(ours[i].dims).toEqual(truth[file].dims);
          expect(ours[i].values).toEqual(truth[file].values);
        });
      });
    }
  });

  describe('our core reproduces the expected outputs exactly (half to even, as ONNX specifies)', () => {
    for (const name of CASES) {
      it(name, () => {
        const t = loadCase(name);
        // Only `axis` may be set: saturate / block_size / output_dtype would change the meaning.
        expect(Object.keys(t.attributes).filter((k) => k !== 'axis')).toEqual([]);
        const [x, scale, zeroPoint] = t.inputs;
        expect(scale.dataType).toBe(ONNX_FLOAT);
        const perAxis = scale.dims.length === 1;
        if (t.opType === 'QuantizeLinear') {
          const dtype = DTYPE_OF[zeroPoint.dataType];
          expect(dtype, `zero point type ${zeroPoint.dataType}`).toBeDefined();
          const got = perAxis
            ? quantizePerAxis(x.values, {
              scales: scale.values, zeroPoints: zeroPoint.values, axis: t.axis, shape: x.dims, dtype: dtype!, rounding: 'half-to-even',
            })
            : quantize(Float32Array.from(x.values), {
              scale: scale.values[0], zeroPoint: zeroPoint.values[0], dtype: dtype!, rounding: 'half-to-even',
            });
          expect(Array.from(got)).toEqual(t.output.values);
        } else {
          expect(t.opType).toBe('DequantizeLinear');
          expect([ONNX_UINT8, ONNX_INT8, ONNX_INT16, ONNX_UINT16]).toContain(x.dataType);
          const got = perAxis
            ? dequantizePerAxis(x.values, { scales: scale.values, zeroPoints: zeroPoint.values, axis: t.axis, shape: x.dims })
            : dequantize(x.values, { scale: scale.values[0], zeroPoint: zeroPoint.values[0] });
          expect(got).toBeInstanceOf(Float32Array);
          expect(Array.from(got)).toEqual(t.output.values);
        }
      });
    }
  });
});
