/**
 * Our corpus of bad files, built from bytes here, each with the exact message
 * a reader must see. The TFLite cases start from a small valid model made
 * with the flatbuffers Builder (tflite-builder.ts), whose table and vector
 * positions tell us where to cut or corrupt.
 */
import { describe, expect, it } from 'vitest';
import { FormatError, inspectModel } from '../../../src/lib/formats/index.ts';
import type { InspectOptions } from '../../../src/lib/formats/index.ts';
import { buildTflite, smallModel } from './tflite-builder.ts';

function errorOf(bytes: Uint8Array, options: InspectOptions): FormatError {
  try {
    inspectModel(bytes, options);
  } catch (e) {
    if (e instanceof FormatError) return e;
    throw new Error(`expected a FormatError, got ${String(e)}`);
  }
  throw new Error('expected the file to be rejected, but it was read');
}

const ascii = (s: string) => new TextEncoder().encode(s);
const u32 = (bytes: Uint8Array, at: number, value: number) => new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value, true);

describe('bad .tflite files and the message each gives', () => {
  const good = buildTflite(smallModel());
  const n = good.bytes.length;

  it('the untouched model reads fine (the corpus starts from a valid file)', () => {
    expect(inspectModel(good.bytes, { fileName: 'm.tflite' }).summary.tensors).toHaveLength(4);
  });

  const cases: [string, () => Uint8Array, string, string][] = [
    ['an empty file', () => new Uint8Array(0), 'empty-file', 'empty file: 0 bytes, nothing to read'],
    ['4 bytes', () => new Uint8Array([1, 2, 3, 4]), 'truncated', 'truncated: 4 bytes is too short for a TFLite file (its header alone is 8 bytes)'],
    [
      'the 8-byte header alone (root offset 12, identifier TFL3)',
      () => new Uint8Array([12, 0, 0, 0, ...ascii('TFL3')]),
      'truncated',
      'truncated: offset 12 points past the end of the file (8 bytes) (reading model root offset)',
    ],
    [
      'the 8-byte header with root offset 0',
      () => new Uint8Array([0, 0, 0, 0, ...ascii('TFL3')]),
      'bad-vtable',
      'bad vtable at offset 0 for model: size 0 is not an even number ≥ 4',
    ],
    [
      'an HTML page saved as .tflite',
      () => ascii('<!DOCTYPE html>\n<html><head><title>model.tflite</title></head><body>Download</body></html>'),
      'not-tflite',
      "not a TFLite file (identifier 'CTYP'): it starts like an HTML or XML page, perhaps a download page saved instead of the model",
    ],
    [
      'a root offset far outside the file',
      () => {
        const b = good.bytes.slice();
        u32(b, 0, 0xfffffff0);
        return b;
      },
      'truncated',
      `truncated: offset 4294967280 points past the end of the file (${n} bytes) (reading model root offset)`,
    ],
    [
      'a vector length of 2^31 (the tensors vector)',
      () => {
        const b = good.bytes.slice();
        u32(b, good.vectors.get('model.subgraphs[0].tensors')!, 2 ** 31);
        return b;
      },
      'vector-too-large',
      `vector length 2147483648 at offset ${good.vectors.get('model.subgraphs[0].tensors')} is larger than the file (${n} bytes) (reading model.subgraphs[0].tensors)`,
    ],
    [
      'a vector length of 2^31 (a shape)',
      () => {
        const b = good.bytes.slice();
        u32(b, good.vectors.get('model.subgraphs[0].tensors[2].shape')!, 2 ** 31);
        return b;
      },
      'vector-too-large',
      `vector length 2147483648 at offset ${good.vectors.get('model.subgraphs[0].tensors[2].shape')} is larger than the file (${n} bytes) (reading model.subgraphs[0].tensors[2].shape)`,
    ],
    [
      'a vtable offset pointing before the start of the file',
      () => {
        const b = good.bytes.slice();
        u32(b, good.tables.get('model.subgraphs[0]')!, 0x7ffffff0);
        return b;
      },
      'bad-offset',
      `bad offset: the vtable of model.subgraphs[0] (table at offset ${good.tables.get('model.subgraphs[0]')}) would start at ${good.tables.get('model.subgraphs[0]')! - 0x7ffffff0}, before the start of the file`,
    ],
  ];
  for (const [what, make, code, message] of cases) {
    it(what, () => {
      const e = errorOf(make(), { fileName: 'model.tflite' });
      expect(e.message).toBe(message);
      expect(e.code).toBe(code);
    });
  }

  it('a table offset pointing past the end (the subgraphs[0] entry)', () => {
    const b = good.bytes.slice();
    const entry = good.vectors.get('model.subgraphs')! + 4;
    u32(b, entry, 0x00100000);
    const e = errorOf(b, { fileName: 'model.tflite' });
    expect(e.message).toBe(`truncated: offset ${entry + 0x00100000} points past the end of the file (${n} bytes) (reading model.subgraphs[0])`);
  });

  it('an external buffer (offset/size) that runs past the end of the file', () => {
    const spec = smallModel();
    spec.buffers[2] = { offset: 1_000_000, size: 16 };
    const built = buildTflite(spec);
    const e = errorOf(built.bytes, { fileName: 'model.tflite' });
    expect(e.message).toBe(`truncated: buffer 2 (offset 1000000, 16 bytes) runs past the end of the file (${built.bytes.length} bytes)`);
  });

  it('an operator reading a tensor that does not exist', () => {
    const spec = smallModel();
    spec.subgraphs[0].operators[0].inputs = [0, 7, 2];
    const e = errorOf(buildTflite(spec).bytes, { fileName: 'model.tflite' });
    expect(e.message).toBe("operator 0's input of subgraph 0 refers to tensor 7, but the subgraph has 4 tensors");
    expect(e.code).toBe('bad-index');
  });

  it('a tensor using a buffer that does not exist', () => {
    const spec = smallModel();
    spec.subgraphs[0].tensors[1].buffer = 40;
    const e = errorOf(buildTflite(spec).bytes, { fileName: 'model.tflite' });
    expect(e.message).toBe('tensor 1 of subgraph 0 uses buffer 40, but the model has 6 buffers');
  });

  it('truncated inside every table: a "truncated" error naming the new file size', () => {
    const cuts = [...good.tables.values()].map((pos) => pos + 2).filter((cut) => cut > 8 && cut < n);
    expect(cuts.length).toBeGreaterThan(20);
    for (const cut of cuts) {
      const e = errorOf(good.bytes.subarray(0, cut), { fileName: 'model.tflite' });
      expect(e.code, `cut at ${cut}`).toBe('truncated');
      expect(e.message, `cut at ${cut}`).toMatch(new RegExp(`^truncated: .* past the end of the file \\(${cut} bytes\\)`));
    }
  });

  it('truncated at every byte: always a FormatError, never a crash or a silent success', () => {
    for (let cut = 0; cut < n; cut++) {
      const e = errorOf(good.bytes.subarray(0, cut), { fileName: 'model.tflite' });
      expect(['empty-file', 'truncated', 'vector-too-large', 'bad-vtable', 'bad-offset'], `cut at ${cut}: ${e.message}`).toContain(e.code);
    }
  });
});

