// Every prop of ModelInspector, declared once: Astro props, URL state, the
// <zp-model-inspector> attributes and the gallery docs read this. A file the
// reader opens is never part of the state: only the site's sample models are.
import { defineSchema, type StateOf } from '../lib/widget-state/schema.ts';
import { fmt } from '../lib/i18n/template.ts';
import { SAMPLE_IDS } from './model-inspector/samples.ts';
import { en } from './model-inspector/strings.ts';
import { SORT_KEYS } from './model-inspector/tensor-table.ts';

// Option labels for the gallery docs: the English catalog's words.
const sampleLabels: Record<string, string> = { none: en.noneWait };
for (const id of SAMPLE_IDS) sampleLabels[id] = fmt(en.digitModel, { label: en.samples[id] });

export const modelInspectorSchema = defineSchema({
  name: 'ModelInspector',
  tag: 'zp-model-inspector',
  title: 'Model inspector',
  description:
    'Reads a .tflite or .onnx file in the browser and shows its get_input_details() printout, every tensor’s dequantization formula, the requantization multipliers, the quantization flavour and suspicious spots.',
  props: {
    id: {
      type: 'string',
      default: 'inspector',
      maxLength: 64,
      pattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
      patternHint: 'letters, digits, “-” and “_”, starting with a letter',
      inUrl: false,
      description: 'Anchor id of the widget; also the prefix of its settings in the page URL.',
      example: 'inspector',
    },
    sample: {
      type: 'enum',
      options: ['none', ...SAMPLE_IDS],
      labels: sampleLabels,
      default: 'digits-int8',
      description: 'Which of this site’s sample models is open (the MNIST digit classifier in each flavour), or `none`. A file of your own replaces it and is not part of a link.',
      example: 'digits-weights-int8',
    },
    tensor: {
      type: 'number',
      default: null,
      nullable: true,
      min: 0,
      max: 1000000,
      integer: true,
      description: 'The tensor shown in detail, by its position in the tensor table (the `#` column).',
      example: 3,
    },
    filter: {
      type: 'string',
      default: '',
      maxLength: 64,
      description: 'Text the tensor table is filtered by (name, dtype, kind or quantization).',
      example: 'conv2',
    },
    sort: {
      type: 'enum',
      options: SORT_KEYS,
      labels: en.table.sort,
      default: 'position',
      description: 'The column the tensor table is sorted by.',
      example: 'bytes',
    },
    descending: {
      type: 'boolean',
      default: false,
      description: 'Sort the tensor table from largest to smallest.',
      example: true,
    },
  },
});

export type ModelInspectorState = StateOf<typeof modelInspectorSchema>;
