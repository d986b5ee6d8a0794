// Latest-wins messaging with the analysis worker: at most one job in flight
// and one waiting; a newer request replaces the waiting one, so the worker
// never falls behind a fast-moving slider.
import type { JobRequest, JobResult } from './job.ts';

type Reply = { id: number; result?: JobResult; error?: string };

export class AnalysisWorkerClient {
  #worker: Worker;
  #seq = 0;
  #inFlight = false;
  #waiting: { id: number; request: JobRequest } | null = null;
  #delivered = 0;

  constructor(
    onResult: (result: JobResult, latest: boolean) => void,
    onError: (message: string) => void,
  ) {
    this.#worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    this.#worker.onmessage = (event: MessageEvent<Reply>) => {
      const { id, result, error } = event.data;
      this.#inFlight = false;
      if (this.#waiting) {
        const next = this.#waiting;
        this.#waiting = null;
        this.#send(next);
      }
      if (id <= this.#delivered) return;
      this.#delivered = id;
      if (result) onResult(result, id === this.#seq);
      else onError(error ?? 'The analysis failed.');
    };
    this.#worker.onerror = () => onError('The background analysis stopped unexpectedly.');
  }

  /** True while a result newer than the last one delivered is still coming. */
  get pending(): boolean {
    return this.#delivered < this.#seq;
  }

  request(request: JobRequest): void {
    const job = { id: ++this.#seq, request };
    if (this.#inFlight) this.#waiting = job;
    else this.#send(job);
  }

  #send(job: { id: number; request: JobRequest }): void {
    this.#inFlight = true;
    this.#worker.postMessage(job);
  }

  terminate(): void {
    this.#worker.terminate();
  }
}
