// How each element gets its widget: a dynamic import, so a page pays for a
// widget (and Svelte's runtime) only when one of its elements is on the page.
import type { Mounter } from './mount.ts';

export const loaders: Readonly<Record<string, () => Promise<Mounter>>> = {
  'affine-quantizer': () => import('./widgets/affine-quantizer.ts').then((m) => m.default),
  'param-converter': () => import('./widgets/param-converter.ts').then((m) => m.default),
  'converter-flags': () => import('./widgets/converter-flags.ts').then((m) => m.default),
  'details-decoder': () => import('./widgets/details-decoder.ts').then((m) => m.default),
  'fake-quant-placement': () => import('./widgets/fake-quant-placement.ts').then((m) => m.default),
  'per-channel-weights': () => import('./widgets/per-channel-weights.ts').then((m) => m.default),
  'integer-layer-stepper': () => import('./widgets/integer-layer-stepper.ts').then((m) => m.default),
  'range-calibration': () => import('./widgets/range-calibration.ts').then((m) => m.default),
  'model-comparison': () => import('./widgets/model-comparison.ts').then((m) => m.default),
  'model-inspector': () => import('./widgets/model-inspector.ts').then((m) => m.default),
};
