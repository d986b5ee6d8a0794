/**
 * Where does int8 beat float32 in onnxruntime-web's wasm backend? The same
 * quantizer applied to other model shapes (random He-initialised weights:
 * speed does not depend on what the weights learned), in QOperator and QDQ
 * form, at batch 1, 32 and 128, plus a per-layer breakdown of the digit
 * model and the effect of the graph optimization level.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mulberry32, openUnit } from '../../src/lib/data/prng.ts';
import type { FloatModel, Layer } from '../../src/lib/model-build/float-model.ts';
import { floatGraph, qdqGraph, qoperatorGraph } from '../../src/lib/model-build/export.ts';
import { writeOnnxModel } from '../../src/lib/model-build/onnx.ts';
import { planIntegerModel } from '../../src/lib/model-build/quantize.ts';
import { readFloatModel } from '../../src/lib/model-build/read-float-model.ts';
import { createSession, toInput } from './ort-run.ts';
import type { ort } from './ort-run.ts';
import { measureInterleaved } from './latency.ts';
import type { Latency } from './latency.ts';
import { minMaxRanges } from './variants.ts';
import { profileNodes } from './profile.ts';

const MODELS = path.resolve(import.meta.dirname, '../../public/models');

function he(random: () => number, size: number, fanIn: number): Float32Array {
  const out = new Float32Array(size);
  const std = Math.sqrt(2 / fanIn);
  for (let i = 0; i < size; i++) out[i] = Math.sqrt(-2 * Math.log(openUnit(random))) * Math.cos(2 * Math.PI * random()) * std;
  return out;
}

function conv(random: () => number, name: string, i: number, o: number, k = 3): Layer {
  return { kind: 'conv', name, inChannels: i, outChannels: o, kernel: k, relu: true, weight: he(random, o * i * k * k, i * k * k), bias: new Float32Array(o).fill(0.01) };
}

function dense(random: () => number, name: string, i: number, o: number, relu = true): Layer {
  return { kind: 'dense', name, inFeatures: i, outFeatures: o, relu, weight: he(random, o * i, i), bias: new Float32Array(o).fill(0.01) };
}

/** Other shapes to try; random weights. */
function shapes(): { id: string; what: string; model: FloatModel }[] {
  const r = mulberry32(7);
  return [
    {
      id: 'mlp-512', what: 'MLP 784-512-512-10 (dense layers only; as 28×28 and 1×1 QLinearConv)',
      model: { inputShape: [1, 28, 28], layers: [dense(r, 'fc1', 784, 512), dense(r, 'fc2', 512, 512), dense(r, 'fc3', 512, 10, false)] },
    },
    {
      id: 'cnn-deep', what: 'CNN conv3×3(32)-conv3×3(64)-pool-conv3×3(64)-pool-fc(10): most time in 64-channel convolutions',
      model: {
        inputShape: [1, 28, 28],
        layers: [conv(r, 'conv1', 1, 32), conv(r, 'conv2', 32, 64), { kind: 'maxpool', name: 'pool1', size: 2 }, conv(r, 'conv3', 64, 64),
          { kind: 'maxpool', name: 'pool2', size: 2 }, dense(r, 'fc', 64 * 5 * 5, 10, false)],
      },
    },
    {
      id: 'cnn-wide', what: 'CNN conv3×3(32)-pool-conv3×3(64)-pool-fc(128)-fc(10)',
      model: {
        inputShape: [1, 28, 28],
        layers: [conv(r, 'conv1', 1, 32), { kind: 'maxpool', name: 'pool1', size: 2 }, conv(r, 'conv2', 32, 64),
          { kind: 'maxpool', name: 'pool2', size: 2 }, dense(r, 'fc1', 1600, 128), dense(r, 'fc2', 128, 10, false)],
      },
    },
  ];
}

interface Form {
  label: string;
  bytes: Uint8Array;
  options?: ort.InferenceSession.SessionOptions;
}

const BATCHES = [1, 32, 128];

/** Times every form of one model interleaved at each batch size; prints medians and ratios to the first (fp32). */
async function compare(forms: Form[], input: Float32Array, batches = BATCHES): Promise<Latency[][]> {
  const sessions = [];
  for (const f of forms) sessions.push(await createSession(f.bytes, f.options));
  const lat: Latency[][] = forms.map(() => []);
  for (const n of batches) {
    const res = await measureInterleaved(sessions, input, n, { budgetMs: n >= 128 ? 8000 : 4000, minRounds: n >= 128 ? 15 : 25 });
    res.forEach((l, k) => lat[k].push(l));
  }
  for (const s of sessions) await s.release();
  console.log(`${'  form'.padEnd(42)}${batches.map((n) => `batch ${n}: median ×fp32 | p10 ×fp32`.padEnd(38)).join('')}`);
  forms.forEach((f, k) => {
    const cells = lat[k].map((l, b) => {
      const base = lat[0][b];
      const r = (x: number, y: number) => (k > 0 ? ` ×${(x / y).toFixed(2)}` : '');
      return `${l.median.toFixed(3)}${r(l.median, base.median)} | ${l.p10.toFixed(3)}${r(l.p10, base.p10)}`.padEnd(38);
    });
    console.log(`${`  ${f.label}`.padEnd(42)}${cells.join('')}`);
  });
  return lat;
}

