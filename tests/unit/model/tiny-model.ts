// A hand-made digit-shaped ONNX model for engine tests: input x [n,1,28,28],
// Flatten, then Gemm with W = 1 at (class c, pixel c) and 0 elsewhere and
// bias c/100, so logit c = pixel c + c/100. The expected logits are written
// from that rule, not computed by our code.
import { MessageWriter } from '../../support/protobuf.ts';
import { ONNX_FLOAT } from '../../support/onnx-tensor.ts';

function floatTensor(name: string, dims: number[], values: Float32Array): MessageWriter {
  const t = new MessageWriter();
  for (const d of dims) t.varint(1, d);
  return t.varint(2, ONNX_FLOAT).string(8, name).bytes(9, new Uint8Array(values.buffer.slice(0)));
}

function valueInfo(name: string, dims: (number | string)[]): MessageWriter {
  const shape = new MessageWriter();
  for (const d of dims) {
    const dim = new MessageWriter();
    if (typeof d === 'number') dim.varint(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensor = new MessageWriter().varint(1, ONNX_FLOAT).message(2, shape);
  return new MessageWriter().string(1, name).message(2, new MessageWriter().message(1, tensor));
}

export function tinyDigitModel(): Uint8Array {
  const w = new Float32Array(10 * 784);
  for (let c = 0; c < 10; c++) w[c * 784 + c] = 1;
  const b = Float32Array.from({ length: 10 }, (_, c) => c / 100);
  const flatten = new MessageWriter().string(1, 'x').string(2, 'f').string(3, 'flatten').string(4, 'Flatten');
  const transB = new MessageWriter().string(1, 'transB').varint(3, 1).varint(20, 2);
  const gemm = new MessageWriter().string(1, 'f').string(1, 'W').string(1, 'B').string(2, 'logits').string(3, 'gemm').string(4, 'Gemm').message(5, transB);
  const graph = new MessageWriter()
    .message(1, flatten)
    .message(1, gemm)
    .string(2, 'tiny')
    .message(5, floatTensor('W', [10, 784], w))
    .message(5, floatTensor('B', [10], b))
    .message(11, valueInfo('x', ['n', 1, 28, 28]))
    .message(12, valueInfo('logits', ['n', 10]));
  return new MessageWriter()
    .varint(1, 8)
    .string(2, 'zero-point-tests')
    .message(7, graph)
    .message(8, new MessageWriter().string(1, '').varint(2, 13))
    .finish();
}