describe('bad .onnx files and the message each gives', () => {
  const cases: [string, Uint8Array, string, string][] = [
    ['an empty file', new Uint8Array(0), 'empty-file', 'empty file: 0 bytes, nothing to read'],
    [
      'cut in the middle of a varint (the graph length)',
      // ir_version 7, producer_name "hello", then field 7 (graph) whose length varint never ends.
      new Uint8Array([0x08, 0x07, 0x12, 0x05, ...ascii('hello'), 0x3a, 0x85]),
      'truncated',
      'truncated: the varint at offset 10 runs past the end of the file (11 bytes) (reading ModelProto)',
    ],
    [
      'a length of 2^31',
      new Uint8Array([0x08, 0x07, 0x3a, 0x80, 0x80, 0x80, 0x80, 0x08]),
      'truncated',
      'truncated: a field of 2147483648 bytes at offset 3 runs past the end of the file (8 bytes) (reading ModelProto)',
    ],
    [
      'a varint longer than 10 bytes',
      new Uint8Array([0x08, ...new Array(11).fill(0xff), 0x01]),
      'not-onnx',
      'not an ONNX model: bad varint at offset 1: longer than 10 bytes (reading ModelProto)',
    ],
    [
      'protobuf without a graph',
      new Uint8Array([0x08, 0x07, 0x12, 0x01, 0x61]),
      'not-onnx',
      'not an ONNX model: the bytes parse as protobuf but have no graph (a ModelProto needs both)',
    ],
    [
      'a nested field overrunning its message',
      // A 4-byte graph holding a node field that claims 9 bytes; the file itself is long enough.
      new Uint8Array([0x08, 0x07, 0x3a, 0x04, 0x0a, 0x09, 0x00, 0x00, ...new Array(10).fill(0)]),
      'bad-structure',
      'a field of 9 bytes at offset 5 overruns its GraphProto (which ends at offset 8)',
    ],
  ];
  for (const [what, bytes, code, message] of cases) {
    it(what, () => {
      const e = errorOf(bytes, { fileName: 'model.onnx' });
      expect(e.message).toBe(message);
      expect(e.code).toBe(code);
    });
  }

  it('an HTML page saved as .onnx', () => {
    const e = errorOf(ascii('<html><body>404 Not Found</body></html>'), { fileName: 'model.onnx' });
    expect(e.message).toBe('not an ONNX model: it starts like an HTML or XML page, perhaps a download page saved instead of the model');
  });
});

describe('files with the wrong extension', () => {
  const tflite = buildTflite(smallModel()).bytes;

  it('a .tflite renamed .onnx is read as TFLite, with a warning', () => {
    const m = inspectModel(tflite, { fileName: 'model.onnx' });
    expect(m.format).toBe('tflite');
    expect(m.summary.warnings[0]).toMatchObject({
      code: 'extension-mismatch',
      message: 'The file is named .onnx but its content is a TFLite FlatBuffer; it was read as TFLite.',
    });
    expect(m.summary.warnings[0].tensors).toBeUndefined();
  });

  it('a .tflite forced through the ONNX reader says what it is', () => {
    const e = errorOf(tflite, { format: 'onnx' });
    expect(e.message).toBe("not an ONNX model: it is a TFLite FlatBuffer (identifier 'TFL3' at bytes 4-7); open it as .tflite");
    expect(e.code).toBe('not-onnx');
  });

  it('an ONNX model renamed .tflite gets a hint', () => {
    const onnx = new Uint8Array([0x08, 0x07, 0x12, 0x05, ...ascii('hello'), 0x3a, 0x00]);
    const e = errorOf(onnx, { fileName: 'model.tflite' });
    expect(e.message).toBe("not a TFLite file (identifier 'hell'): it looks like an ONNX (protobuf) model");
  });

  it('neither format, no telling name', () => {
    const e = errorOf(ascii('GIF89a\x01\x00\x01\x00'), { fileName: 'picture.bin' });
    expect(e.code).toBe('unknown-format');
    expect(e.message).toBe("not a TFLite or ONNX file (no 'TFL3' identifier at bytes 4-7: found '9a\\x01\\x00'; and it does not start like an ONNX model)");
  });
});
