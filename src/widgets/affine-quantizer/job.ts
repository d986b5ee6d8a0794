// One unit of work for the quantizer, the same whether it runs on the main
// thread or in the worker: make (or reuse) the tensor, place the slider
// domain, analyse. Kept apart from the worker entry so both paths share it.
import type { Rounding } from '../../lib/quant/types.ts';
import { TensorAnalysis, type Analysis } from './analysis.ts';
import { sliderDomain, type Domain } from './domain.ts';
import type { ResolvedParams, WidgetDtype } from './params.ts';
import { makeTensor, tensorKey, type TensorSettings } from './tensor.ts';
import type { NumberWords } from '../../lib/data/index.ts';

export interface JobRequest {
  tensor: TensorSettings;
  /** Used when `tensor` cannot be made and nothing was made before. */
  fallback: TensorSettings;
  start: { min: number; max: number };
  current: { min: number; max: number };
  params: ResolvedParams;
  dtype: WidgetDtype;
  narrowRange: boolean;
  rounding: Rounding;
}

export interface JobResult {
  analysis: Analysis;
  domain: Domain;
  /** What the analysis was computed with (the settings may have moved on since). */
  params: ResolvedParams;
  rounding: Rounding;
  /** Why the requested tensor could not be made (the last good one was used). */
  tensorError: string | null;
}

/** Remembers the last tensor so a slider move does not regenerate the data. */
export class JobRunner {
  #last: { key: string; tensor: TensorAnalysis } | null = null;
  /** Words for a typed list that cannot be read (typed lists never go to the worker). */
  #words: NumberWords | undefined;

  constructor(words?: NumberWords) {
    this.#words = words;
  }

  #tensorFor(settings: TensorSettings, fallback: TensorSettings): { tensor: TensorAnalysis; error: string | null } {
    const key = tensorKey(settings);
    if (this.#last?.key === key) return { tensor: this.#last.tensor, error: null };
    const made = makeTensor(settings, this.#words);
    if (made.ok) {
      this.#last = { key, tensor: new TensorAnalysis(made.values) };
      return { tensor: this.#last.tensor, error: null };
    }
    if (!this.#last) {
      const backup = makeTensor(fallback);
      if (!backup.ok) throw new Error(backup.message);
      this.#last = { key: tensorKey(fallback), tensor: new TensorAnalysis(backup.values) };
    }
    return { tensor: this.#last.tensor, error: made.message };
  }

  run(req: JobRequest): JobResult {
    const { tensor, error } = this.#tensorFor(req.tensor, req.fallback);
    const domain = sliderDomain(tensor.summary, req.start, req.current);
    const analysis = tensor.run({
      params: req.params,
      dtype: req.dtype,
      narrowRange: req.narrowRange,
      rounding: req.rounding,
      domain: [domain.lo, domain.hi],
    });
    return { analysis, domain, params: req.params, rounding: req.rounding, tensorError: error };
  }
}
