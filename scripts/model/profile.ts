/**
 * Per-node times from onnxruntime's own profiler (session option
 * enableProfiling), with the operator onnxruntime really ran after its graph
 * rewrites (FusedConv, NhwcMaxPool, inserted Transposes…). onnxruntime-web
 * writes the profile as JSON events straight to the process's stdout, so the
 * profiled session runs in a child process whose output is parsed here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSession, IMAGE, ort, toInput } from './ort-run.ts';

export interface NodeTime {
  /** Operator as executed, e.g. 'QLinearConv', 'FusedConv', 'Transpose'. */
  op: string;
  node: string;
  /** Output type and shape as onnxruntime reports it. */
  output: string;
  medianUs: number;
}

interface ProfileEvent {
  cat: string;
  name: string;
  dur: number;
  args?: { op_name?: string; output_type_shape?: Record<string, number[]>[] };
}

function parse(stdout: string): NodeTime[] {
  const times = new Map<string, { op: string; output: string; durs: number[] }>();
  for (const raw of stdout.split('\n')) {
    const line = raw.trim().replace(/,$/, '');
    if (!line.startsWith('{')) continue;
    let e: ProfileEvent;
    try {
      e = JSON.parse(line) as ProfileEvent;
    } catch {
      continue;
    }
    if (e.cat !== 'Node' || !e.name.endsWith('_kernel_time')) continue;
    const node = e.name.slice(0, -'_kernel_time'.length);
    const shape = e.args?.output_type_shape?.[0];
    const output = shape ? Object.entries(shape).map(([t, d]) => `${t}[${d.join(',')}]`).join('') : '';
    const entry = times.get(node) ?? { op: e.args?.op_name ?? '?', output, durs: [] };
    entry.durs.push(e.dur);
    times.set(node, entry);
  }
  return [...times].map(([node, t]) => {
    t.durs.sort((a, b) => a - b);
    return { op: t.op, node, output: t.output, medianUs: t.durs[Math.floor(t.durs.length / 2)] };
  });
}

/** Profiles `runs` calls at `batch` on the first test digits; nodes in execution order. */
export function profileNodes(
  bytes: Uint8Array, batch: number, runs = 100, level: 'basic' | 'extended' | 'all' = 'all',
): NodeTime[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'zp-profile-'));
  try {
    const file = path.join(dir, 'model.onnx');
    writeFileSync(file, bytes);
    const stdout = execFileSync(process.execPath, [import.meta.filename, file, String(batch), String(runs), level], {
      cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    });
    return parse(stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function child(file: string, batch: number, runs: number, level: 'basic' | 'extended' | 'all'): Promise<void> {
  const pixels = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../public/models/test-digits.bin')));
  const input = toInput(pixels.subarray(0, batch * IMAGE));
  const session = await createSession(new Uint8Array(readFileSync(file)), { enableProfiling: true, graphOptimizationLevel: level });
  const feed = { input: new ort.Tensor('float32', input, [batch, 1, 28, 28]) };
  for (let i = 0; i < runs; i++) await session.run(feed);
  session.endProfiling();
}

if (process.argv[1] === import.meta.filename) {
  await child(process.argv[2], Number(process.argv[3]), Number(process.argv[4]), process.argv[5] as 'basic' | 'extended' | 'all');
}
