// The quantizer's state: a handful of $state fields (the schema's settings
// and a few notes), with everything else $derived from them. Used the same
// way during server rendering and in the browser. Tensors above SYNC_LIMIT
// values are analysed by a worker when the view provides one.
//
// State is $state.raw and replaced, never mutated: the settings are a flat
// record, and skipping deep proxies keeps Svelte's proxy code out of the
// page's JavaScript.
import { resolveProps, type Notice } from '../../lib/widget-state/resolve.ts';
import { affineQuantizerSchema, type AffineQuantizerState } from '../affine-quantizer.schema.ts';
import { JobRunner, type JobRequest, type JobResult } from './job.ts';
import { resolveParams, withDtype, withParams, withRange, type ResolvedParams, type WidgetDtype } from './params.ts';
import type { AffineQuantizerStrings } from './strings.ts';
import type { QuantErrorCode } from '../../lib/quant/errors.ts';

/** Largest tensor analysed on the main thread while a slider moves. */
export const SYNC_LIMIT = 65536;

export class QuantizerModel {
  /** The widget's state as the page (its props) set it up; Reset returns here. */
  readonly initial: AffineQuantizerState;
  /** Problems with the props themselves, for the page author. */
  readonly propNotices: Notice[];

  settings: AffineQuantizerState = $state.raw() as AffineQuantizerState;
  /** Problems with a shared link's state. */
  linkNotices: Notice[] = $state.raw([]);
  /** One-off explanation of an automatic change (e.g. a zero point that no longer fits). */
  note: string | null = $state.raw(null);

  /** Set by the browser view when it can run analyses in a worker. */
  workerAvailable = $state.raw(false);
  /** The worker's latest answer, set by the view. */
  workerResult: JobResult | null = $state.raw(null);
  /** True while the worker is computing a newer state than the one drawn. */
  busy = $state.raw(false);

  /**
   * The request the main-thread analysis last ran for. The view moves it to
   * `request` just after each paint, so a key press paints the slider and
   * parameters at once and the metrics a frame later; during server
   * rendering it is simply the initial request.
   */
  analysed: JobRequest = $state.raw() as JobRequest;

  #runner: JobRunner;
  #lastParams: ResolvedParams | null = null;
  #lastResult: JobResult | null = null;
  #t: AffineQuantizerStrings;

  constructor(props: Record<string, unknown>, t: AffineQuantizerStrings) {
    this.#t = t;
    this.#runner = new JobRunner(t.shared.numbers);
    const { state, notices } = resolveProps(affineQuantizerSchema, props, t.shared.state);
    this.initial = state;
    this.propNotices = notices;
    this.settings = { ...state };
    this.analysed = this.request;
  }

  readonly resolution = $derived(resolveParams(this.settings));

  /** Parameters drawn: the current ones, or the last valid ones. */
  readonly params: ResolvedParams = $derived.by(() => {
    const r = this.resolution;
    if (r.ok) this.#lastParams = r.params;
    if (this.#lastParams) return this.#lastParams;
    // Nothing valid yet (a page whose props cannot be used): fall back to the
    // schema's default range in the current type.
    const { min, max } = affineQuantizerSchema.props;
    const fallback = resolveParams({ ...this.settings, min: min.default, max: max.default, scale: null, zeroPoint: null });
    if (fallback.ok) return fallback.params;
    throw new Error(`The default quantizer range is invalid: ${fallback.message}`);
  });

  readonly paramsError: string | null = $derived(this.resolution.ok ? null : this.coreText(this.resolution));

  /** The core's refusal in the widget's language (English keeps the core's own sentence). */
  coreText(f: { message: string; code: QuantErrorCode }): string {
    return this.#t.quantErrors?.[f.code] ?? f.message;
  }

  readonly workerMode: boolean = $derived(
    this.workerAvailable && this.settings.source !== 'custom' && this.settings.size > SYNC_LIMIT,
  );

  readonly request: JobRequest = $derived.by(() => {
    const s = this.settings;
    return {
      tensor: { source: s.source, size: s.size, seed: s.seed, values: s.values },
      fallback: { source: 'custom', size: s.size, seed: s.seed, values: affineQuantizerSchema.props.values.default },
      start: { min: this.initial.min, max: this.initial.max },
      current: { min: s.min, max: s.max },
      params: this.params,
      dtype: s.dtype,
      narrowRange: s.narrowRange,
      rounding: s.rounding,
    };
  });

  /** What is drawn: this state's result, or while the worker computes, the last one. */
  readonly result: JobResult = $derived.by(() => {
    const fresh = this.workerMode ? this.workerResult : this.#runner.run(this.analysed);
    if (fresh) this.#lastResult = fresh;
    return this.#lastResult ?? this.#runner.run(this.analysed);
  });

  get analysis() {
    return this.result.analysis;
  }
  get domain() {
    return this.result.domain;
  }
  get tensorError() {
    return this.result.tensorError;
  }

  // --- actions -------------------------------------------------------------

  /** Change some settings (tensor source, size, seed, numbers, rounding). */
  set(change: Partial<AffineQuantizerState>): void {
    this.settings = { ...this.settings, ...change };
  }

  setRange(min: number, max: number): void {
    this.settings = { ...this.settings, ...withRange(this.settings, min, max) };
    this.note = null;
  }

  /** Returns the core's message when the pair is unusable; nothing changes then. */
  setParams(scale: number, zeroPoint: number): string | null {
    const r = withParams(this.settings, scale, zeroPoint);
    if (!r.ok) return this.coreText(r);
    if (r.settings) this.settings = { ...this.settings, ...r.settings };
    this.note = null;
    return null;
  }

  setDtype(dtype: WidgetDtype, narrowRange: boolean): void {
    const { settings, note } = withDtype(this.settings, dtype, narrowRange, this.#t.fields);
    this.settings = { ...this.settings, ...settings };
    this.note = note;
  }

  /** Calibrate: set the range to the data's min and max. */
  fitToData(): void {
    this.setRange(this.analysis.dataMin, this.analysis.dataMax);
  }

  load(state: AffineQuantizerState, notices: Notice[]): void {
    this.settings = { ...state };
    this.linkNotices = notices;
    this.note = null;
  }

  reset(): void {
    this.load(this.initial, []);
  }
}
