/**
 * Real models: the fixture truth files (../shared/fixtures/truth/tflite, decoded
 * with flatc, not by us) hold each model's input_details/output_details as
 * the Python interpreter reports them, and every tensor's parameters. We
 * print them the way Python does, twice over — with real numpy (repr, pprint,
 * and a narrow line width that wraps every array) when python3 has numpy, and
 * with the formats module's printer — and the parser must read back the
 * same values.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TensorDetails } from '../../../src/lib/formats/details.ts';
import type { DType } from '../../../src/lib/formats/summary.ts';
import { formatDetailsList } from '../../../src/lib/formats/printout.ts';
import { parseTensorDetails } from '../../../src/lib/formats/details-parser/index.ts';
import { explainTensor, generateCode } from '../../../src/lib/formats/details-view/index.ts';
import { fixturesDir, requireFixtures } from '../../support/fixtures.ts';
import { explainedInEnglish } from './english.ts';

interface TruthTensor {
  index: number;
  name: string;
  shape: number[];
  shape_signature?: number[];
  type: string;
  quantization: null | { scale: number[]; zero_point: number[]; quantized_dimension: number };
}
interface TruthDetails {
  name: string;
  index: number;
  shape: number[];
  shape_signature: number[];
  dtype: string;
  quantization: [number, number];
  quantization_parameters: { scales: number[]; zero_points: number[]; quantized_dimension: number };
}
interface Truth {
  subgraphs: { input_details: TruthDetails[]; output_details: TruthDetails[]; tensors: TruthTensor[]; per_axis_quantized_tensors: number[] }[];
}

const dir = path.join(fixturesDir, 'truth', 'tflite');

/** get_tensor_details() for one tensor, by the rules in truth/README.md. */
function tensorDetails(t: TruthTensor): TruthDetails {
  const q = t.quantization && t.quantization.scale.length > 0 && t.quantization.zero_point.length > 0 ? t.quantization : null;
  return {
    name: t.name,
    index: t.index,
    shape: t.shape,
    shape_signature: t.shape_signature ?? t.shape,
    dtype: t.type.toLowerCase(),
    quantization: q && q.scale.length === 1 ? [q.scale[0], q.zero_point[0]] : [0, 0],
    quantization_parameters: q
      ? { scales: q.scale, zero_points: q.zero_point, quantized_dimension: q.quantized_dimension }
      : { scales: [], zero_points: [], quantized_dimension: 0 },
  };
}

/**
 * numpy prints float32 arrays to 8 decimals (or 8 mantissa digits): equal up
 * to that rounding. Arrays over 1,000 values print as the first and last three
 * around "...".
 */
function expectSameScales(got: readonly number[], want: readonly number[], where: string): void {
  if (want.length > 1000) want = [...want.slice(0, 3), ...want.slice(-3)];
  expect(got.length, where).toBe(want.length);
  got.forEach((g, i) => expect(Math.abs(g - want[i]), `${where} scale ${i}: ${g} vs ${want[i]}`).toBeLessThanOrEqual(5.01e-9 + 1e-7 * Math.abs(want[i])));
}

function expectSame(got: TensorDetails, want: TruthDetails, where: string): void {
  expect(got.name, where).toBe(want.name);
  expect(got.index, where).toBe(want.index);
  expect(got.shape, where).toEqual(want.shape);
  expect(got.shape_signature, where).toEqual(want.shape_signature);
  expect(got.dtype, where).toBe(want.dtype);
  // The tuple is printed with repr(float): every digit, so exactly equal.
  expect(got.quantization, where).toEqual(want.quantization);
  const p = got.quantization_parameters!;
  expectSameScales(p.scales, want.quantization_parameters.scales, where);
  const zps = want.quantization_parameters.zero_points;
  expect(p.zero_points, where).toEqual(zps.length > 1000 ? [...zps.slice(0, 3), ...zps.slice(-3)] : zps);
  expect(p.quantized_dimension, where).toBe(want.quantization_parameters.quantized_dimension);
}

