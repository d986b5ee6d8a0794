// download(): progress from a stream, honest totals when the server
// compresses, and failures sorted into offline / http / corrupt.
import { describe, expect, it } from 'vitest';
import { checkWasm, download, progressTotal, type Progress } from '../../../src/lib/model/download.ts';
import { ModelError } from '../../../src/lib/model/errors.ts';

function streamed(chunks: Uint8Array[], init: ResponseInit): typeof fetch {
  return (async () =>
    new Response(
      new ReadableStream({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      }),
      init,
    )) as typeof fetch;
}

describe('download', () => {
  it('joins the chunks and reports progress after each', async () => {
    const seen: Progress[] = [];
    const bytes = await download('/x.wasm', {
      what: 'x',
      fetch: streamed([new Uint8Array([1, 2]), new Uint8Array([3, 4, 5])], { headers: { 'content-length': '5' } }),
      onProgress: (p) => seen.push(p),
    });
    expect([...bytes]).toEqual([1, 2, 3, 4, 5]);
    expect(seen).toEqual([
      { received: 0, total: 5 },
      { received: 2, total: 5 },
      { received: 5, total: 5 },
    ]);
  });

  it('says offline when fetch itself rejects', async () => {
    const error = await download('/x', { what: 'the model', fetch: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).kind).toBe('offline');
    expect((error as ModelError).message).toMatch(/the model.*offline/);
  });

  it('names the status on a 404', async () => {
    const error = await download('/models/missing.onnx', { what: 'the model', fetch: streamed([], { status: 404, statusText: 'Not Found' }) }).catch((e: unknown) => e);
    expect((error as ModelError).kind).toBe('http');
    expect((error as ModelError).message).toMatch(/404 Not Found.*missing\.onnx/);
  });
});

describe('progressTotal', () => {
  it('ignores Content-Length when the body was compressed (it counts compressed bytes)', () => {
    expect(progressTotal(new Headers({ 'content-length': '2300000', 'content-encoding': 'br' }), undefined)).toBeNull();
    expect(progressTotal(new Headers({ 'content-length': '2300000', 'content-encoding': 'br' }), 14_000_000)).toBe(14_000_000);
    expect(progressTotal(new Headers({ 'content-length': '900' }), undefined)).toBe(900);
  });
});

describe('checkWasm', () => {
  it('accepts the WebAssembly magic number and refuses an HTML error page', () => {
    expect(() => checkWasm(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), 'w')).not.toThrow();
    expect(() => checkWasm(new TextEncoder().encode('<!doctype html>'), 'The runtime download')).toThrow(/not a WebAssembly module/);
  });
});
