// Fetching a large file (the runtime's WebAssembly, a model) with progress
// for a <progress> bar, and failures sorted into what the reader can do
// about them. Works with any fetch (browsers, workers, Node 24).
import { ModelError } from './errors.ts';
import { pageMessagesEn, workerMessagesEn, type Subject } from './messages.ts';

export interface Progress {
  /** Bytes received so far, after any Content-Encoding was undone. */
  received: number;
  /** Best estimate of the total, or null when unknown. */
  total: number | null;
}

export interface DownloadOptions {
  /** What the file is, for messages: "the int8 model" in the reader's language, or a term of the message table. */
  what: Subject;
  /**
   * Size of the file itself. Needed for honest progress when the server
   * compresses: Content-Length then counts compressed bytes, while the stream
   * yields decompressed ones.
   */
  expectedBytes?: number;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** The total to show: the known size if we have it, else Content-Length when nothing re-encoded the body. */
export function progressTotal(headers: Headers, expectedBytes: number | undefined): number | null {
  if (expectedBytes !== undefined && expectedBytes > 0) return expectedBytes;
  const encoding = headers.get('content-encoding');
  const length = Number(headers.get('content-length'));
  if ((!encoding || encoding === 'identity') && Number.isFinite(length) && length > 0) return length;
  return null;
}

export async function download(url: string, options: DownloadOptions): Promise<Uint8Array> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, { signal: options.signal, credentials: 'same-origin' });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw ModelError.about('offline', pageMessagesEn, 'offline', options.what);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw ModelError.about('http', pageMessagesEn, 'http', options.what, { status, url });
  }
  const total = progressTotal(response.headers, options.expectedBytes);
  options.onProgress?.({ received: 0, total });
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    options.onProgress?.({ received: bytes.length, total });
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      options.onProgress?.({ received, total: total !== null ? Math.max(total, received) : null });
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw ModelError.about('offline', pageMessagesEn, 'brokenOff', options.what, { received });
  }
  const out = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

/** Fails with a reader-facing message unless `bytes` start like a WebAssembly module. */
export function checkWasm(bytes: Uint8Array, what: Subject): void {
  if (bytes.length < 8 || WASM_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw ModelError.about('corrupt', workerMessagesEn, 'notWasm', what);
  }
}
