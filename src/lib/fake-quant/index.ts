/**
 * Fake quantization and per-channel weights: TF's FakeQuant op, a tiny
 * network simulated with fake-quant nodes next to the integer network a
 * converter would make of it, and convolution kernels quantized per tensor
 * and per channel. Pure functions; built on src/lib/quant.
 */
export { fakeQuant, fakeQuantParams } from './fake-quant.ts';
export type { FakeQuantOptions, FakeQuantParams } from './fake-quant.ts';
export { EDGES, EDGE_IDS, floatForward, makeNetwork, paramsFor, recordedRanges, simulate } from './network.ts';
export type { EdgeId, EdgeInfo, EdgeKind, EdgeValues, Network, Range, Simulation } from './network.ts';
export { NEEDS_RANGE, NOTE_TEXT, convert, lackingMinMaxMessage, runInteger } from './convert.ts';
export type { Complaint, Conversion, ConverterNote, ConvertOptions, IntegerLayer, IntegerRun, NoteCode, TensorParams } from './convert.ts';
export { CORRECT_PLACEMENT, compare, integerValues } from './compare.ts';
export type { Comparison, EdgeComparison } from './compare.ts';
export { LAYOUT_AXIS, LAYOUT_OP, channelIndices, quantizeKernel } from './per-channel.ts';
export type { ChannelStats, ConvKernel, KernelLayout, WeightQuantization } from './per-channel.ts';
export { syntheticConv, syntheticDepthwise } from './kernels.ts';
export { isTflite, kernelsFromModel, kernelsFromOnnx, kernelsFromTflite } from './model-kernels.ts';
export type { ModelKernel } from './model-kernels.ts';
