/**
 * The 'onnxruntime' requantization against onnxruntime-web's own QLinearMatMul
 * and QLinearConv kernels (WebAssembly, one thread), bit for bit, on seeded
 * random layers: every activation/weight type pair onnxruntime implements,
 * random zero points, per-tensor and per-channel weight scales, int32 biases,
 * strides, dilations and padding. Some cases use power-of-two scales so that
 * f32(acc)·M lands exactly on .5 and the half-to-even rule is exercised.
 */
import { describe, expect, it } from 'vitest';
import { conv2d, dtypeRange, fullyConnected } from '../../../../src/lib/quant/index.ts';
import type { IntegerLayerSpec } from '../../../../src/lib/quant/index.ts';
import { seededRandom } from '../../../support/random.ts';
import { runQLinearConv, runQLinearMatMul } from './qlinear-model.ts';
import type { Int8Kind, QLinearCase } from './qlinear-model.ts';

const TYPE_PAIRS: [Int8Kind, Int8Kind][] = [['uint8', 'uint8'], ['uint8', 'int8'], ['int8', 'int8']];

type Rand = () => number;
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const codes = (rand: Rand, n: number, t: Int8Kind) => {
  const { qmin, qmax } = dtypeRange(t);
  return Array.from({ length: n }, () => int(rand, qmin, qmax));
};
/** Log-uniform in [lo, hi], as a float32. */
const logUniform = (rand: Rand, lo: number, hi: number) => Math.fround(lo * (hi / lo) ** rand());

interface CaseSetup {
  c: QLinearCase;
  perChannel: boolean;
  powerOfTwo: boolean;
}

function setup(rand: Rand, index: number, outChannels: number, sameWeightZeroPoints: boolean): CaseSetup {
  const [xType, wType] = TYPE_PAIRS[index % TYPE_PAIRS.length];
  const perChannel = index % 2 === 1;
  const powerOfTwo = index % 5 === 4;
  const xr = dtypeRange(xType);
  const wr = dtypeRange(wType);
  const scale = (lo: number, hi: number) => (powerOfTwo ? 2 ** int(rand, Math.log2(lo), Math.log2(hi)) : logUniform(rand, lo, hi));
  const nScales = perChannel ? outChannels : 1;
  const wz = int(rand, wr.qmin, wr.qmax);
  return {
    perChannel,
    powerOfTwo,
    c: {
      xType, wType, yType: xType,
      xScale: scale(1 / 1024, 1 / 8),
      xZeroPoint: int(rand, xr.qmin, xr.qmax),
      wScales: Array.from({ length: nScales }, () => scale(1 / 4096, 1 / 16)),
      wZeroPoints: Array.from({ length: nScales }, () => (sameWeightZeroPoints ? wz : int(rand, wr.qmin, wr.qmax))),
      yScale: 1, // chosen from the accumulators below
      yZeroPoint: int(rand, xr.qmin, xr.qmax),
    },
  };
}

/**
 * An output scale that spreads these accumulators over about 150 codes, so
 * most outputs are not saturated (the accumulators do not depend on the
 * requantization under test).
 */
function outputScaleFor(accumulators: Int32Array, c: QLinearCase, powerOfTwo: boolean): number {
  let max = 1;
  for (const a of accumulators) max = Math.max(max, Math.abs(a));
  const s = (max * c.xScale * c.wScales[0]) / 150;
  return powerOfTwo ? 2 ** Math.round(Math.log2(s)) : Math.fround(s);
}

function specOf(c: QLinearCase): IntegerLayerSpec {
  return {
    input: { scale: c.xScale, zeroPoint: c.xZeroPoint, dtype: c.xType },
    weights: { scales: c.wScales, zeroPoints: c.wZeroPoints, dtype: c.wType },
    output: { scale: c.yScale, zeroPoint: c.yZeroPoint, dtype: c.yType },
    requantization: 'onnxruntime',
  };
}

function firstDifferences(ours: ArrayLike<number>, theirs: ArrayLike<number>, acc: Int32Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < ours.length && out.length < 5; i++) {
    if (ours[i] !== theirs[i]) out.push(`[${i}] acc ${acc[i]}: ours ${ours[i]}, onnxruntime ${theirs[i]}`);
  }
  return out;
}

const CASES = 48;

