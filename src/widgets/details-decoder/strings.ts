// Every word DetailsDecoder shows or announces, in English. strings.zh.ts
// has the same keys in Chinese; the page passes the one it needs as the
// `strings` prop. The parser's and the explainer's sentences are tables of
// their own (src/lib/formats/details-*/messages.ts), carried here so one prop
// words the whole widget.
import type { QuantErrorTable } from '../../lib/quant/error-messages.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { sharedEn } from '../shared/strings.ts';
import { parserMessagesEn } from '../../lib/formats/details-parser/messages.ts';
import { explainMessagesEn } from '../../lib/formats/details-view/messages.ts';
import type { CodeLanguage } from '../../lib/formats/details-view/codegen.ts';
import type { ExampleId } from './examples.ts';

// A type, not an interface: catalogs are plain trees of strings.
type ExampleWords = {
  label: string;
  /** What the example shows, in one sentence (the chip's tooltip). */
  about: string;
};

const examples: Readonly<Record<ExampleId, ExampleWords>> = {
  'seed-uint8': { label: 'uint8 input, 1/255', about: 'TF 1.x printout of a uint8 image input: (0.003921568859368563, 0).' },
  'weights-only': {
    label: 'Weights-only: float32 in and out',
    about: 'post_training_quantize=True on its own: inputs and outputs stay float32 with (0.0, 0).',
  },
  'default-ranges': {
    label: 'uint8, default_ranges_stats',
    about: 'The same model converted with inference_type=QUANTIZED_UINT8 and dummy ranges: output (0.7843137383460999, 128).',
  },
  'int8-tf2': {
    label: 'int8 in and out (TF 2.x)',
    about: 'Full-integer model with inference_input_type=tf.int8: input (1/255, −128), softmax output (1/256, −128).',
  },
  'mobilenet-uint8': { label: 'uint8 MobileNet', about: 'Input (0.0078125, 128) and a uint8 softmax output (0.00390625, 0).' },
  'float-tf2': {
    label: 'Float, empty parameters',
    about: 'TF 2.x printout of a float model: empty scales and zero_points arrays, shape_signature with −1.',
  },
  'per-axis': {
    label: 'Per-channel weights',
    about: 'A conv kernel with 16 int8 scales along dimension 0 and its int32 bias; numpy wraps the long arrays over several lines.',
  },
  int16: { label: 'int16 audio (16×8)', about: 'A 16-bit activation model: (3.0518509447574615e-05, 0), i.e. 1/32767.' },
  several: {
    label: 'Several outputs',
    about: 'get_output_details() of a detection model: four float32 outputs (boxes, classes, scores, count).',
  },
  pprint: { label: 'pprint, wrapped', about: 'The same kind of dict printed with pprint: keys sorted, one per line, nested dicts indented.' },
};

const languages: Readonly<Record<CodeLanguage, string>> = {
  python: 'Python (numpy)',
  kotlin: 'Kotlin (Android)',
  cpp: 'C++ (TFLite)',
  typescript: 'TypeScript',
};

export const en = {
  lang: 'en' as Locale,
  /** English shows the core's own sentences; other languages word each refusal by its code. */
  quantErrors: undefined as QuantErrorTable | undefined,
  shared: sharedEn,
  title: 'get_input_details() decoder',
  description:
    'Reads what Python printed for get_input_details(), get_output_details() or get_tensor_details() and explains each tensor: range, step, preprocessing, and code to quantize and dequantize it.',
  toolbarLabel: 'the details decoder “{id}”',
  settingsRefused: 'Some settings could not be used:',
  dismiss: 'Dismiss',
  examplesLabel: 'Examples',
  examples,
  pasteLabel: 'Paste what Python printed',
  /** {input}, {output}, {tensors} are the three calls, shown as code. */
  pasteHint:
    'The output of {input}, {output} or {tensors}: one dict, a list, or several printouts one after the other. Nothing in it is run.',
  pasteTooLongForLink:
    'This paste is {length} characters; links keep pastes up to {limit}, so a copied link would show the example instead.',
  pasteNotForLink: 'This paste contains control characters or a script address, so a copied link leaves it out.',
  errorAt: 'Could not read line {line}, column {column}:',
  errorDetail: '{detail}.',
  excerptLabel: 'Line {line} of the paste, with the unreadable part marked',
  selectError: 'Select it in the paste',
  resultsLabel: 'Tensors: {id}',
  tensorsOne: '{count} tensor',
  tensorsOther: '{count} tensors',
  inPrintouts: ' in {count} printouts',
  columns: {
    tensor: 'Tensor',
    pickOne: '(pick one)',
    shape: 'Shape',
    type: 'Type',
    scale: 'Scale',
    zeroPoint: 'Zero point',
    range: 'Real range',
  },
  noName: '(no name)',
  noNameNumbered: '(no name) {n}',
  indexOf: 'index {index}',
  cells: {
    notQuantized: 'not quantized',
    scales: '{count} scales, axis {axis}',
    allZeroPoints: 'all {zeroPoint}',
    differentZeroPoints: '{count} different',
    widest: 'per channel, widest [{low}, {high}]',
    unknown: 'unknown',
  },
  cardTensor: 'Tensor {index}:',
  badge: '{dtype}, {kind}',
  kinds: { float: 'not quantized', plain: 'not quantized', 'per-tensor': 'per-tensor', 'per-axis': 'per-axis' },
  facts: {
    shape: 'Shape',
    shapeSignature: 'Shape signature',
    scale: 'Scale',
    zeroPoint: 'Zero point',
    codes: 'Codes',
    range: 'Real range',
    step: 'Step',
    axis: 'Axis',
    channels: 'Channels',
    quantization: 'Quantization',
  },
  fromTo: '{low} to {high}',
  unknown: 'unknown',
  axisSize: '{axis} (size {size})',
  quantizationNone: '({scale}, {zeroPoint}): none',
  channelsCaption: 'Per channel along dimension {axis}: f = (q − z) × s',
  channelColumns: { channel: 'Channel', scale: 'Scale s', zeroPoint: 'Zero point z', lowest: 'Lowest value', highest: 'Highest value' },
  goingIn: 'Going in',
  comingOut: 'Coming out',
  notes: 'Notes',
  codeTabs: 'Code for this tensor',
  languages,
  copyCode: 'Copy {language} code',
  copied: 'Copied.',
  copyRefused: 'Copying was refused: select the code and press Ctrl+C.',
  codeRegion: '{language} code: {id}',
  parser: parserMessagesEn,
  explain: explainMessagesEn,
};
export type DetailsDecoderStrings = typeof en;
