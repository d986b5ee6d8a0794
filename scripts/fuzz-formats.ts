/**
 * Fuzzes the model readers: mutates and truncates the real fixture models and
 * feeds random bytes, then checks that every case ends in a summary or a
 * FormatError — never another exception — within a second, with memory
 * staying bounded. Prints counts by outcome and by message.
 *
 *   npm run fuzz                          # 10,000 cases per format, seed 1
 *   npm run fuzz -- --cases 50000 --seed 7
 *
 * Exit code 1 when any case threw something other than a FormatError or took
 * over a second of CPU time (wall-clock time is printed too; on a machine
 * shared with other jobs it also counts their work). The unit tests run a small seeded sample through the same
 * generator (tests/unit/formats/fuzz.test.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FormatError, formatTensorDetails, inspectModel, printInputDetails, printOutputDetails, tensorDetails } from '../src/lib/formats/index.ts';
import type { ModelFormat } from '../src/lib/formats/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures');

export interface Seed {
  name: string;
  format: ModelFormat;
  bytes: Uint8Array;
}

/** The fixture models (and ONNX node-test models) the mutations start from. */
export function loadSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const format of ['tflite', 'onnx'] as const) {
    const dir = path.join(fixturesDir, 'models', format);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) seeds.push({ name: f, format, bytes: new Uint8Array(readFileSync(path.join(dir, f))) });
  }
  const nodeTests = path.join(fixturesDir, 'onnx-node-tests');
  if (existsSync(nodeTests)) {
    for (const d of readdirSync(nodeTests).sort()) {
      const file = path.join(nodeTests, d, 'model.onnx');
      if (existsSync(file)) seeds.push({ name: `${d}/model.onnx`, format: 'onnx', bytes: new Uint8Array(readFileSync(file)) });
    }
  }
  return seeds;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzCase {
  format: ModelFormat;
  kind: string;
  source: string;
  bytes: Uint8Array;
}

const INTERESTING_U32 = [0, 1, 2, 4, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xfffffffc, 0xffffffff];

/** One mutated or random input for `format`, drawn from `random`. */
export function makeCase(format: ModelFormat, seeds: Seed[], random: () => number): FuzzCase {
  const pool = seeds.filter((s) => s.format === format);
  const int = (n: number) => Math.floor(random() * n);
  const seed = pool[int(pool.length)];
  const kindRoll = random();
  if (!seed || kindRoll < 0.08) {
    const bytes = new Uint8Array(int(4096));
    for (let i = 0; i < bytes.length; i++) bytes[i] = int(256);
    // Half of them wear the format's magic so the reader goes past the header.
    if (random() < 0.5) {
      if (format === 'tflite' && bytes.length >= 8) bytes.set([0x54, 0x46, 0x4c, 0x33], 4);
      if (format === 'onnx' && bytes.length >= 2) bytes.set([0x08, 0x07], 0);
    }
    return { format, kind: 'random bytes', source: 'random', bytes };
  }
  const src = seed.bytes;
  if (kindRoll < 0.3) {
    return { format, kind: 'truncated', source: seed.name, bytes: src.subarray(0, int(src.length)) };
  }
  const bytes = src.slice();
  if (kindRoll < 0.55) {
    const flips = 1 + int(16);
    for (let k = 0; k < flips; k++) bytes[int(bytes.length)] = int(256);
    return { format, kind: 'bytes changed', source: seed.name, bytes };
  }
  if (kindRoll < 0.8) {
    const view = new DataView(bytes.buffer);
    const count = 1 + int(4);
    for (let k = 0; k < count; k++) {
      // Aligned words in a FlatBuffer are offsets and lengths, the fields worth corrupting.
      const at = int(Math.max(1, bytes.length - 4)) & ~3;
      const pick = random();
      const value = pick < 0.5 ? INTERESTING_U32[int(INTERESTING_U32.length)] : pick < 0.75 ? bytes.length + int(64) - 32 : int(2 ** 32);
      if (at + 4 <= bytes.length) view.setUint32(at, value >>> 0, true);
    }
    return { format, kind: 'words overwritten', source: seed.name, bytes };
  }
  if (kindRoll < 0.9) {
    // Cut and splice: drop or repeat a run, which shifts every later offset.
    const a = int(bytes.length);
    const b = Math.min(bytes.length, a + 1 + int(64));
    const [head, tail] = random() < 0.5 ? [bytes.subarray(0, a), bytes.subarray(b)] : [bytes.subarray(0, b), bytes.subarray(a)];
    const out = new Uint8Array(head.length + tail.length);
    out.set(head);
    out.set(tail, head.length);
    return { format, kind: 'spliced', source: seed.name, bytes: out };
  }
  // Varint-heavy corruption for ONNX, vtable corruption for TFLite: set high bits.
  const n = 1 + int(8);
  for (let k = 0; k < n; k++) bytes[int(bytes.length)] |= 0x80;
  return { format, kind: 'high bits set', source: seed.name, bytes };
}

