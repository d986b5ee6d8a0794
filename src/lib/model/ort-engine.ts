// InferenceEngine on onnxruntime-web's WebAssembly backend, used where ort is
// imported: inside the browser's model worker (ort.worker.ts) and directly in
// Node for tests and `npm run bench:model`. The caller passes the module in
// (`import * as ort from 'onnxruntime-web/wasm'`), so this file imports no
// runtime bytes of its own.
import type * as Ort from 'onnxruntime-web/wasm';
import { IMAGE_SIDE, type InferenceEngine, type RunResult, type TimingOptions } from './engine.ts';
import { ModelError, sessionError } from './errors.ts';
import { workerMessagesEn, type Subject } from './messages.ts';

type OrtModule = typeof Ort;

function now(): number {
  return performance.now();
}

export class OrtEngine implements InferenceEngine {
  readonly kind = 'onnxruntime-web';
  #ort: OrtModule;
  #session: Ort.InferenceSession | null = null;
  #what: Subject;

  constructor(ort: OrtModule, what: Subject = { term: 'model' }) {
    this.#ort = ort;
    this.#what = what;
  }

  async load(bytes: Uint8Array): Promise<void> {
    await this.dispose();
    try {
      this.#session = await this.#ort.InferenceSession.create(bytes, {
        executionProviders: ['wasm'],
        graphOptimizationLevel: 'all',
        // Errors only: onnxruntime warns about unused initializers, which readers cannot act on.
        logSeverityLevel: 3,
      });
    } catch (error) {
      throw sessionError(error, this.#what);
    }
    if (this.#session.inputNames.length !== 1 || this.#session.outputNames.length < 1) {
      const inputs = this.#session.inputNames.length;
      await this.dispose();
      throw ModelError.about('corrupt', workerMessagesEn, 'wrongInputs', this.#what, { inputs });
    }
  }

  #session_(): Ort.InferenceSession {
    if (!this.#session) throw ModelError.about('run', workerMessagesEn, 'notLoaded', this.#what);
    return this.#session;
  }

  async #runOnce(images: Float32Array, count: number): Promise<Float32Array> {
    const session = this.#session_();
    const input = new this.#ort.Tensor('float32', images.subarray(0, count * IMAGE_SIDE * IMAGE_SIDE), [count, 1, IMAGE_SIDE, IMAGE_SIDE]);
    let out: Ort.InferenceSession.OnnxValueMapType;
    try {
      out = await session.run({ [session.inputNames[0]]: input });
    } catch (error) {
      throw ModelError.about('run', workerMessagesEn, 'runFailed', this.#what, { details: error instanceof Error ? error.message : String(error) });
    }
    const tensor = out[session.outputNames[0]] as Ort.Tensor;
    const data = tensor.data;
    const logits = data instanceof Float32Array ? data : Float32Array.from(data as ArrayLike<number>, Number);
    for (const t of Object.values(out)) (t as Ort.Tensor).dispose?.();
    return logits;
  }

  async run(images: Float32Array, count: number): Promise<RunResult> {
    const start = now();
    const logits = await this.#runOnce(images, count);
    return { logits: logits.slice(), ms: now() - start };
  }

  async time(images: Float32Array, count: number, options: TimingOptions): Promise<number[]> {
    const warmStart = now();
    for (let i = 0; i < options.warmup; i++) await this.#runOnce(images, count);
    const perRun = options.warmup > 0 ? (now() - warmStart) / options.warmup : 0;
    const minSample = options.minSampleMs ?? 0;
    const inner = options.runsPerSample
      ? Math.max(1, Math.floor(options.runsPerSample))
      : minSample > 0
        ? Math.max(1, Math.min(1000, Math.ceil(minSample / Math.max(perRun, 0.005))))
        : 1;
    const times: number[] = [];
    for (let i = 0; i < options.repeats; i++) {
      const start = now();
      for (let k = 0; k < inner; k++) await this.#runOnce(images, count);
      times.push((now() - start) / inner);
    }
    return times;
  }

  async dispose(): Promise<void> {
    const s = this.#session;
    this.#session = null;
    await s?.release();
  }
}
