// RangeCalibration's worker: the float model's activations on the
// calibration digits, the ranges, the integer plan and its ONNX bytes, and
// (on request) the TypeScript integer reference's logits for those same
// bytes, all off the main thread so the controls stay responsive while
// 1,000 images are processed.
import { readFloatModel } from '../../lib/model-build/read-float-model.ts';
import { ReferenceEngine } from '../../lib/model/reference-engine.ts';
import { ActivationStore } from '../../lib/model/activations.ts';
import { runCalibration, type CalibrationRequest, type CalibrationResult } from './job.ts';

export type CalibrateMessage =
  | { id: number; type: 'init'; fp32: ArrayBuffer; calibration: ArrayBuffer }
  | { id: number; type: 'run'; request: CalibrationRequest }
  | { id: number; type: 'reference'; images: Float32Array; count: number };

/** Failures the page words itself (the worker has no catalog). */
export type CalibrateFailure = 'noModel' | 'nothingQuantized';

class Failure extends Error {
  readonly code: CalibrateFailure;
  constructor(code: CalibrateFailure, message: string) {
    super(message);
    this.code = code;
  }
}

let store: ActivationStore | null = null;
let last: CalibrationResult | null = null;

function post(message: unknown, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(message, transfer);
}

self.onmessage = async (event: MessageEvent<CalibrateMessage>) => {
  const m = event.data;
  try {
    if (m.type === 'init') {
      store = new ActivationStore(readFloatModel(new Uint8Array(m.fp32)), new Uint8Array(m.calibration));
      post({ id: m.id, ok: true, value: { points: store.points, capacity: store.capacity } });
    } else if (m.type === 'run') {
      if (!store) throw new Failure('noModel', 'The calibration worker has no model yet.');
      last = runCalibration(store, m.request);
      const onnx = last.onnx.slice();
      post({ id: m.id, ok: true, value: { ...last, onnx } }, [onnx.buffer]);
    } else {
      if (!last) throw new Failure('nothingQuantized', 'Nothing has been quantized yet.');
      // The same ONNX bytes onnxruntime-web ran, read back and run by the other engine.
      const reference = new ReferenceEngine();
      await reference.load(last.onnx);
      const { logits, ms } = await reference.run(m.images, m.count);
      post({ id: m.id, ok: true, value: { logits, ms } }, [logits.buffer]);
    }
  } catch (error) {
    post({ id: m.id, ok: false, error: error instanceof Error ? error.message : String(error), failure: error instanceof Failure ? error.code : undefined });
  }
};
