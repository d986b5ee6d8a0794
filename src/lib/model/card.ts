// The model card (public/models/model-card.json, written by
// `npm run model:build`) as the widgets need it: which model files exist,
// what each one is, and where the test and calibration digits are. Read
// defensively: a card from another version gives a clear error, not a crash.
import { ModelError } from './errors.ts';
import { pageMessagesEn } from './messages.ts';

export interface CardModel {
  /** Stable id: 'fp32', 'weights-only', 'full-integer', 'float16', 'dummy-…'. */
  id: string;
  /** Human name. */
  label: string;
  /** File name inside public/models/. */
  file: string;
  /** Size on disk as the card states it. */
  bytes: number;
  /** Test accuracy as the build measured it (0–1), if stated. */
  accuracy: number | null;
  /** Fixed activation range of a dummy-range model, if it is one. */
  dummyRange: [number, number] | null;
}

export interface DigitFiles {
  /** count × 784 uint8 pixels. */
  pixels: string;
  /** count uint8 labels. */
  labels: string;
  count: number;
}

export interface ModelCard {
  models: CardModel[];
  test: DigitFiles;
  calibration: DigitFiles | null;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Where a missing text was looked for: a digit set, model number n, or a model id. */
type Where = { set: 'test' | 'calibration' } | { n: number } | { id: string };

function text(o: Json, key: string, where: Where): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') {
    if ('set' in where) throw ModelError.of('corrupt', pageMessagesEn, 'cardDigitsNoText', { key }, { set: where.set });
    if ('n' in where) throw ModelError.of('corrupt', pageMessagesEn, 'cardModelNoText', { key, n: where.n });
    throw ModelError.of('corrupt', pageMessagesEn, 'cardIdNoText', { key, id: where.id });
  }
  return v;
}

function safeFile(name: string): string {
  // Only plain file names inside models/: nothing that climbs out or points elsewhere.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw ModelError.of('corrupt', pageMessagesEn, 'cardBadFile', { file: name.slice(0, 40) });
  return name;
}

function digitFiles(v: unknown, set: 'test' | 'calibration'): DigitFiles {
  if (!isObject(v)) throw ModelError.of('corrupt', pageMessagesEn, 'cardNoDigits', {}, { set });
  const count = Number(v.count);
  if (!Number.isInteger(count) || count < 1) throw ModelError.of('corrupt', pageMessagesEn, 'cardNoCount', {}, { set });
  return { pixels: safeFile(text(v, 'pixels', { set })), labels: safeFile(text(v, 'labels', { set })), count };
}

export function parseCard(json: unknown): ModelCard {
  if (!isObject(json) || !Array.isArray(json.models)) throw ModelError.of('corrupt', pageMessagesEn, 'cardNoModels');
  const models = json.models.map((m, i): CardModel => {
    if (!isObject(m)) throw ModelError.of('corrupt', pageMessagesEn, 'cardModelNotObject', { n: i + 1 });
    const id = text(m, 'id', { n: i + 1 });
    const range = m.dummyRange;
    return {
      id,
      label: typeof m.label === 'string' ? m.label : id,
      file: safeFile(text(m, 'file', { id })),
      bytes: Number(m.bytes) || 0,
      accuracy: typeof m.accuracy === 'number' ? m.accuracy : null,
      dummyRange: Array.isArray(range) && range.length === 2 && range.every(Number.isFinite) ? [range[0], range[1]] : null,
    };
  });
  const digits = isObject(json.digits) ? json.digits : {};
  return {
    models,
    test: digitFiles(digits.test, 'test'),
    calibration: digits.calibration === undefined ? null : digitFiles(digits.calibration, 'calibration'),
  };
}
