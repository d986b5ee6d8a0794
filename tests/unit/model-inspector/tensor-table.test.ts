// The tensor table's order and filter: hand-made rows with known answers,
// properties over random rows, and the rows of one of the site's models.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectModel } from '../../../src/lib/formats/index.ts';
import { realRangeText } from '../../../src/widgets/model-inspector/formula.ts';
import { ariaSort, filterRows, SORT_KEYS, sortRows, tensorRows, type TensorRow } from '../../../src/widgets/model-inspector/tensor-table.ts';

function row(position: number, over: Partial<TensorRow> = {}): TensorRow {
  return {
    position, index: position, name: `t${position}`, kind: 'activation', kindLabel: 'activation', dtype: 'int8', shape: '[1]', elements: 1,
    quantization: 'per-tensor', scale: 1, scaleCount: 1, zeroPoint: 0, bytes: 0, subgraph: 0, range: '', ...over,
  };
}

describe('sortRows', () => {
  const rows = [
    row(0, { name: 'conv10', scale: 0.5, bytes: 10 }),
    row(1, { name: 'conv2', scale: NaN, bytes: 300, quantization: '', scaleCount: 0 }),
    row(2, { name: '', scale: 0.25, bytes: 0 }),
    row(3, { name: 'Conv1', scale: 0.5, bytes: 20 }),
  ];
  const order = (key: (typeof SORT_KEYS)[number], desc: boolean) => sortRows(rows, key, desc).map((r) => r.position);

  it('sorts names naturally (conv2 before conv10), ignores case, puts unnamed tensors last in both directions', () => {
    expect(order('name', false)).toEqual([3, 1, 0, 2]);
    expect(order('name', true)).toEqual([0, 1, 3, 2]);
  });
  it('puts tensors without a scale last in both directions; equal scales keep table order', () => {
    expect(order('scale', false)).toEqual([2, 0, 3, 1]);
    expect(order('scale', true)).toEqual([0, 3, 2, 1]);
  });
  it('sorts by stored bytes and by position', () => {
    expect(order('bytes', true)).toEqual([1, 3, 0, 2]);
    expect(order('position', true)).toEqual([3, 2, 1, 0]);
  });
  it('does not change its input', () => {
    sortRows(rows, 'bytes', false);
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3]);
  });

  const arbRow = fc.record({
    name: fc.constantFrom('', 'a', 'b', 'conv1', 'conv10', 'conv2', 'B'),
    scale: fc.oneof(fc.constant(NaN), fc.double({ min: 1e-9, max: 10, noNaN: true })),
    bytes: fc.nat(1000),
  });
  it('is a permutation, ordered by the key, with ties in table order (property)', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 30 }), fc.constantFrom('scale', 'bytes'), fc.boolean(), (specs, key, desc) => {
        const input = specs.map((s, i) => row(i, s));
        const out = sortRows(input, key, desc);
        expect(out.map((r) => r.position).sort((a, b) => a - b)).toEqual(input.map((r) => r.position));
        for (let i = 1; i < out.length; i++) {
          const a = out[i - 1][key];
          const b = out[i][key];
          if (Number.isNaN(a)) expect(Number.isNaN(b)).toBe(true);
          else if (!Number.isNaN(b)) {
            expect(desc ? a >= b : a <= b).toBe(true);
            if (a === b) expect(out[i - 1].position).toBeLessThan(out[i].position);
          }
        }
      }),
    );
  });
});

describe('filterRows', () => {
  const rows = [row(0, { name: 'conv1.w', kind: 'constant' }), row(1, { name: 'conv1', dtype: 'uint8' }), row(12, { name: 'logits', dtype: 'float32', quantization: '' })];
  it('matches every word against name, kind, dtype, shape and quantization, case-insensitively', () => {
    expect(filterRows(rows, 'CONV1').map((r) => r.position)).toEqual([0, 1]);
    expect(filterRows(rows, 'conv1 constant').map((r) => r.position)).toEqual([0]);
    expect(filterRows(rows, 'uint8').map((r) => r.position)).toEqual([1]);
    expect(filterRows(rows, '#12').map((r) => r.position)).toEqual([12]);
    expect(filterRows(rows, '   ').map((r) => r.position)).toEqual([0, 1, 12]);
    expect(filterRows(rows, 'nothing')).toEqual([]);
  });
  it('returns a subset in the same order (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), (q) => {
        const out = filterRows(rows, q);
        const positions = out.map((r) => r.position);
        expect(positions).toEqual(rows.map((r) => r.position).filter((p) => positions.includes(p)));
      }),
    );
  });
});

describe('ariaSort', () => {
  it('marks only the sorted column', () => {
    expect(ariaSort('name', 'name', false)).toBe('ascending');
    expect(ariaSort('name', 'name', true)).toBe('descending');
    expect(ariaSort('bytes', 'name', true)).toBe('none');
  });
});

describe('tensorRows of the site’s full-integer digit model', () => {
  const file = path.resolve('public/models/digits-int8.onnx');
  const summary = inspectModel(new Uint8Array(readFileSync(file)), { fileName: file }).summary;
  const rows = tensorRows(summary, summary.tensors.map((t) => realRangeText(t)));
  it('has one row per tensor, with kinds and per-axis counts as the model card describes', () => {
    expect(rows).toHaveLength(summary.tensors.length);
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get('input')?.kind).toBe('input');
    expect(byName.get('logits')?.kind).toBe('output');
    // conv2: 16 output channels, int8 per-channel weights (model-card.json, architecture and "weights").
    expect(byName.get('conv2.w')).toMatchObject({ kind: 'constant', dtype: 'int8', shape: '[16, 8, 3, 3]', scaleCount: 16, bytes: 16 * 8 * 9 });
    // The card's calibrated output of fc2: scale 0.1870368868112564, zero point 100.
    expect(byName.get('fc2')).toMatchObject({ kind: 'activation', dtype: 'uint8', scale: 0.1870368868112564, zeroPoint: 100, quantization: 'per-tensor' });
    // Codes 0…255 with zero point 100: (0 − 100)·s = −18.70 and (255 − 100)·s = 28.99, the card's calibrated [−18.79, 28.90] after nudging.
    expect(byName.get('fc2')?.range).toBe('[−18.7, 28.99]');
    expect(byName.get('logits')?.range).toBe('');
  });
});
