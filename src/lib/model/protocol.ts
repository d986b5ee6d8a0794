// Messages between the page and the model worker. Every request carries an
// id; the worker answers each one once, with a result or a ModelErrorData.
import type { ModelErrorData } from './errors.ts';
import type { TimingOptions } from './engine.ts';

export interface RuntimeSettings {
  /** The runtime's WebAssembly, already downloaded by the page (with progress). */
  wasmBinary: ArrayBuffer;
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
  /** Threads onnxruntime actually uses (it falls back to 1 without SharedArrayBuffer). */
  numThreads: number;
  /** Milliseconds to compile the WebAssembly and create the first session. */
  ms: number;
}

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: ModelErrorData };
