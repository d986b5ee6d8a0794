/**
 * The details parser on every one-click example and on the variants real
 * printouts come in. Expected values are read off the printouts by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  DetailsParseError, MAX_DEPTH, MAX_INPUT_LENGTH, parseDetails, parseTensorDetails,
} from '../../../src/lib/formats/details-parser/index.ts';
import { EXAMPLES, exampleById } from '../../../src/widgets/details-decoder/examples.ts';
import { parserEnglish } from './english.ts';

function example(id: string): string {
  const e = exampleById(id);
  if (!e) throw new Error(`no example ${id}`);
  return e.text;
}

function parseError(text: string): DetailsParseError {
  try {
    parseDetails(text);
  } catch (e) {
    expect(e).toBeInstanceOf(DetailsParseError);
    return e as DetailsParseError;
  }
  throw new Error(`expected a parse error for ${JSON.stringify(text.slice(0, 80))}`);
}

describe('the one-click examples', () => {
  it('has at least eight, with unique ids, and every one parses', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) expect(parseDetails(e.text).tensors.length, e.id).toBeGreaterThan(0);
  });

  it('seed-uint8: the TF 1.x printout with (0.003921568859368563, 0)', () => {
    const [t] = parseTensorDetails(example('seed-uint8'));
    expect(t).toEqual({
      name: 'input_1_1',
      index: 47,
      shape: [1, 128, 128, 3],
      dtype: 'uint8',
      quantization: [0.003921568859368563, 0],
    });
  });

  it('weights-only and default-ranges: two printouts one after the other', () => {
    const float = parseDetails(example('weights-only'));
    expect(float.groups).toBe(2);
    expect(float.tensors.map((t) => [t.details.index, t.details.dtype, t.details.quantization])).toEqual([
      [47, 'float32', [0, 0]],
      [45, 'float32', [0, 0]],
    ]);
    const uint8 = parseTensorDetails(example('default-ranges'));
    expect(uint8[1]).toMatchObject({ name: 'global_average_pooling2d_1_1/Mean', shape: [1, 156], dtype: 'uint8', quantization: [0.7843137383460999, 128] });
  });

  it('int8-tf2: shape_signature with −1, quantization_parameters, empty sparsity_parameters', () => {
    const [input, output] = parseTensorDetails(example('int8-tf2'));
    expect(input).toEqual({
      name: 'serving_default_input_2:0',
      index: 0,
      shape: [1, 224, 224, 3],
      shape_signature: [-1, 224, 224, 3],
      dtype: 'int8',
      quantization: [0.003921568859368563, -128],
      quantization_parameters: { scales: [0.00392157], zero_points: [-128], quantized_dimension: 0 },
      sparsity_parameters: {},
    });
    expect(output.quantization).toEqual([0.00390625, -128]);
    expect(output.shape_signature).toEqual([-1, 10]);
  });

  it('mobilenet-uint8 and float-tf2', () => {
    const [input, output] = parseTensorDetails(example('mobilenet-uint8'));
    expect(input.quantization).toEqual([0.0078125, 128]);
    expect(output).toMatchObject({ index: 88, shape: [1, 1001], quantization: [0.00390625, 0] });
    const [f] = parseTensorDetails(example('float-tf2'));
    expect(f.quantization_parameters).toEqual({ scales: [], zero_points: [], quantized_dimension: 0 });
  });

  it('per-axis: 16 scales wrapped over four lines, and the int32 bias in exponent notation', () => {
    const [w, b] = parseTensorDetails(example('per-axis'));
    expect(w.shape).toEqual([16, 3, 3, 3]);
    expect(w.quantization).toEqual([0, 0]);
    expect(w.quantization_parameters?.scales).toHaveLength(16);
    expect(w.quantization_parameters?.scales[0]).toBe(0.00124538);
    expect(w.quantization_parameters?.scales[8]).toBe(0.0046198);
    expect(w.quantization_parameters?.scales[15]).toBe(0.00577259);
    expect(w.quantization_parameters?.zero_points).toEqual(new Array(16).fill(0));
    expect(b.dtype).toBe('int32');
    expect(b.quantization_parameters?.scales[0]).toBe(4.8838265e-6);
    expect(b.quantization_parameters?.scales[15]).toBe(2.2637609e-5);
  });

  it('int16, several and pprint', () => {
    expect(parseTensorDetails(example('int16'))[0]).toMatchObject({ dtype: 'int16', shape: [1, 16000], quantization: [3.0518509447574615e-5, 0] });
    const several = parseTensorDetails(example('several'));
    expect(several.map((t) => t.index)).toEqual([410, 408, 409, 407]);
    expect(several[3].shape).toEqual([1]);
    const [p] = parseTensorDetails(example('pprint'));
    expect(p).toMatchObject({ name: 'serving_default_input:0', dtype: 'int8', quantization: [0.007843137718737125, -1], shape: [1, 96, 96, 1] });
  });
});

describe('variants', () => {
  const base = "{'name': 'in', 'index': 3, 'shape': array([1, 4], dtype=int32), 'dtype': <class 'numpy.int8'>, 'quantization': (0.5, -3)}";
  const expected = { name: 'in', index: 3, shape: [1, 4], dtype: 'int8', quantization: [0.5, -3] };

  it('one dict, a list, a tuple of dicts, and a trailing comma', () => {
    expect(parseTensorDetails(base)).toEqual([expected]);
    expect(parseTensorDetails(`[${base}]`)).toEqual([expected]);
    expect(parseTensorDetails(`(${base},)`)).toEqual([expected]);
    expect(parseTensorDetails(`[${base.replace(/}$/, ',}')},]`)).toEqual([expected]);
  });

  it('extra spaces, tabs, newlines, no-break spaces and CRLF line ends', () => {
    const spaced = base.replace(/, /g, ' ,\t\n  ').replace(/: /g, '  :   ').replace(/\[/g, '[ \u00a0');
    expect(parseTensorDetails(spaced)).toEqual([expected]);
    expect(parseTensorDetails(`[${base}]`.replace(/, /g, ',\r\n '))).toEqual([expected]);
  });

  it('the ways a dtype is written', () => {
    for (const written of ["<class 'numpy.int8'>", 'np.int8', 'numpy.int8', "dtype('int8')", "np.dtype('int8')", "'int8'", 'tf.int8', "<dtype: 'int8'>", 'int8']) {
      expect(parseTensorDetails(base.replace("<class 'numpy.int8'>", written))[0].dtype, written).toBe('int8');
    }
    for (const dtype of ['uint8', 'int16', 'float32', 'int32', 'float16', 'int64', 'bool']) {
      expect(parseTensorDetails(base.replace('numpy.int8', `numpy.${dtype}`))[0].dtype).toBe(dtype);
    }
    expect(parseTensorDetails(base.replace("<class 'numpy.int8'>", "<class 'numpy.bool_'>"))[0].dtype).toBe('bool');
  });

  it('np.array, numpy 2 scalars, double quotes, lists instead of arrays', () => {
    const text = `{"name": "x", "index": np.int64(2), "shape": np.array([1, 2], dtype=np.int32), "dtype": np.float32, "quantization": (np.float32(0.25), np.int64(7)), "quantization_parameters": {"scales": [0.25], "zero_points": [7], "quantized_dimension": 0}}`;
    expect(parseTensorDetails(text)[0]).toEqual({
      name: 'x', index: 2, shape: [1, 2], dtype: 'float32', quantization: [0.25, 7],
      quantization_parameters: { scales: [0.25], zero_points: [7], quantized_dimension: 0 },
    });
  });

  it('floats: exponents, a leading dot, inf and nan, negative numbers', () => {
    const q = (pair: string) => parseTensorDetails(base.replace('(0.5, -3)', pair))[0].quantization;
    expect(q('(1e-05, 0)')).toEqual([1e-5, 0]);
    expect(q('(3.0518509447574615e-05, 0)')).toEqual([3.0518509447574615e-5, 0]);
    expect(q('(.25, 0)')).toEqual([0.25, 0]);
    expect(q('(2.5E+3, -128)')).toEqual([2500, -128]);
    expect(q('(inf, 0)')).toEqual([Infinity, 0]);
    expect(q('(-inf, 0)')).toEqual([-Infinity, 0]);
    expect(q('(nan, 0)')[0]).toBeNaN();
  });

  it('empty arrays and empty quantization_parameters', () => {
    const text = base.replace("'quantization': (0.5, -3)", "'quantization': (0.0, 0), 'quantization_parameters': {'scales': array([], dtype=float32), 'zero_points': array([], dtype=int32), 'quantized_dimension': 0}, 'sparsity_parameters': {}");
    expect(parseTensorDetails(text)[0].quantization_parameters).toEqual({ scales: [], zero_points: [], quantized_dimension: 0 });
    expect(parseTensorDetails(base.replace('array([1, 4], dtype=int32)', 'array([], dtype=int32)'))[0].shape).toEqual([]);
  });

  it('arrays wrapped with any indentation, and numpy\'s "..." summary', () => {
    const wrapped = "{'name': 'w', 'index': 1, 'shape': array([3, 1], dtype=int32), 'dtype': <class 'numpy.int8'>, 'quantization': (0.0, 0), 'quantization_parameters': {'scales': array([0.1,\n        0.2,\n   0.3],\n      dtype=float32), 'zero_points': array([0,\n 0, 0], dtype=int32), 'quantized_dimension': 0}}";
    expect(parseTensorDetails(wrapped)[0].quantization_parameters).toEqual({ scales: [0.1, 0.2, 0.3], zero_points: [0, 0, 0], quantized_dimension: 0 });
    const summarised = wrapped.replace('array([0.1,\n        0.2,\n   0.3],', 'array([0.1, 0.2, 0.3, ..., 0.7, 0.8, 0.9],').replace('array([0,\n 0, 0]', 'array([0, 0, 0, ..., 0, 0, 0]');
    const [t] = parseDetails(summarised).tensors;
    expect(t.truncated).toEqual(['scales', 'zero_points']);
    expect(t.details.quantization_parameters?.scales).toEqual([0.1, 0.2, 0.3, 0.7, 0.8, 0.9]);
    expect(t.notes.map(parserEnglish).join(' ')).toMatch(/numpy shortened 'scales'/);
  });

  it('the prompt line and IPython Out[n]: are skipped', () => {
    expect(parseTensorDetails(`>>> print(interpreter.get_input_details())\n[${base}]`)).toEqual([expected]);
    expect(parseTensorDetails(`In [4]: interpreter.get_input_details()\nOut[4]: [${base}]`)).toEqual([expected]);
  });

  it('missing keys become notes, unknown keys too', () => {
    const [t] = parseDetails("{'dtype': <class 'numpy.uint8'>, 'quantization': (0.5, 1), 'extra': 3}").tensors;
    expect(t.details).toMatchObject({ name: '', index: -1, shape: [], dtype: 'uint8', quantization: [0.5, 1] });
    expect(t.notes.map(parserEnglish).join(' ')).toMatch(/No 'name'/);
    expect(t.notes.map(parserEnglish).join(' ')).toMatch(/'extra' is not one the interpreter prints/);
  });

  it('the tuple is filled from quantization_parameters when a printout lacks it', () => {
    const [t] = parseTensorDetails("{'dtype': np.int8, 'quantization_parameters': {'scales': [0.5], 'zero_points': [2], 'quantized_dimension': 0}}");
    expect(t.quantization).toEqual([0.5, 2]);
  });
});

describe('errors point at line and column', () => {
  it('a missing comma after a value', () => {
    const e = parseError("[{'name': 'x',\n  'shape': array([1, 2], dtype=int32)\n  'dtype': <class 'numpy.uint8'>}]");
    expect([e.line, e.column]).toEqual([3, 3]);
    expect(e.message).toBe("line 3, column 3: expected ',' or '}' after the value of 'shape', but found the text 'dtype'");
  });

  it('a cut-off paste names the bracket that was never closed', () => {
    const e = parseError("[{'name': 'x', 'index': 1");
    expect(e.message).toMatch(/^line 1, column 26: the paste ends before the '\{' opened at line 1, column 2 is closed with '\}'/);
  });

  it('curly quotes, unknown names, unterminated text', () => {
    expect(parseError("[{\u2018name\u2019: 1}]").message).toMatch(/^line 1, column 3: cannot read the curly quote/);
    expect(parseError("{'name': os.system('x')}").message).toMatch(/^line 1, column 10: 'os.system' is not something get_input_details\(\) prints/);
    const e = parseError("{'name': 'abc,\n 'index': 1}");
    expect(e.code).toBe('unterminated-string');
    expect([e.line, e.column]).toEqual([1, 10]);
  });

  it('values of the wrong kind', () => {
    expect(parseError("{'shape': 'big'}").message).toBe("line 1, column 11: 'shape' should be a list of numbers, like array([  1, 224, 224,   3], dtype=int32), but it is the text 'big'");
    expect(parseError("{'quantization': (0.5, 1, 2)}").message).toMatch(/^line 1, column 18: 'quantization' should be a pair \(scale, zero_point\)/);
    expect(parseError("{'quantization': (0.5, 1.5)}").message).toMatch(/^line 1, column 24: the zero point in 'quantization' .* should be a whole number/);
    expect(parseError("{'dtype': <class 'numpy.ndarray'>}").message).toMatch(/'dtype' is numpy.ndarray/);
    expect(parseError("[1, 2]").message).toMatch(/^line 1, column 2: item 1 of this list is the number 1/);
    expect(parseError("{'a': 1}").code).toBe('not-details');
    expect(parseError("{'name': 'a', 'name': 'b'}").message).toMatch(/appears twice/);
    expect(parseError("{'quantization_parameters': {'scales': [0.1, 0.2], 'zero_points': [0], 'quantized_dimension': 0}}").message).toMatch(/2 scales but 1 zero point/);
  });

  it('empty, too long, too deep', () => {
    expect(parseError('   \n ').code).toBe('empty');
    const long = parseError(' '.repeat(MAX_INPUT_LENGTH + 1));
    expect(long.code).toBe('too-long');
    expect(long.message).toMatch(/at most 500,000 are read/);
    const deep = parseError('['.repeat(MAX_DEPTH + 5));
    expect(deep.code).toBe('too-deep');
    expect(deep.column).toBe(MAX_DEPTH + 1);
  });
});
