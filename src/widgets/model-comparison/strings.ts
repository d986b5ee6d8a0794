// Every word ModelComparison shows or announces, in English: what its island
// imports. catalog.ts adds what only pages and tests need; the Chinese catalog
// (strings.zh.ts) has the catalog's keys and slots and arrives as the
// `strings` prop.
import type { Locale } from '../../lib/i18n/locale.ts';
import type { ModelMessages } from '../../lib/model/messages.ts';
import { sharedEn } from '../shared/strings.ts';
import { gateEn } from './gate-strings.ts';

export const en = {
  lang: 'en' as Locale,
  shared: sharedEn,
  gate: gateEn,
  title: 'Model comparison',
  toolbarLabel: 'the model comparison “{id}”',
  noticesHead: 'Some settings could not be used:',
  intro:
    'One small digit classifier (a convolutional network trained on MNIST) in every flavour: float32, weights-only int8, full-integer int8, float16 weights, and int8 with dummy ranges. Pressing the button downloads onnxruntime-web and runs every model on 2,000 test digits, here in your browser.',
  action: 'Load the models and run',
  cost: 'Downloads about 2.9 MB compressed (the runtime is 2.4 MB of it).',
  /** The models' names by model-card id (a model the catalog does not know shows the card's own label). */
  modelLabels: {
    fp32: 'float32',
    'weights-only': 'weights-only int8',
    'full-integer': 'full integer (uint8 activations)',
    'full-integer-s8': 'full integer (int8 activations)',
    'full-integer-convinteger': 'full integer (ConvInteger form)',
    dynamic: 'dynamic range (int8 weights, activations quantized per batch)',
    float16: 'float16 weights',
    'dummy-m100_100': 'dummy ranges (-100, 100)',
    'dummy-0_6': 'dummy ranges (0, 6)',
    'dummy-m1000_1000': 'dummy ranges (-1000, 1000)',
  },

  // The table
  tableTitle: 'One network, {count} ways',
  tableCaption:
    'Size, accuracy on {count} test digits, agreement with fp32, and median latency in your browser (interquartile range in brackets)',
  head: {
    model: 'Model',
    size: 'File size',
    accuracy: 'Test accuracy',
    agrees: 'Agrees with fp32',
    batch1: 'Batch 1',
    batch32: 'Batch 32',
  },
  ofFp32: '{share} of fp32',
  measure: 'Measure speed',
  measureAgain: 'Measure again',
  timingPlan:
    'Each model warms up first; then the models take turns, 21 samples each at batch 1 and 15 at batch 32, each sample the mean of enough runs to fill 8 ms (browsers round their clocks to 0.1 ms).',
  noteRuntimeOne: 'Your browser runs onnxruntime-web on WebAssembly with SIMD, on one thread',
  noteRuntimeMany: 'Your browser runs onnxruntime-web on WebAssembly with SIMD, on {threads} threads',
  noteIsolated: '{runtime} (this page is cross-origin isolated, so threads are allowed).',
  noteNotIsolated: '{runtime} (threads need a cross-origin isolated page, which this one is not).',
  noteFirstRun: 'From the click to the first model’s accuracy took {seconds} s, mostly the download and compiling the runtime.',
  /** Between two sentences. */
  sentenceGap: ' ',
  noteFastest:
    'Here, the best quantized model runs at {r1}× fp32’s time at batch 1 ({model1}) and {r32}× at batch 32 ({model32}); below 1 is faster.',

  // The gallery
  galleryTitle: 'Where fp32 and a quantized model disagree',
  compareWith: 'Compare fp32 with',
  againstLabels: {
    'full-integer': 'full integer (int8)',
    'weights-only': 'weights only (dynamic range)',
    float16: 'float16 weights',
    dummy: 'dummy ranges (−100, 100)',
  },
  notLoaded: 'That model did not load, so there is nothing to compare.',
  sameEverywhere: 'fp32 and {model} give the same answer on every one of the {count} test digits.',
  /** {n} is shown in bold. */
  disagree: 'They disagree on {n} of {count} test digits.',
  disagreeFirst: 'They disagree on {n} of {count} test digits; the first {shown} are shown.',
  underEach: 'Under each: the label, then what fp32 and {model} say.',
  digitButton: 'Test digit {index}, a {label}: fp32 says {a}, {model} says {b}. Put it on the drawing pad.',

  // The drawing pad
  padTitle: 'Draw a digit',
  pad: {
    canvas: 'Drawing pad: draw a digit with a mouse, pen or finger. Keyboard users: pick a test digit below.',
    seenEmpty: 'Nothing drawn yet',
    seenImage: 'What the models see: the 28 by 28 image',
    seenCaption: 'What the models see (28 × 28)',
    clear: 'Clear the pad',
    startFrom: 'Start from test digit',
    previous: 'Previous test digit',
    next: 'Next test digit',
    outOfRange: 'Choose a test digit from 0 to {max}.',
    showingDigit: 'Test digit {index}, labelled {label}.',
    showingDrawing: 'Your drawing.',
    empty: 'The pad is empty.',
  },
  probsCaption: 'Each model’s probabilities for the image on the pad (softmax of its outputs), in percent',
  probsSays: 'Says',
  /** {license} is the licence's link. */
  credit: 'Digits: MNIST, by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, used under {license}.',

  // Loading and timing
  stageRuntime: 'Downloading the runtime (onnxruntime-web, WebAssembly)…',
  stageDownload: 'Downloading the models and the test digits…',
  stageRunning: 'Running {model} on {count} test digits…',
  warming: 'Warming up {model} at batch {size}…',
  timingRound: 'Timing at batch {size}: round {round} of {rounds}…',
  timingStopped: 'Timing stopped: {error}',
  what: {
    card: 'the model card',
    testDigits: 'the test digits',
    testLabels: 'the test labels',
    model: 'the {model} model',
  },
  errors: {
    noModel: 'No model could be loaded.',
    damagedDigits:
      'The test digits are not what the model card describes ({pixels} pixel bytes, {labels} labels for {count} digits): the files may be damaged.',
  },
};

/** What the island works with: its own English, or a whole catalog given as a prop. */
export type IslandStrings = typeof en & { model?: ModelMessages };
