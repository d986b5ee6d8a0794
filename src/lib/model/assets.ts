// Where the model files live and how to read them. The site serves them from
// public/models/ (written by `npm run model:build`). On Zero Point's own pages
// that is `${BASE_URL}models/`; the custom elements bundle is built with a
// relative base, so there the folder is found from the bundle's own URL
// (<site>/elements/chunks/… → <site>/models/).
import { download, type Progress } from './download.ts';
import { ModelError } from './errors.ts';
import { IMAGE_PIXELS } from './engine.ts';
import { pageMessagesEn, type Subject } from './messages.ts';

export function modelsBase(): string {
  const base = import.meta.env.BASE_URL;
  if (base.startsWith('/')) return new URL(`${base.replace(/\/?$/, '/')}models/`, location.href).href;
  // A variable, not a literal: Vite would try to resolve a literal at build time.
  const fromChunk = '../../models/';
  return new URL(fromChunk, import.meta.url).href;
}

export function modelUrl(file: string): string {
  return new URL(file, modelsBase()).href;
}

/** Labelled uint8 digits: pixels count × 784 (0–255), labels count. */
export interface DigitSet {
  count: number;
  pixels: Uint8Array;
  labels: Uint8Array;
}

/** Pixels / 255 as the float32 input every model takes. */
export function toInput(pixels: Uint8Array, first = 0, count = pixels.length / IMAGE_PIXELS - first): Float32Array {
  const out = new Float32Array(count * IMAGE_PIXELS);
  const src = pixels.subarray(first * IMAGE_PIXELS, (first + count) * IMAGE_PIXELS);
  for (let i = 0; i < out.length; i++) out[i] = src[i] / 255;
  return out;
}

export async function fetchBytes(file: string, what: Subject, onProgress?: (p: Progress) => void): Promise<Uint8Array> {
  return download(modelUrl(file), { what, onProgress });
}

export async function fetchJson<T>(file: string, what: Subject): Promise<T> {
  const bytes = await fetchBytes(file, what);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch {
    throw ModelError.about('corrupt', pageMessagesEn, 'notJson', what);
  }
}
