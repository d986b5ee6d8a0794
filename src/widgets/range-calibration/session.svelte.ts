// What RangeCalibration does once the reader presses Run: start the runtime,
// fetch the fp32 model and the digits, then for every change of settings
// (latest wins) calibrate and re-quantize in the calibration worker and
// evaluate the new model with onnxruntime-web on the 2,000 test digits.
import type { InferenceEngine } from '../../lib/model/engine.ts';
import type { DigitSet } from '../../lib/model/assets.ts';
import type { CalibrationRequest, CalibrationResult } from './job.ts';
import { fmt } from '../../lib/i18n/template.ts';
import { modelErrorText } from '../../lib/model/errors.ts';
import type { IslandStrings } from './strings.ts';
import type { CalibrateFailure } from './calibrate.worker.ts';

export type Phase = 'idle' | 'loading' | 'ready' | 'error';

export interface Evaluation {
  result: CalibrationResult;
  accuracy: number;
  /** Share of test digits where the prediction equals fp32's. */
  agreement: number;
  confusion: Uint32Array;
  /** Distinct values among all 20,000 output logits: a coarse output grid shows as few. */
  distinctLogits: number;
  /** Mean |logit − fp32 logit|. */
  logitError: number;
  /** Mean probability the model gives its own top answer. */
  meanConfidence: number;
  logits: Float32Array;
}

export interface SweepRow {
  min: number;
  max: number;
  accuracy: number | null;
  error: string | null;
}

export const SWEEP: ReadonlyArray<[number, number]> = [[0, 1], [0, 6], [-10, 10], [-100, 100], [-1000, 1000], [-10000, 10000]];
const CHUNK = 500;

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string; failure?: CalibrateFailure };

/** Words the session needs: stages, what each download is, errors. */
export type SessionWords = Pick<IslandStrings, 'stageRuntime' | 'stageDownload' | 'stageFp32' | 'stageCalibration' | 'what' | 'errors' | 'model'>;

class CalibrationWorker {
  #worker: Worker;
  #seq = 0;
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor(errors: SessionWords['errors']) {
    this.#worker = new Worker(new URL('./calibrate.worker.ts', import.meta.url), { type: 'module', name: 'zero-point-calibration' });
    this.#worker.onmessage = (e: MessageEvent<Reply>) => {
      const p = this.#pending.get(e.data.id);
      if (!p) return;
      this.#pending.delete(e.data.id);
      if (e.data.ok) p.resolve(e.data.value);
      else p.reject(new Error(e.data.failure ? errors[e.data.failure] : e.data.error));
    };
    this.#worker.onerror = (e) => {
      e.preventDefault?.();
      for (const p of this.#pending.values()) p.reject(new Error(errors.workerStopped));
      this.#pending.clear();
    };
  }

  call<T>(message: Record<string, unknown>, transfer: Transferable[] = []): Promise<T> {
    const id = ++this.#seq;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.#worker.postMessage({ ...message, id }, transfer);
    });
  }

  terminate(): void {
    this.#worker.terminate();
  }
}

export class CalibrationSession {
  #t: SessionWords;
  phase: Phase = $state.raw('idle');
  received = $state.raw(0);
  total: number | null = $state.raw(null);
  stage = $state.raw('');
  error: string | null = $state.raw(null);
  /** The latest evaluation shown, and whether a newer one is computing. */
  evaluation: Evaluation | null = $state.raw(null);
  busy = $state.raw(false);
  runError: string | null = $state.raw(null);
  fp32Accuracy: number | null = $state.raw(null);
  test: DigitSet | null = $state.raw(null);
  sweep: SweepRow[] = $state.raw([]);
  sweeping = $state.raw(false);
  reference: { equal: number; total: number; maxDiff: number; ms: number } | null = $state.raw(null);
  referenceBusy = $state.raw(false);

  #worker: CalibrationWorker | null = null;
  #engine: InferenceEngine | null = null;
  #fp32Logits: Float32Array | null = null;
  #fp32Predictions: Uint8Array | null = null;
  #input: Float32Array | null = null;
  #next: CalibrationRequest | null = null;
  #running = false;
  #evaluate: typeof import('../../lib/model/page-kit.ts') | null = null;

  constructor(words: SessionWords) {
    this.#t = words;
  }

  #message(e: unknown): string {
    return modelErrorText(e, this.#t.model);
  }

