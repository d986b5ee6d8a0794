// Reads the model off the main thread. The bytes arrive transferred and are
// kept here: weight histograms read them later through tensorBytes, which
// hands out views, never copies.
import { inspectModel, isFormatError, printInputDetails, printOutputDetails, type InspectedModel } from '../../lib/formats/index.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';
import { tensorStats } from './tensor-stats.ts';

let model: InspectedModel | null = null;

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  if (req.type === 'open') {
    model = null;
    const t0 = performance.now();
    try {
      const m = inspectModel(new Uint8Array(req.buffer), { fileName: req.fileName });
      const opened = {
        summary: m.summary,
        inputDetails: printInputDetails(m.summary),
        outputDetails: printOutputDetails(m.summary),
        parseMs: 0,
      };
      opened.parseMs = performance.now() - t0;
      model = m;
      reply({ id: req.id, type: 'opened', opened });
    } catch (e) {
      // A FormatError is the reader's verdict on the file; anything else is our bug, said plainly.
      if (isFormatError(e)) reply({ id: req.id, type: 'error', message: e.message, code: e.code });
      else reply({ id: req.id, type: 'error', message: `The inspector failed on this file (${e instanceof Error ? e.message : String(e)}). Please report it.`, code: null });
    }
    return;
  }
  const t = model?.summary.tensors[req.position];
  const bytes = model?.tensorBytes(req.position) ?? null;
  if (!model || !t || !bytes) {
    reply({ id: req.id, type: 'stats', stats: null, error: null });
    return;
  }
  try {
    const stats = tensorStats(req.position, t, bytes);
    if ('error' in stats) reply({ id: req.id, type: 'stats', stats: null, error: stats.error });
    else reply({ id: req.id, type: 'stats', stats, error: null });
  } catch (e) {
    reply({ id: req.id, type: 'stats', stats: null, error: e instanceof Error ? e.message : String(e) });
  }
};
