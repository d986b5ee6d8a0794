/**
 * ONNX features the fixtures lack or only touch, on models encoded here with
 * protobufjs's Writer (an encoder we did not write): external-data
 * references, typed-field storage (float_data, int32_data), float16 scales,
 * int4 weights packed two per byte, Constant nodes, symbolic dimensions, an
 * output with no type, and a QLinearConv whose requantization multipliers
 * are worked out by hand.
 */
import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { inspectModel } from '../../../src/lib/formats/index.ts';

type W = protobuf.Writer;
const { Writer } = protobuf;

function message(w: W, field: number, fill: (w: W) => void): void {
  w.uint32((field << 3) | 2).fork();
  fill(w);
  w.ldelim();
}
const str = (w: W, field: number, s: string) => w.uint32((field << 3) | 2).string(s);
const varint = (w: W, field: number, v: number) => w.uint32(field << 3).int64(v);

interface TensorSpec {
  name: string;
  type: number;
  dims: number[];
  raw?: number[];
  floats?: number[];
  int32s?: number[];
  external?: Record<string, string>;
}

function tensor(w: W, t: TensorSpec): void {
  for (const d of t.dims) varint(w, 1, d);
  varint(w, 2, t.type);
  str(w, 8, t.name);
  if (t.raw) w.uint32((9 << 3) | 2).bytes(new Uint8Array(t.raw));
  if (t.floats) {
    w.uint32((4 << 3) | 2).fork();
    for (const f of t.floats) w.float(f);
    w.ldelim();
  }
  if (t.int32s) {
    w.uint32((5 << 3) | 2).fork();
    for (const v of t.int32s) w.int32(v);
    w.ldelim();
  }
  if (t.external) {
    for (const [k, v] of Object.entries(t.external)) message(w, 13, (e) => { str(e, 1, k); str(e, 2, v); });
    varint(w, 14, 1);
  }
}

function valueInfo(w: W, field: number, name: string, type?: { elem: number; shape: (number | string)[] }): void {
  message(w, field, (v) => {
    str(v, 1, name);
    if (type) {
      message(v, 2, (tp) => message(tp, 1, (tt) => {
        varint(tt, 1, type.elem);
        message(tt, 2, (sh) => {
          for (const d of type.shape) message(sh, 1, (dim) => (typeof d === 'number' ? varint(dim, 1, d) : str(dim, 2, d)));
        });
      }));
    }
  });
}

interface NodeSpec {
  op: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  domain?: string;
  ints?: Record<string, number>;
  tensorAttr?: TensorSpec;
  /** Graph attributes (If's then_branch / else_branch, Loop's body). */
  graphs?: Record<string, GraphSpec>;
}

interface GraphSpec {
  name?: string;
  nodes: NodeSpec[];
  inits: TensorSpec[];
  inputs: [string, number, (number | string)[]][];
  outputs: [string, number?, (number | string)[]?][];
}

function graph(w: W, spec: GraphSpec): void {
  for (const n of spec.nodes) node(w, n);
  str(w, 2, spec.name ?? 'g');
  for (const t of spec.inits) message(w, 5, (tw) => tensor(tw, t));
  for (const [name, elem, shape] of spec.inputs) valueInfo(w, 11, name, { elem, shape });
  for (const [name, elem, shape] of spec.outputs) valueInfo(w, 12, name, elem ? { elem, shape: shape ?? [] } : undefined);
}

function node(w: W, n: NodeSpec): void {
  message(w, 1, (nw) => {
    for (const i of n.inputs) str(nw, 1, i);
    for (const o of n.outputs) str(nw, 2, o);
    if (n.name) str(nw, 3, n.name);
    str(nw, 4, n.op);
    if (n.domain) str(nw, 7, n.domain);
    for (const [k, v] of Object.entries(n.ints ?? {})) message(nw, 5, (a) => { str(a, 1, k); varint(a, 3, v); varint(a, 20, 2); });
    if (n.tensorAttr) message(nw, 5, (a) => { str(a, 1, 'value'); message(a, 5, (t) => tensor(t, n.tensorAttr!)); varint(a, 20, 4); });
    for (const [k, g] of Object.entries(n.graphs ?? {})) message(nw, 5, (a) => { str(a, 1, k); message(a, 6, (gw) => graph(gw, g)); varint(a, 20, 5); });
  });
}

