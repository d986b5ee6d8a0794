// The page's side of onnxruntime-web: one model worker per page, started
// only when a reader asks a model widget to run. `startRuntime` starts the
// worker, which downloads the runtime's WebAssembly from this site and
// reports progress; `engine()` returns an InferenceEngine whose calls run
// there.
//
// Nothing here imports onnxruntime-web itself: the worker does. This module
// is small and is itself loaded on demand by the widgets.
import type { InferenceEngine, RunResult, TimingOptions } from './engine.ts';
import type { Progress } from './download.ts';
import { ModelError, fromErrorData } from './errors.ts';
import { pageMessagesEn } from './messages.ts';
import type { InitReply, WorkerReply, WorkerRequest, WorkerRequestBody } from './protocol.ts';
import { chooseThreads } from './threads.ts';

export interface RuntimeInfo {
  numThreads: number;
  crossOriginIsolated: boolean;
  /** Bytes of WebAssembly received (decompressed). */
  wasmBytes: number;
  /** Milliseconds from the click to the worker holding the runtime. */
  downloadMs: number;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void; progress?: (p: Progress) => void };

class WorkerChannel {
  #worker: Worker;
  #seq = 0;
  #pending = new Map<number, Pending>();
  #dead: ModelError | null = null;

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const p = this.#pending.get(reply.id);
      if (!p) return;
      if ('progress' in reply) {
        p.progress?.(reply.progress);
        return;
      }
      this.#pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else p.reject(fromErrorData(reply.error));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#fail(ModelError.of('unsupported', pageMessagesEn, 'workerStopped'));
    };
    worker.onmessageerror = () => this.#fail(ModelError.of('run', pageMessagesEn, 'messageUnreadable'));
  }

  #fail(error: ModelError): void {
    this.#dead = error;
    for (const p of this.#pending.values()) p.reject(error);
    this.#pending.clear();
  }

  call<T>(request: WorkerRequestBody, transfer: Transferable[] = [], progress?: (p: Progress) => void): Promise<T> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = ++this.#seq;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress });
      this.#worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }

  terminate(): void {
    this.#fail(ModelError.of('run', pageMessagesEn, 'shutDown'));
    this.#worker.terminate();
  }
}

let started: Promise<ModelRuntime> | null = null;

/**
 * Start (once per page) the worker and the runtime. Progress reports the
 * WebAssembly download; a failure leaves nothing behind, so the reader can
 * press the button again.
 */
export function startRuntime(onProgress?: (p: Progress) => void): Promise<ModelRuntime> {
  started ??= ModelRuntime.create(onProgress).catch((error) => {
    started = null;
    throw error;
  });
  return started;
}

export class ModelRuntime {
  readonly info: RuntimeInfo;
  #channel: WorkerChannel;
  #models = 0;

  private constructor(channel: WorkerChannel, info: RuntimeInfo) {
    this.#channel = channel;
    this.info = info;
  }

  static async create(onProgress?: (p: Progress) => void): Promise<ModelRuntime> {
    const start = performance.now();
    if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
      throw ModelError.of('unsupported', pageMessagesEn, 'noWasm');
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./ort.worker.ts', import.meta.url), { type: 'module', name: 'zero-point-model' });
    } catch {
      throw ModelError.of('unsupported', pageMessagesEn, 'workerBlocked');
    }
    const channel = new WorkerChannel(worker);
    try {
      const isolated = globalThis.crossOriginIsolated === true;
      const numThreads = chooseThreads({ crossOriginIsolated: isolated, hardwareConcurrency: navigator.hardwareConcurrency });
      const init = await channel.call<InitReply>({ type: 'init', settings: { numThreads } }, [], onProgress);
      return new ModelRuntime(channel, {
        numThreads: init.numThreads,
        crossOriginIsolated: isolated,
        wasmBytes: init.wasmBytes,
        downloadMs: performance.now() - start,
      });
    } catch (error) {
      channel.terminate();
      throw error;
    }
  }

  /** A fresh engine backed by this runtime's worker. */
  engine(what: string): InferenceEngine {
    return new WorkerEngine(this.#channel, `m${++this.#models}`, what);
  }
}

class WorkerEngine implements InferenceEngine {
  readonly kind = 'onnxruntime-web';
  #channel: WorkerChannel;
  #model: string;
  #what: string;

  constructor(channel: WorkerChannel, model: string, what: string) {
    this.#channel = channel;
    this.#model = model;
    this.#what = what;
  }

  async load(bytes: Uint8Array): Promise<void> {
    // A copy is transferred, so the caller keeps its bytes (e.g. to show their size or load them again).
    const copy = bytes.slice();
    await this.#channel.call({ type: 'load', model: this.#model, bytes: copy.buffer, what: this.#what }, [copy.buffer]);
  }

  run(images: Float32Array, count: number): Promise<RunResult> {
    return this.#channel.call<RunResult>({ type: 'run', model: this.#model, images, count });
  }

  time(images: Float32Array, count: number, options: TimingOptions): Promise<number[]> {
    return this.#channel.call<number[]>({ type: 'time', model: this.#model, images, count, options });
  }

  async dispose(): Promise<void> {
    await this.#channel.call({ type: 'dispose', model: this.#model });
  }
}
