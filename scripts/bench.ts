/**
 * Throughput of the quantization core against onnxruntime-web, in one run.
 *
 *   npm run bench        (node scripts/bench.ts, Node 24)
 *
 * One million float32 values drawn from a normal distribution, quantized
 * with the parameters chooseParams picks for [-3, 3] (about 0.3% of the values
 * clip). For uint8 and int8 and each tie rule: our quantize with its default
 * engine (WebAssembly SIMD where available) returning a new array, the same
 * into a reused array, the JavaScript-only kernels into a reused array, and
 * onnxruntime-web's QuantizeLinear (WebAssembly, one thread, session.run
 * only: session creation is excluded). Then dequantize against
 * DequantizeLinear. Every figure is the median of 31 runs after 15 warm-up
 * runs (41 runs, alternating with onnxruntime-web, for the compared pairs).
 * Finally the outputs of both engines are compared element by element
 * with onnxruntime-web's (half to even, ONNX's rule).
 */
import os from 'node:os';
import { chooseParams, dequantize, quantize, ROUNDINGS, setSimdEnabled, simdActive } from '../src/lib/quant/index.ts';
import type { Rounding } from '../src/lib/quant/index.ts';
import { createQdqSession } from '../tests/support/ort.ts';
import { normal, seededRandom } from '../tests/support/random.ts';
import { formatRate, rate, time, timeInterleaved } from './lib/timing.ts';

const N = 1_000_000;
const TARGET = 500e6;
const DTYPES = ['uint8', 'int8'] as const;

const rand = seededRandom(20240601);
const values = new Float32Array(N);
for (let i = 0; i < N; i++) values[i] = normal(rand);