function model(spec: GraphSpec): Uint8Array {
  const w = Writer.create();
  varint(w, 1, 9);
  str(w, 2, 'zp-test');
  message(w, 7, (g) => graph(g, spec));
  message(w, 8, (o) => { str(o, 1, ''); varint(o, 2, 21); });
  message(w, 8, (o) => { str(o, 1, 'com.microsoft'); varint(o, 2, 1); });
  message(w, 14, (m) => { str(m, 1, 'author'); str(m, 2, 'tests'); });
  return w.finish();
}

const FLOAT = 1;
const UINT8 = 2;
const INT8 = 3;
const FLOAT16 = 10;
const INT4 = 22;

describe('ONNX reader on encoded models', () => {
  const bytes = model({
    inputs: [['x', FLOAT, [1, 'N']]],
    outputs: [['y']], // no type at all
    inits: [
      { name: 'x_scale', type: FLOAT, dims: [], floats: [0.5] },
      { name: 'x_zp', type: UINT8, dims: [], int32s: [128] },
      // int4 [1, -2, 3, -4, 7, -8], two per byte, low nibble first: 0xE1, 0xC3, 0x87.
      { name: 'w_q', type: INT4, dims: [2, 3], raw: [0xe1, 0xc3, 0x87] },
      // float16 bit patterns in int32_data: 0x3C00 = 1.0, 0x2E66 = 2^-4 · (1 + 614/1024) = 0.0999755859375.
      { name: 'w_scale', type: FLOAT16, dims: [2], int32s: [0x3c00, 0x2e66] },
      // int4 zero points [0, -1] in one int32_data element: 0x0 | 0xF << 4 = 240.
      { name: 'w_zp', type: INT4, dims: [2], int32s: [240] },
      { name: 'big', type: FLOAT, dims: [1000, 1000], external: { location: 'weights.bin', offset: '4096', length: '4000000' } },
    ],
    nodes: [
      { op: 'QuantizeLinear', inputs: ['x', 'x_scale', 'x_zp'], outputs: ['xq'], name: 'q' },
      { op: 'DequantizeLinear', inputs: ['xq', 'x_scale', 'x_zp'], outputs: ['xd'], name: 'dq' },
      { op: 'DequantizeLinear', inputs: ['w_q', 'w_scale', 'w_zp'], outputs: ['wd'], ints: { axis: 0 } },
      { op: 'MatMul', inputs: ['xd', 'wd'], outputs: ['mm'] },
      { op: 'Constant', inputs: [], outputs: ['c'], tensorAttr: { name: '', type: FLOAT, dims: [], floats: [2] } },
      { op: 'Mul', inputs: ['mm', 'c'], outputs: ['y'] },
    ],
  });
  const m = inspectModel(bytes, { fileName: 'm.onnx' });
  const s = m.summary;
  const t = (name: string) => s.tensors.find((x) => x.name === name)!;

  it('header, opsets, metadata, symbolic dimensions', () => {
    expect(s.version).toBe(9);
    expect(s.opsets).toEqual({ '': 21, 'com.microsoft': 1 });
    expect(s.metadata).toEqual({ producer_name: 'zp-test', author: 'tests' });
    expect(t('x').shape).toEqual([1, 'N']);
  });

  it('an output with no type: listed, type inferred from its producer', () => {
    expect(s.outputs.map((i) => s.tensors[i].name)).toEqual(['y']);
    expect(t('y').dtype).toBe('float32');
    expect(t('y').sourceType).toBe('FLOAT (inferred)');
  });

  it('QuantizeLinear output gets the zero point\'s type and the node\'s parameters (typed fields)', () => {
    expect(t('xq').dtype).toBe('uint8');
    expect(t('xq').quantization).toEqual({ scales: [0.5], zeroPoints: [128], axis: 1, source: 'initializer' });
  });

  it('int4 weights with float16 per-channel scales and packed int4 zero points', () => {
    expect(t('w_q').dtype).toBe('int4');
    expect(t('w_q').byteSize).toBe(3);
    expect(t('w_q').quantization).toEqual({ scales: [1, 0.0999755859375], zeroPoints: [0, -1], axis: 0, source: 'initializer' });
    expect([...m.tensorBytes(s.tensors.indexOf(t('w_q')))!]).toEqual([0xe1, 0xc3, 0x87]);
  });

  it('external data is reported, not fetched', () => {
    expect(t('big').externalData).toEqual({ location: 'weights.bin', offset: 4096, length: 4000000 });
    expect(t('big').byteSize).toBe(4000000);
    expect(m.tensorBytes(s.tensors.indexOf(t('big')))).toBeNull();
    expect(s.warnings.find((w) => w.code === 'external-data')?.message).toBe('1 tensors keep their data in other files (weights.bin); they are listed, not read.');
  });

  it('Constant nodes are constants', () => {
    expect(t('c').isConstant).toBe(true);
  });

  it('flavour: the MatMul takes uint8 activations (through Q/DQ) and int4 weights', () => {
    expect(s.flavour.flavour).toBe('full-integer-uint8');
    expect(s.flavour.evidence[0]).toBe('1 of 1 weighted operators (MatMul) take quantized uint8 activations and int4 weights.');
  });
});

