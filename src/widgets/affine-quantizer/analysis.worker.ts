// Runs the quantizer's analysis for large tensors off the main thread, so a
// slider key press paints at once and the numbers follow. The worker keeps
// its own copy of the tensor (regenerated from the seed, never posted).
import { installTableEngine } from '../../lib/quant/affine.ts';
import { tableEngine } from '../../lib/quant/table-engine.ts';
import { JobRunner, type JobRequest } from './job.ts';

// Tensors here run to a million values, where the table loops pay off (the
// main thread, at most 65,536 values, does without them and their bytes).
installTableEngine(tableEngine);

const runner = new JobRunner();

self.onmessage = (event: MessageEvent<{ id: number; request: JobRequest }>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, result: runner.run(request) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
