/**
 * TfliteModel → ModelSummary (before the format-independent analysis adds the
 * flavour, warnings and multipliers). Tensors of every subgraph go into one
 * list, subgraph 0 first, so for subgraph 0 a position in the list is the
 * TFLite tensor index; all references in the summary are list positions.
 */
import type { DType, ModelSummary, OperatorSummary, TensorQuantization, TensorSummary } from '../summary.ts';
import { decodeUtf8 } from '../bytes.ts';
import type { TfliteModel } from './read.ts';

const DTYPES: Record<string, DType> = {
  FLOAT32: 'float32', FLOAT16: 'float16', INT32: 'int32', UINT8: 'uint8', INT64: 'int64', STRING: 'string',
  BOOL: 'bool', INT16: 'int16', COMPLEX64: 'complex64', INT8: 'int8', FLOAT64: 'float64', COMPLEX128: 'complex128',
  UINT64: 'uint64', UINT32: 'uint32', UINT16: 'uint16', INT4: 'int4', BFLOAT16: 'bfloat16', UINT4: 'uint4',
  FLOAT8_E4M3FN: 'float8e4m3fn', FLOAT8_E5M2: 'float8e5m2',
};

export type BaseSummary = Omit<ModelSummary, 'flavour' | 'warnings'>;

export function summarizeTflite(model: TfliteModel): BaseSummary {
  const tensors: TensorSummary[] = [];
  const operators: OperatorSummary[] = [];
  const subgraphs: ModelSummary['subgraphs'][number][] = [];
  const producers: number[][] = [];
  const consumers: number[][] = [];

  model.subgraphs.forEach((sg, s) => {
    const base = tensors.length;
    const at = (k: number) => (k < 0 ? k : base + k);
    for (const t of sg.tensors) {
      const buffer = model.buffers[t.buffer];
      const summary: TensorSummary = {
        index: t.index,
        name: t.name,
        shape: t.shape,
        dtype: DTYPES[t.typeName] ?? 'unknown',
        byteSize: buffer ? buffer.length : 0,
        isConstant: !!buffer && buffer.length > 0,
        producers: [],
        consumers: [],
        subgraph: s,
        sourceType: t.typeName,
        buffer: t.buffer,
      };
      if (t.shapeSignature) summary.shapeSignature = t.shapeSignature;
      if (t.isVariable) summary.isVariable = true;
      if (buffer && buffer.length > 0) summary.dataOffset = buffer.offset;
      const q = t.quantization;
      if (q && q.scale && q.scale.length > 0 && q.zeroPoint && q.zeroPoint.length > 0) {
        const quant: TensorQuantization = { scales: q.scale, zeroPoints: q.zeroPoint, axis: q.quantizedDimension };
        if (q.min && q.min.length) quant.min = q.min;
        if (q.max && q.max.length) quant.max = q.max;
        if (q.detailsType !== 'NONE') quant.detailsType = q.detailsType;
        if (q.blockSize !== undefined) quant.blockSize = q.blockSize;
        summary.quantization = quant;
      } else {
        summary.quantizationTable = q ? 'empty' : 'absent';
      }
      if (t.sparsity) summary.sparsity = t.sparsity;
      if (t.externalBuffer) {
        const ext = model.externalBuffers.find((e) => e.id === t.externalBuffer);
        summary.externalData = ext
          ? { location: ext.location, offset: ext.offset, length: ext.length }
          : { location: `(external buffer ${t.externalBuffer} is not listed)` };
        if (ext) summary.byteSize = ext.length;
        summary.isConstant = true;
        delete summary.dataOffset;
      }
      tensors.push(summary);
      producers.push([]);
      consumers.push([]);
    }
    for (const op of sg.operators) {
      const code = model.operatorCodes[op.opcodeIndex];
      const custom = code.builtinName === 'CUSTOM';
      const index = operators.length;
      const entry: OperatorSummary = {
        index,
        opType: custom ? code.customCode ?? 'CUSTOM' : code.builtinName,
        inputs: op.inputs.map(at),
        outputs: op.outputs.map(at),
        subgraph: s,
        version: code.version,
      };
      if (custom) entry.custom = true;
      if (Object.keys(op.attributes).length) entry.attributes = op.attributes;
      operators.push(entry);
      // Operators come in order, so a repeat of this operator can only be the last entry.
      for (const k of op.inputs) if (k >= 0 && consumers[base + k].at(-1) !== index) consumers[base + k].push(index);
      for (const k of op.outputs) if (k >= 0 && producers[base + k].at(-1) !== index) producers[base + k].push(index);
    }
    subgraphs.push({ name: sg.name, inputs: sg.inputs.map(at), outputs: sg.outputs.map(at) });
  });
  tensors.forEach((t, i) => {
    t.producers = producers[i];
    t.consumers = consumers[i];
  });

  const metadata: Record<string, string> = {};
  for (const m of model.metadata) metadata[m.name] = describeMetadata(model, m.buffer);

  // Signature tensor indices are within their subgraph; map them to list positions.
  const firstOf: number[] = [];
  let count = 0;
  for (const sg of model.subgraphs) {
    firstOf.push(count);
    count += sg.tensors.length;
  }
  const signatures = model.signatureDefs.map((d) => ({
    key: d.key,
    subgraph: d.subgraph,
    inputs: d.inputs.map((m) => ({ name: m.name, tensor: (firstOf[d.subgraph] ?? 0) + m.tensor })),
    outputs: d.outputs.map((m) => ({ name: m.name, tensor: (firstOf[d.subgraph] ?? 0) + m.tensor })),
  }));

  const first = subgraphs[0];
  const out: BaseSummary = {
    format: 'tflite',
    inputs: first ? first.inputs : [],
    outputs: first ? first.outputs : [],
    tensors,
    operators,
    subgraphs,
    metadata,
    fileBytes: model.bytes.length,
    version: model.version,
    signatures,
  };
  if (model.description !== null) out.producer = model.description;
  return out;
}

/** Short text for a metadata entry: its text when it is a short printable string, else its size. */
function describeMetadata(model: TfliteModel, bufferIndex: number): string {
  const buffer = model.buffers[bufferIndex];
  if (!buffer) return `(buffer ${bufferIndex} does not exist)`;
  if (buffer.length === 0) return '(empty)';
  if (buffer.length <= 256) {
    const view = model.bytes.subarray(buffer.offset, buffer.offset + buffer.length);
    let end = view.length;
    while (end > 0 && view[end - 1] === 0) end--;
    let printable = end > 0;
    for (let i = 0; i < end && printable; i++) printable = view[i] >= 0x20 && view[i] < 0x7f;
    if (printable) return decodeUtf8(view.subarray(0, end));
  }
  return `(binary, ${buffer.length} bytes)`;
}