describe('QLinearConv with per-channel weights: requantization multipliers', () => {
  const bytes = model({
    inputs: [['x', UINT8, [1, 1, 4, 4]]],
    outputs: [['y', UINT8, [1, 2, 4, 4]]],
    inits: [
      { name: 'xs', type: FLOAT, dims: [], floats: [0.5] },
      { name: 'xz', type: UINT8, dims: [], raw: [0] },
      { name: 'w', type: INT8, dims: [2, 1, 1, 1], raw: [3, 0xfd] },
      { name: 'ws', type: FLOAT, dims: [2], floats: [0.25, 0.125] },
      { name: 'wz', type: INT8, dims: [2], raw: [0, 0] },
      { name: 'ys', type: FLOAT, dims: [], floats: [2] },
      { name: 'yz', type: UINT8, dims: [], raw: [10] },
    ],
    nodes: [{ op: 'QLinearConv', inputs: ['x', 'xs', 'xz', 'w', 'ws', 'wz', 'ys', 'yz'], outputs: ['y'] }],
  });
  const s = inspectModel(bytes).summary;

  it('maps x, w and y to their scales and zero points', () => {
    const q = (name: string) => s.tensors.find((t) => t.name === name)!.quantization;
    expect(q('x')).toMatchObject({ scales: [0.5], zeroPoints: [0] });
    expect(q('w')).toMatchObject({ scales: [0.25, 0.125], zeroPoints: [0, 0], axis: 0 });
    expect(q('y')).toMatchObject({ scales: [2], zeroPoints: [10] });
  });

  it('M = s_in·s_w/s_out per channel, and its Q31 form', () => {
    // 0.5 · 0.25 / 2 = 0.0625 = 0.5 · 2^-3 → M0 = 2^30, shift -3.
    // 0.5 · 0.125 / 2 = 0.03125 = 0.5 · 2^-4 → M0 = 2^30, shift -4.
    expect(s.requantization).toEqual([{
      operator: 0, opType: 'QLinearConv', input: 0, weights: s.tensors.findIndex((t) => t.name === 'w'), output: s.tensors.findIndex((t) => t.name === 'y'),
      inputScale: 0.5, weightScales: [0.25, 0.125], outputScale: 2,
      multipliers: [{ real: 0.0625, multiplier: 2 ** 30, shift: -3 }, { real: 0.03125, multiplier: 2 ** 30, shift: -4 }],
    }]);
    expect(s.flavour.flavour).toBe('full-integer-uint8');
  });
});

