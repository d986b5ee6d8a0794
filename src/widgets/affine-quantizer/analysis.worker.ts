// Runs the quantizer's analysis for large tensors off the main thread, so a
// slider key press paints at once and the numbers follow. The worker keeps
// its own copy of the tensor (regenerated from the seed, never posted).
import { JobRunner, type JobRequest } from './job.ts';

const runner = new JobRunner();

self.onmessage = (event: MessageEvent<{ id: number; request: JobRequest }>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, result: runner.run(request) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
