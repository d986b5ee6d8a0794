/**
 * onnxruntime-web (WebAssembly backend, one thread) in Node, for comparing
 * our core with an engine we did not write. In Node the `onnxruntime-web/wasm`
 * entry finds its .wasm file next to its own module in node_modules, so no
 * `ort.env.wasm.wasmPaths` is needed.
 */
import * as ort from 'onnxruntime-web/wasm';
import { buildQdqModel } from './onnx-model.ts';
import type { QdqModelSpec } from './onnx-model.ts';
import { ONNX_INT16, ONNX_INT8, ONNX_UINT8 } from './onnx-tensor.ts';

ort.env.wasm.numThreads = 1;
ort.env.logLevel = 'error';

export { ort };

export type OrtIntType = 'uint8' | 'int8' | 'int16';

const ONNX_TYPE: Record<OrtIntType, number> = { uint8: ONNX_UINT8, int8: ONNX_INT8, int16: ONNX_INT16 };

export interface QdqSession {
  session: ort.InferenceSession;
  run(input: Float32Array | Uint8Array | Int8Array | Int16Array): Promise<ort.Tensor['data']>;
}

export async function createQdqSession(
  op: QdqModelSpec['op'], type: OrtIntType, scale: number, zeroPoint: number,
): Promise<QdqSession> {
  const model = buildQdqModel({ op, intType: ONNX_TYPE[type], scale, zeroPoint });
  const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
  const inputType = op === 'QuantizeLinear' ? 'float32' : type;
  return {
    session,
    async run(input) {
      const result = await session.run({ x: new ort.Tensor(inputType, input, [input.length]) });
      return result.y.data;
    },
  };
}
