// Messages between the inspector and its worker. The file's bytes go in once
// (transferred, not copied) and stay in the worker; only the summary, the
// printouts and small per-tensor statistics come back.
import type { ModelSummary } from '../../lib/formats/summary.ts';
import type { TensorStats } from './tensor-stats.ts';

export type WorkerRequest =
  | { id: number; type: 'open'; buffer: ArrayBuffer; fileName: string }
  | { id: number; type: 'stats'; position: number };

export interface Opened {
  summary: ModelSummary;
  inputDetails: string;
  outputDetails: string;
  /** Time spent reading and analysing in the worker, in milliseconds. */
  parseMs: number;
}

export type WorkerReply =
  | { id: number; type: 'opened'; opened: Opened }
  | { id: number; type: 'stats'; stats: TensorStats | null; error: string | null }
  | { id: number; type: 'error'; message: string; code: string | null };
