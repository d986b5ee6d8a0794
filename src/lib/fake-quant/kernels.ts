// Seeded synthetic convolution kernels whose output channels have very
// different ranges on purpose, as trained networks often do (a few channels
// with large weights next to many small ones): the case per-channel
// quantization exists for.
import { mulberry32, openUnit } from '../data/prng.ts';
import type { ConvKernel } from './per-channel.ts';

/** Spread of the channels' standard deviations, smallest to largest (≈ 60×). */
const CHANNEL_SPREAD = [0.02, 0.05, 0.3, 0.08, 1.2, 0.15, 0.5, 0.03];

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(openUnit(random))) * Math.cos(2 * Math.PI * random());
}

/** Conv2D, TFLite layout OHWI [8, 3, 3, 4]: channel c along axis 0. */
export function syntheticConv(seed: number): ConvKernel {
  const shape = [8, 3, 3, 4];
  const random = mulberry32((seed ^ 0x0c0ffee) >>> 0);
  const values = new Float32Array(8 * 3 * 3 * 4);
  for (let i = 0; i < values.length; i++) values[i] = CHANNEL_SPREAD[Math.floor(i / 36)] * gaussian(random);
  return { name: 'synthetic Conv2D kernel', layout: 'OHWI', shape, values };
}

/** DepthwiseConv2D, TFLite layout 1HWC [1, 3, 3, 8]: channel c along axis 3, the fastest-moving index. */
export function syntheticDepthwise(seed: number): ConvKernel {
  const shape = [1, 3, 3, 8];
  const random = mulberry32((seed ^ 0xdeca1) >>> 0);
  const values = new Float32Array(9 * 8);
  for (let i = 0; i < values.length; i++) values[i] = CHANNEL_SPREAD[i % 8] * gaussian(random);
  return { name: 'synthetic DepthwiseConv2D kernel', layout: '1HWC', shape, values };
}
