// Messages between the page and the model worker. Every request carries an
// id; the worker answers each one once, with a result or a ModelErrorData.
import type { ModelErrorData } from './errors.ts';
import type { TimingOptions } from './engine.ts';

export interface RuntimeSettings {
  /** 1 without cross-origin isolation; more only when SharedArrayBuffer is available. */
  numThreads: number;
}

export type WorkerRequest =
  | { id: number; type: 'init'; settings: RuntimeSettings }
  | { id: number; type: 'load'; model: string; bytes: ArrayBuffer; what: string }
  | { id: number; type: 'run'; model: string; images: Float32Array; count: number }
  | { id: number; type: 'time'; model: string; images: Float32Array; count: number; options: TimingOptions }
  | { id: number; type: 'dispose'; model: string };

export interface InitReply {
  numThreads: number;
  /** Bytes of WebAssembly received (decompressed). */
  wasmBytes: number;
  /** Milliseconds the download took. */
  ms: number;
}

/** A request before the channel gives it an id (Omit that keeps the union apart). */
export type WorkerRequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: ModelErrorData }
  /** Download progress of request `id` (the 'init' that fetches the runtime). */
  | { id: number; progress: { received: number; total: number | null } };
