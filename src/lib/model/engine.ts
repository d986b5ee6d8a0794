// One small interface for "something that runs a digit model": onnxruntime-web
// (in a worker, or directly in Node) and our TypeScript integer reference both
// implement it, so a widget can run either and compare them on the same input.

/** Input layout of every Zero Point digit model: N × 1 × 28 × 28 float32, pixels / 255. */
export const IMAGE_SIDE = 28;
export const IMAGE_PIXELS = IMAGE_SIDE * IMAGE_SIDE;
export const CLASSES = 10;

export interface RunResult {
  /** count × CLASSES logits (or scores), row-major. */
  logits: Float32Array;
  /** Milliseconds the engine itself spent, measured where it runs (a worker's clock for onnxruntime-web). */
  ms: number;
}

export interface TimingOptions {
  /** Runs thrown away first (the first run allocates and picks kernels). */
  warmup: number;
  /** Timed samples. */
  repeats: number;
  /**
   * Each sample repeats the run until at least this many milliseconds have
   * passed and reports the mean: browsers coarsen performance.now() (to
   * 0.1 ms in pages that are not cross-origin isolated), which is as long as
   * a batch-1 run of a small model.
   */
  minSampleMs?: number;
  /** Runs per sample, fixed (overrides minSampleMs), so rounds across models can share one setting. */
  runsPerSample?: number;
}

export interface InferenceEngine {
  /** Who computes: 'onnxruntime-web' or 'reference'. */
  readonly kind: string;
  /** Parse and prepare a model; throws ModelError on bytes it cannot use. */
  load(bytes: Uint8Array): Promise<void>;
  /** Run `count` images (count × 784 floats in [0, 1]); returns their logits. */
  run(images: Float32Array, count: number): Promise<RunResult>;
  /** Milliseconds per run of one batch of `count` images, one number per timed sample, after warm-up. */
  time(images: Float32Array, count: number, options: TimingOptions): Promise<number[]>;
  /** Free the model; the engine cannot run again until the next load. */
  dispose(): Promise<void>;
}
