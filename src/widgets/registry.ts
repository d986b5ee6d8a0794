// Every widget that can live outside a lesson. The gallery, the custom
// elements bundle and the embed pages read this list, so a widget added here
// (with an embed page and an element loader) is documented and embeddable.
import type { WidgetSchema } from '../lib/widget-state/schema.ts';
import { affineQuantizerSchema } from './affine-quantizer.schema.ts';
import { rangeCalibrationSchema } from './range-calibration.schema.ts';
import { modelComparisonSchema } from './model-comparison.schema.ts';
import { paramConverterSchema } from './param-converter.schema.ts';
import { converterFlagsSchema } from './converter-flags.schema.ts';
import { modelInspectorSchema } from './model-inspector.schema.ts';
import { detailsDecoderSchema } from './details-decoder.schema.ts';
import { integerLayerStepperSchema } from './integer-layer-stepper.schema.ts';
import { fakeQuantPlacementSchema } from './fake-quant-placement.schema.ts';
import { perChannelWeightsSchema } from './per-channel-weights.schema.ts';

export interface WidgetEntry {
  /** URL segment: /embed/<slug>/ and the gallery anchor. */
  slug: string;
  schema: WidgetSchema;
  /** The lesson cell the widget is explained in; embeds link back to it. */
  home: {
    /** Site-relative path of the lesson, without the base. */
    path: string;
    lessonTitle: string;
    /** The cell's id, which is also the widget's URL-state namespace there. */
    cellId: string;
  };
  /** A few attributes for the gallery's preview and snippets; must pass the schema. */
  example: Readonly<Record<string, string | number | boolean>>;
}

// In lesson order: the gallery lists them this way.
export const widgets: readonly WidgetEntry[] = [
  {
    slug: 'affine-quantizer',
    schema: affineQuantizerSchema,
    home: { path: '/lessons/scale-and-zero-point/', lessonTitle: 'Scale and zero point', cellId: 'quantizer' },
    example: { source: 'laplace', dtype: 'int8', min: -2, max: 2 },
  },
  {
    slug: 'details-decoder',
    schema: detailsDecoderSchema,
    home: { path: '/lessons/reading-get-input-details/', lessonTitle: 'What get_input_details() is telling you', cellId: 'decoder' },
    example: { preset: 'per-axis', lang: 'cpp' },
  },
  {
    slug: 'param-converter',
    schema: paramConverterSchema,
    home: { path: '/lessons/three-forms/', lessonTitle: '(mean, std_dev), (scale, zero_point), (min, max)', cellId: 'converter' },
    example: { dtype: 'uint8', from: 'stats', mean: 127.5, stdDev: 127.5 },
  },
  {
    slug: 'converter-flags',
    schema: converterFlagsSchema,
    home: { path: '/lessons/three-forms/', lessonTitle: '(mean, std_dev), (scale, zero_point), (min, max)', cellId: 'flags' },
    example: { generation: 'tf1', inferenceType: 'QUANTIZED_UINT8', inputStats: true, defaultRanges: true },
  },
  {
    slug: 'range-calibration',
    schema: rangeCalibrationSchema,
    home: { path: '/lessons/calibration-and-dummy-ranges/', lessonTitle: 'Calibration, and why dummy ranges give garbage', cellId: 'calibration' },
    example: { method: 'dummy', dummyMin: -100, dummyMax: 100 },
  },
  {
    slug: 'model-comparison',
    schema: modelComparisonSchema,
    home: { path: '/lessons/flavours-of-post-training-quantization/', lessonTitle: 'Flavours of post-training quantization', cellId: 'compare' },
    example: { against: 'dummy' },
  },
  {
    slug: 'integer-layer-stepper',
    schema: integerLayerStepperSchema,
    home: { path: '/lessons/integer-arithmetic/', lessonTitle: 'Integer arithmetic inside a quantized layer', cellId: 'stepper' },
    example: { mode: 'onnxruntime', step: 8, activation: 'relu' },
  },
  {
    slug: 'fake-quant-placement',
    schema: fakeQuantPlacementSchema,
    home: { path: '/lessons/fake-quantization/', lessonTitle: 'Fake quantization, and where it goes', cellId: 'placement' },
    example: { input: false, defaultRanges: true },
  },
  {
    slug: 'per-channel-weights',
    schema: perChannelWeightsSchema,
    home: { path: '/lessons/per-tensor-or-per-channel/', lessonTitle: 'Per-tensor or per-channel', cellId: 'weights' },
    example: { source: 'synthetic-depthwise', channel: 3 },
  },
  {
    slug: 'model-inspector',
    schema: modelInspectorSchema,
    home: { path: '/lessons/look-inside-your-model/', lessonTitle: 'Look inside your model', cellId: 'inspector' },
    example: { sample: 'digits-weights-int8', tensor: 5 },
  },
];

export function widgetBySlug(slug: string): WidgetEntry | undefined {
  return widgets.find((w) => w.slug === slug);
}
