/** Integer kernels: fixed-point primitives, requantization schemes, fully connected and conv2d. See ../README.md "Integer kernels". */
export {
  INT32_MAX, INT32_MIN, multiplyByQuantizedMultiplier, multiplyByQuantizedMultiplierSingleRounding,
  quantizeMultiplierSingleRounding, roundingDivideByPOT, saturatingRoundingDoublingHighMul,
} from './fixed-point.ts';
export {
  ACTIVATIONS, REQUANTIZATIONS, activationBounds, channelMultiplier, isActivation, isRequantization,
  requantize, requantizeExact, rescale, traceRequantization,
} from './requantize.ts';
export type {
  Activation, ActivationDtype, ChannelMultiplier, ClampBounds, Requantization, RequantizationTrace, TensorQuant,
} from './requantize.ts';
export { quantizeBias } from './layer.ts';
export type { IntegerLayerResult, IntegerLayerSpec, WeightQuant } from './layer.ts';
export { fullyConnected } from './fully-connected.ts';
export type { FullyConnectedArgs } from './fully-connected.ts';
export { conv2d } from './conv2d.ts';
export type { Conv2dArgs, Conv2dPadding, Conv2dResult } from './conv2d.ts';
