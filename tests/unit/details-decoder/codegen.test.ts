/**
 * The generated code, run where the machine can run it: the Python snippet
 * under real numpy, the TypeScript snippet under Node, the C++ snippet
 * compiled by g++ against a stand-in for tflite::Interpreter. Each must give
 * the codes and values of the quantization core (ties away from zero, float32)
 * for the same tensor. Where python3 with numpy or g++ is missing, the test
 * says so and checks the text instead. Kotlin has no compiler here: its text is
 * checked.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { TensorDetails } from '../../../src/lib/formats/details.ts';
import { explainTensor, generateCode, pyFloat, type TensorExplanation } from '../../../src/lib/formats/details-view/index.ts';
import { dequantize, dequantizePerAxis, quantize, quantizePerAxis } from '../../../src/lib/quant/index.ts';
import type { Dtype } from '../../../src/lib/quant/index.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'zp-codegen-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;
const hasGpp = spawnSync('g++', ['--version'], { encoding: 'utf8' }).status === 0;

function perTensor(name: string, dtype: TensorDetails['dtype'], scale: number, zp: number, shape = [1, 8]): TensorExplanation {
  return explainTensor({ name, index: 7, shape, dtype, quantization: [scale, zp] });
}

const CASES: TensorExplanation[] = [
  perTensor('uint8 1/255', 'uint8', 0.003921568859368563, 0),
  perTensor('int8 1/255', 'int8', 0.003921568859368563, -128),
  perTensor('int8 ties', 'int8', 0.5, -3),
  perTensor('uint8 seed output', 'uint8', 0.7843137383460999, 128),
  perTensor('int16', 'int16', 3.0518509447574615e-5, 0),
  perTensor('int32 bias', 'int32', 1e-5, 0),
];

const PER_AXIS = explainTensor({
  name: "conv 'w'", index: 3, shape: [3, 2, 2], dtype: 'int8', quantization: [0, 0],
  quantization_parameters: { scales: [0.5, 0.01, 0.0031], zero_points: [0, 2, -1], quantized_dimension: 0 },
});

const AXIS_VALUES = Array.from({ length: 12 }, (_, i) => (i - 6) * 0.0123 + (i % 3 === 0 ? 0.25 : 0));
const AXIS_CODES = [-128, 127, 0, 5, -5, 2, -1, 3, 100, -100, 7, 1];
const AXIS_PARAMS = { scales: [0.5, 0.01, 0.0031], zeroPoints: [0, 2, -1], axis: 0, shape: [3, 2, 2], dtype: 'int8' as const };
function expectedPerAxis() {
  return {
    q: Array.from(quantizePerAxis(new Float32Array(AXIS_VALUES), { ...AXIS_PARAMS, rounding: 'half-away-from-zero' })),
    d: Array.from(dequantizePerAxis(AXIS_CODES, AXIS_PARAMS)),
  };
}

/** Values with exact ties at scale 0.5, values far outside every range, and ordinary ones. */
function valuesFor(t: TensorExplanation): number[] {
  const s = t.channels[0].scale;
  const base = [0, 0.25, -0.25, 0.75, -0.75, 1.25, 2.5, -2.5, 1e9, -1e9, 0.3, -0.7, 0.999, 0.5, 0.1234];
  return [...base, ...[0.5, 1.5, -1.5, 2.5, 127.5, -128.5].map((k) => k * s), ...[1, 2, 3, 100].map((k) => k * s * 0.999)];
}

function codesFor(t: TensorExplanation): number[] {
  return [t.qmin!, t.qmax!, 0, 1, -1, t.channels[0].zeroPoint].filter((c) => c >= t.qmin! && c <= t.qmax!);
}

function expected(t: TensorExplanation, values: number[], codes: number[]) {
  const { scale, zeroPoint } = t.channels[0];
  const dtype = t.dtype as Dtype;
  return {
    q: Array.from(quantize(new Float32Array(values), { scale, zeroPoint, dtype, rounding: 'half-away-from-zero' })),
    d: Array.from(dequantize(codes, { scale, zeroPoint })),
  };
}

function runPython(code: string, values: number[], codes: number[]): { q: number[]; d: number[] } {
  const file = path.join(work, `snippet-${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(
    file,
    `${code}\nimport json, sys\nvalues, codes = json.loads(sys.stdin.read())\nprint(json.dumps({'q': quantize(values).ravel().tolist(), 'd': [float(v) for v in dequantize(np.array(codes)).ravel()]}))\n`,
  );
  const r = spawnSync('python3', [file], { input: JSON.stringify([values, codes]), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python failed:\n${r.stderr}\n${code}`);
  return JSON.parse(r.stdout);
}