/** `ms` is wall-clock time; `cpuMs` the process's CPU time for the case, which a busy shared machine does not inflate. */
export type Outcome =
  | { result: 'ok'; ms: number; cpuMs: number }
  | { result: 'format-error'; code: string; message: string; ms: number; cpuMs: number }
  | { result: 'uncaught'; error: string; ms: number; cpuMs: number };

/** Runs the reader, the analysis and the printer on one case. */
export function runCase(c: FuzzCase): Outcome {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const cpuMs = () => {
    const d = process.cpuUsage(cpu);
    return (d.user + d.system) / 1000;
  };
  try {
    const model = inspectModel(c.bytes, { format: c.format });
    printInputDetails(model.summary);
    printOutputDetails(model.summary);
    model.summary.tensors.forEach((_, i) => {
      formatTensorDetails(tensorDetails(model.summary, i));
      model.tensorBytes(i);
    });
    JSON.stringify(model.summary);
    return { result: 'ok', ms: performance.now() - start, cpuMs: cpuMs() };
  } catch (e) {
    const ms = performance.now() - start;
    if (e instanceof FormatError) return { result: 'format-error', code: e.code, message: e.message, ms, cpuMs: cpuMs() };
    return { result: 'uncaught', error: e instanceof Error ? `${e.name}: ${e.message}` : String(e), ms, cpuMs: cpuMs() };
  }
}

/** A message with its numbers and quoted names replaced, so similar messages count together. */
export function messageShape(message: string): string {
  return message
    .replace(/'[^']*'/g, "'…'")
    .replace(/-?\d+(\.\d+)?(e[-+]?\d+)?/g, 'N')
    .replace(/\(reading [^)]*\)/g, '(reading …)');
}

function main(): void {
  const argv = process.argv.slice(2);
  const opt = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const perFormat = opt('--cases', 10_000);
  const seedValue = opt('--seed', 1);
  const seeds = loadSeeds();
  if (seeds.length === 0) {
    console.error(`fuzz: no fixture models under ${fixturesDir}; only random bytes will be tried. THIS IS NOT A REAL RUN.`);
  }
  const random = rng(seedValue);
  let failures = 0;
  let peakRss = 0;
  let peakHeap = 0;
  const startRss = process.memoryUsage().rss;
  for (const format of ['tflite', 'onnx'] as const) {
    const outcomes = new Map<string, number>();
    const messages = new Map<string, number>();
    const kinds = new Map<string, number>();
    let slowest = 0;
    let slowestCpu = 0;
    let slow = 0;
    let slowWall = 0;
    const t0 = performance.now();
    for (let i = 0; i < perFormat; i++) {
      const c = makeCase(format, seeds, random);
      const o = runCase(c);
      kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      const key = o.result === 'format-error' ? `FormatError ${o.code}` : o.result;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      if (o.result === 'format-error') {
        const shape = messageShape(o.message);
        messages.set(shape, (messages.get(shape) ?? 0) + 1);
      }
      if (o.ms > slowest) slowest = o.ms;
      if (o.cpuMs > slowestCpu) slowestCpu = o.cpuMs;
      if (o.ms > 1000) slowWall++;
      // The limit is on CPU time: on a shared machine wall time also counts other processes.
      if (o.cpuMs > 1000 || o.result === 'uncaught') {
        failures++;
        if (o.cpuMs > 1000) slow++;
        const file = path.join('/tmp', `zp-fuzz-${format}-${seedValue}-${i}.bin`);
        writeFileSync(file, c.bytes);
        console.error(
          `FAIL case ${i} (${c.kind} of ${c.source}, ${c.bytes.length} bytes, ${o.cpuMs.toFixed(0)} ms CPU, ${o.ms.toFixed(0)} ms wall): ` +
            `${o.result === 'uncaught' ? o.error : 'too slow'} — saved to ${file}`,
        );
      }
      if (i % 500 === 0) {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `\n== ${format}: ${perFormat} cases in ${seconds.toFixed(1)} s; slowest ${slowestCpu.toFixed(1)} ms CPU (${slow} over 1 s), ` +
        `${slowest.toFixed(1)} ms wall (${slowWall} over 1 s wall-clock; load average ${loadavg()[0].toFixed(1)})`,
    );
    console.log('inputs:', [...kinds].map(([k, n]) => `${k} ${n}`).join(', '));
    console.log('outcomes:');
    for (const [k, n] of [...outcomes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${k}`);
    console.log('messages (numbers as N):');
    for (const [k, n] of [...messages].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(n).padStart(6)}  ${k}`);
    if (messages.size > 25) console.log(`  … ${messages.size - 25} more message shapes`);
  }
  const mb = (x: number) => `${(x / 1048576).toFixed(0)} MB`;
  console.log(`\nmemory: rss ${mb(startRss)} at start, peak ${mb(peakRss)}; peak heap ${mb(peakHeap)}`);
  console.log(
    failures
      ? `\nFAILED: ${failures} cases threw something other than a FormatError or took over 1 s of CPU time.`
      : '\nOK: every case ended in a summary or a FormatError, each under 1 s of CPU time.',
  );
  process.exitCode = failures ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
