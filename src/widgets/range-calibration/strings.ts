// Every word RangeCalibration shows or announces, in English: what its island
// imports. catalog.ts adds what only pages and tests need; the Chinese catalog
// (strings.zh.ts) has the catalog's keys and slots and arrives as the
// `strings` prop.
import type { Locale } from '../../lib/i18n/locale.ts';
import type { ModelMessages } from '../../lib/model/messages.ts';
import { sharedEn } from '../shared/strings.ts';
import { gateEn } from '../model-comparison/gate-strings.ts';

export const en = {
  lang: 'en' as Locale,
  shared: sharedEn,
  gate: gateEn,
  title: 'Range calibration',
  toolbarLabel: 'the range calibration “{id}”',
  noticesHead: 'Some settings could not be used:',

  // Settings
  legend: 'How activation ranges are found',
  methodGroup: 'Calibration method',
  methodLabels: {
    minmax: 'Min/max',
    percentile: 'Percentile',
    'moving-average': 'Moving average',
    dummy: 'Dummy ranges (no calibration)',
  },
  percentileKept: 'Percentile kept',
  percentileOption: '{p}th (cut {cut}% at each end)',
  imagesLabel: 'Calibration images',
  imagesHint: '1 to 1,000 training digits',
  imagesPresets: 'Calibration images presets',
  imagesInvalid: 'Use a whole number of images from 1 to 1,000.',
  dummyMin: 'Dummy min',
  dummyMax: 'Dummy max',
  dummyPresets: 'Dummy range presets',
  boundNotNumber: 'Type a number, such as −100 or 6.',
  boundTooFar: 'Keep dummy ranges within ±1,000,000.',
  boundOrder: 'The minimum must be below the maximum.',
  /** {flag} is where the converter flag's name goes (as code). */
  explainDummy: 'Every layer’s activations get the range ({min}, {max}), as {flag} did; the input keeps [0, 1].',
  explainMinmaxOne: 'Each layer’s range is the smallest and largest value seen on {count} calibration image.',
  explainMinmaxOther: 'Each layer’s range is the smallest and largest value seen on {count} calibration images.',
  explainPercentileOne: 'Each layer’s range drops the most extreme {cut}% of values at each end, over {count} image.',
  explainPercentileOther: 'Each layer’s range drops the most extreme {cut}% of values at each end, over {count} images.',
  explainMovingOne: 'Each layer’s range is a moving average (weight 0.01) of each image’s min and max, over {count} image.',
  explainMovingOther: 'Each layer’s range is a moving average (weight 0.01) of each image’s min and max, over {count} images.',

  // Loading
  action: 'Load the model and quantize',
  cost: 'Downloads about 2.9 MB compressed: the runtime, the model and the digits.',
  stageRuntime: 'Downloading the runtime (onnxruntime-web, WebAssembly)…',
  stageDownload: 'Downloading the fp32 model and the digits…',
  stageFp32: 'Running the fp32 model on {count} test digits…',
  stageCalibration: 'Running the float model on the calibration digits…',
  what: {
    card: 'the model card',
    fp32Model: 'the fp32 model',
    calibrationDigits: 'the calibration digits',
    testDigits: 'the test digits',
    testLabels: 'the test labels',
    requantized: 'the re-quantized model',
  },
  errors: {
    noFp32: 'The model card lists no fp32 model to calibrate.',
    noCalibration: 'The model card lists no calibration digits.',
    damagedDigits: 'The test digits are not what the model card describes: the files may be damaged.',
    workerBlocked: 'The calibration worker could not start here (a security policy may forbid workers).',
    workerStopped: 'The calibration worker stopped unexpectedly. Reload the page to try again.',
    noModel: 'The calibration worker has no model yet.',
    nothingQuantized: 'Nothing has been quantized yet.',
  },

  // Results
  resultsLabel: 'Results: {id}',
  busy: 'Re-quantizing and evaluating…',
  done: 'Re-quantized in {ms} ms and evaluated, in your browser.',
  runError: '{error} The last result is still shown.',
  metrics: {
    accuracy: 'Accuracy (int8)',
    fp32Accuracy: 'fp32 accuracy',
    change: 'Change',
    changeValue: '{sign}{points} points',
    agrees: 'Agrees with fp32',
    outputStep: 'Output step',
    distinctLogits: 'Distinct logits',
    logitError: 'Mean |logit error|',
    confidence: 'Mean confidence',
  },
  allFine: 'Every layer’s range fits its values: nothing is clipped to speak of and each layer uses most of its 256 codes.',
  /** Between a layer's name and what went wrong there. */
  nameSep: ': ',
  /** Between two sentences. */
  sentenceGap: ' ',
  layers: {
    input: 'input (pixels ÷ 255)',
    conv1: 'conv1 + ReLU',
    conv2: 'conv2 + ReLU',
    fc1: 'fc1 + ReLU',
    fc2: 'fc2 (the logits)',
  },
  verdict: {
    clipping: 'Clipping: {share} of the values fall outside the range (mostly {where}) and are pinned to its end.',
    above: 'above {value}',
    below: 'below {value}',
    resolution: 'Too coarse: the values span {span} but the step is {step}, so they land on only {used} of 256 codes.',
    fine: 'Fine: nothing clipped to speak of, {used} of 256 codes in use.',
  },
  layersCaption:
    'Each activation: the range it was given, its step (scale) and zero point, and what that does to the values the float model produces on the first {count} training digits',
  layersHead: {
    activation: 'Activation',
    range: 'Range given',
    seen: 'Values seen',
    step: 'Step s',
    zeroPoint: 'Zero point',
    clipped: 'Clipped',
    codes: 'Codes used',
    sqnr: 'SQNR',
  },
  codesOf: '{used} of 256',
  legendValues: 'values',
  legendRangeEnds: 'range ends',
  legendFarOff: 'range [{min}, {max}] reaches far off the chart',
  histogram: {
    label: 'Histogram of {name}: {values} values from {min} to {max}. The quantized range is {lo} to {hi} with a step of {step}{off}. {verdict}{cut}',
    offList: ' ({list})',
    offJoin: '; ',
    offLow: 'the range’s lower end {value} is far off the chart',
    offHigh: 'the range’s upper end {value} is far off the chart',
    cut: ' The tallest bar ({share} of the values) is cut off.',
    caption: '{name}: share of values per bin',
    bin: '{lo} to {hi}',
    headValues: 'Values',
    headShare: 'Share',
  },
  confusionCaption: 'Confusion matrix, {count} test digits: rows true digit, columns int8 answer; mistakes shaded',
  confusionCorner: 'True ↓ / says →',
  sweepButton: 'Sweep dummy ranges',
  referenceButton: 'Check against the TypeScript integer reference',
  sweepCaption: 'Accuracy with one dummy range for every layer',
  sweepRunning: 'Accuracy with one dummy range for every layer (running…)',
  sweepHeadRange: 'Dummy range',
  sweepHeadAccuracy: 'Accuracy',
  referenceSame:
    'The same file run by our TypeScript integer reference (int32 accumulation, onnxruntime’s requantization) gives exactly the same {total} logits as onnxruntime-web, bit for bit ({ms} ms in TypeScript).',
  referenceDiffers:
    'The same file run by our TypeScript integer reference (int32 accumulation, onnxruntime’s requantization) gives {equal} of {total} identical {count} logits as onnxruntime-web; the largest difference is {diff} ({ms} ms in TypeScript).',
  /** {license} is the licence's link. */
  credit: 'Digits: MNIST, by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, used under {license}.',
};

/** What the island works with: its own English, or a whole catalog given as a prop. */
export type IslandStrings = typeof en & { model?: ModelMessages };
