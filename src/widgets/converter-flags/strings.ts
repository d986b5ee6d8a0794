// Every word ConverterFlags shows or announces, in English. Other languages
// (strings.zh.ts) have the same shape and reach the island as its `strings`
// prop. The cases table, the known messages and the lesson titles come from
// src/lib/converter (text.ts), so the English here cannot drift from them.
import type { QuantErrorTable } from '../../lib/quant/error-messages.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { converterTextsEn } from '../../lib/converter/text.ts';
import { GENERATION_LABELS } from '../../lib/converter/cases.ts';
import { sharedEn } from '../shared/strings.ts';
import { numberFieldEn } from '../param-converter/number-words.ts';

export const en = {
  lang: 'en' as Locale,
  /** English shows the core's own sentences; other languages word each refusal by its code. */
  quantErrors: undefined as QuantErrorTable | undefined,
  shared: sharedEn,
  title: 'Converter flags',
  description:
    'What will my converter do? Pick a TensorFlow converter generation and its settings, and see the dtype and quantization tuple of inputs, outputs, weights and activations, or the error you would get; paste an error message to find its explanation.',
  heading: 'What will my converter do?',
  toolbarLabel: 'the converter flags “{id}”',
  noticesHeading: 'Some settings could not be used:',
  dismiss: 'Dismiss',
  converterLegend: 'Converter',
  generationGroup: 'Converter generation',
  generations: { ...GENERATION_LABELS },
  settingsLegend: 'Settings',
  graph: 'Graph',
  // The schema's option labels (it keeps its English for the gallery docs).
  graphs: {
    float: 'A plain float graph',
    'fake-quant': 'Trained with fake quantization (ranges recorded)',
    'quantize-nodes': 'Quantized by graph_transforms quantize_nodes',
  },
  mode: 'Optimizations and target',
  modes: {
    none: 'No optimizations',
    default: 'optimizations = [Optimize.DEFAULT]',
    'int8-only': 'DEFAULT + supported_ops = [TFLITE_BUILTINS_INT8]',
    float16: 'DEFAULT + supported_types = [tf.float16]',
    '16x8': 'DEFAULT + 16x8 ops (int16 activations)',
  },
  representativeGiven: '{code} given',
  snippetLabel: 'The converter call these settings stand for',
  snippet: {
    tf1Header: 'tf.contrib.lite.TFLiteConverter in TF 1.13 and earlier',
    quantizeNodes: 'after graph_transforms quantize_nodes',
    fakeQuant: 'trained with fake quantization',
    representative: 'yields [input] lists',
  },
  resultLabel: 'What happens: {id}',
  fails: 'Conversion fails',
  verdictSeparator: ': ',
  converts: 'Converts',
  messageYouWouldSee: 'The message you would see ({source}):',
  tableCaption: 'What get_input_details(), get_output_details() and get_tensor_details() would report',
  columns: { tensors: 'Tensors', dtype: 'dtype', quantization: 'quantization', note: 'Note' },
  kinds: { inputs: 'Inputs', outputs: 'Outputs', weights: 'Weights', activations: 'Activations' },
  basedOn: 'Based on:',
  explainedIn: 'Explained in:',
  pasteLabel: 'Look up an error message: {id}',
  pasteField: 'Paste an error message from the converter or the interpreter',
  pastePlaceholder: 'e.g. … is lacking min/max data, which is necessary for quantization …',
  tryLabel: 'Try:',
  noMatch:
    'No message we know is in that text. The table above covers what the converter itself decides; for anything else, search the exact wording in the TensorFlow issue tracker.',
  foundOne: 'Found one known message: {titles}.',
  foundOther: 'Found {count} known messages: {titles}.',
  titleSeparator: '; ',
  listSeparator: ', ',
  whatToDo: 'What to do:',
  number: numberFieldEn,
  ...converterTextsEn(),
};

export type ConverterFlagsStrings = typeof en;