describe('Python (numpy)', () => {
  for (const t of CASES) {
    it(`${t.details.name}: quantize and dequantize agree with the core`, () => {
      const code = generateCode(t, 'python');
      expect(code).toContain(`SCALE = np.float32(${pyFloat(t.channels[0].scale)})`);
      expect(code).toContain(`interpreter.set_tensor(7, quantize(x).reshape(1, 8))`);
      if (!hasNumpy) {
        console.warn('python3 with numpy not found: the generated Python was checked as text only');
        expect(code).toMatch(/def quantize\(x\):[\s\S]+def dequantize\(q\):/);
        return;
      }
      const values = valuesFor(t);
      const codes = codesFor(t);
      const ran = runPython(code, values, codes);
      const want = expected(t, values, codes);
      expect(ran.q).toEqual(want.q);
      expect(ran.d).toEqual(want.d);
    });
  }

  it('per-axis: channel by channel, like quantizePerAxis', () => {
    const code = generateCode(PER_AXIS, 'python');
    expect(code).toContain('SCALES = np.array([0.5, 0.01, 0.0031], dtype=np.float32)');
    expect(code).toContain('AXIS = 0');
    if (!hasNumpy) {
      console.warn('python3 with numpy not found: the generated Python was checked as text only');
      return;
    }
    const values = Array.from({ length: 12 }, (_, i) => (i - 6) * 0.0123 + (i % 3 === 0 ? 0.25 : 0));
    const codes = [-128, 127, 0, 5, -5, 2, -1, 3, 100, -100, 7, 1];
    const params = { scales: [0.5, 0.01, 0.0031], zeroPoints: [0, 2, -1], axis: 0, shape: [3, 2, 2], dtype: 'int8' as const };
    const ran = runPython(code, values, codes);
    expect(ran.q).toEqual(Array.from(quantizePerAxis(new Float32Array(values), { ...params, rounding: 'half-away-from-zero' })));
    expect(ran.d).toEqual(Array.from(dequantizePerAxis(codes, params)));
  });

  it('a float tensor gets set_tensor/get_tensor and no conversion', () => {
    const code = generateCode(perTensor('f', 'float32', 0, 0), 'python');
    expect(code).toMatch(/Not quantized/);
    expect(code).toContain('interpreter.set_tensor(7, np.asarray(x, dtype=np.float32).reshape(1, 8))');
    expect(code).not.toMatch(/def quantize/);
  });
});

describe('TypeScript', () => {
  for (const t of [...CASES, PER_AXIS]) {
    it(`${t.details.name}: the module runs and agrees with the core`, async () => {
      const file = path.join(work, `snippet-${Math.random().toString(36).slice(2)}.ts`);
      writeFileSync(file, generateCode(t, 'typescript'));
      const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
        quantize: (v: ArrayLike<number>) => ArrayLike<number>;
        dequantize: (c: ArrayLike<number>) => Float32Array;
      };
      if (t.kind === 'per-axis') {
        const values = Array.from({ length: 12 }, (_, i) => (i - 6) * 0.0123 + (i % 3 === 0 ? 0.25 : 0));
        const params = { scales: [0.5, 0.01, 0.0031], zeroPoints: [0, 2, -1], axis: 0, shape: [3, 2, 2], dtype: 'int8' as const };
        expect(Array.from(mod.quantize(values))).toEqual(Array.from(quantizePerAxis(new Float32Array(values), { ...params, rounding: 'half-away-from-zero' })));
        const codes = [-128, 127, 0, 5, -5, 2, -1, 3, 100, -100, 7, 1];
        expect(Array.from(mod.dequantize(codes))).toEqual(Array.from(dequantizePerAxis(codes, params)));
        return;
      }
      const values = valuesFor(t);
      const codes = codesFor(t);
      const want = expected(t, values, codes);
      expect(Array.from(mod.quantize(values))).toEqual(want.q);
      expect(Array.from(mod.dequantize(codes))).toEqual(want.d);
    });
  }
});

