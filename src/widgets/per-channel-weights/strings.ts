// Everything PerChannelWeights shows or announces, in English. The Chinese
// catalog is strings.zh.ts (same keys, same {slots}).
import type { Locale } from '../../lib/i18n/locale.ts';
import { formatMessagesEn } from '../../lib/formats/error-messages.ts';
import { sharedEn } from '../shared/strings.ts';

export const en = {
  lang: 'en' as Locale,
  shared: sharedEn,
  title: 'Per-tensor or per-channel weights',
  description:
    'Quantizes a convolution kernel to int8 with one scale per tensor and with one scale per output channel, and compares scales and error channel by channel.',
  toolbarLabel: 'the per-channel weights “{id}”',
  noticesTitle: 'Some settings could not be used:',
  dismiss: 'Dismiss',
  kernel: 'Kernel',
  weights: 'Weights',
  yourFile: 'Your file: {name}',
  sources: {
    'demo-conv1': 'Demo model: conv1 (8 × 1 × 3 × 3)',
    'demo-conv2': 'Demo model: conv2 (16 × 8 × 3 × 3)',
    'synthetic-conv': 'Synthetic Conv2D kernel (OHWI)',
    'synthetic-depthwise': 'Synthetic DepthwiseConv2D kernel (1HWC)',
  },
  layerInFile: 'Layer in your file',
  kernelN: 'kernel {n}',
  seed: 'Seed',
  seedError: 'Seed must be a whole number from 0 to 4294967295.',
  loadModel: 'Or load a model (.onnx, .tflite)',
  fileTooLarge: 'This file is larger than 64 MB; pick a smaller model.',
  fileUnreadable: 'This file could not be read as a .tflite or .onnx model: {detail}',
  fileUnreadableBare: 'This file could not be read as a .tflite or .onnx model (it may be damaged, or not a model at all).',
  noKernels: 'No convolution weights found: the file has no Conv (ONNX) or CONV_2D/DEPTHWISE_CONV_2D (TFLite) with float32, int8 or uint8 filters.',
  formatErrors: formatMessagesEn,
  readLocally: 'Read in your browser, never uploaded. A loaded file is not part of the copied link.',
  demoDownload: 'the demo model could not be downloaded (HTTP {status})',
  demoError: '{message}. The synthetic kernels still work.',
  loading: 'Loading the demo model’s weights (digits-fp32.onnx, 58 KB)… The synthetic kernels need no download.',
  shapeLabel: 'Shape {shape}, layout {layout}, quantized dimension {axis}',
  by: ' by ',
  sep: ', ',
  colon: ': ',
  gap: ' ',
  shape: 'shape',
  layoutOps: { OHWI: 'TFLite CONV_2D', '1HWC': 'TFLite DEPTHWISE_CONV_2D', OIHW: 'ONNX Conv' },
  // Each explanation is split around its emphasized word (and ONNX's <code>axis=0</code>), so no markup lives in a
  // catalog; the pieces carry their own spaces (Chinese has none around the emphasis).
  axisDepthwise: {
    before: 'a depthwise filter keeps its channels in the ',
    strong: 'last',
    after: ' dimension (C), one 3×3 slice per input channel, so the {count} scales run along axis 3.',
  },
  axisConv: {
    before: 'a Conv2D filter keeps each output channel’s whole H×W×I block together in the ',
    strong: 'first',
    after: ' dimension (O), so the {count} scales run along axis 0.',
  },
  axisOnnx: {
    before: 'ONNX stores Conv weights as O×I×H×W; the output channels are again the ',
    strong: 'first',
    middle: ' dimension, so per-channel scales use ',
    after: ' ({count} scales).',
  },
  axisWhy:
    'Each output channel’s weights meet the input in one accumulator, so a scale per output channel can be folded into that channel’s multiplier at no cost.',
  channel: 'Channel',
  channelN: 'channel {n}',
  channelClamped: 'This kernel has {count} channels; showing channel {last} instead of {asked}.',
  metric: 'Error measure',
  metrics: { sqnr: 'SQNR (dB, higher is better)', rmse: 'RMS error', maxAbs: 'Largest error' },
  exact: '∞ dB (exact)',
  results: 'Results: {id}',
  tableCaption: 'Channel {channel}: its weights span ±{span} ({count} weights; the whole tensor spans ±{tensorSpan})',
  measure: 'Measure',
  perTensor: 'Per tensor',
  perChannel: 'Per channel',
  rows: { scale: 'Scale', codesUsed: 'Codes used (of 255)', largestCode: 'Largest code', sqnr: 'SQNR', largestError: 'Largest error' },
  fileStoresOne: 'The file itself stores one scale for the whole tensor; channel {channel}’s is {scale}.',
  fileStoresMany: 'The file itself stores {count} scales; channel {channel}’s is {scale}.',
  symmetric: 'Both use int8 codes −127…127 with zero point 0 (TFLite’s symmetric weights): the scale is the largest |w| divided by 127.',
  legend: { perChannel: 'per channel', perTensor: 'per tensor', selected: 'selected channel' },
  scaleChart: 'Scale per channel',
  errorChart: '{metric} per channel',
  noKernel: 'No kernel loaded yet.',
  scaleText: {
    caption0: 'Scales',
    channel: 'Channel',
    scale: 'Scale',
    summary:
      'Scale per channel: {channels} channels. Per-tensor scale {tensor} for all of them; per-channel scales from {lo} to {hi}, a spread of {spread} times. Channel {channel}: {scale}.',
    caption: 'Scale of each channel: per channel, then the per-tensor scale shared by all',
    head: 'Per-channel scale / per-tensor scale',
  },
  errorText: {
    caption0: 'Errors',
    channel: 'Channel',
    error: 'Error',
    summary:
      '{metric} per channel, per tensor against per channel. Per channel is better on {better} of {channels} channels. Channel {channel}: {tensor} per tensor, {perChannel} per channel.',
    caption: '{metric} of each channel: per tensor / per channel',
    head: 'Per tensor / per channel',
  },
};

export type PerChannelWeightsStrings = typeof en;
