// Every widget's words in every language. Server-side only (pages, MDX,
// tests): a widget's island imports just its own English catalog and gets any
// other language as its `strings` prop, so an English page never carries
// Chinese and a Chinese page gets its words in the HTML, not in extra JS.
// Custom elements load a catalog lazily (src/elements/strings.ts).
import type { Locale } from '../lib/i18n/locale.ts';
// One pair of lines per widget, in registry order:
import { en as affineQuantizerEn } from './affine-quantizer/strings.ts';
import { zh as affineQuantizerZh } from './affine-quantizer/strings.zh.ts';
import { en as detailsDecoderEn } from './details-decoder/strings.ts';
import { zh as detailsDecoderZh } from './details-decoder/strings.zh.ts';
import { en as paramConverterEn } from './param-converter/strings.ts';
import { zh as paramConverterZh } from './param-converter/strings.zh.ts';
import { en as converterFlagsEn } from './converter-flags/strings.ts';
import { zh as converterFlagsZh } from './converter-flags/strings.zh.ts';
import { en as rangeCalibrationEn } from './range-calibration/catalog.ts';
import { zh as rangeCalibrationZh } from './range-calibration/strings.zh.ts';
import { en as modelComparisonEn } from './model-comparison/catalog.ts';
import { zh as modelComparisonZh } from './model-comparison/strings.zh.ts';
import { en as integerLayerStepperEn } from './integer-layer-stepper/strings.ts';
import { zh as integerLayerStepperZh } from './integer-layer-stepper/strings.zh.ts';
import { en as fakeQuantPlacementEn } from './fake-quant-placement/strings.ts';
import { zh as fakeQuantPlacementZh } from './fake-quant-placement/strings.zh.ts';
import { en as perChannelWeightsEn } from './per-channel-weights/strings.ts';
import { zh as perChannelWeightsZh } from './per-channel-weights/strings.zh.ts';
import { en as modelInspectorEn } from './model-inspector/strings.ts';
import { zh as modelInspectorZh } from './model-inspector/strings.zh.ts';

export const widgetStrings = {
  'affine-quantizer': { en: affineQuantizerEn, zh: affineQuantizerZh },
  'details-decoder': { en: detailsDecoderEn, zh: detailsDecoderZh },
  'param-converter': { en: paramConverterEn, zh: paramConverterZh },
  'converter-flags': { en: converterFlagsEn, zh: converterFlagsZh },
  'range-calibration': { en: rangeCalibrationEn, zh: rangeCalibrationZh },
  'model-comparison': { en: modelComparisonEn, zh: modelComparisonZh },
  'integer-layer-stepper': { en: integerLayerStepperEn, zh: integerLayerStepperZh },
  'fake-quant-placement': { en: fakeQuantPlacementEn, zh: fakeQuantPlacementZh },
  'per-channel-weights': { en: perChannelWeightsEn, zh: perChannelWeightsZh },
  'model-inspector': { en: modelInspectorEn, zh: modelInspectorZh },
} as const satisfies Record<string, Readonly<Record<Locale, object>>>;

export type WidgetWithStrings = keyof typeof widgetStrings;

/** The catalogs of one language, by widget slug: `strings={zh['affine-quantizer']}` in a Chinese lesson. */
function catalogsIn<L extends Locale>(locale: L): { [K in WidgetWithStrings]: (typeof widgetStrings)[K][L] } {
  return Object.fromEntries(Object.entries(widgetStrings as Record<string, Record<Locale, object>>).map(([slug, byLocale]) => [slug, byLocale[locale]])) as never;
}

export const zh = catalogsIn('zh');
export const en = catalogsIn('en');
