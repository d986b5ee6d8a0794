/**
 * What the decoder says about a tensor, on hand-worked cases: ranges are
 * (qmin − z)·s and (qmax − z)·s computed on paper, and the sentences name the
 * preprocessing a reader has to do.
 */
import { describe, expect, it } from 'vitest';
import type { TensorDetails } from '../../../src/lib/formats/details.ts';
import { explainTensor } from '../../../src/lib/formats/details-view/index.ts';
import { parseTensorDetails } from '../../../src/lib/formats/details-parser/index.ts';
import { exampleById } from '../../../src/widgets/details-decoder/examples.ts';
import { fractionOf, rowOf } from '../../../src/widgets/details-decoder/display.ts';
import { en } from '../../../src/widgets/details-decoder/strings.ts';
import { explainedInEnglish } from './english.ts';

function tensor(dtype: TensorDetails['dtype'], scale: number, zp: number, extra: Partial<TensorDetails> = {}): TensorDetails {
  return { name: 't', index: 5, shape: [1, 4], dtype, quantization: [scale, zp], ...extra };
}

describe('per-tensor parameters', () => {
  it('uint8 (1/255, 0): [0, 1], raw pixels, the same as dividing by 255', () => {
    const t = explainedInEnglish(tensor('uint8', 0.003921568859368563, 0));
    expect(t.kind).toBe('per-tensor');
    expect([t.qmin, t.qmax]).toEqual([0, 255]);
    expect(t.channels[0].min).toBe(0);
    // 255 × float32(1/255) rounded to float32 is exactly 1.
    expect(t.channels[0].max).toBe(1);
    expect(t.input[0]).toBe('Image bytes 0–255 can go in as they are. The model reads them as 0 to 1, which is the same as dividing the pixels by 255 (inputs in [0, 1]).');
    expect(t.scaleSource).toBe('tuple');
  });

  it('uint8 (0.7843137383460999, 128): the seed\'s default_ranges_stats output, about [−100.39, 99.61]', () => {
    const t = explainedInEnglish(tensor('uint8', 0.7843137383460999, 128));
    expect(t.channels[0].min).toBeCloseTo(-100.392157, 5);
    expect(t.channels[0].max).toBeCloseTo(99.607843, 5);
    expect(t.output[0]).toMatch(/Code 0 means −100\.392, code 255 means 99\.6078, code 128 means exactly 0/);
  });

  it('int8 (1/255, −128): subtract 128 from each pixel byte', () => {
    const t = explainedInEnglish(tensor('int8', 0.003921568859368563, -128));
    expect([t.channels[0].min, t.channels[0].max]).toEqual([0, 1]);
    expect(t.input[0]).toMatch(/^Image bytes 0–255 go in after subtracting 128/);
  });

  it('uint8 (0.0078125, 128): [−1, 0.9921875]', () => {
    const t = explainedInEnglish(tensor('uint8', 0.0078125, 128));
    expect([t.channels[0].min, t.channels[0].max]).toEqual([-1, 0.9921875]);
    expect(t.input[0]).toMatch(/reads them as −1 to 0\.9922, about \(p − 127\.5\) \/ 127\.5 \(inputs in \[−1, 1\]\)/);
  });

  it('int8 (1/256, −128) output: a probability whose top code is 0.99609375', () => {
    const t = explainedInEnglish(tensor('int8', 0.00390625, -128));
    expect([t.channels[0].min, t.channels[0].max]).toEqual([0, 0.99609375]);
    expect(t.output.join(' ')).toMatch(/looks like a probability/);
  });

  it('int16 (1/32767, 0): codes −32768…32767, the 16×8 note', () => {
    const t = explainedInEnglish(tensor('int16', 3.0518509447574615e-5, 0));
    expect([t.qmin, t.qmax]).toEqual([-32768, 32767]);
    expect(t.channels[0].max).toBeCloseTo(1, 6);
    expect(t.input.join(' ')).toMatch(/16×8/);
  });

  it('a zero point outside the type is reported, not crashed on', () => {
    const t = explainedInEnglish(tensor('int8', 0.5, 200));
    expect(t.channels[0].min).toBeNull();
    expect(t.notes.join(' ')).toMatch(/cannot be used/);
  });

  it('tuple and parameters that disagree get a note', () => {
    const t = explainedInEnglish(tensor('uint8', 0.5, 3, { quantization_parameters: { scales: [0.25], zero_points: [3], quantized_dimension: 0 } }));
    expect(t.notes.join(' ')).toMatch(/edited or mixed up/);
    const same = explainedInEnglish(tensor('uint8', 0.003921568859368563, 0, { quantization_parameters: { scales: [0.00392157], zero_points: [0], quantized_dimension: 0 } }));
    expect(same.notes).toEqual([]);
  });
});

describe('not quantized', () => {
  it('float32 (0.0, 0) says not quantized and mentions weights-only models', () => {
    const t = explainedInEnglish(tensor('float32', 0, 0));
    expect(t.kind).toBe('float');
    expect(t.channels).toEqual([]);
    expect(t.input.join(' ')).toMatch(/Not quantized/);
    expect(t.input.join(' ')).toMatch(/weights were quantized/);
    expect(rowOf(explainTensor(tensor('float32', 0, 0)), en.cells).range).toBe('not quantized');
  });

  it('int32 token ids without a scale are plain integers', () => {
    const t = explainedInEnglish(tensor('int32', 0, 0));
    expect(t.kind).toBe('plain');
  });
});

describe('per-axis parameters', () => {
  it('the per-axis example: 16 channels along dimension 0, each with its own range', () => {
    const [w, b] = parseTensorDetails(exampleById('per-axis')!.text).map(explainedInEnglish);
    expect(w.kind).toBe('per-axis');
    expect(w.axis).toBe(0);
    expect(w.channels).toHaveLength(16);
    // Channel 0: scale 0.00124538, int8 codes −128…127, zero point 0.
    expect(w.channels[0].min).toBeCloseTo(-128 * 0.00124538, 7);
    expect(w.channels[0].max).toBeCloseTo(127 * 0.00124538, 7);
    expect(w.input.join(' ')).toMatch(/reads \(0\.0, 0\) for such tensors/);
    expect(w.notes).toEqual([]);
    expect(b.kind).toBe('per-axis');
    expect(b.dtype).toBe('int32');
  });

  it('a scale count that does not match the dimension is a note', () => {
    const t = explainedInEnglish(tensor('int8', 0, 0, { shape: [3, 2], quantization_parameters: { scales: [0.1, 0.2], zero_points: [0, 0], quantized_dimension: 0 } }));
    expect(t.notes.join(' ')).toMatch(/Dimension 0 has 3 entries but there are 2 scales/);
    const bad = explainedInEnglish(tensor('int8', 0, 0, { shape: [2], quantization_parameters: { scales: [0.1, 0.2], zero_points: [0, 0], quantized_dimension: 4 } }));
    expect(bad.notes.join(' ')).toMatch(/quantized_dimension is 4/);
  });
});

describe('fractions shown next to scales', () => {
  it('names the fractions people recognise', () => {
    expect(fractionOf(0.003921568859368563)).toBe('1/255');
    expect(fractionOf(0.007843137718737125)).toBe('2/255');
    expect(fractionOf(0.0078125)).toBe('1/128');
    expect(fractionOf(0.00390625)).toBe('1/256');
    expect(fractionOf(0.7843137383460999)).toBe('200/255');
    expect(fractionOf(3.0518509447574615e-5)).toBe('1/32767');
    expect(fractionOf(0.024480115622282028)).toBeNull();
    expect(fractionOf(0)).toBeNull();
  });
});