const NUMPY_PRINTER = String.raw`
import json, sys, pprint
import numpy as np
lists = json.loads(sys.stdin.read())
def dicts(items):
    out = []
    for d in items:
        qp = d['quantization_parameters']
        out.append({
            'name': d['name'], 'index': d['index'],
            'shape': np.array(d['shape'], dtype=np.int32),
            'shape_signature': np.array(d['shape_signature'], dtype=np.int32),
            'dtype': getattr(np, d['dtype']),
            'quantization': (float(d['quantization'][0]), int(d['quantization'][1])),
            'quantization_parameters': {'scales': np.array(qp['scales'], dtype=np.float32),
                                        'zero_points': np.array(qp['zero_points'], dtype=np.int32),
                                        'quantized_dimension': qp['quantized_dimension']},
            'sparsity_parameters': {}})
    return out
texts = []
for items in lists:
    ds = dicts(items)
    texts.append(repr(ds))
    texts.append(pprint.pformat(ds))
    np.set_printoptions(linewidth=40)
    texts.append(repr(ds))
    np.set_printoptions(linewidth=75)
print(json.dumps(texts))
`;

const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;

describe('real models: printouts read back to the interpreter\'s values', () => {
  if (!requireFixtures('TFLite truth files', 'truth', 'tflite')) return;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

  it('there are models to read, with per-axis tensors among them', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    const perAxis = files.flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Truth).subgraphs.flatMap((s) => s.per_axis_quantized_tensors));
    expect(perAxis.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    const truth = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Truth;
    const lists = truth.subgraphs.flatMap((s) => [s.input_details, s.output_details, s.tensors.map(tensorDetails)]);

    it(`${file}: the formats module's printout`, () => {
      for (const list of lists) {
        const text = formatDetailsList(list as unknown as TensorDetails[]);
        const parsed = parseTensorDetails(text);
        expect(parsed).toHaveLength(list.length);
        parsed.forEach((p, i) => expectSame(p, list[i], `${file} ${list[i].name}`));
      }
    });

    it(`${file}: numpy's repr, pprint and wrapped arrays${hasNumpy ? '' : ' (python3 with numpy not found: checked with the formats printer only)'}`, () => {
      if (!hasNumpy) {
        console.warn(`python3 with numpy not found: ${file} was not printed by numpy`);
        return;
      }
      const r = spawnSync('python3', ['-c', NUMPY_PRINTER], { input: JSON.stringify(lists), encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(r.stderr).toBe('');
      const texts = JSON.parse(r.stdout) as string[];
      expect(texts).toHaveLength(lists.length * 3);
      texts.forEach((text, k) => {
        const list = lists[Math.floor(k / 3)];
        const parsed = parseTensorDetails(text);
        expect(parsed).toHaveLength(list.length);
        parsed.forEach((p, i) => expectSame(p, list[i], `${file} printout ${k} ${list[i].name}`));
      });
    });

    it(`${file}: every tensor explains without a note of trouble`, () => {
      for (const t of truth.subgraphs.flatMap((s) => s.tensors.map(tensorDetails))) {
        const e = explainedInEnglish(t as unknown as TensorDetails & { dtype: DType });
        // Real tensors never have parameters the core refuses or a channel count that does not fit.
        expect(e.notes.filter((n) => /cannot be used|entries but there are/.test(n)), `${file} ${t.name}`).toEqual([]);
        if (t.quantization_parameters.scales.length > 1) {
          expect(e.kind).toBe('per-axis');
          // Some real 1-D biases keep their weight's quantized_dimension (person_detect's do):
          // reported, and the code still pairs the scales with the one dimension that fits.
          if (t.quantization_parameters.quantized_dimension >= t.shape.length) {
            expect(e.notes.join(' '), `${file} ${t.name}`).toMatch(/The \d+ scales match dimension 0/);
            expect(generateCode(explainTensor(t as unknown as TensorDetails), 'python'), `${file} ${t.name}`).toContain('AXIS = 0');
          }
        }
      }
    });
  }
});
