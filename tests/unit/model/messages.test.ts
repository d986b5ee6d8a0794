// Model errors carry a code and values, so the widgets can word them in the
// reader's language: English text unchanged, Chinese from the parallel
// table, across the worker boundary (structured clone), for failures made by
// onnxruntime-web itself and by a real download.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ort } from '../../support/ort.ts';
import { repoRoot } from '../../support/fixtures.ts';
import { OrtEngine } from '../../../src/lib/model/ort-engine.ts';
import { download, checkWasm } from '../../../src/lib/model/download.ts';
import { parseCard } from '../../../src/lib/model/card.ts';
import { ModelError, fromErrorData, modelErrorText, toErrorData } from '../../../src/lib/model/errors.ts';
import { modelMessagesEn } from '../../../src/lib/model/messages.ts';
import { modelMessagesZh } from '../../../src/lib/model/messages.zh.ts';
import { en as mcEn } from '../../../src/widgets/model-comparison/strings.ts';
import { zh as mcZh } from '../../../src/widgets/model-comparison/strings.zh.ts';

const CJK = /[\u4e00-\u9fff]/;

async function caught(p: Promise<unknown>): Promise<ModelError> {
  const e = await p.then(() => null, (error: unknown) => error);
  expect(e).toBeInstanceOf(ModelError);
  return e as ModelError;
}

/** What the page gets back from the model worker. */
function throughWorker(error: unknown): ModelError {
  return fromErrorData(structuredClone(toErrorData(error)));
}

describe('model messages', () => {
  it('words an offline download the same in English as before, and in Chinese with the reader’s own subject', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const e = await caught(download('/models/digits-fp32.onnx', { what: 'the fp32 model', fetch: offline }));
    expect(e.kind).toBe('offline');
    expect(e.message).toBe('Could not download the fp32 model: the network request failed (are you offline?). Check the connection and try again.');
    const zh = await caught(download('/models/digits-fp32.onnx', { what: '浮点（fp32）模型', fetch: offline }));
    expect(modelErrorText(throughWorker(zh), modelMessagesZh)).toBe('无法下载浮点（fp32）模型：网络请求失败（是否已离线？）。请检查网络连接后重试。');
  });

  it('keeps the status and the URL of a failed request in both languages', async () => {
    const notFound = (async () => new Response('no', { status: 404, statusText: 'Not Found' })) as typeof fetch;
    const e = await caught(download('/models/missing.onnx', { what: 'the model card', fetch: notFound }));
    expect(e.message).toBe('Could not download the model card: the server answered 404 Not Found for /models/missing.onnx.');
    const again = throughWorker(e);
    expect(again.kind).toBe('http');
    expect(modelErrorText(again, modelMessagesZh)).toContain('服务器对 /models/missing.onnx 返回了 404 Not Found');
    // An English page passes no table: the English the error was made with.
    expect(modelErrorText(again)).toBe(e.message);
  });

  it('looks the runtime’s own subject up in the table of the reader’s language', () => {
    let error: unknown;
    try {
      checkWasm(new TextEncoder().encode('<!doctype html>'), { term: 'runtimeDownload' });
    } catch (e) {
      error = e;
    }
    const e = throughWorker(error);
    expect(e.message).toBe('The runtime download is not a WebAssembly module (the download may be damaged, or the server sent an error page instead).');
    expect(modelErrorText(e, modelMessagesZh)).toBe('下载的运行时文件不是 WebAssembly 模块（下载的文件可能已损坏，或服务器返回的是一个错误页面）。');
  });

  it('words what onnxruntime-web refuses in Chinese, keeping onnxruntime’s own details', async () => {
    const garbage = new TextEncoder().encode('<!doctype html><title>404</title>');
    const e = throughWorker(await caught(new OrtEngine(ort, '模型“float16 权重”').load(garbage)));
    expect(e.kind).toBe('corrupt');
    const text = modelErrorText(e, modelMessagesZh);
    expect(text).toMatch(/^模型“float16 权重”(无法作为 ONNX 模型读取|onnxruntime 无法准备)|^onnxruntime 无法准备模型“float16 权重”/);
    expect(text).toContain(String(e.values.details));
    expect(String(e.values.details).length).toBeGreaterThan(0);
  });

  it('words a damaged model card in Chinese, digit sets included', () => {
    const e = (() => {
      try {
        parseCard({ models: [], digits: { test: { count: 10, pixels: 'a.bin' } } });
      } catch (error) {
        return error as ModelError;
      }
      throw new Error('parseCard accepted a card without test labels');
    })();
    expect(e.message).toBe('The model card has no “labels” text for the test digits.');
    expect(modelErrorText(e, modelMessagesZh)).toBe('模型说明文件中测试数字集缺少“labels”文本。');
  });

  it('passes anything that is not a ModelError through as it came', () => {
    const e = throughWorker(new RangeError('offset is out of bounds'));
    expect(modelErrorText(e, modelMessagesZh)).toBe('offset is out of bounds');
    expect(modelErrorText(new Error('plain'), modelMessagesEn)).toBe('plain');
  });

  it('has a Chinese message for every code, each with Chinese words in it', () => {
    expect(Object.keys(modelMessagesZh.messages).sort()).toEqual(Object.keys(modelMessagesEn.messages).sort());
    for (const [code, text] of Object.entries(modelMessagesZh.messages)) if (code !== 'other') expect(text, code).toMatch(CJK);
  });
});

describe('model names', () => {
  const card = parseCard(JSON.parse(readFileSync(path.join(repoRoot, 'public', 'models', 'model-card.json'), 'utf8')));

  it('names every shipped model in both catalogs; in English exactly as the model card does', () => {
    expect(card.models.length).toBeGreaterThan(3);
    for (const m of card.models) {
      expect((mcEn.modelLabels as Record<string, string>)[m.id], m.id).toBe(m.label);
      expect((mcZh.modelLabels as Record<string, string>)[m.id], m.id).toBeTruthy();
    }
  });
});