export async function investigate(): Promise<void> {
  const pixels = new Uint8Array(readFileSync(path.join(MODELS, 'test-digits.bin')));
  const calib = new Uint8Array(readFileSync(path.join(MODELS, 'calibration-digits.bin')));
  const input = toInput(pixels.subarray(0, 1024 * 784));

  console.log('\nWhere int8 wins: median ms per session.run, forms of one model timed interleaved; ×fp32 = form / fp32 at the same batch\n');
  const digits = readFloatModel(new Uint8Array(readFileSync(path.join(MODELS, 'digits-fp32.onnx'))));
  const all = [{ id: 'digits', what: 'the committed digit CNN (14k parameters)', model: digits }, ...shapes()];
  for (const { id, what, model } of all) {
    const ranges = minMaxRanges(model, calib, id === 'digits' ? 1000 : 100);
    const fp32 = writeOnnxModel(floatGraph(model, 'float32'));
    const plan = planIntegerModel(model, ranges, 'uint8');
    const qop = writeOnnxModel(qoperatorGraph(plan, model));
    console.log(`${id}: ${what}; fp32 ${fp32.length} bytes, int8 ${qop.length} bytes (${((100 * qop.length) / fp32.length).toFixed(1)}%)`);
    const forms: Form[] = [
      { label: 'fp32', bytes: fp32 },
      { label: 'int8 QOperator (QLinearConv)', bytes: qop },
      { label: 'int8 QDQ (fused by onnxruntime)', bytes: writeOnnxModel(qdqGraph(plan, model)) },
    ];
    if (model.layers[0].kind === 'conv') {
      const convs = model.layers.filter((l) => l.kind === 'conv').map((l) => l.name);
      forms.push(
        { label: 'int8 QOperator, first conv in float', bytes: writeOnnxModel(qoperatorGraph(plan, model, { floatPrefix: 1 })) },
        { label: 'int8, convs as ConvInteger+DQ+Q', bytes: writeOnnxModel(qoperatorGraph(plan, model, { convInteger: convs })) },
      );
    }
    if (id === 'digits') {
      forms.push({ label: 'int8 QOperator, graph opt. "extended"', bytes: qop, options: { graphOptimizationLevel: 'extended' } });
    }
    await compare(forms, input);
    console.log('');
  }

  console.log('Per layer of the digit CNN at batch 32: prefix models (layers 1..k), fp32 and int8 timed interleaved;');
  console.log('each line is the cost of adding that layer (differences of medians, so small ones are noise).');
  const ranges = minMaxRanges(digits, calib, 1000);
  const forms: Form[] = [];
  for (let k = 1; k <= digits.layers.length; k++) {
    const prefix: FloatModel = { inputShape: digits.inputShape, layers: digits.layers.slice(0, k) };
    forms.push(
      { label: `fp32 1..${k}`, bytes: writeOnnxModel(floatGraph(prefix, 'float32')) },
      { label: `int8 1..${k}`, bytes: writeOnnxModel(qoperatorGraph(planIntegerModel(prefix, ranges, 'uint8'), prefix)) },
    );
  }
  const sessions = [];
  for (const f of forms) sessions.push(await createSession(f.bytes));
  const lat = await measureInterleaved(sessions, input, 32, { minRounds: 30, budgetMs: 6000 });
  for (const s of sessions) await s.release();
  for (let k = 0; k < digits.layers.length; k++) {
    const f = lat[2 * k].median - (k > 0 ? lat[2 * k - 2].median : 0);
    const q = lat[2 * k + 1].median - (k > 0 ? lat[2 * k - 1].median : 0);
    const fp = lat[2 * k].p10 - (k > 0 ? lat[2 * k - 2].p10 : 0);
    const qp = lat[2 * k + 1].p10 - (k > 0 ? lat[2 * k - 1].p10 : 0);
    console.log(`  + ${digits.layers[k].name.padEnd(6)} median: fp32 ${f.toFixed(3).padStart(7)} ms, int8 ${q.toFixed(3).padStart(7)} ms   p10: fp32 ${fp.toFixed(3).padStart(7)} ms, int8 ${qp.toFixed(3).padStart(7)} ms`);
  }

  console.log('\nonnxruntime\'s profiler, batch 32, median kernel time per node over 100 runs (µs), in execution order:');
  const digitsPlan = planIntegerModel(digits, ranges, 'uint8');
  const profiled: [string, Uint8Array][] = [
    ['fp32', writeOnnxModel(floatGraph(digits, 'float32'))],
    ['int8 QOperator', writeOnnxModel(qoperatorGraph(digitsPlan, digits))],
    ['int8 ConvInteger form', writeOnnxModel(qoperatorGraph(digitsPlan, digits, { convInteger: ['conv1', 'conv2'] }))],
    ['int8 QDQ form', writeOnnxModel(qdqGraph(digitsPlan, digits))],
  ];
  for (const [label, bytes] of profiled) {
    const nodes = profileNodes(bytes, 32);
    const total = nodes.reduce((s, n) => s + n.medianUs, 0);
    console.log(`  ${label}: ${nodes.map((n) => `${n.op} ${n.output} ${n.medianUs}`).join(' · ')}  (sum ${total} µs)`);
  }
}
