// Messages between the inspector and its worker. The file's bytes go in once
// (transferred, not copied) and stay in the worker; only the summary, the
// printouts and small per-tensor statistics come back.
import type { Locale } from '../../lib/i18n/locale.ts';
import type { ModelSummary } from '../../lib/formats/summary.ts';
import type { ChartText } from './describe.ts';
import type { LessonSlug } from './lessons.ts';
import type { TensorStats } from './tensor-stats.ts';
import type { Verdict } from './verdict.ts';

export type WorkerRequest =
  | { id: number; type: 'open'; buffer: ArrayBuffer; fileName: string; lang: Locale }
  | { id: number; type: 'tensor'; position: number; lang: Locale };

export interface Opened {
  summary: ModelSummary;
  inputDetails: string;
  outputDetails: string;
  /** Time spent reading and analysing in the worker, in milliseconds. */
  parseMs: number;
  /** The flavour in plain words, and the lesson behind each warning (by position in summary.warnings). */
  verdict: Verdict;
  /** The verdict's evidence and each warning's message, in the language asked for. */
  evidence: string[];
  warnings: string[];
  warningLessons: (LessonSlug | null)[];
  /** Each tensor's real range, "[−0.75, 0.75]" (null when not quantized), by position. */
  ranges: (string | null)[];
}

/**
 * One tensor in words and figures, worded in the worker (so the page's own
 * JavaScript stays small): its dequantization formula, axis and real range,
 * and for stored values the statistics with the charts' text alternatives.
 */
export interface TensorReport {
  position: number;
  formula: string | null;
  axis: string | null;
  perAxis: string | null;
  range: string | null;
  stats: TensorStats | null;
  /** Why there are no statistics, when there are none. */
  reason: string | null;
  scales: ChartText;
  histogram: ChartText | null;
}

export type WorkerReply =
  | { id: number; type: 'opened'; opened: Opened }
  | { id: number; type: 'tensor'; report: TensorReport | null }
  | { id: number; type: 'error'; message: string; code: string | null };