describe('fullyConnected (onnxruntime mode) = onnxruntime-web QLinearMatMul', () => {
  let compared = 0;
  let centre = 0;
  for (let n = 0; n < CASES; n++) {
    it(`case ${n}`, async () => {
      const rand = seededRandom(6000 + n);
      const m = int(rand, 1, 8);
      const k = int(rand, 1, 96);
      const outDepth = int(rand, 2, 32);
      const { c, powerOfTwo } = setup(rand, n, outDepth, false);
      const x = codes(rand, m * k, c.xType);
      const w = codes(rand, outDepth * k, c.wType); // ours: [N, K]
      const args = { input: x, inputShape: [m, k], weights: w, weightShape: [outDepth, k] };
      c.yScale = outputScaleFor(fullyConnected(args, specOf({ ...c, yScale: 1 })).accumulators, c, powerOfTwo);
      const ours = fullyConnected(args, specOf(c));
      const wKN = new Array<number>(k * outDepth);
      for (let o = 0; o < outDepth; o++) for (let j = 0; j < k; j++) wKN[j * outDepth + o] = w[o * k + j];
      const theirs = await runQLinearMatMul(c, x, m, k, wKN, outDepth);
      expect(ours.output.constructor).toBe(theirs.constructor);
      expect(firstDifferences(ours.output, theirs, ours.accumulators)).toEqual([]);
      compared += theirs.length;
      const { qmin, qmax } = dtypeRange(c.yType);
      for (const v of theirs) if (v > qmin && v < qmax) centre++;
    });
  }
  it('compared enough unsaturated outputs', () => {
    expect(compared).toBeGreaterThan(2000);
    expect(centre / compared).toBeGreaterThan(0.6);
    console.log(`QLinearMatMul: ${compared} outputs compared, ${centre} not saturated`);
  });
});

describe('conv2d (onnxruntime mode) = onnxruntime-web QLinearConv', () => {
  let compared = 0;
  for (let n = 0; n < CASES; n++) {
    it(`case ${n}`, async () => {
      const rand = seededRandom(7000 + n);
      const batch = int(rand, 1, 2);
      const inH = int(rand, 5, 9);
      const inW = int(rand, 5, 9);
      const inC = int(rand, 1, 6);
      const outC = int(rand, 1, 8);
      const kH = int(rand, 1, 3);
      const kW = int(rand, 1, 3);
      const strides: [number, number] = [int(rand, 1, 2), int(rand, 1, 2)];
      const dilations: [number, number] = [int(rand, 1, 2), int(rand, 1, 2)];
      const pads: [number, number, number, number] = [int(rand, 0, 2), int(rand, 0, 2), int(rand, 0, 2), int(rand, 0, 2)];
      // onnxruntime's QLinearConv needs one weight zero point for all channels.
      const { c, powerOfTwo } = setup(rand, n, outC, true);
      const x = codes(rand, batch * inH * inW * inC, c.xType); // NHWC
      const w = codes(rand, outC * kH * kW * inC, c.wType); // OHWI
      const bias = Array.from({ length: outC }, () => int(rand, -5000, 5000));
      const args = { input: x, inputShape: [batch, inH, inW, inC], weights: w, weightShape: [outC, kH, kW, inC], bias, strides, dilations, padding: pads };
      c.yScale = outputScaleFor(conv2d(args, specOf({ ...c, yScale: 1 })).accumulators, c, powerOfTwo);
      const ours = conv2d(args, specOf(c));
      const [, outH, outW] = ours.outputShape;
      const xNCHW = new Array<number>(x.length);
      for (let b = 0; b < batch; b++) for (let y = 0; y < inH; y++) for (let xx = 0; xx < inW; xx++) for (let ch = 0; ch < inC; ch++) {
        xNCHW[((b * inC + ch) * inH + y) * inW + xx] = x[((b * inH + y) * inW + xx) * inC + ch];
      }
      const wOIHW = new Array<number>(w.length);
      for (let o = 0; o < outC; o++) for (let y = 0; y < kH; y++) for (let xx = 0; xx < kW; xx++) for (let ch = 0; ch < inC; ch++) {
        wOIHW[((o * inC + ch) * kH + y) * kW + xx] = w[((o * kH + y) * kW + xx) * inC + ch];
      }
      const theirsNCHW = await runQLinearConv(c, {
        xDims: [batch, inC, inH, inW], wDims: [outC, inC, kH, kW], yDims: [batch, outC, outH, outW], strides, dilations, pads,
      }, xNCHW, wOIHW, bias);
      const theirs = new Array<number>(theirsNCHW.length);
      for (let b = 0; b < batch; b++) for (let o = 0; o < outC; o++) for (let y = 0; y < outH; y++) for (let xx = 0; xx < outW; xx++) {
        theirs[((b * outH + y) * outW + xx) * outC + o] = theirsNCHW[((b * outC + o) * outH + y) * outW + xx];
      }
      expect(firstDifferences(ours.output, theirs, ours.accumulators)).toEqual([]);
      compared += theirs.length;
    });
  }
  it('compared enough outputs', () => {
    expect(compared).toBeGreaterThan(2000);
  });
});
