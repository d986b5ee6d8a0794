// Catalogs for custom elements in languages other than English, loaded only
// when an element (or the page around it) says lang="zh": an English page
// never downloads them. One line per widget.
import type { Locale } from '../lib/i18n/locale.ts';

type Loader = () => Promise<object>;

export const catalogLoaders: Readonly<Record<string, Partial<Record<Locale, Loader>>>> = {
  'affine-quantizer': { zh: () => import('../widgets/affine-quantizer/strings.zh.ts').then((m) => m.zh) },
  'details-decoder': { zh: () => import('../widgets/details-decoder/strings.zh.ts').then((m) => m.zh) },
  'param-converter': { zh: () => import('../widgets/param-converter/strings.zh.ts').then((m) => m.zh) },
  'converter-flags': { zh: () => import('../widgets/converter-flags/strings.zh.ts').then((m) => m.zh) },
  'range-calibration': { zh: () => import('../widgets/range-calibration/strings.zh.ts').then((m) => m.zh) },
  'model-comparison': { zh: () => import('../widgets/model-comparison/strings.zh.ts').then((m) => m.zh) },
  'integer-layer-stepper': { zh: () => import('../widgets/integer-layer-stepper/strings.zh.ts').then((m) => m.zh) },
  'fake-quant-placement': { zh: () => import('../widgets/fake-quant-placement/strings.zh.ts').then((m) => m.zh) },
  'per-channel-weights': { zh: () => import('../widgets/per-channel-weights/strings.zh.ts').then((m) => m.zh) },
  'model-inspector': { zh: () => import('../widgets/model-inspector/strings.zh.ts').then((m) => m.zh) },
};
