// The words the inspector's worker writes: each tensor's formula, axis and
// range sentences, the charts' text alternatives, the flavour verdicts and
// the reasons a tensor has no histogram. They live in the worker (which
// carries every language), so a page's own JavaScript holds none of them;
// the page asks for a language when it opens a file. The Chinese table is
// report-strings.zh.ts, typed by this one.
import type { Locale } from '../../lib/i18n/locale.ts';
import type { QuantFlavour } from '../../lib/formats/summary.ts';

export const reportEn = {
  lang: 'en' as Locale,
  formula: {
    runtime: 'real = scale × (q − zero_point), with the scale computed at run time',
    perAxis: 'real = scale[c] × (q − {zero}) along axis {axis} (channel c)',
  },
  axis: {
    perTensor: 'quantized_dimension {axis}: one scale and zero point for the whole tensor, so the dimension does not matter.',
    outOfRangeOne: 'quantized_dimension {axis} is out of range: the tensor has {rank} dimension (shape [{shape}]), so its {count} scales cannot be matched to channels.',
    outOfRangeOther: 'quantized_dimension {axis} is out of range: the tensor has {rank} dimensions (shape [{shape}]), so its {count} scales cannot be matched to channels.',
    match: 'quantized_dimension {axis}: channel c is the index along axis {axis} of shape [{shape}] (size {size}), one scale per entry.',
    mismatch: 'quantized_dimension {axis}: channel c is the index along axis {axis} of shape [{shape}] (size {size}), but there are {count} scales.',
  },
  perAxis: {
    sameZero: '{count} scales from {lo} to {hi}; zero points all {zero}.',
    zeros: '{count} scales from {lo} to {hi}; {zeros} different zero points.',
  },
  rangeAcross: '{range} across {count} channels',
  scales: {
    one: 'This tensor has one scale for all its values.',
    oneCaption: 'Scale',
    channel: 'Channel',
    scale: 'Scale',
    ratio: ', a factor of {ratio}',
    summary: 'Scale per channel along axis {axis}: {count} channels, smallest {lo} (channel {loAt}), largest {hi} (channel {hiAt}){ratio}.',
    caption: 'Scale and zero point of each channel along axis {axis}',
    captionRanges: 'Scale and zero point of each channel along axis {axis}, with the range of its stored values',
    head: 'Scale, zero point',
    values: '; values {min} to {max}',
  },
  histogram: {
    real: 'dequantized values',
    float: 'stored values',
    codes: 'stored integer codes',
    none: 'No values to show.',
    noneCaption: 'Histogram',
    bin: 'Bin',
    count: 'Count',
    theTensor: 'the tensor',
    summary: 'Histogram of {name}’s {count} {what}, from {min} to {max} in {bins} bins; the fullest bin, {from} to {to}, holds {peak}.',
    caption: 'How many {what} fall in each bin',
    binHead: 'Bin (from, to)',
    binRow: '{from} to {to}',
  },
  notes: {
    axisMismatch: 'The per-axis parameters do not match the shape, so the raw integer codes are shown.',
    unknownDims: 'The shape has unknown dimensions, so the raw integer codes are shown.',
    notQuantized: 'Not quantized: the stored integers are shown as they are.',
  },
  reasons: {
    external: 'its data is in another file ({location}), which is never fetched',
    computed: 'it is computed while the model runs; the file stores no values for it',
    notStored: 'its values are not stored in this file',
    notCharted: 'values of type {dtype} are not charted',
    empty: 'the tensor stores no values',
    allNonFinite: 'every stored value is NaN or infinite',
  },
  internalError: 'The inspector failed on this file ({detail}). Please report it.',
  verdicts: {
    float: {
      headline: 'Not quantized',
      meaning: 'Weights and activations are floating point; there is nothing to dequantize.',
    },
    float16: {
      headline: 'float16 weights',
      meaning: 'Weights are stored as 16-bit floats (half the size) and widened to float32 to run; activations stay float32.',
    },
    'dynamic-range': {
      headline: 'Dynamic range (weights-only) quantization',
      meaning: 'Weights are stored as integers; activations stay float, or are quantized on the fly for each input. No calibration went into it.',
    },
    'full-integer-uint8': {
      headline: 'Full integer, uint8 activations',
      meaning: 'Weighted layers run on uint8 activation codes with integer weights; every activation carries a calibrated scale and zero point.',
    },
    'full-integer-int8': {
      headline: 'Full integer, int8 activations',
      meaning: 'Weighted layers run on int8 activation codes with int8 weights; every activation carries a calibrated scale and zero point.',
    },
    '16x8': {
      headline: '16x8: int16 activations, int8 weights',
      meaning: 'Activations use 16-bit codes for finer steps while weights stay 8-bit.',
    },
    mixed: {
      headline: 'Mixed',
      meaning: 'Some weighted layers are quantized and others are not, or they use different activation types.',
    },
    unknown: {
      headline: 'Could not tell',
      meaning: 'The file has no weighted layer and no quantized activation to judge by.',
    },
  } satisfies Record<QuantFlavour, { headline: string; meaning: string }>,
};

export type ReportStrings = typeof reportEn;