describe('C++ (TFLite C++ API)', () => {
  const header = `#pragma once
// Stand-in for tensorflow/lite/interpreter.h: just the accessor the snippets use.
namespace tflite {
class Interpreter {
 public:
  void* data = nullptr;
  template <typename T> T* typed_tensor(int) { return static_cast<T*>(data); }
};
}  // namespace tflite
`;
  const cases = [CASES[0], CASES[2], CASES[4], CASES[5], PER_AXIS];
  for (const t of cases) {
    it(`${t.details.name}: compiles and agrees with the core`, () => {
      const code = generateCode(t, 'cpp');
      if (t.kind === 'per-axis') expect(code).toContain('constexpr float kScales[] = {0.5f, 0.01f, 0.0031f};');
      else expect(code).toContain(`constexpr float kScale = ${pyFloat(t.channels[0].scale)}f;`);
      expect(code).toContain('interpreter->typed_tensor<');
      if (!hasGpp) {
        console.warn('g++ not found: the generated C++ was checked as text only');
        return;
      }
      const dir = mkdtempSync(path.join(work, 'cpp-'));
      mkdirSync(path.join(dir, 'tensorflow/lite'), { recursive: true });
      writeFileSync(path.join(dir, 'tensorflow/lite/interpreter.h'), header);
      const ctype = { uint8: 'uint8_t', int8: 'int8_t', int16: 'int16_t', int32: 'int32_t' }[t.dtype as string]!;
      const values = t.kind === 'per-axis' ? AXIS_VALUES : valuesFor(t);
      const codes = t.kind === 'per-axis' ? AXIS_CODES : codesFor(t);
      writeFileSync(
        path.join(dir, 'main.cpp'),
        `${code}
#include <cstdio>
#include <vector>
int main() {
  std::vector<float> values = {${values.map((v) => `${pyFloat(Math.fround(v))}f`).join(', ')}};
  std::vector<${ctype}> buffer(values.size());
  tflite::Interpreter interpreter;
  interpreter.data = buffer.data();
  Quantize(&interpreter, values.data(), values.size());
  for (auto q : buffer) std::printf("%lld ", static_cast<long long>(q));
  std::printf("\\n");
  std::vector<${ctype}> codes = {${codes.join(', ')}};
  std::vector<float> out(codes.size());
  interpreter.data = codes.data();
  Dequantize(&interpreter, out.data(), out.size());
  for (float v : out) std::printf("%.9g ", v);
  std::printf("\\n");
}
`,
      );
      const exe = path.join(dir, 'a.out');
      const built = spawnSync('g++', ['-std=c++17', '-Wall', '-Werror', '-I', dir, path.join(dir, 'main.cpp'), '-o', exe], { encoding: 'utf8' });
      expect(built.stderr).toBe('');
      expect(built.status).toBe(0);
      const ran = spawnSync(exe, { encoding: 'utf8' });
      const [qLine, dLine] = ran.stdout.trim().split('\n');
      const want = t.kind === 'per-axis' ? expectedPerAxis() : expected(t, values, codes);
      expect(qLine.trim().split(' ').map(Number)).toEqual(want.q);
      expect(dLine.trim().split(' ').map((x) => Math.fround(Number(x)))).toEqual(want.d);
    });
  }
});

describe('Kotlin (Android ByteBuffer)', () => {
  function balanced(code: string): boolean {
    let depth = 0;
    for (const ch of code.replace(/"[^"\n]*"/g, '')) {
      if (ch === '{' || ch === '(') depth++;
      if (ch === '}' || ch === ')') depth--;
      if (depth < 0) return false;
    }
    return depth === 0;
  }

  it('per-tensor uint8: exact scale digits, byte-sized buffer, unsigned read', () => {
    const code = generateCode(CASES[0], 'kotlin');
    expect(code).toContain('const val SCALE = 0.003921568859368563f');
    expect(code).toContain('const val ZERO_POINT = 0');
    expect(code).toContain('ByteBuffer.allocateDirect(values.size * 1).order(ByteOrder.nativeOrder())');
    expect(code).toContain('(buffer.get().toInt() and 0xFF)');
    expect(balanced(code)).toBe(true);
  });

  it('int16 and int32 use 2- and 4-byte accessors', () => {
    const i16 = generateCode(CASES[4], 'kotlin');
    expect(i16).toContain('values.size * 2');
    expect(i16).toContain('buffer.putShort(');
    expect(i16).toContain('buffer.getShort().toInt()');
    expect(i16).toContain('const val SCALE = 3.0518509447574615e-05f');
    const i32 = generateCode(CASES[5], 'kotlin');
    expect(i32).toContain('buffer.putInt(');
    expect(i32).toContain('const val QMAX = 2147483647L');
    for (const t of [...CASES, PER_AXIS]) expect(balanced(generateCode(t, 'kotlin')), t.details.name).toBe(true);
  });

  it('per-axis: one scale and zero point per channel, both directions', () => {
    const code = generateCode(PER_AXIS, 'kotlin');
    expect(code).toMatch(/fun quantize\(values: FloatArray\): ByteBuffer[\s\S]+fun dequantize\(buffer: ByteBuffer\): FloatArray/);
    expect(code).toContain('const val QMIN = -128L');
    expect(code).toContain('val SCALES = floatArrayOf(0.5f, 0.01f, 0.0031f)');
    expect(code).toContain('val ZERO_POINTS = intArrayOf(0, 2, -1)');
    expect(code).toContain('const val INNER = 4');
  });
});

describe('names from the paste never break out of a comment', () => {
  it('a name with a newline and */ stays inside the comment line', () => {
    const t = explainTensor({ name: 'evil */\nimport os', index: 1, shape: [1], dtype: 'uint8', quantization: [0.5, 0] });
    for (const lang of ['python', 'kotlin', 'cpp', 'typescript'] as const) {
      const code = generateCode(t, lang);
      const line = code.split('\n').find((l) => l.includes('evil'))!;
      expect(line, lang).toMatch(/^(#|\/\/) /);
      expect(line).not.toContain('*/');
      expect(code.split('\n').some((l) => l.startsWith('import os'))).toBe(false);
    }
  });
});
