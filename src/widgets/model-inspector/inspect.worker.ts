// Reads the model off the main thread. The bytes arrive transferred and are
// kept here: weight histograms read them later through tensorBytes, which
// hands out views, never copies.
import { inspectModel, isFormatError, printInputDetails, printOutputDetails, type InspectedModel } from '../../lib/formats/index.ts';
import { histogramText, scalesText } from './describe.ts';
import { axisDescription, dequantFormula, perAxisSummary, realRangeText } from './formula.ts';
import type { TensorReport, WorkerReply, WorkerRequest } from './protocol.ts';
import { tensorStats, type TensorStats } from './tensor-stats.ts';
import { verdictFor, warningLesson } from './verdict.ts';

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
        verdict: verdictFor(m.summary.flavour.flavour),
        warningLessons: m.summary.warnings.map((x) => warningLesson(x.code)),
        ranges: m.summary.tensors.map((t) => realRangeText(t)),
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
  reply({ id: req.id, type: 'tensor', report: model && t ? report(model, req.position) : null });
};

function report(m: InspectedModel, position: number): TensorReport {
  const t = m.summary.tensors[position];
  let stats: TensorStats | null = null;
  let reason: string | null = null;
  if (t.externalData) reason = `its data is in another file (${t.externalData.location}), which is never fetched`;
  else if (!t.isConstant || t.byteSize === 0) reason = 'it is computed while the model runs; the file stores no values for it';
  else {
    const bytes = m.tensorBytes(position);
    try {
      const r = bytes ? tensorStats(position, t, bytes) : { error: 'its values are not stored in this file' };
      if ('error' in r) reason = r.error;
      else stats = r;
    } catch (e) {
      reason = e instanceof Error ? e.message : String(e);
    }
  }
  return {
    position,
    formula: dequantFormula(t),
    axis: axisDescription(t),
    perAxis: perAxisSummary(t),
    range: realRangeText(t),
    stats,
    reason,
    scales: scalesText(t, stats),
    histogram: stats ? histogramText(t, stats) : null,
  };
}
