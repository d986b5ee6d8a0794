/**
 * Our core against onnxruntime-web's QuantizeLinear / DequantizeLinear
 * (WebAssembly, one thread), bit for bit, on large random tensors that
 * include exact ties, the float32 neighbours of ties, saturating values and
 * zeros. ONNX rounds half to even, so our 'half-to-even' mode must agree
 * everywhere. Byte quantization runs twice: with the WebAssembly SIMD kernel
 * and with the JavaScript kernels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dequantize, quantize, setSimdEnabled, simdActive } from '../../../src/lib/quant/index.ts';
import type { Dtype } from '../../../src/lib/quant/index.ts';
import { createQdqSession } from '../../support/ort.ts';
import type { OrtIntType, QdqSession } from '../../support/ort.ts';
import { nextFloat32, normal, seededRandom } from '../../support/random.ts';

interface Config {
  dtype: Dtype & OrtIntType;
  scale: number;
  zeroPoint: number;
}

const CONFIGS: Config[] = [
  { dtype: 'uint8', scale: 0.0235, zeroPoint: 128 },
  { dtype: 'uint8', scale: 1 / 255, zeroPoint: 0 },
  { dtype: 'uint8', scale: 0.1, zeroPoint: 37 },
  { dtype: 'uint8', scale: 0.5, zeroPoint: 255 },
  { dtype: 'uint8', scale: 17.3, zeroPoint: 3 },
  { dtype: 'int8', scale: 0.0235, zeroPoint: 0 },
  { dtype: 'int8', scale: 0.003921568859368563, zeroPoint: -128 },
  { dtype: 'int8', scale: 0.25, zeroPoint: 127 },
  { dtype: 'int8', scale: 0.7843137383460999, zeroPoint: -5 },
  { dtype: 'int16', scale: 0.001, zeroPoint: 0 },
  { dtype: 'int16', scale: 0.37, zeroPoint: -1200 },
];

const N = 120_000;

/**
 * Float32 values for one configuration: a third normal around the coded
 * range, a third exact ties (k + 0.5)·scale whose float32 quotient really
 * is k + 0.5, a sixth the float32 neighbours of those ties, the rest edge
 * cases (zeros, tiny, huge, saturating).
 */
function tensorFor(c: Config, seed: number): { values: Float32Array; ties: number } {
  const rand = seededRandom(seed);
  const s = Math.fround(c.scale);
  const span = c.dtype === 'int16' ? 65536 : 256;
  const values = new Float32Array(N);
  let i = 0;
  let ties = 0;
  while (i < N / 3) values[i++] = normal(rand) * s * span * 0.4;
  let attempts = 0;
  while (i < (5 * N) / 6 && attempts < 10 * N) {
    attempts++;
    const k = Math.floor((rand() - 0.5) * span * 1.2);
    const v = Math.fround((k + 0.5) * s);
    if (Math.fround(v / s) !== k + 0.5) continue;
    values[i++] = v;
    ties++;
    if (i < (5 * N) / 6) values[i++] = nextFloat32(v, rand() < 0.5 ? 1 : -1);
  }
  const edges = [0, -0, 1e-30, -1e-30, 1.4e-45, s / 2, -s / 2, s * 1e6, -s * 1e6, 3e38, -3e38];
  for (let j = 0; i < N; j++) values[i++] = j < edges.length ? edges[j] : (rand() - 0.5) * s * span * 4;
  return { values, ties };
}

const sessions: QdqSession[] = [];
afterAll(async () => {
  for (const s of sessions) await s.session.release();
});

it('the WebAssembly SIMD kernel is available in this Node', () => {
  expect(simdActive()).toBe(true);
});

for (const engine of ['WebAssembly SIMD', 'JavaScript'] as const) describe(`quantize (${engine}) matches onnxruntime-web QuantizeLinear bit for bit (half to even)`, () => {
  beforeAll(() => setSimdEnabled(engine === 'WebAssembly SIMD'));
  afterAll(() => setSimdEnabled(true));

  CONFIGS.forEach((c, n) => {
    it(`${c.dtype}, scale ${c.scale}, zero point ${c.zeroPoint}`, async () => {
      const { values, ties } = tensorFor(c, 1000 + n);
      expect(ties).toBeGreaterThan(N / 10);
      const ort = await createQdqSession('QuantizeLinear', c.dtype, c.scale, c.zeroPoint);
      sessions.push(ort);
      const theirs = await ort.run(values);
      const ours = quantize(values, { scale: c.scale, zeroPoint: c.zeroPoint, dtype: c.dtype, rounding: 'half-to-even' });
      expect(ours.constructor).toBe(theirs.constructor);
      const diffs: string[] = [];
      for (let i = 0; i < N && diffs.length < 5; i++) {
        if (ours[i] !== theirs[i]) diffs.push(`x[${i}] = ${values[i]}: ours ${ours[i]}, onnxruntime ${theirs[i]}`);
      }
      expect(diffs).toEqual([]);
    });
  });

  it('the other tie rules differ from onnxruntime exactly at the ties that round to odd codes', async () => {
    const c = CONFIGS[0];
    const { values } = tensorFor(c, 77);
    const ort = await createQdqSession('QuantizeLinear', c.dtype, c.scale, c.zeroPoint);
    sessions.push(ort);
    const theirs = await ort.run(values) as Uint8Array;
    const away = quantize(values, { ...c, rounding: 'half-away-from-zero' });
    const s = Math.fround(c.scale);
    let differ = 0;
    for (let i = 0; i < N; i++) {
      if (away[i] === theirs[i]) continue;
      differ++;
      const q = Math.fround(values[i] / s);
      // Only an exact tie may differ, by one code, away from zero.
      expect(Math.abs(q - Math.trunc(q))).toBe(0.5);
      expect(away[i] - theirs[i]).toBe(q > 0 ? 1 : -1);
    }
    expect(differ).toBeGreaterThan(1000);
  });
});

describe('dequantize matches onnxruntime-web DequantizeLinear bit for bit', () => {
  CONFIGS.forEach((c, n) => {
    it(`${c.dtype}, scale ${c.scale}, zero point ${c.zeroPoint}`, async () => {
      const rand = seededRandom(5000 + n);
      const codes = c.dtype === 'uint8' ? new Uint8Array(N) : c.dtype === 'int8' ? new Int8Array(N) : new Int16Array(N);
      const lo = c.dtype === 'uint8' ? 0 : c.dtype === 'int8' ? -128 : -32768;
      const count = c.dtype === 'int16' ? 65536 : 256;
      for (let i = 0; i < N; i++) codes[i] = i < count ? lo + i : lo + Math.floor(rand() * count);
      const ort = await createQdqSession('DequantizeLinear', c.dtype, c.scale, c.zeroPoint);
      sessions.push(ort);
      const theirs = await ort.run(codes) as Float32Array;
      const ours = dequantize(codes, { scale: c.scale, zeroPoint: c.zeroPoint });
      const a = new Uint32Array(ours.buffer);
      const b = new Uint32Array(theirs.buffer, theirs.byteOffset, N);
      const diffs: string[] = [];
      for (let i = 0; i < N && diffs.length < 5; i++) {
        if (a[i] !== b[i]) diffs.push(`q[${i}] = ${codes[i]}: ours ${ours[i]}, onnxruntime ${theirs[i]}`);
      }
      expect(diffs).toEqual([]);
    });
  });
});
