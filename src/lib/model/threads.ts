// How many threads onnxruntime-web may use. Its threads share one
// WebAssembly memory, which needs SharedArrayBuffer, which browsers only
// give to cross-origin isolated pages (COOP: same-origin + COEP: require-corp
// or credentialless). Everywhere else: one thread, which is also what the
// small digit models are fastest with once per-call overhead dominates.

export const MAX_THREADS = 4;

export function chooseThreads(env: { crossOriginIsolated?: boolean; hardwareConcurrency?: number }): number {
  if (!env.crossOriginIsolated) return 1;
  const cores = Number.isInteger(env.hardwareConcurrency) && env.hardwareConcurrency! > 0 ? env.hardwareConcurrency! : 1;
  return Math.max(1, Math.min(MAX_THREADS, cores));
}
