/**
 * Builds small .tflite files for tests with the flatbuffers runtime's Builder,
 * field numbers from TFLite's schema.fbs. It covers what the fixture models
 * lack (several subgraphs, custom ops, sparse tensors, int4 / float16 /
 * int64 tensors, buffers stored after the FlatBuffer, deprecated builtin
 * codes, empty vs absent quantization tables) and records where each table
 * and vector landed so tests can corrupt exactly one of them.
 */
import { Builder } from 'flatbuffers';

export interface QuantSpec {
  scale?: number[];
  zeroPoint?: number[];
  min?: number[];
  max?: number[];
  axis?: number;
}

export interface TensorSpec {
  name?: string;
  shape: number[];
  /** TensorType code: 0 FLOAT32, 1 FLOAT16, 2 INT32, 3 UINT8, 4 INT64, 7 INT16, 9 INT8, 17 INT4… */
  type: number;
  buffer: number;
  /** 'empty': a QuantizationParameters table with nothing in it. */
  quant?: QuantSpec | 'empty';
  isVariable?: boolean;
  shapeSignature?: number[];
  sparsity?: { traversalOrder: number[]; blockMap: number[]; dims: ({ dense: number } | { segments: number[]; indices: number[] })[] };
  /** Id of an ExternalBuffer (schema 3d). */
  externalBuffer?: number;
}

export interface ModelSpec {
  description?: string;
  opcodes: { builtin: number; deprecated?: number; custom?: string; version?: number }[];
  subgraphs: {
    name?: string;
    tensors: TensorSpec[];
    inputs: number[];
    outputs: number[];
    operators: { opcode: number; inputs: number[]; outputs: number[]; fusedRelu?: boolean }[];
  }[];
  buffers: ({ data?: number[] } | { offset: number; size: number })[];
  metadata?: { name: string; buffer: number }[];
  signatures?: { key: string; subgraph: number; inputs: { name: string; tensor: number }[]; outputs: { name: string; tensor: number }[] }[];
  /** Bytes appended after the FlatBuffer (where offset/size buffers point). */
  trailer?: number[];
  externalBufferGroups?: string[];
  externalBuffers?: { id: number; group: number; offset: number; length: number; packing?: string }[];
}

export interface Built {
  bytes: Uint8Array;
  /** Absolute position of every table, by path ("model", "model.subgraphs[0].tensors[1]"…). */
  tables: Map<string, number>;
  /** Absolute position of every vector's length word, by path. */
  vectors: Map<string, number>;
}

