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
import { measureLatency } from './latency.ts';
import type { Latency } from './latency.ts';
import { minMaxRanges } from './variants.ts';

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
      id: 'cnn-wide', what: 'CNN conv3×3(32)-pool-conv3×3(64)-pool-fc(128)-fc(10)',
      model: {
        inputShape: [1, 28, 28],
        layers: [conv(r, 'conv1', 1, 32), { kind: 'maxpool', name: 'pool1', size: 2 }, conv(r, 'conv2', 32, 64),
          { kind: 'maxpool', name: 'pool2', size: 2 }, dense(r, 'fc1', 1600, 128), dense(r, 'fc2', 128, 10, false)],
      },
    },
  ];
}

interface Timed { b: Record<number, Latency> }

async function time(bytes: Uint8Array, input: Float32Array, batches: number[], options: ort.InferenceSession.SessionOptions = {}): Promise<Timed> {
  const session = await createSession(bytes, options);
  const b: Record<number, Latency> = {};
  for (const n of batches) b[n] = await measureLatency(session, input, n, { budgetMs: 1000 });
  await session.release();
  return { b };
}

const BATCHES = [1, 32, 128];

function row(label: string, t: Timed, base: Timed | null, batches = BATCHES): string {
  return `${label.padEnd(34)}${batches.map((n) => {
    const m = t.b[n].median;
    const ratio = base ? ` ×${(m / base.b[n].median).toFixed(2)}` : '';
    return `${m.toFixed(3)}${ratio}`.padEnd(20);
  }).join('')}`;
}

export async function investigate(): Promise<void> {
  const pixels = new Uint8Array(readFileSync(path.join(MODELS, 'test-digits.bin')));
  const calib = new Uint8Array(readFileSync(path.join(MODELS, 'calibration-digits.bin')));
  const input = toInput(pixels.subarray(0, 1024 * 784));
  const header = `${'model / form'.padEnd(34)}${BATCHES.map((n) => `batch ${n} ms ×fp32`.padEnd(20)).join('')}`;

  console.log('\nWhere int8 wins: median ms per session.run (×fp32 = int8 / fp32 of the same shape and batch)\n');
  const digits = readFloatModel(new Uint8Array(readFileSync(path.join(MODELS, 'digits-fp32.onnx'))));
  const all = [{ id: 'digits', what: 'the committed digit CNN (14k parameters)', model: digits }, ...shapes()];
  for (const { id, what, model } of all) {
    const ranges = minMaxRanges(model, calib, id === 'digits' ? 1000 : 100);
    const fp32 = writeOnnxModel(floatGraph(model, 'float32'));
    const plan = planIntegerModel(model, ranges, 'uint8');
    const qop = writeOnnxModel(qoperatorGraph(plan, model));
    const qdq = writeOnnxModel(qdqGraph(plan, model));
    console.log(`${id}: ${what}; fp32 ${fp32.length} bytes, int8 ${qop.length} bytes (${((100 * qop.length) / fp32.length).toFixed(1)}%)`);
    console.log(header);
    const base = await time(fp32, input, BATCHES);
    console.log(row('  fp32', base, null));
    console.log(row('  int8 QOperator (QLinearConv)', await time(qop, input, BATCHES), base));
    console.log(row('  int8 QDQ (fused by onnxruntime)', await time(qdq, input, BATCHES), base));
    if (id === 'digits') {
      for (const level of ['basic', 'extended'] as const) {
        console.log(row(`  int8 QOperator, optimization ${level}`, await time(qop, input, BATCHES, { graphOptimizationLevel: level }), base));
      }
    }
    console.log('');
  }

  console.log('Per layer of the digit CNN at batch 32 (prefix models: the cost of adding each layer)');
  let prevF = 0;
  let prevQ = 0;
  const ranges = minMaxRanges(digits, calib, 1000);
  for (let k = 1; k <= digits.layers.length; k++) {
    const prefix: FloatModel = { inputShape: digits.inputShape, layers: digits.layers.slice(0, k) };
    const f = (await time(writeOnnxModel(floatGraph(prefix, 'float32')), input, [32])).b[32].median;
    const q = (await time(writeOnnxModel(qoperatorGraph(planIntegerModel(prefix, ranges, 'uint8'), prefix)), input, [32])).b[32].median;
    console.log(`  + ${digits.layers[k - 1].name.padEnd(6)} fp32 ${(f - prevF).toFixed(3).padStart(7)} ms   int8 ${(q - prevQ).toFixed(3).padStart(7)} ms   (prefix totals ${f.toFixed(3)} / ${q.toFixed(3)})`);
    prevF = f;
    prevQ = q;
  }
}