describe('per-axis DequantizeLinear: the axis is checked against the weights\' rank', () => {
  const withAxis = (axis: number) =>
    inspectModel(model({
      inputs: [['x', FLOAT, [1, 1, 4, 4]]],
      outputs: [['y', FLOAT, [1, 2, 4, 4]]],
      inits: [
        { name: 'w', type: INT8, dims: [2, 1, 1, 1], raw: [3, 0xfd] },
        { name: 'ws', type: FLOAT, dims: [2], floats: [0.25, 0.125] },
        { name: 'wz', type: INT8, dims: [2], raw: [0, 0] },
      ],
      nodes: [
        { op: 'DequantizeLinear', inputs: ['w', 'ws', 'wz'], outputs: ['wd'], ints: { axis } },
        { op: 'Conv', inputs: ['x', 'wd'], outputs: ['y'] },
      ],
    })).summary;

  it('axis -4 on a rank-4 tensor is dimension 0 (ONNX counts from the end): no warning', () => {
    const s = withAxis(-4);
    expect(s.tensors.find((t) => t.name === 'w')?.quantization?.axis).toBe(-4);
    expect(s.warnings.filter((w) => w.code.startsWith('quantized-dimension') || w.code === 'per-axis-count-mismatch')).toEqual([]);
    expect(s.flavour.flavour).toBe('dynamic-range'); // float activations, int8 weights
  });

  it('axis 4 is out of range; axis 1 has the wrong size', () => {
    expect(withAxis(4).warnings.map((w) => w.code)).toContain('quantized-dimension-out-of-range');
    expect(withAxis(1).warnings.find((w) => w.code === 'per-axis-count-mismatch')?.message).toBe("'w' (tensor 1) has 2 scales but dimension 1 has size 1.");
  });
});

describe('If / Loop bodies: nested graphs become subgraphs', () => {
  const BOOL = 9;
  const body = (tag: string): GraphSpec => ({
    name: `${tag}_body`,
    inputs: [],
    outputs: [[`${tag}_out`, FLOAT, [2]]],
    // The body reads the outer 'w_q' and 'w_scale' and its own zero point.
    inits: [{ name: `${tag}_zp`, type: INT8, dims: [], raw: [0] }],
    nodes: [{ op: 'DequantizeLinear', inputs: ['w_q', 'w_scale', `${tag}_zp`], outputs: [`${tag}_out`] }],
  });
  const bytes = model({
    inputs: [['cond', BOOL, []]],
    outputs: [['y', FLOAT, [2]]],
    inits: [
      { name: 'w_q', type: INT8, dims: [2], raw: [5, 0xfb] },
      { name: 'w_scale', type: FLOAT, dims: [], floats: [0.5] },
    ],
    nodes: [{ op: 'If', name: 'choose', inputs: ['cond'], outputs: ['y'], graphs: { then_branch: body('then'), else_branch: body('else') } }],
  });
  const s = inspectModel(bytes).summary;

  it('lists the bodies as subgraphs with their operators and tensors', () => {
    expect(s.subgraphs.map((g) => g.name)).toEqual(['g', 'then_body', 'else_body']);
    expect(s.operators.map((o) => [o.opType, o.subgraph])).toEqual([['If', 0], ['DequantizeLinear', 1], ['DequantizeLinear', 2]]);
    expect(s.tensors.filter((t) => t.subgraph === 1).map((t) => [t.index, t.name])).toEqual([[0, 'then_zp'], [1, 'then_out']]);
  });

  it('outer names read inside a body refer to the outer tensor, which gets the body\'s quantization', () => {
    const wq = s.tensors.findIndex((t) => t.name === 'w_q');
    expect(s.tensors[wq].subgraph).toBe(0);
    expect(s.operators[1].inputs[0]).toBe(wq);
    expect(s.tensors[wq].consumers).toEqual([1, 2]);
    expect(s.tensors[wq].quantization).toEqual({ scales: [0.5], zeroPoints: [0], axis: 1, source: 'initializer' });
  });

  it('graphs nested too deep are refused with a FormatError, not a stack overflow', () => {
    let spec: GraphSpec = { inputs: [], outputs: [], inits: [], nodes: [] };
    for (let d = 0; d < 20; d++) spec = { inputs: [], outputs: [], inits: [], nodes: [{ op: 'Loop', inputs: [], outputs: [], graphs: { body: spec } }] };
    expect(() => inspectModel(model(spec))).toThrow(/^graphs nested more than 16 deep/);
  });
});

