// Promise-shaped messaging with the inspector's worker. Opening a file makes
// every earlier request stale: its answer is dropped, so a slow first file
// can never overwrite a second one.
import type { Locale } from '../../lib/i18n/locale.ts';
import type { Opened, TensorReport, WorkerReply, WorkerRequest } from './protocol.ts';

/** The client's own messages, in the page's language. */
export interface ClientWords {
  workerStopped: string;
  unexpected: string;
}

export class FileError extends Error {
  readonly code: string | null;
  constructor(message: string, code: string | null) {
    super(message);
    this.code = code;
  }
}

export class Stale extends Error {}

/** WorkerRequest without its id, member by member. */
type Unsent = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id' | 'lang'> : never) : never;

type Pending = { resolve: (r: WorkerReply) => void; reject: (e: Error) => void; epoch: number };

export class InspectorWorker {
  #worker: Worker | null = null;
  #seq = 0;
  #epoch = 0;
  #pending = new Map<number, Pending>();
  readonly #lang: Locale;
  readonly #words: ClientWords;

  /** `lang`: the language the worker words its answers in. */
  constructor(lang: Locale, words: ClientWords) {
    this.#lang = lang;
    this.#words = words;
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const w = new Worker(new URL('./inspect.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<WorkerReply>) => {
      const p = this.#pending.get(event.data.id);
      if (!p) return;
      this.#pending.delete(event.data.id);
      if (p.epoch !== this.#epoch) p.reject(new Stale());
      else p.resolve(event.data);
    };
    w.onerror = (event) => {
      event.preventDefault();
      this.#fail(this.#words.workerStopped);
    };
    this.#worker = w;
    return w;
  }

  #fail(message: string): void {
    for (const p of this.#pending.values()) p.reject(new FileError(message, null));
    this.#pending.clear();
    this.#worker?.terminate();
    this.#worker = null;
  }

  #send(request: Unsent, transfer: Transferable[] = []): Promise<WorkerReply> {
    const worker = this.#ensure();
    const id = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, epoch: this.#epoch });
      worker.postMessage({ ...request, id, lang: this.#lang } as WorkerRequest, transfer);
    });
  }

  start(): void {
    this.#ensure();
  }

  /** Reads a file; the buffer is transferred to the worker (unusable here afterwards). */
  async open(buffer: ArrayBuffer, fileName: string): Promise<Opened> {
    this.#epoch++;
    const r = await this.#send({ type: 'open', buffer, fileName }, [buffer]);
    if (r.type === 'opened') return r.opened;
    if (r.type === 'error') throw new FileError(r.message, r.code);
    throw new FileError(this.#words.unexpected, null);
  }

  /** One tensor's formula, ranges and (for stored values) statistics; null when the model has no such tensor. */
  async tensor(position: number): Promise<TensorReport | null> {
    const r = await this.#send({ type: 'tensor', position });
    if (r.type === 'tensor') return r.report;
    throw new FileError(this.#words.unexpected, null);
  }

  terminate(): void {
    this.#fail('closed');
  }
}