export function buildTflite(spec: ModelSpec): Built {
  const b = new Builder(1024);
  const tableEnds = new Map<string, number>();
  const vectorEnds = new Map<string, number>();
  const table = (path: string, fields: number, fill: () => void) => {
    b.startObject(fields);
    fill();
    const off = b.endObject();
    tableEnds.set(path, off);
    return off;
  };
  const ints = (path: string, values: number[]) => {
    b.startVector(4, values.length, 4);
    for (let i = values.length - 1; i >= 0; i--) b.addInt32(values[i]);
    const off = b.endVector();
    vectorEnds.set(path, off);
    return off;
  };
  const floats = (path: string, values: number[]) => {
    b.startVector(4, values.length, 4);
    for (let i = values.length - 1; i >= 0; i--) b.addFloat32(values[i]);
    const off = b.endVector();
    vectorEnds.set(path, off);
    return off;
  };
  const longs = (path: string, values: number[]) => {
    b.startVector(8, values.length, 8);
    for (let i = values.length - 1; i >= 0; i--) b.addInt64(BigInt(values[i]));
    const off = b.endVector();
    vectorEnds.set(path, off);
    return off;
  };
  const bytesVec = (path: string, values: number[]) => {
    b.startVector(1, values.length, 16);
    for (let i = values.length - 1; i >= 0; i--) b.addInt8(values[i]);
    const off = b.endVector();
    vectorEnds.set(path, off);
    return off;
  };
  const offsets = (path: string, list: number[]) => {
    b.startVector(4, list.length, 4);
    for (let i = list.length - 1; i >= 0; i--) b.addOffset(list[i]);
    const off = b.endVector();
    vectorEnds.set(path, off);
    return off;
  };

  const opcodes = spec.opcodes.map((c, i) => {
    const custom = c.custom !== undefined ? b.createString(c.custom) : 0;
    return table(`model.operator_codes[${i}]`, 4, () => {
      b.addFieldInt8(0, c.deprecated ?? Math.min(c.builtin, 127), 0);
      if (custom) b.addFieldOffset(1, custom, 0);
      b.addFieldInt32(2, c.version ?? 1, 1);
      b.addFieldInt32(3, c.builtin, 0);
    });
  });

  const subgraphs = spec.subgraphs.map((sg, s) => {
    const p = `model.subgraphs[${s}]`;
    const tensors = sg.tensors.map((t, i) => {
      const tp = `${p}.tensors[${i}]`;
      const shape = ints(`${tp}.shape`, t.shape);
      const name = t.name !== undefined ? b.createString(t.name) : 0;
      let quant = 0;
      if (t.quant === 'empty') quant = table(`${tp}.quantization`, 7, () => {});
      else if (t.quant) {
        const q = t.quant;
        const min = q.min ? floats(`${tp}.quantization.min`, q.min) : 0;
        const max = q.max ? floats(`${tp}.quantization.max`, q.max) : 0;
        const scale = q.scale ? floats(`${tp}.quantization.scale`, q.scale) : 0;
        const zp = q.zeroPoint ? longs(`${tp}.quantization.zero_point`, q.zeroPoint) : 0;
        quant = table(`${tp}.quantization`, 7, () => {
          if (min) b.addFieldOffset(0, min, 0);
          if (max) b.addFieldOffset(1, max, 0);
          if (scale) b.addFieldOffset(2, scale, 0);
          if (zp) b.addFieldOffset(3, zp, 0);
          b.addFieldInt32(6, q.axis ?? 0, 0);
        });
      }
      let sparsity = 0;
      if (t.sparsity) {
        const sp = t.sparsity;
        const dims = sp.dims.map((d, k) => {
          if ('dense' in d) return table(`${tp}.sparsity.dim_metadata[${k}]`, 6, () => {
            b.addFieldInt8(0, 0, 0);
            b.addFieldInt32(1, d.dense, 0);
          });
          const segValues = ints(`${tp}.sparsity.seg[${k}]`, d.segments);
          const seg = table(`${tp}.sparsity.seg_table[${k}]`, 1, () => b.addFieldOffset(0, segValues, 0));
          const idxValues = ints(`${tp}.sparsity.idx[${k}]`, d.indices);
          const idx = table(`${tp}.sparsity.idx_table[${k}]`, 1, () => b.addFieldOffset(0, idxValues, 0));
          return table(`${tp}.sparsity.dim_metadata[${k}]`, 6, () => {
            b.addFieldInt8(0, 1, 0);
            b.addFieldInt8(2, 1, 0); // Int32Vector
            b.addFieldOffset(3, seg, 0);
            b.addFieldInt8(4, 1, 0);
            b.addFieldOffset(5, idx, 0);
          });
        });
        const trav = ints(`${tp}.sparsity.traversal_order`, sp.traversalOrder);
        const block = ints(`${tp}.sparsity.block_map`, sp.blockMap);
        const dimVec = offsets(`${tp}.sparsity.dim_metadata`, dims);
        sparsity = table(`${tp}.sparsity`, 3, () => {
          b.addFieldOffset(0, trav, 0);
          b.addFieldOffset(1, block, 0);
          b.addFieldOffset(2, dimVec, 0);
        });
      }
      const sig = t.shapeSignature ? ints(`${tp}.shape_signature`, t.shapeSignature) : 0;
      return table(tp, 11, () => {
        b.addFieldOffset(0, shape, 0);
        b.addFieldInt8(1, t.type, 0);
        b.addFieldInt32(2, t.buffer, 0);
        if (name) b.addFieldOffset(3, name, 0);
        if (quant) b.addFieldOffset(4, quant, 0);
        if (t.isVariable) b.addFieldInt8(5, 1, 0);
        if (sparsity) b.addFieldOffset(6, sparsity, 0);
        if (sig) b.addFieldOffset(7, sig, 0);
        if (t.externalBuffer) b.addFieldInt32(10, t.externalBuffer, 0);
      });
    });
    const tensorVec = offsets(`${p}.tensors`, tensors);
    const inputs = ints(`${p}.inputs`, sg.inputs);
    const outputs = ints(`${p}.outputs`, sg.outputs);
    const ops = sg.operators.map((o, i) => {
      const op = `${p}.operators[${i}]`;
      const ins = ints(`${op}.inputs`, o.inputs);
      const outs = ints(`${op}.outputs`, o.outputs);
      const options = o.fusedRelu ? table(`${op}.builtin_options`, 1, () => b.addFieldInt8(0, 1, 0)) : 0;
      return table(op, 9, () => {
        b.addFieldInt32(0, o.opcode, 0);
        b.addFieldOffset(1, ins, 0);
        b.addFieldOffset(2, outs, 0);
        if (options) {
          b.addFieldInt8(3, 8, 0); // FullyConnectedOptions
          b.addFieldOffset(4, options, 0);
        }
      });
    });
    const opVec = offsets(`${p}.operators`, ops);
    const name = sg.name !== undefined ? b.createString(sg.name) : 0;
    return table(p, 5, () => {
      b.addFieldOffset(0, tensorVec, 0);
      b.addFieldOffset(1, inputs, 0);
      b.addFieldOffset(2, outputs, 0);
      b.addFieldOffset(3, opVec, 0);
      if (name) b.addFieldOffset(4, name, 0);
    });
  });

  const buffers = spec.buffers.map((buf, i) => {
    const data = 'data' in buf && buf.data ? bytesVec(`model.buffers[${i}].data`, buf.data) : 0;
    return table(`model.buffers[${i}]`, 3, () => {
      if (data) b.addFieldOffset(0, data, 0);
      if ('offset' in buf) {
        b.addFieldInt64(1, BigInt(buf.offset), BigInt(0));
        b.addFieldInt64(2, BigInt(buf.size), BigInt(0));
      }
    });
  });
  const metadata = (spec.metadata ?? []).map((m, i) => {
    const name = b.createString(m.name);
    return table(`model.metadata[${i}]`, 2, () => {
      b.addFieldOffset(0, name, 0);
      b.addFieldInt32(1, m.buffer, 0);
    });
  });
  const signatures = (spec.signatures ?? []).map((sd, i) => {
    const maps = (list: { name: string; tensor: number }[], which: string) =>
      offsets(`model.signature_defs[${i}].${which}`, list.map((m, k) => {
        const n = b.createString(m.name);
        return table(`model.signature_defs[${i}].${which}[${k}]`, 2, () => {
          b.addFieldOffset(0, n, 0);
          b.addFieldInt32(1, m.tensor, 0);
        });
      }));
    const ins = maps(sd.inputs, 'inputs');
    const outs = maps(sd.outputs, 'outputs');
    const key = b.createString(sd.key);
    return table(`model.signature_defs[${i}]`, 5, () => {
      b.addFieldOffset(0, ins, 0);
      b.addFieldOffset(1, outs, 0);
      b.addFieldOffset(2, key, 0);
      b.addFieldInt32(4, sd.subgraph, 0);
    });
  });

  const groups = (spec.externalBufferGroups ?? []).map((g, i) => {
    const name = b.createString(g);
    return table(`model.external_buffer_groups[${i}]`, 1, () => b.addFieldOffset(0, name, 0));
  });
  const externals = (spec.externalBuffers ?? []).map((e, i) => {
    const packing = e.packing !== undefined ? b.createString(e.packing) : 0;
    return table(`model.external_buffers[${i}]`, 5, () => {
      b.addFieldInt32(0, e.id, 0);
      b.addFieldInt32(1, e.group, 0);
      b.addFieldInt64(2, BigInt(e.offset), BigInt(0));
      b.addFieldInt64(3, BigInt(e.length), BigInt(0));
      if (packing) b.addFieldOffset(4, packing, 0);
    });
  });
  const groupVec = groups.length ? offsets('model.external_buffer_groups', groups) : 0;
  const extVec = externals.length ? offsets('model.external_buffers', externals) : 0;
  const opcodeVec = offsets('model.operator_codes', opcodes);
  const sgVec = offsets('model.subgraphs', subgraphs);
  const bufVec = offsets('model.buffers', buffers);
  const metaVec = metadata.length ? offsets('model.metadata', metadata) : 0;
  const sigVec = signatures.length ? offsets('model.signature_defs', signatures) : 0;
  const description = spec.description !== undefined ? b.createString(spec.description) : 0;
  const model = table('model', 10, () => {
    b.addFieldInt32(0, 3, 0);
    b.addFieldOffset(1, opcodeVec, 0);
    b.addFieldOffset(2, sgVec, 0);
    if (description) b.addFieldOffset(3, description, 0);
    b.addFieldOffset(4, bufVec, 0);
    if (metaVec) b.addFieldOffset(6, metaVec, 0);
    if (sigVec) b.addFieldOffset(7, sigVec, 0);
    if (groupVec) b.addFieldOffset(8, groupVec, 0);
    if (extVec) b.addFieldOffset(9, extVec, 0);
  });
  b.finish(model, 'TFL3');
  const flat = b.asUint8Array();
  const size = flat.length;
  const trailer = spec.trailer ?? [];
  const bytes = new Uint8Array(size + trailer.length);
  bytes.set(flat);
  bytes.set(trailer, size);
  // Builder offsets count from the end of the finished buffer.
  const at = (m: Map<string, number>) => new Map([...m].map(([k, off]) => [k, size - off]));
  return { bytes, tables: at(tableEnds), vectors: at(vectorEnds) };
}

