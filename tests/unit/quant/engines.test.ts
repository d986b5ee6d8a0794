/**
 * The WebAssembly SIMD kernel and the JavaScript kernels must give the same
 * codes for every parameter choice, tie rule and input, including ties,
 * saturation, a length that is not a multiple of 16, and NaN / ±Infinity
 * (reported at the same index).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { QuantError, ROUNDINGS, dtypeRange, quantize, setSimdEnabled, simdActive } from '../../../src/lib/quant/index.ts';
import type { Rounding } from '../../../src/lib/quant/index.ts';
import { seededRandom } from '../../support/random.ts';

afterAll(() => setSimdEnabled(true));

function both<T>(fn: () => T): [T | QuantError, T | QuantError] {
  const run = (simd: boolean): T | QuantError => {
    setSimdEnabled(simd);
    try {
      return fn();
    } catch (e) {
      if (e instanceof QuantError) return e;
      throw e;
    } finally {
      setSimdEnabled(true);
    }
  };
  return [run(true), run(false)];
}

describe('WebAssembly SIMD and JavaScript kernels agree', () => {
  it('is testing two different engines', () => {
    setSimdEnabled(true);
    expect(simdActive()).toBe(true);
    setSimdEnabled(false);
    expect(simdActive()).toBe(false);
    setSimdEnabled(true);
  });

  it('on random tensors with ties and clipping, for uint8 and int8, every tie rule and range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('uint8', 'int8') as fc.Arbitrary<'uint8' | 'int8'>,
        fc.float({ min: Math.fround(1e-4), max: Math.fround(100), noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.constantFrom<Rounding>(...ROUNDINGS),
        fc.integer({ min: 2048, max: 70_000 }),
        fc.integer(),
        (dtype, scale, zpSeed, narrowRange, rounding, length, seed) => {
          const { qmin, qmax } = dtypeRange(dtype);
          const zeroPoint = qmin + Math.floor(zpSeed * (qmax - qmin + 1));
          const rand = seededRandom(seed);
          const values = new Float32Array(length);
          for (let i = 0; i < length; i++) {
            const k = Math.floor((rand() - 0.5) * 700);
            values[i] = i % 2 === 0 ? (k + 0.5) * scale : (rand() - 0.5) * 700 * scale;
          }
          const p = { scale, zeroPoint, dtype, narrowRange, rounding };
          const [simd, js] = both(() => quantize(values, p));
          expect(simd).toEqual(js);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('report the same first non-finite index', () => {
    const rand = seededRandom(9);
    for (const bad of [NaN, Infinity, -Infinity]) {
      for (const at of [0, 15, 16, 2047, 65535, 65536, 99_999]) {
        const values = new Float32Array(100_000).map(() => rand() - 0.5);
        values[at] = bad;
        if (at + 7 < values.length) values[at + 7] = NaN; // a later one must not be the one reported
        const [simd, js] = both(() => quantize(values, { scale: 0.01, zeroPoint: 0, dtype: 'int8' }));
        expect(simd).toBeInstanceOf(QuantError);
        expect((simd as QuantError).message).toBe((js as QuantError).message);
        expect((simd as QuantError).message).toContain(`values[${at}] is ${bad}`);
      }
    }
  });
});

describe('the WebAssembly module', () => {
  it('stays under 4 KiB, the most Chrome compiles synchronously on the main thread', async () => {
    const { moduleBytes } = await import('../../../src/lib/quant/simd.ts');
    const bytes = moduleBytes();
    expect(WebAssembly.validate(bytes)).toBe(true);
    expect(bytes.length).toBeLessThan(4096);
  });
});
