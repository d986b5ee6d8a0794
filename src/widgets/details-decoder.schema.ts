// Every prop of DetailsDecoder, declared once: Astro props, URL state, the
// <zp-details-decoder> attributes and the gallery docs read this.
import { defineSchema, type StateOf } from '../lib/widget-state/schema.ts';
import { CODE_LANGUAGES } from '../lib/formats/details-view/codegen.ts';
import { EXAMPLE_IDS } from './details-decoder/examples.ts';

/** Longest paste kept in a link; longer pastes work on the page but the link keeps the example. */
export const PASTE_URL_LIMIT = 6000;

export const detailsDecoderSchema = defineSchema({
  name: 'DetailsDecoder',
  tag: 'zp-details-decoder',
  title: 'get_input_details() decoder',
  description:
    'Reads what Python printed for get_input_details(), get_output_details() or get_tensor_details() and explains each tensor: range, step, preprocessing, and code to quantize and dequantize it.',
  props: {
    id: {
      type: 'string',
      default: 'decoder',
      maxLength: 64,
      pattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
      patternHint: 'letters, digits, “-” and “_”, starting with a letter',
      inUrl: false,
      description: 'Anchor id of the widget; also the prefix of its settings in the page URL.',
      example: 'decoder',
    },
    // Not named `example`: that key is documentation in every prop spec, and
    // the site build strips it from schemas.
    preset: {
      type: 'enum',
      options: EXAMPLE_IDS,
      default: 'seed-uint8',
      description: 'Which example printout is shown when `paste` is empty.',
      example: 'per-axis',
    },
    paste: {
      type: 'string',
      default: '',
      maxLength: PASTE_URL_LIMIT,
      description:
        'A printout to read instead of the example, with `<` and `>` written as `~l` and `~g` (and `~` as `~~`), because markup characters are refused in links and attributes.',
      example: "[{'name': 'x', 'index': 0, 'shape': array([1, 4], dtype=int32), 'dtype': ~lclass 'numpy.int8'~g, 'quantization': (0.5, -3)}]",
    },
    tensor: {
      type: 'number',
      min: 0,
      max: 9999,
      integer: true,
      default: 0,
      description: 'Which tensor (0-based, in printout order) is explained in detail.',
      example: 1,
    },
    lang: {
      type: 'enum',
      options: CODE_LANGUAGES,
      labels: { python: 'Python (numpy)', kotlin: 'Kotlin (Android)', cpp: 'C++ (TFLite)', typescript: 'TypeScript' },
      default: 'python',
      description: 'Language of the code shown first.',
      example: 'kotlin',
    },
  },
});

export type DetailsDecoderState = StateOf<typeof detailsDecoderSchema>;