/** A small valid model: one FULLY_CONNECTED in int8 with a bias, plus metadata and a signature. */
export function smallModel(): ModelSpec {
  return {
    description: 'test model',
    opcodes: [{ builtin: 9, version: 4 }],
    subgraphs: [{
      name: 'main',
      tensors: [
        { name: 'input', shape: [1, 4], type: 9, buffer: 1, quant: { scale: [0.5], zeroPoint: [-3] }, shapeSignature: [-1, 4] },
        { name: 'weights', shape: [2, 4], type: 9, buffer: 2, quant: { scale: [0.25], zeroPoint: [0] } },
        { name: 'bias', shape: [2], type: 2, buffer: 3, quant: { scale: [0.125], zeroPoint: [0] } },
        { name: 'output', shape: [1, 2], type: 9, buffer: 4, quant: { scale: [1.5], zeroPoint: [7] } },
      ],
      inputs: [0],
      outputs: [3],
      operators: [{ opcode: 0, inputs: [0, 1, 2], outputs: [3] }],
    }],
    buffers: [{}, {}, { data: [1, 2, 3, 4, 5, 6, 7, 8] }, { data: [1, 0, 0, 0, 2, 0, 0, 0] }, {}, { data: [0x31, 0x2e, 0x35, 0] }],
    metadata: [{ name: 'min_runtime_version', buffer: 5 }],
    signatures: [{ key: 'serving_default', subgraph: 0, inputs: [{ name: 'x', tensor: 0 }], outputs: [{ name: 'y', tensor: 3 }] }],
  };
}
