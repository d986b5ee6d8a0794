/**
 * The error-message matcher on messages as people pasted them (log prefixes,
 * wrapped lines, other array and op names than the table's examples), on
 * text that is no known message, and on random text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGES, matchMessages } from '../../../src/lib/converter/messages.ts';

const ids = (text: string) => matchMessages(text).map((m) => m.id);

describe('matchMessages on real messages', () => {
  it('toco on a float graph with QUANTIZED_UINT8 (batch-norm array, wrapped as a terminal prints it)', () => {
    const text = `2019-09-18 10:52:47.997901: F tensorflow/lite/toco/tooling_util.cc:1728] Array batch_normalization/FusedBatchNormV3_mul_0, which is an input to the Add operator producing the output array
batch_normalization/FusedBatchNormV3, is lacking min/max data, which is necessary for
quantization. If accuracy matters, either target a non-quantized output format, or run quantized training with your model from a floating point checkpoint to change the input graph to contain min/max information. If you don't care about accuracy, you can pass --default_ranges_min= and --default_ranges_max= for easy experimentation.
Aborted (core dumped)`;
    expect(ids(text)).toEqual(['lacking-min-max']);
  });

  it('a graph_transforms graph: the QuantizeV2 explanation comes first, then the min/max one', () => {
    const text =
      'F tensorflow/contrib/lite/toco/tooling_util.cc:1155] Array conv/mul_eightbit/input__port__0/min, which is an input to the (Unsupported TensorFlow op: QuantizeV2) operator producing the output array conv/mul_eightbit/input__port__0/quantize, is lacking min/max data, which is necessary for quantization.';
    expect(ids(text)).toEqual(['quantize-v2-graph', 'lacking-min-max']);
  });

  it('the interpreter refusing a per-axis bias', () => {
    expect(ids('RuntimeError: quantized_dimension must be in range [0, 1). Was 3.Node number 0 failed to prepare.')).toEqual([
      'quantized-dimension',
    ]);
  });

  it('an old runtime meeting a newer op version, with the ERROR: prefix', () => {
    expect(ids("ERROR: Didn't find op for builtin opcode 'CONV_2D' version '6'.\nERROR: Registration failed.")).toEqual(['op-version']);
    expect(ids('E/tflite: Didn\'t find op for builtin opcode \'FULLY_CONNECTED\' version \'12\'')).toEqual(['op-version']);
  });

  it('the Python checks of TF 1 and TF 2', () => {
    expect(ids('ValueError: std_dev and mean must be defined when inference_input_type is QUANTIZED_UINT8.')).toEqual(['stats-required']);
    expect(ids('ValueError: The inference_input_type and inference_output_type must be tf.float32.')).toEqual(['io-must-be-float']);
    expect(ids("ValueError: The inference_input_type and inference_output_type must be in ['tf.float32', 'tf.int16'].")).toEqual([
      'io-type-not-allowed',
    ]);
    expect(ids('ValueError: For full integer quantization, a `representative_dataset` must be specified.')).toEqual([
      'representative-required',
    ]);
  });

  it('feeding floats to a uint8 input', () => {
    expect(ids('ValueError: Cannot set tensor: Got value of type FLOAT32 but expected type UINT8 for input 0, name: input_1_1 ')).toEqual([
      'set-tensor-type',
    ]);
  });

  it('the toco input-name check from a Chinese Q&A page (the message itself is English)', () => {
    expect(ids('2017-11-23 12:36:40.637143: F tensorflow/contrib/lite/toco/tooling_util.cc:549] Check failed: model.arrays.count(input_array.name()) Input array not found: input\nAborted (core dumped)')).toEqual([
      'input-array-not-found',
    ]);
  });

  it('every table entry matches its own example, and only entries that belong to it', () => {
    for (const m of MESSAGES) expect(ids(m.example), m.id).toContain(m.id);
  });
});

describe('matchMessages on anything else', () => {
  it('finds nothing in empty or unrelated text', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   \n ')).toEqual([]);
    expect(ids('Segmentation fault (core dumped)')).toEqual([]);
    expect(ids('quantization')).toEqual([]);
  });

  it('never throws and returns table entries for any text (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const found = matchMessages(text);
        for (const m of found) expect(MESSAGES).toContain(m);
      }),
      { numRuns: 500 },
    );
  });

  it('reads only the first 20,000 characters of a huge paste', () => {
    const huge = `${'x'.repeat(20_000)} is lacking min/max data`;
    expect(ids(huge)).toEqual([]);
    expect(ids(`is lacking min/max data ${'x'.repeat(100_000)}`)).toEqual(['lacking-min-max']);
  });
});
