/**
 * Quantized fully connected layer (TFLite FULLY_CONNECTED, ONNX
 * QLinearMatMul plus a bias): for each row b of the input and output unit o,
 *
 *   acc = Σ_k (q_in[b,k] − z_in) · (q_w[o,k] − z_w[o]) + bias[o]
 *   q_out[b,o] = clamp(z_out + requantize(acc), lo, hi)
 *
 * Layouts follow TFLite: input [batch, inDepth], weights [outDepth, inDepth]
 * (one row per output unit, so per-channel weights vary along axis 0),
 * output [batch, outDepth]. ONNX's MatMul takes the weights transposed.
 */
import { QuantError } from '../errors.ts';
import { checkShape, checkAccumulator, checkBias, checkCodes, allocateOutput, resolveLayer } from './layer.ts';
import type { IntegerLayerResult, IntegerLayerSpec } from './layer.ts';
import { requantize } from './requantize.ts';

export interface FullyConnectedArgs {
  input: ArrayLike<number>;
  /** [batch, inDepth] */
  inputShape: ArrayLike<number>;
  weights: ArrayLike<number>;
  /** [outDepth, inDepth] */
  weightShape: ArrayLike<number>;
  /** int32, one per output unit, scale s_in · s_w[o]; omitted = zeros. */
  bias?: ArrayLike<number>;
}

export function fullyConnected(args: FullyConnectedArgs, spec: IntegerLayerSpec): IntegerLayerResult {
  const [batch, inDepth] = checkShape(args.inputShape, 2, 'input shape');
  const [outDepth, weightDepth] = checkShape(args.weightShape, 2, 'weight shape');
  if (weightDepth !== inDepth) {
    throw new QuantError('bad-shape', `weight shape [${outDepth}, ${weightDepth}] does not match input depth ${inDepth}`);
  }
  const layer = resolveLayer(spec, outDepth);
  checkCodes(args.input, spec.input.dtype, batch * inDepth, 'input');
  checkCodes(args.weights, spec.weights.dtype, outDepth * inDepth, 'weights');
  checkBias(args.bias, outDepth);
  const { inputZeroPoint, weightZeroPoints, outputZeroPoint, multipliers, bounds } = layer;
  const accumulators = new Int32Array(batch * outDepth);
  const output = allocateOutput(spec.output.dtype, batch * outDepth);
  for (let b = 0; b < batch; b++) {
    for (let o = 0; o < outDepth; o++) {
      const zw = weightZeroPoints[o];
      let acc = args.bias ? args.bias[o] : 0;
      for (let k = 0; k < inDepth; k++) {
        acc += (args.input[b * inDepth + k] - inputZeroPoint) * (args.weights[o * inDepth + k] - zw);
      }
      const i = b * outDepth + o;
      accumulators[i] = checkAccumulator(acc, i);
      output[i] = requantize(acc, multipliers[o], spec.requantization, outputZeroPoint, bounds);
    }
  }
  return { output, accumulators, multipliers, bounds };
}
