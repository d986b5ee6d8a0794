/**
 * numpy and Python reprs. Expected strings are numpy's and Python's own
 * documented outputs (numpy's array printing docs and the numpy docs'
 * arange/linspace examples) or follow from numpy's published print rules
 * worked by hand; none comes from running our code.
 */
import { describe, expect, it } from 'vitest';
import { npArray, pyFloat, pyStr } from '../../../src/lib/formats/python-repr.ts';

describe('numpy array repr (default print options)', () => {
  it('pads fractions on the right to the widest one', () => {
    expect(npArray([0.1, 0.25], 'float64')).toBe('array([0.1 , 0.25])');
    expect(npArray([1, 2.5], 'float32')).toBe('array([1. , 2.5], dtype=float32)');
  });
  it('switches to scientific notation below 1e-4 and pads mantissas with zeros', () => {
    expect(npArray([1e-5, 1], 'float64')).toBe('array([1.e-05, 1.e+00])');
    // 9.887541e-05 (float32) and 1.5e-05: mantissas padded to 6 digits.
    expect(npArray([Math.fround(9.887541e-5), Math.fround(1.5e-5)], 'float32')).toBe('array([9.887541e-05, 1.500000e-05], dtype=float32)');
  });
  it('float32 values print their shortest float32 digits, at most 8 after the point', () => {
    // 0.024480116 (shortest float32) has 9 decimals → the exact value rounded to 8.
    expect(npArray([Math.fround(0.024480116)], 'float32')).toBe('array([0.02448012], dtype=float32)');
    expect(npArray([0.00390625], 'float32')).toBe('array([0.00390625], dtype=float32)');
    // 2^-9 = 0.001953125 exactly: a tie at the 8th decimal rounds to the even digit.
    expect(npArray([2 ** -9], 'float32')).toBe('array([0.00195312], dtype=float32)');
  });
  it('wraps at 75 columns with a 7-space hanging indent (np.arange(30, dtype=np.int32))', () => {
    expect(npArray(Array.from({ length: 30 }, (_, i) => i), 'int32')).toBe(
      'array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n' +
        '       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29], dtype=int32)',
    );
  });
  it('np.linspace(0, 1, 10)', () => {
    expect(npArray(Array.from({ length: 10 }, (_, i) => i / 9), 'float64')).toBe(
      'array([0.        , 0.11111111, 0.22222222, 0.33333333, 0.44444444,\n' +
        '       0.55555556, 0.66666667, 0.77777778, 0.88888889, 1.        ])',
    );
  });
  it('summarizes more than 1000 values (np.arange(2000))', () => {
    expect(npArray(Array.from({ length: 2000 }, (_, i) => i), 'int64')).toBe('array([   0,    1,    2, ..., 1997, 1998, 1999])');
  });
  it('right-aligns ints and shows dtype=int32; empty arrays keep their dtype', () => {
    expect(npArray([1, 128, 128, 3], 'int32')).toBe('array([  1, 128, 128,   3], dtype=int32)');
    expect(npArray([-1, 1], 'int32')).toBe('array([-1,  1], dtype=int32)');
    expect(npArray([], 'float32')).toBe('array([], dtype=float32)');
    expect(npArray([], 'int32')).toBe('array([], dtype=int32)');
  });
  it('moves dtype= to its own line when the last line is full', () => {
    const scales = [1.2830476e-4, 2.0871023e-4, 2.3829141e-5, 2.5588322e-5, 9.0480615e-5, 2.9319376e-4, 1.4227598e-4, 8.519389e-6].map(Math.fround);
    expect(npArray(scales, 'float32')).toBe(
      'array([1.2830476e-04, 2.0871023e-04, 2.3829141e-05, 2.5588322e-05,\n' +
        '       9.0480615e-05, 2.9319376e-04, 1.4227598e-04, 8.5193890e-06],\n' +
        '      dtype=float32)',
    );
  });
});

describe('Python float and str repr', () => {
  it('floats: shortest digits, scientific below 1e-4 and from 1e16', () => {
    expect(pyFloat(0.024480115622282028)).toBe('0.024480115622282028');
    expect(pyFloat(9.88754109130241e-5)).toBe('9.88754109130241e-05');
    expect(pyFloat(0.0001)).toBe('0.0001');
    expect(pyFloat(1e16)).toBe('1e+16');
    expect(pyFloat(123)).toBe('123.0');
    expect(pyFloat(0)).toBe('0.0');
  });
  it('strings: single quotes, double quotes when the text has a single quote', () => {
    expect(pyStr('input_1_1')).toBe("'input_1_1'");
    expect(pyStr("it's")).toBe('"it\'s"');
    expect(pyStr('a\nb\\')).toBe("'a\\nb\\\\'");
    expect(pyStr('')).toBe("''");
  });
});