console.log(`Zero Point benchmark: ${N.toLocaleString('en-US')} float32 values, normal(0, 1), range [-3, 3]`);
console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores\n`);

interface Row {
  what: string;
  ours: number;
  oursReuse: number;
  jsReuse: number;
  ort: number | null;
}
const rows: Row[] = [];
const checks: string[] = [];
let allIdentical = true;

for (const dtype of DTYPES) {
  const c = chooseParams({ min: -3, max: 3 }, { dtype });
  const base = { scale: c.scale, zeroPoint: c.zeroPoint, dtype };

  const ortQ = await createQdqSession('QuantizeLinear', dtype, c.scale, c.zeroPoint);
  // ONNX's tie rule, timed alternately with onnxruntime-web so both see the same GC weather.
  const evenParams = { ...base, rounding: 'half-to-even' as const };
  const [evenFresh, ortQTime] = await timeInterleaved([() => quantize(values, evenParams), () => ortQ.run(values)]);

  for (const rounding of ROUNDINGS as readonly Rounding[]) {
    const p = { ...base, rounding };
    const fresh = rounding === 'half-to-even' ? evenFresh : await time(() => quantize(values, p));
    const out = dtype === 'uint8' ? new Uint8Array(N) : new Int8Array(N);
    const reuse = await time(() => quantize(values, p, out as never));
    setSimdEnabled(false);
    const js = await time(() => quantize(values, p, out as never));
    setSimdEnabled(true);
    rows.push({
      what: `quantize ${dtype} ${rounding}`,
      ours: rate(N, fresh.medianMs),
      oursReuse: rate(N, reuse.medianMs),
      jsReuse: rate(N, js.medianMs),
      ort: rounding === 'half-to-even' ? rate(N, ortQTime.medianMs) : null,
    });
  }

  // Same outputs? ONNX rounds half to even. Both engines.
  const theirs = (await ortQ.run(values)) as Uint8Array | Int8Array;
  const ours = quantize(values, { ...base, rounding: 'half-to-even' });
  setSimdEnabled(false);
  const oursJs = quantize(values, { ...base, rounding: 'half-to-even' });
  setSimdEnabled(true);
  let qDiff = 0;
  for (let i = 0; i < N; i++) if (ours[i] !== theirs[i] || oursJs[i] !== theirs[i]) qDiff++;

  const codes = ours;
  const ortD = await createQdqSession('DequantizeLinear', dtype, c.scale, c.zeroPoint);
  const [dqFresh, ortDTime] = await timeInterleaved([() => dequantize(codes, base), () => ortD.run(codes)]);
  const dqOut = new Float32Array(N);
  const dqReuse = await time(() => dequantize(codes, base, dqOut));
  const dqRate = rate(N, dqReuse.medianMs); // dequantize has no SIMD kernel: one engine
  rows.push({ what: `dequantize ${dtype}`, ours: rate(N, dqFresh.medianMs), oursReuse: dqRate, jsReuse: dqRate, ort: rate(N, ortDTime.medianMs) });

  const a = new Uint32Array(dequantize(codes, base).buffer);
  const d = (await ortD.run(codes)) as Float32Array;
  const b = new Uint32Array(d.buffer, d.byteOffset, N);
  let dDiff = 0;
  for (let i = 0; i < N; i++) if (a[i] !== b[i]) dDiff++;

  allIdentical &&= qDiff === 0 && dDiff === 0;
  checks.push(
    `${dtype}: scale ${c.scale}, zero point ${c.zeroPoint}: quantize (half to even, both engines) ${qDiff === 0 ? 'identical' : `${qDiff} DIFFERENT`} ` +
    `to QuantizeLinear; dequantize ${dDiff === 0 ? 'bit-identical' : `${dDiff} DIFFERENT`} to DequantizeLinear (${N.toLocaleString('en-US')} values)`,
  );
  await ortQ.session.release();
  await ortD.session.release();
}

const w = Math.max(...rows.map((r) => r.what.length));
console.log(`Default engine for uint8/int8 quantize: ${simdActive() ? 'WebAssembly SIMD' : 'JavaScript'} (JavaScript kernels shown for comparison)\n`);
console.log(`${'operation'.padEnd(w)}   ours, new array   ours, reused   JS only, reused   onnxruntime-web   ours/ort`);
for (const r of rows) {
  const ort = r.ort === null ? '' : formatRate(r.ort);
  const ratio = r.ort === null ? '' : `${(r.ours / r.ort).toFixed(2)}x`;
  console.log(
    `${r.what.padEnd(w)}   ${formatRate(r.ours).padStart(15)}   ${formatRate(r.oursReuse).padStart(12)}   ` +
    `${formatRate(r.jsReuse).padStart(15)}   ${ort.padStart(15)}   ${ratio.padStart(8)}`,
  );
}
console.log(
  '\n"ours/ort" compares like with like: a new output array per call on both sides. onnxruntime-web has one tie rule' +
  '\n(half to even) and its figure includes copying the tensor into and out of WebAssembly memory. Dequantize has no' +
  '\nSIMD kernel; its "new array" column mostly measures allocating and first touching a fresh 4 MB Float32Array.',
);
console.log('\nOutputs:');
for (const line of checks) console.log(`  ${line}`);

const quantRows = rows.filter((r) => r.what.startsWith('quantize'));
const verdict = (pick: (r: Row) => number): string => {
  const slow = quantRows.filter((r) => pick(r) < TARGET);
  return slow.length === 0 ? 'met' : `NOT met by ${slow.map((r) => r.what).join(', ')}`;
};
console.log(`\nTarget quantize >= ${TARGET / 1e6} M elements/s, uint8 and int8, every tie rule:`);
console.log(`  default engine, new array: ${verdict((r) => r.ours)}`);
console.log(`  JavaScript kernels only:   ${verdict((r) => r.jsReuse)}`);
const ortRows = quantRows.filter((r) => r.ort !== null);
console.log(`Target at least as fast as onnxruntime-web QuantizeLinear: ${ortRows.every((r) => r.ours >= (r.ort as number)) ? 'met' : 'NOT met'}`);
if (!allIdentical) process.exitCode = 1;
