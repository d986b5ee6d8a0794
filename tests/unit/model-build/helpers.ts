/** Reading the committed model files and running models with onnxruntime-web in the model-build tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSession, runLogits } from '../../../scripts/model/ort-run.ts';

export const MODELS_DIR = path.resolve(import.meta.dirname, '../../../public/models');

export function modelFile(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(MODELS_DIR, name)));
}

export interface CardModel {
  id: string;
  file: string;
  bytes: number;
  sha256: string;
  accuracy: number;
  agreementWithFp32: number;
  ops: string[];
  dummyRange: [number, number] | null;
  referenceMismatches?: number;
  evaluatedAtBatch: number;
  batchDependent: boolean;
  accuracyByBatch?: Record<string, number>;
}

export interface Card {
  models: CardModel[];
  digits: { test: { pixels: string; labels: string; count: number }; calibration: { pixels: string; labels: string; count: number } };
  testSplit: [number, number][];
  architecture: { parameters: number };
}

export function readCard(): Card {
  return JSON.parse(new TextDecoder().decode(modelFile('model-card.json'))) as Card;
}

/** Runs a model file once over `n` images and releases the session. */
export async function ortLogits(
  bytes: Uint8Array, input: Float32Array, n: number, shape?: readonly number[], batch?: number,
): Promise<Float32Array> {
  const session = await createSession(bytes);
  try {
    return await runLogits(session, input, n, shape, batch);
  } finally {
    await session.release();
  }
}
