/**
 * The printout read back by the DetailsDecoder's parser (details-parser/,
 * written separately from the printer): every fixture model's
 * get_input_details() / get_output_details() / get_tensor_details() text
 * parses to the same dicts. The (scale, zero_point) tuple is printed with
 * full double precision and must come back exactly; array scales print as
 * numpy does (8 decimals or 8 significant digits), so they come back within
 * that precision.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTensorDetails } from '../../../src/lib/formats/details-parser/index.ts';
import { formatDetailsList, inspectModel, tensorDetails } from '../../../src/lib/formats/index.ts';
import type { TensorDetails } from '../../../src/lib/formats/index.ts';
import { fixturesDir, requireFixtures } from '../../support/fixtures.ts';

/** numpy prints arrays of more than 1000 values as their first and last three around "...". */
const shown = (a: readonly number[]) => (a.length > 1000 ? [...a.slice(0, 3), ...a.slice(-3)] : [...a]);

function same(label: string, got: TensorDetails, want: TensorDetails): void {
  expect(got.name, `${label} name`).toBe(want.name);
  expect(got.index, `${label} index`).toBe(want.index);
  expect([...got.shape], `${label} shape`).toEqual([...want.shape]);
  expect([...(got.shape_signature ?? [])], `${label} shape_signature`).toEqual([...(want.shape_signature ?? [])]);
  expect(got.dtype, `${label} dtype`).toBe(want.dtype);
  expect([...got.quantization], `${label} quantization`).toEqual([...want.quantization]);
  const g = got.quantization_parameters!;
  const wq = want.quantization_parameters!;
  const w = { ...wq, scales: shown(wq.scales), zero_points: shown(wq.zero_points) };
  expect([...g.zero_points], `${label} zero_points`).toEqual([...w.zero_points]);
  expect(g.quantized_dimension, `${label} quantized_dimension`).toBe(w.quantized_dimension);
  expect(g.scales.length, `${label} scale count`).toBe(w.scales.length);
  g.scales.forEach((x, k) => {
    const y = w.scales[k];
    // numpy prints 8 decimals (positional) or 8 digits after the first (scientific).
    expect(Math.abs(x - y) <= Math.max(5e-9, Math.abs(y) * 5e-8), `${label} scale[${k}]: parsed ${x}, stored ${y}`).toBe(true);
  });
}

describe('printout → DetailsDecoder parser → the same details', () => {
  if (!requireFixtures('Printout round trip', 'models', 'tflite')) return;
  const dir = path.join(fixturesDir, 'models', 'tflite');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tflite')).sort()) {
    it(file, () => {
      const s = inspectModel(new Uint8Array(readFileSync(path.join(dir, file)))).summary;
      const positions = s.tensors.map((_, i) => i).filter((i) => s.tensors[i].subgraph === 0);
      const details = positions.map((i) => tensorDetails(s, i));
      const parsed = parseTensorDetails(formatDetailsList(details));
      expect(parsed.length, `${file}: tensor count`).toBe(details.length);
      parsed.forEach((d, k) => same(`${file}: tensor ${details[k].index}`, d, details[k]));
    });
  }
});
