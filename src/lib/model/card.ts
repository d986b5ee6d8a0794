// The model card (public/models/model-card.json, written by
// `npm run model:build`) as the widgets need it: which model files exist,
// what each one is, and where the test and calibration digits are. Read
// defensively: a card from another version gives a clear error, not a crash.
import { ModelError } from './errors.ts';

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

function text(o: Json, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new ModelError('corrupt', `The model card has no “${key}” text for ${where}.`);
  return v;
}

function safeFile(name: string): string {
  // Only plain file names inside models/: nothing that climbs out or points elsewhere.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new ModelError('corrupt', `The model card names an unusable file “${name.slice(0, 40)}”.`);
  return name;
}

function digitFiles(v: unknown, where: string): DigitFiles {
  if (!isObject(v)) throw new ModelError('corrupt', `The model card does not say where the ${where} digits are.`);
  const count = Number(v.count);
  if (!Number.isInteger(count) || count < 1) throw new ModelError('corrupt', `The model card gives no count for the ${where} digits.`);
  return { pixels: safeFile(text(v, 'pixels', `the ${where} digits`)), labels: safeFile(text(v, 'labels', `the ${where} digits`)), count };
}

export function parseCard(json: unknown): ModelCard {
  if (!isObject(json) || !Array.isArray(json.models)) throw new ModelError('corrupt', 'The model card has no list of models.');
  const models = json.models.map((m, i): CardModel => {
    if (!isObject(m)) throw new ModelError('corrupt', `Model ${i + 1} in the model card is not an object.`);
    const id = text(m, 'id', `model ${i + 1}`);
    const range = m.dummyRange;
    return {
      id,
      label: typeof m.label === 'string' ? m.label : id,
      file: safeFile(text(m, 'file', id)),
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
