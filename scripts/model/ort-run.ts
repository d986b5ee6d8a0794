/**
 * onnxruntime-web (WebAssembly backend, one thread) in Node: run a model
 * file on many images in batches and read back its logits.
 */
import * as ort from 'onnxruntime-web/wasm';

ort.env.wasm.numThreads = 1;
ort.env.logLevel = 'error';

export { ort };

export const IMAGE = 28 * 28;

export async function createSession(
  bytes: Uint8Array, options: ort.InferenceSession.SessionOptions = {},
): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], logSeverityLevel: 3, ...options });
}

/** Logits (n × classes) of `n` float32 images (pixel / 255, NCHW, each of `shape` = [c, h, w]). */
export async function runLogits(
  session: ort.InferenceSession, input: Float32Array, n: number, shape: readonly number[] = [1, 28, 28], batch = 250,
): Promise<Float32Array> {
  const size = shape.reduce((a, b) => a * b, 1);
  const parts: Float32Array[] = [];
  for (let start = 0; start < n; start += batch) {
    const m = Math.min(batch, n - start);
    const x = new ort.Tensor('float32', input.subarray(start * size, (start + m) * size), [m, ...shape]);
    const out = await session.run({ input: x });
    parts.push(out.logits.data as Float32Array);
  }
  const classes = parts[0].length / Math.min(batch, n);
  const all = new Float32Array(n * classes);
  let off = 0;
  for (const p of parts) {
    all.set(p, off);
    off += p.length;
  }
  return all;
}

/** pixel / 255 in float32, as every model takes its input. */
export function toInput(pixels: Uint8Array): Float32Array {
  const out = new Float32Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) out[i] = pixels[i] / 255;
  return out;
}

export function predictions(logits: Float32Array, classes = 10): Uint8Array {
  const n = logits.length / classes;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (logits[i * classes + c] > logits[i * classes + best]) best = c;
    out[i] = best;
  }
  return out;
}