  async start(first: CalibrationRequest): Promise<void> {
    if (this.phase === 'loading' || this.phase === 'ready') return;
    this.phase = 'loading';
    this.error = null;
    const t = this.#t;
    try {
      this.stage = t.stageRuntime;
      const kit = await import('../../lib/model/page-kit.ts');
      const { startRuntime, parseCard } = kit;
      const assets = kit;
      const evaluate = kit;
      this.#evaluate = evaluate;
      const cardPromise = assets.fetchJson<unknown>('model-card.json', t.what.card).then(parseCard);
      cardPromise.catch(() => {}); // awaited below; this only stops an early failure counting as unhandled
      const runtime = await startRuntime((p) => {
        this.received = p.received;
        this.total = p.total;
      });
      const card = await cardPromise;
      const fp32 = card.models.find((m) => m.id === 'fp32');
      if (!fp32) throw new Error(t.errors.noFp32);
      if (!card.calibration) throw new Error(t.errors.noCalibration);
      this.stage = t.stageDownload;
      const [fp32Bytes, calibration, pixels, labels] = await Promise.all([
        assets.fetchBytes(fp32.file, t.what.fp32Model),
        assets.fetchBytes(card.calibration.pixels, t.what.calibrationDigits),
        assets.fetchBytes(card.test.pixels, t.what.testDigits),
        assets.fetchBytes(card.test.labels, t.what.testLabels),
      ]);
      if (pixels.length !== card.test.count * 784 || labels.length !== card.test.count) {
        throw new Error(t.errors.damagedDigits);
      }
      this.test = { count: card.test.count, pixels, labels };
      this.#input = assets.toInput(pixels);
      this.stage = fmt(t.stageFp32, { count: card.test.count.toLocaleString('en') });
      const fp32Engine = runtime.engine(t.what.fp32Model);
      await fp32Engine.load(fp32Bytes);
      this.#fp32Logits = await this.#runAll(fp32Engine);
      await fp32Engine.dispose();
      this.#fp32Predictions = evaluate.argmaxRows(this.#fp32Logits);
      this.fp32Accuracy = evaluate.accuracy(this.#fp32Predictions, labels);
      this.stage = t.stageCalibration;
      try {
        this.#worker = new CalibrationWorker(t.errors);
      } catch {
        throw new Error(t.errors.workerBlocked);
      }
      const f = fp32Bytes.slice();
      const c = calibration.slice();
      await this.#worker.call({ type: 'init', fp32: f.buffer, calibration: c.buffer }, [f.buffer, c.buffer]);
      this.#engine = runtime.engine(t.what.requantized);
      await this.#evaluateRequest(first);
      this.phase = 'ready';
    } catch (e) {
      this.error = this.#message(e);
      this.phase = 'error';
    }
  }

  async #runAll(engine: InferenceEngine): Promise<Float32Array> {
    const input = this.#input!;
    const count = input.length / 784;
    const out = new Float32Array(count * 10);
    for (let at = 0; at < count; at += CHUNK) {
      const n = Math.min(CHUNK, count - at);
      const { logits } = await engine.run(input.subarray(at * 784, (at + n) * 784), n);
      out.set(logits, at * 10);
    }
    return out;
  }

  async #quantizeAndRun(request: CalibrationRequest): Promise<{ result: CalibrationResult; logits: Float32Array }> {
    const result = await this.#worker!.call<CalibrationResult>({ type: 'run', request: { ...request } });
    await this.#engine!.load(result.onnx);
    return { result, logits: await this.#runAll(this.#engine!) };
  }

  async #evaluateRequest(request: CalibrationRequest): Promise<void> {
    const ev = this.#evaluate!;
    const { result, logits } = await this.#quantizeAndRun(request);
    const predictions = ev.argmaxRows(logits);
    const labels = this.test!.labels;
    const fp32 = this.#fp32Logits!;
    let diff = 0;
    for (let i = 0; i < logits.length; i++) diff += Math.abs(logits[i] - fp32[i]);
    const probs = ev.softmaxRows(logits);
    let confidence = 0;
    for (let r = 0; r < predictions.length; r++) confidence += probs[r * 10 + predictions[r]];
    this.evaluation = {
      result,
      accuracy: ev.accuracy(predictions, labels),
      agreement: 1 - ev.disagreements(predictions, this.#fp32Predictions!).length / predictions.length,
      confusion: ev.confusionMatrix(predictions, labels),
      distinctLogits: ev.distinctValues(logits),
      logitError: diff / logits.length,
      meanConfidence: confidence / predictions.length,
      logits,
    };
    this.reference = null;
  }

  /** Re-quantize for new settings; while one runs, only the latest request waits. */
  async request(request: CalibrationRequest): Promise<void> {
    if (this.phase !== 'ready') return;
    this.#next = request;
    if (this.#running) return;
    this.#running = true;
    this.busy = true;
    try {
      while (this.#next) {
        const r = this.#next;
        this.#next = null;
        try {
          await this.#evaluateRequest(r);
          this.runError = null;
        } catch (e) {
          this.runError = this.#message(e);
        }
      }
    } finally {
      this.#running = false;
      this.busy = false;
    }
  }

  /** Accuracy for a list of dummy ranges, one after another. */
  async runSweep(base: CalibrationRequest): Promise<void> {
    if (this.phase !== 'ready' || this.sweeping) return;
    this.sweeping = true;
    const ev = this.#evaluate!;
    const rows: SweepRow[] = SWEEP.map(([min, max]) => ({ min, max, accuracy: null, error: null }));
    this.sweep = rows;
    for (let i = 0; i < rows.length; i++) {
      try {
        const { logits } = await this.#quantizeAndRun({ ...base, method: 'dummy', dummyMin: rows[i].min, dummyMax: rows[i].max });
        rows[i] = { ...rows[i], accuracy: ev.accuracy(ev.argmaxRows(logits), this.test!.labels) };
      } catch (e) {
        rows[i] = { ...rows[i], error: this.#message(e) };
      }
      this.sweep = [...rows];
    }
    this.sweeping = false;
    // Put the model the widget shows back to the reader's settings.
    if (this.evaluation) await this.request(this.evaluation.result.request);
  }

  /** Runs the same integer plan in TypeScript and compares logits with onnxruntime-web's, bit for bit. */
  async checkReference(): Promise<void> {
    const evaluation = this.evaluation;
    if (!evaluation || this.referenceBusy || this.busy) return;
    this.referenceBusy = true;
    try {
      const input = this.#input!.slice();
      const { logits, ms } = await this.#worker!.call<{ logits: Float32Array; ms: number }>(
        { type: 'reference', images: input, count: input.length / 784 },
        [input.buffer],
      );
      let equal = 0;
      let maxDiff = 0;
      for (let i = 0; i < logits.length; i++) {
        if (Object.is(logits[i], evaluation.logits[i])) equal++;
        maxDiff = Math.max(maxDiff, Math.abs(logits[i] - evaluation.logits[i]));
      }
      this.reference = { equal, total: logits.length, maxDiff, ms };
    } catch (e) {
      this.runError = this.#message(e);
    } finally {
      this.referenceBusy = false;
    }
  }
}
