// The model worker: onnxruntime-web (WebAssembly, SIMD) and every loaded
// model live here, off the main thread, so sliders and drawing never wait for
// inference. 'init' downloads the runtime's .wasm (streaming, reporting
// progress to the page) and hands the bytes to onnxruntime. The `?url`
// import below names the same file onnxruntime's bundle references, so the
// build emits it once.
//
// With threads (cross-origin isolated pages only), onnxruntime starts its
// helper threads from this same script with the name "em-pthread"; those
// must not install the request handler below.
import * as ort from 'onnxruntime-web/wasm';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import { checkWasm, download } from './download.ts';
import { ORT_WASM_BYTES } from './runtime-constants.ts';
import { OrtEngine } from './ort-engine.ts';
import { ModelError, toErrorData } from './errors.ts';
import { workerMessagesEn } from './messages.ts';
import type { InitReply, WorkerReply, WorkerRequest } from './protocol.ts';

const engines = new Map<string, OrtEngine>();

function engine(model: string): OrtEngine {
  const e = engines.get(model);
  if (!e) throw ModelError.of('run', workerMessagesEn, 'notInWorker', { model });
  return e;
}

async function handle(request: WorkerRequest): Promise<{ value: unknown; transfer?: Transferable[] }> {
  switch (request.type) {
    case 'init': {
      const start = performance.now();
      const bytes = await download(new URL(wasmUrl, self.location.href).href, {
        what: { term: 'runtime' },
        expectedBytes: ORT_WASM_BYTES,
        onProgress: (progress) => post({ id: request.id, progress }),
      });
      checkWasm(bytes, { term: 'runtimeDownload' });
      ort.env.wasm.wasmBinary = bytes;
      ort.env.wasm.numThreads = request.settings.numThreads;
      ort.env.wasm.proxy = false;
      ort.env.logLevel = 'error';
      // The module compiles with the first session ('load').
      const reply: InitReply = { numThreads: request.settings.numThreads, wasmBytes: bytes.length, ms: performance.now() - start };
      return { value: reply };
    }
    case 'load': {
      const e = engines.get(request.model) ?? new OrtEngine(ort, request.what);
      engines.set(request.model, e);
      const start = performance.now();
      try {
        await e.load(new Uint8Array(request.bytes));
      } catch (error) {
        engines.delete(request.model);
        throw error;
      }
      return { value: { ms: performance.now() - start, threads: ort.env.wasm.numThreads } };
    }
    case 'run': {
      const result = await engine(request.model).run(request.images, request.count);
      return { value: result, transfer: [result.logits.buffer] };
    }
    case 'time':
      return { value: await engine(request.model).time(request.images, request.count, request.options) };
    case 'dispose':
      await engines.get(request.model)?.dispose();
      engines.delete(request.model);
      return { value: null };
  }
}

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(reply, transfer);
}

const isHelperThread = typeof self !== 'undefined' && (self as { name?: string }).name?.startsWith('em-pthread');

if (!isHelperThread) {
  // Requests are handled one at a time, in order: onnxruntime's wasm backend
  // runs one session call at a time anyway, and timing must not overlap.
  let queue: Promise<unknown> = Promise.resolve();
  self.onmessage = (event: MessageEvent<WorkerRequest>) => {
    const request = event.data;
    queue = queue.then(async () => {
      let reply: WorkerReply;
      let transfer: Transferable[] = [];
      try {
        const out = await handle(request);
        reply = { id: request.id, ok: true, value: out.value };
        transfer = out.transfer ?? [];
      } catch (error) {
        reply = { id: request.id, ok: false, error: toErrorData(error, request.type === 'load' ? 'corrupt' : 'run') };
      }
      post(reply, transfer);
    });
  };
}
