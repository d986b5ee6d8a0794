// Everything ModelComparison does once the reader presses Run: start the
// runtime (with download progress), fetch the card, the test digits and
// every model, evaluate each model on the 2,000 test digits, time them on
// request, and classify the drawing pad's image with all of them.
// The runtime module is imported here on demand, so a lesson page carries
// none of it until then.
import type { InferenceEngine } from '../../lib/model/engine.ts';
import type { DigitSet } from '../../lib/model/assets.ts';
import type { CardModel } from '../../lib/model/card.ts';
import type { LatencySummary } from '../../lib/model/latency.ts';
import { fmt } from '../../lib/i18n/template.ts';
import { modelErrorText } from '../../lib/model/errors.ts';
import { modelLabel } from './describe.ts';
import type { IslandStrings } from './strings.ts';

/** Words the session needs: stages, what each download is, errors. */
export type SessionWords = Pick<
  IslandStrings,
  'stageRuntime' | 'stageDownload' | 'stageRunning' | 'warming' | 'timingRound' | 'timingStopped' | 'what' | 'errors' | 'model' | 'modelLabels'
>;

export interface VariantRow {
  model: CardModel;
  /** Bytes actually downloaded. */
  bytes: number;
  predictions: Uint8Array | null;
  accuracy: number | null;
  /** Fraction of test digits where this model predicts what fp32 predicts. */
  agreement: number | null;
  batch1: LatencySummary | null;
  batch32: LatencySummary | null;
  error: string | null;
}

export type Phase = 'idle' | 'loading' | 'ready' | 'error';

export const EVAL_CHUNK = 250;
export const TIMING = { batch1: { warmup: 20, repeats: 21, minSampleMs: 8 }, batch32: { warmup: 5, repeats: 15, minSampleMs: 8 } };

export class ComparisonSession {
  phase: Phase = $state.raw('idle');
  received = $state.raw(0);
  total: number | null = $state.raw(null);
  stage = $state.raw('');
  error: string | null = $state.raw(null);
  rows: VariantRow[] = $state.raw([]);
  test: DigitSet | null = $state.raw(null);
  /** Runtime facts for the honest-speed note. */
  threads = $state.raw(1);
  isolated = $state.raw(false);
  firstRunMs: number | null = $state.raw(null);
  timing = $state.raw(false);
  timingStage = $state.raw('');
  /** Probabilities per model id for the pad's image. */
  padProbs: Map<string, Float32Array> = $state.raw(new Map());

  #t: SessionWords;
  #engines = new Map<string, InferenceEngine>();
  #padBusy = false;
  #padNext: Float32Array | null = null;

  constructor(words: SessionWords) {
    this.#t = words;
  }

  #message(e: unknown): string {
    return modelErrorText(e, this.#t.model);
  }

  #label(model: CardModel): string {
    return modelLabel(model, this.#t.modelLabels);
  }

