// Dequantization formulas, axis sentences and real ranges, on hand-worked cases.
import { describe, expect, it } from 'vitest';
import type { TensorSummary } from '../../../src/lib/formats/summary.ts';
import { axisDescription, codeRange, dequantFormula, perAxisSummary, realRanges, realRangeText } from '../../../src/widgets/model-inspector/formula.ts';

function tensor(over: Partial<TensorSummary>): TensorSummary {
  return { index: 0, name: 't', shape: [1, 4], dtype: 'int8', byteSize: 0, isConstant: false, producers: [], consumers: [], subgraph: 0, ...over };
}

describe('dequantFormula', () => {
  it('writes a negative zero point in parentheses (Netron’s 0.046*q--9)', () => {
    const t = tensor({ quantization: { scales: [0.0466], zeroPoints: [-9], axis: 0 } });
    expect(dequantFormula(t)).toBe('real = 0.0466 × (q − (−9))');
  });
  it('keeps four significant digits of the stored float32 scale', () => {
    const t = tensor({ dtype: 'uint8', quantization: { scales: [0.003921568859368563], zeroPoints: [0], axis: 0 } });
    expect(dequantFormula(t)).toBe('real = 0.003922 × (q − 0)');
    expect(dequantFormula(t, 9)).toBe('real = 0.00392156886 × (q − 0)');
  });
  it('indexes per-axis parameters by channel along the quantized dimension', () => {
    const t = tensor({ shape: [3, 2], quantization: { scales: [0.1, 0.2, 0.4], zeroPoints: [0, 0, 0], axis: 0 } });
    expect(dequantFormula(t)).toBe('real = scale[c] × (q − 0) along axis 0 (channel c)');
    const mixed = tensor({ shape: [2, 3], quantization: { scales: [0.1, 0.2, 0.4], zeroPoints: [1, 2, 3], axis: 1 } });
    expect(dequantFormula(mixed)).toBe('real = scale[c] × (q − zero_point[c]) along axis 1 (channel c)');
    expect(perAxisSummary(t)).toBe('3 scales from 0.1 to 0.4; zero points all 0.');
  });
  it('says nothing for unquantized tensors, and names run-time scales', () => {
    expect(dequantFormula(tensor({}))).toBeNull();
    expect(dequantFormula(tensor({ quantization: { scales: [], zeroPoints: [], axis: 0, source: 'runtime' } }))).toMatch(/run time/);
  });
});

describe('axisDescription', () => {
  it('explains the axis against the shape', () => {
    const t = tensor({ shape: [16, 3, 3, 8], quantization: { scales: new Array(16).fill(0.1), zeroPoints: new Array(16).fill(0), axis: 0 } });
    expect(axisDescription(t)).toBe('quantized_dimension 0: channel c is the index along axis 0 of shape [16, 3, 3, 8] (size 16), one scale per entry.');
  });
  it('flags an axis the tensor does not have (person_detect’s 1-D biases with axis 3)', () => {
    const t = tensor({ shape: [8], dtype: 'int32', quantization: { scales: new Array(8).fill(0.1), zeroPoints: new Array(8).fill(0), axis: 3 } });
    expect(axisDescription(t)).toBe('quantized_dimension 3 is out of range: the tensor has 1 dimension (shape [8]), so its 8 scales cannot be matched to channels.');
  });
});

describe('realRanges', () => {
  it('is (qmin − z)·s to (qmax − z)·s', () => {
    // uint8, s = 1/255, z = 0: codes 0…255 cover [0, 1].
    const u = tensor({ dtype: 'uint8', quantization: { scales: [1 / 255], zeroPoints: [0], axis: 0 } });
    expect(realRanges(u)).toEqual([{ min: 0, max: 1 }]);
    // int8, s = 0.5, z = −9: (−128 + 9)·0.5 = −59.5 and (127 + 9)·0.5 = 68.
    const i = tensor({ quantization: { scales: [0.5], zeroPoints: [-9], axis: 0 } });
    expect(realRanges(i)).toEqual([{ min: -59.5, max: 68 }]);
    expect(realRangeText(i)).toBe('[−59.5, 68]');
  });
  it('has one range per channel, and int4 codes run from −8 to 7', () => {
    const t = tensor({ dtype: 'int4', shape: [2, 1], quantization: { scales: [1, 0.5], zeroPoints: [0, 0], axis: 0 } });
    expect(realRanges(t)).toEqual([{ min: -8, max: 7 }, { min: -4, max: 3.5 }]);
    expect(realRangeText(t)).toBe('[−8, 7] across 2 channels');
    expect(codeRange('int16')).toEqual({ qmin: -32768, qmax: 32767 });
    expect(codeRange('float32')).toBeNull();
  });
});
