/**
 * Conformance: for every fixture model, what our readers report matches the
 * independently derived truth files (flatc 2.0.8 for .tflite, Debian's
 * python3-onnx for .onnx; see ../shared/fixtures/truth/README.md). Scales are
 * compared bit for bit as float32. Every assertion names the model and the
 * field, e.g. "person_detect.tflite: subgraph 0 tensor 33 quantization.scale[2]".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectModel, tensorDetails } from '../../../src/lib/formats/index.ts';
import type { ModelSummary, TensorSummary } from '../../../src/lib/formats/index.ts';
import { readTflite } from '../../../src/lib/formats/tflite/read.ts';
import { fixturesDir, requireFixtures } from '../../support/fixtures.ts';

const f32Bits = (x: number) => {
  const v = new DataView(new ArrayBuffer(4));
  v.setFloat32(0, x);
  return `0x${v.getUint32(0).toString(16).padStart(8, '0')}`;
};

function load(kind: string, file: string): { bytes: Uint8Array; truth: any } {
  const bytes = new Uint8Array(readFileSync(path.join(fixturesDir, 'models', kind, file)));
  const truth = JSON.parse(readFileSync(path.join(fixturesDir, 'truth', kind, file.replace(/\.(tflite|onnx)$/, '.json')), 'utf8'));
  return { bytes, truth };
}

describe('TFLite conformance with flatc-derived truth', () => {
  if (!requireFixtures('TFLite conformance', 'models', 'tflite')) return;
  const files = readdirSync(path.join(fixturesDir, 'models', 'tflite')).filter((f) => f.endsWith('.tflite')).sort();

  it('covers all 8 fixture models', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of files) {
    describe(file, () => {
      const { bytes, truth } = load('tflite', file);
      const raw = readTflite(bytes);
      const summary = inspectModel(bytes, { fileName: file }).summary;

      it('header, operator codes, metadata, signature defs, buffers', () => {
        expect(raw.version, `${file}: schema_version`).toBe(truth.schema_version);
        expect(raw.description, `${file}: description`).toBe(truth.description ?? null);
        expect(raw.buffers.length, `${file}: num_buffers`).toBe(truth.num_buffers);
        expect(raw.operatorCodes.length, `${file}: operator_codes length`).toBe(truth.operator_codes.length);
        truth.operator_codes.forEach((c: any, i: number) => {
          const ours = raw.operatorCodes[i];
          const where = `${file}: operator_codes[${i}]`;
          expect(ours.builtinName, `${where}.builtin_code`).toBe(c.builtin_code);
          expect(ours.builtinCode, `${where}.builtin_code_value`).toBe(c.builtin_code_value);
          expect(ours.deprecatedBuiltinCode, `${where}.deprecated_builtin_code`).toBe(c.deprecated_builtin_code);
          expect(ours.customCode, `${where}.custom_code`).toBe(c.custom_code);
          expect(ours.version, `${where}.version`).toBe(c.version);
        });
        expect(raw.metadata, `${file}: metadata`).toEqual(truth.metadata);
        expect(
          raw.signatureDefs.map((d) => ({
            inputs: d.inputs.map((m) => ({ name: m.name, tensor_index: m.tensor })),
            outputs: d.outputs.map((m) => ({ name: m.name, tensor_index: m.tensor })),
            signature_key: d.key,
            subgraph_index: d.subgraph,
          })),
          `${file}: signature_defs`,
        ).toEqual(truth.signature_defs);
      });

      for (const sg of truth.subgraphs) {
        it(`subgraph ${sg.index}: tensors (names, shapes, types, buffers, quantization bit for bit)`, () => {
          const ours = summary.tensors.filter((t) => t.subgraph === sg.index);
          expect(ours.length, `${file}: subgraph ${sg.index} tensor count`).toBe(sg.tensors.length);
          for (const t of sg.tensors) checkTensor(file, sg.index, t, ours[t.index], raw.subgraphs[sg.index].tensors[t.index].quantization);
          const perAxis = ours.filter((t) => (t.quantization?.scales.length ?? 0) > 1).map((t) => t.index);
          expect(perAxis, `${file}: subgraph ${sg.index} per_axis_quantized_tensors`).toEqual(sg.per_axis_quantized_tensors);
        });

        it(`subgraph ${sg.index}: inputs, outputs, operators`, () => {
          const base = summary.tensors.findIndex((t) => t.subgraph === sg.index);
          const local = (k: number) => (k < 0 ? k : k - base);
          expect(summary.subgraphs[sg.index].name, `${file}: subgraph ${sg.index} name`).toBe(sg.name ?? '');
          expect(summary.subgraphs[sg.index].inputs.map(local), `${file}: subgraph ${sg.index} inputs`).toEqual(sg.inputs);
          expect(summary.subgraphs[sg.index].outputs.map(local), `${file}: subgraph ${sg.index} outputs`).toEqual(sg.outputs);
          const ops = summary.operators.filter((o) => o.subgraph === sg.index);
          expect(ops.length, `${file}: subgraph ${sg.index} operator count`).toBe(sg.operators.length);
          sg.operators.forEach((o: any, i: number) => {
            const where = `${file}: subgraph ${sg.index} operator ${i}`;
            const code = truth.operator_codes[o.opcode_index];
            expect(ops[i].opType, `${where} op`).toBe(code.custom_code ?? o.op);
            expect(ops[i].inputs.map(local), `${where} inputs`).toEqual(o.inputs);
            expect(ops[i].outputs.map(local), `${where} outputs`).toEqual(o.outputs);
          });
        });

        it(`subgraph ${sg.index}: get_input_details() / get_output_details()`, () => {
          if (sg.index !== 0) return; // the interpreter reports subgraph 0
          const check = (list: any[], positions: readonly number[], which: string) => {
            expect(positions.length, `${file}: ${which} count`).toBe(list.length);
            list.forEach((want: any, k: number) => {
              const got = tensorDetails(summary, positions[k]);
              const where = `${file}: ${which}[${k}]`;
              expect(got.name, `${where}.name`).toBe(want.name);
              expect(got.index, `${where}.index`).toBe(want.index);
              expect(got.shape, `${where}.shape`).toEqual(want.shape);
              expect(got.shape_signature, `${where}.shape_signature`).toEqual(want.shape_signature ?? want.shape);
              expect(got.dtype, `${where}.dtype`).toBe(want.dtype);
              expect(got.quantization, `${where}.quantization`).toEqual(want.quantization);
              expect(got.quantization_parameters, `${where}.quantization_parameters`).toEqual(want.quantization_parameters);
            });
          };
          check(sg.input_details, summary.inputs, 'input_details');
          check(sg.output_details, summary.outputs, 'output_details');
        });
      }
    });
  }
});

function checkTensor(file: string, sg: number, want: any, got: TensorSummary | undefined, rawQuant: any): void {
  const where = `${file}: subgraph ${sg} tensor ${want.index}`;
  expect(got, `${where} exists`).toBeDefined();
  if (!got) return;
  expect(got.name, `${where} name`).toBe(want.name);
  expect(got.shape, `${where} shape`).toEqual(want.shape);
  expect(got.shapeSignature ?? null, `${where} shape_signature`).toEqual(want.shape_signature ?? null);
  expect(got.sourceType, `${where} type`).toBe(want.type);
  expect(got.buffer, `${where} buffer`).toBe(want.buffer);
  expect(got.byteSize, `${where} buffer_bytes`).toBe(want.buffer_bytes);
  expect(got.isVariable ?? false, `${where} is_variable`).toBe(want.is_variable);
  const q = want.quantization;
  if (q === null) {
    expect(got.quantizationTable, `${where} quantization (no table)`).toBe('absent');
    expect(got.quantization, `${where} quantization`).toBeUndefined();
    expect(rawQuant, `${where} raw quantization table`).toBeNull();
    return;
  }
  // The raw table: present, with the same details type and min/max bits.
  expect(rawQuant, `${where} raw quantization table`).not.toBeNull();
  expect(rawQuant.detailsType, `${where} quantization.details_type`).toBe(q.details_type);
  for (const key of ['min', 'max'] as const) {
    const bits = (rawQuant[key] ?? []).map(f32Bits);
    expect(bits, `${where} quantization.${key} bits`).toEqual(q[`${key}_bits_hex`] ?? []);
  }
  if (!q.is_quantized) {
    expect(got.quantization, `${where} quantization (empty table)`).toBeUndefined();
    expect(got.quantizationTable, `${where} quantizationTable`).toBe('empty');
    return;
  }
  const gq = got.quantization!;
  expect(gq, `${where} quantization`).toBeDefined();
  expect(gq.scales.map(f32Bits), `${where} quantization.scale bits`).toEqual(q.scale_bits_hex);
  expect([...gq.scales], `${where} quantization.scale`).toEqual(q.scale);
  expect([...gq.zeroPoints], `${where} quantization.zero_point`).toEqual(q.zero_point);
  expect(gq.axis, `${where} quantization.quantized_dimension`).toBe(q.quantized_dimension);
}

describe('ONNX conformance with python3-onnx-derived truth', () => {
  if (!requireFixtures('ONNX conformance', 'models', 'onnx')) return;
  const models = readdirSync(path.join(fixturesDir, 'models', 'onnx')).filter((f) => f.endsWith('.onnx')).sort();
  const nodeTests = readdirSync(path.join(fixturesDir, 'onnx-node-tests')).sort();

  it('covers all 8 fixture models and the ONNX node tests', () => {
    expect(models.length).toBeGreaterThanOrEqual(8);
    expect(nodeTests.length).toBeGreaterThanOrEqual(20);
  });

  const cases = [
    ...models.map((f) => ({ label: f, ...load('onnx', f) })),
    ...nodeTests.map((d) => ({
      label: `onnx-node-tests/${d}/model.onnx`,
      bytes: new Uint8Array(readFileSync(path.join(fixturesDir, 'onnx-node-tests', d, 'model.onnx'))),
      truth: JSON.parse(readFileSync(path.join(fixturesDir, 'truth', 'onnx-node-tests', `${d}.json`), 'utf8')),
    })),
  ];
  for (const { label, bytes, truth } of cases) {
    it(label, () => {
      const s = inspectModel(bytes, { fileName: 'model.onnx' }).summary;
      checkOnnx(label, s, truth);
    });
  }
});

function checkOnnx(file: string, s: ModelSummary, truth: any): void {
  const byName = new Map(s.tensors.map((t) => [t.name, t]));
  const name = (k: number) => (k < 0 ? '' : s.tensors[k].name);
  expect(s.version, `${file}: ir_version`).toBe(truth.ir_version);
  expect(s.opsets, `${file}: opset_import`).toEqual(Object.fromEntries(truth.opset_import.map((o: any) => [o.domain, o.version])));
  expect(s.metadata.producer_name ?? '', `${file}: producer_name`).toBe(truth.producer_name ?? '');
  expect(s.subgraphs[0].name, `${file}: graph name`).toBe(truth.graph_name ?? '');

  const io = (list: readonly number[], want: any[], which: string) => {
    expect(list.map(name), `${file}: ${which} names`).toEqual(want.map((v) => v.name));
    want.forEach((v, k) => {
      const t = s.tensors[list[k]];
      expect(t.sourceType, `${file}: ${which}[${k}] (${v.name}) elem_type`).toBe(v.elem_type ? v.elem_type_name : 'UNDEFINED');
      expect(t.shape, `${file}: ${which}[${k}] (${v.name}) shape`).toEqual((v.shape ?? []).map((d: any) => (d === null ? -1 : d)));
    });
  };
  io(s.inputs, truth.inputs, 'inputs');
  io(s.outputs, truth.outputs, 'outputs');

  for (const init of truth.initializers) {
    const t = byName.get(init.name);
    expect(t, `${file}: initializer ${init.name}`).toBeDefined();
    expect(t!.sourceType, `${file}: initializer ${init.name} data_type`).toBe(init.data_type_name);
    expect(t!.shape, `${file}: initializer ${init.name} dims`).toEqual(init.dims);
    expect(t!.isConstant, `${file}: initializer ${init.name} is constant`).toBe(true);
  }

  expect(s.operators.length, `${file}: node count`).toBe(truth.nodes.length);
  truth.nodes.forEach((n: any, i: number) => {
    const op = s.operators[i];
    const where = `${file}: node ${i} (${n.name || n.op_type})`;
    expect(op.opType, `${where} op_type`).toBe(n.op_type);
    expect(op.domain, `${where} domain`).toBe(n.domain);
    expect(op.name ?? '', `${where} name`).toBe(n.name);
    expect(op.inputs.map(name), `${where} inputs`).toEqual(n.inputs);
    expect(op.outputs.map(name), `${where} outputs`).toEqual(n.outputs);
  });

  // Each quantization node's operands carry its scale, zero point and axis.
  for (const qn of truth.quantization_nodes) {
    const node = truth.nodes[qn.node_index];
    const where = `${file}: ${qn.op_type} node ${qn.node_index}`;
    const roles: [string | undefined, string, string | undefined, number | undefined][] = [];
    if (qn.op_type === 'QuantizeLinear') roles.push([node.outputs[0], 'y_scale', 'y_zero_point', qn.axis_effective]);
    else if (qn.op_type === 'DequantizeLinear') roles.push([node.inputs[0], 'x_scale', 'x_zero_point', qn.axis_effective]);
    else if (qn.op_type === 'QLinearConv') roles.push([node.inputs[0], 'x_scale', 'x_zero_point', undefined], [node.inputs[3], 'w_scale', 'w_zero_point', undefined], [node.outputs[0], 'y_scale', 'y_zero_point', undefined]);
    else if (qn.op_type === 'QLinearMatMul') roles.push([node.inputs[0], 'a_scale', 'a_zero_point', undefined], [node.inputs[3], 'b_scale', 'b_zero_point', undefined], [node.outputs[0], 'y_scale', 'y_zero_point', undefined]);
    else if (qn.op_type === 'MatMulNBits') roles.push([node.inputs[1], 'scales', 'zero_points', undefined]);
    else if (qn.op_type === 'MatMulInteger') roles.push([node.inputs[0], '', 'a_zero_point', undefined], [node.inputs[1], '', 'b_zero_point', undefined]);
    else if (qn.op_type === 'DynamicQuantizeLinear') roles.push([node.outputs[0], '', undefined, undefined]);
    for (const [tensorName, scaleRole, zpRole, axis] of roles) {
      const t = tensorName ? byName.get(tensorName) : undefined;
      expect(t?.quantization, `${where}: ${tensorName} quantization`).toBeDefined();
      const q = t!.quantization!;
      const scale = scaleRole ? qn.params[scaleRole] : undefined;
      if (scale?.values) {
        expect([...q.scales], `${where}: ${tensorName} scales (from ${scale.name})`).toEqual(scale.values);
        if (scale.data_type_name === 'FLOAT') expect(q.scales.map(f32Bits), `${where}: ${tensorName} scale bits`).toEqual(scale.values.map(f32Bits));
      } else {
        expect(q.scales, `${where}: ${tensorName} scales (runtime or absent in the file)`).toEqual([]);
      }
      const zp = zpRole ? qn.params[zpRole] : undefined;
      if (zp?.values) expect([...q.zeroPoints], `${where}: ${tensorName} zero points (from ${zp.name})`).toEqual(zp.values);
      if (axis !== undefined) expect(q.axis, `${where}: ${tensorName} axis`).toBe(axis);
      const block = qn.attributes.block_size;
      if (block) expect(q.blockSize, `${where}: ${tensorName} block_size`).toBe(block);
    }
  }
}