  async start(): Promise<void> {
    if (this.phase === 'loading' || this.phase === 'ready') return;
    this.phase = 'loading';
    this.error = null;
    this.received = 0;
    this.total = null;
    const t0 = performance.now();
    const t = this.#t;
    try {
      this.stage = t.stageRuntime;
      const kit = await import('../../lib/model/page-kit.ts');
      const { startRuntime, parseCard } = kit;
      const assets = kit;
      const evaluate = kit;
      const cardPromise = assets.fetchJson<unknown>('model-card.json', t.what.card).then(parseCard);
      cardPromise.catch(() => {}); // awaited below; this only stops an early failure counting as unhandled
      const runtime = await startRuntime((p) => {
        this.received = p.received;
        this.total = p.total;
      });
      this.threads = runtime.info.numThreads;
      this.isolated = runtime.info.crossOriginIsolated;
      const card = await cardPromise;
      this.stage = t.stageDownload;
      const [pixels, labels, files] = await Promise.all([
        assets.fetchBytes(card.test.pixels, t.what.testDigits),
        assets.fetchBytes(card.test.labels, t.what.testLabels),
        Promise.all(card.models.map((m) => assets.fetchBytes(m.file, fmt(t.what.model, { model: this.#label(m) })).then((b) => b, (e: unknown) => e))),
      ]);
      const test = checkDigits(pixels, labels, card.test.count, t.errors.damagedDigits);
      this.test = test;
      const input = assets.toInput(test.pixels);
      const rows: VariantRow[] = [];
      let fp32: Uint8Array | null = null;
      for (let i = 0; i < card.models.length; i++) {
        const model = card.models[i];
        const file = files[i];
        const row: VariantRow = { model, bytes: 0, predictions: null, accuracy: null, agreement: null, batch1: null, batch32: null, error: null };
        rows.push(row);
        if (!(file instanceof Uint8Array)) {
          row.error = this.#message(file);
          continue;
        }
        row.bytes = file.length;
        this.stage = fmt(t.stageRunning, { model: this.#label(model), count: test.count.toLocaleString('en') });
        try {
          const engine = runtime.engine(fmt(t.what.model, { model: this.#label(model) }));
          await engine.load(file);
          this.#engines.set(model.id, engine);
          const predictions = new Uint8Array(test.count);
          for (let at = 0; at < test.count; at += EVAL_CHUNK) {
            const n = Math.min(EVAL_CHUNK, test.count - at);
            const { logits } = await engine.run(input.subarray(at * 784, (at + n) * 784), n);
            predictions.set(evaluate.argmaxRows(logits), at);
          }
          row.predictions = predictions;
          row.accuracy = evaluate.accuracy(predictions, test.labels);
          if (model.id === 'fp32') fp32 = predictions;
        } catch (e) {
          row.error = this.#message(e);
        }
        if (this.firstRunMs === null && row.predictions) this.firstRunMs = performance.now() - t0;
      }
      for (const row of rows) {
        if (fp32 && row.predictions) row.agreement = 1 - evaluate.disagreements(fp32, row.predictions).length / fp32.length;
      }
      this.rows = rows;
      if (rows.every((r) => r.error)) throw new Error(rows[0]?.error ?? t.errors.noModel);
      this.phase = 'ready';
    } catch (e) {
      this.error = this.#message(e);
      this.phase = 'error';
    }
  }

  /**
   * Median latency of every model at batch 1 and 32, measured in the worker.
   * Models take turns, one sample each per round, so a burst of background
   * load (another tab, a build) slows every model alike instead of the one
   * that happened to be timed then.
   */
  async measure(): Promise<void> {
    if (this.phase !== 'ready' || this.timing || !this.test) return;
    this.timing = true;
    const { summarize, toInput } = await import('../../lib/model/page-kit.ts');
    const batch = toInput(this.test.pixels, 0, 32);
    try {
      for (const size of [1, 32] as const) {
        const plan = size === 1 ? TIMING.batch1 : TIMING.batch32;
        const timed = this.rows.filter((r) => this.#engines.has(r.model.id));
        const runs = new Map<string, number>();
        for (const row of timed) {
          this.timingStage = fmt(this.#t.warming, { model: this.#label(row.model), size });
          const [t] = await this.#engines.get(row.model.id)!.time(batch, size, { warmup: plan.warmup, repeats: 1, minSampleMs: plan.minSampleMs });
          runs.set(row.model.id, Math.max(1, Math.min(1000, Math.ceil(plan.minSampleMs / Math.max(t, 0.005)))));
        }
        const samples = new Map<string, number[]>(timed.map((r) => [r.model.id, []]));
        for (let round = 0; round < plan.repeats; round++) {
          this.timingStage = fmt(this.#t.timingRound, { size, round: round + 1, rounds: plan.repeats });
          for (const row of timed) {
            const id = row.model.id;
            const [t] = await this.#engines.get(id)!.time(batch, size, { warmup: 0, repeats: 1, runsPerSample: runs.get(id) });
            samples.get(id)!.push(t);
          }
        }
        // New row objects, so the table sees the change.
        this.rows = this.rows.map((r) => {
          const s = samples.get(r.model.id);
          if (!s) return r;
          return size === 1 ? { ...r, batch1: summarize(s) } : { ...r, batch32: summarize(s) };
        });
      }
      this.timingStage = '';
    } catch (e) {
      this.timingStage = fmt(this.#t.timingStopped, { error: this.#message(e) });
    } finally {
      this.timing = false;
    }
  }

  /** Classify one 28×28 image with every model; while busy, only the latest image waits. */
  async classify(image: Float32Array): Promise<void> {
    if (this.phase !== 'ready') return;
    if (this.#padBusy) {
      this.#padNext = image;
      return;
    }
    this.#padBusy = true;
    const { softmaxRows } = await import('../../lib/model/page-kit.ts');
    try {
      let next: Float32Array | null = image;
      while (next) {
        const current: Float32Array = next;
        this.#padNext = null;
        const out = new Map<string, Float32Array>();
        for (const row of this.rows) {
          const engine = this.#engines.get(row.model.id);
          if (!engine) continue;
          const { logits } = await engine.run(current, 1);
          out.set(row.model.id, softmaxRows(logits));
        }
        this.padProbs = out;
        next = this.#padNext;
      }
    } catch {
      // The table keeps the last probabilities; the evaluation above already reported load errors.
    } finally {
      this.#padBusy = false;
    }
  }
}

function checkDigits(pixels: Uint8Array, labels: Uint8Array, count: number, damaged: string): DigitSet {
  if (pixels.length !== count * 784 || labels.length !== count || labels.some((l) => l > 9)) {
    throw new Error(fmt(damaged, { pixels: pixels.length, labels: labels.length, count }));
  }
  return { count, pixels, labels };
}
