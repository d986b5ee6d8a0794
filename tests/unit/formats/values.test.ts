/**
 * decodeValues on stored tensor bytes: values checked against what the
 * fixtures' own truth says about them where possible, and hand-packed bytes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeValues, inspectModel, valueCount } from '../../../src/lib/formats/index.ts';
import { fixturesDir, requireFixtures } from '../../support/fixtures.ts';

describe('decodeValues', () => {
  it('int4 and uint4: two per byte, low nibble first', () => {
    // 0xE1 → 1, -2 (int4) / 1, 14 (uint4); 0x87 → 7, -8 / 7, 8.
    expect([...decodeValues(new Uint8Array([0xe1, 0x87]), 'int4')!]).toEqual([1, -2, 7, -8]);
    expect([...decodeValues(new Uint8Array([0xe1, 0x87]), 'uint4')!]).toEqual([1, 14, 7, 8]);
    expect([...decodeValues(new Uint8Array([0xe1, 0x87]), 'int4', 3)!]).toEqual([1, -2, 7]);
  });
  it('little-endian integers and floats, also from unaligned views', () => {
    const buf = new Uint8Array([0, 0xff, 0x7f, 0x00, 0x80, 0x00, 0x3c, 0x00, 0xbc]);
    expect([...decodeValues(buf.subarray(1, 5), 'int16')!]).toEqual([0x7fff, -32768]);
    expect([...decodeValues(buf.subarray(5, 9), 'float16')!]).toEqual([1, -1]);
    expect([...decodeValues(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 'int64')!]).toEqual([-1]);
    expect(valueCount(9, 'int16')).toBe(4);
    expect(decodeValues(new Uint8Array(4), 'string')).toBeNull();
  });
});

describe('decodeValues on fixture weights', () => {
  if (!requireFixtures('decodeValues on fixtures', 'models', 'tflite')) return;
  it('person_detect: int8 per-channel weights and int32 biases decode to the stored count', () => {
    const m = inspectModel(new Uint8Array(readFileSync(path.join(fixturesDir, 'models', 'tflite', 'person_detect.tflite'))));
    const w = m.summary.tensors[0]; // MobilenetV1/Conv2d_0/weights/read, shape [1, 3, 3, 8]
    const values = decodeValues(m.tensorBytes(0)!, w.dtype)!;
    expect(values.length).toBe(72);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-127); // symmetric int8 weights never use -128
    expect(Math.max(...values.map(Math.abs))).toBe(127); // and each channel's largest weight maps to ±127
    const bias = decodeValues(m.tensorBytes(33)!, 'int32')!;
    expect(bias.length).toBe(8);
  });
});
