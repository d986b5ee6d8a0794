/**
 * Zero Point's model readers: one entry point for .tflite and .onnx files.
 *
 *   const model = inspectModel(bytes, { fileName: 'model.tflite' });
 *   model.summary            // ModelSummary: tensors, operators, flavour, warnings, multipliers…
 *   model.tensorBytes(i)     // a view of tensor i's stored bytes (no copy), or null
 *
 * Everything here is pure TypeScript without DOM, so it runs in Node, in a
 * Web Worker and on the main thread alike. Bad files throw FormatError.
 */
import { analyze, warning } from './analysis.ts';
import { showBytes } from './errors.ts';
import { formatError } from './error-messages.ts';
import { readOnnx } from './onnx/read.ts';
import { summarizeOnnx } from './onnx/summarize.ts';
import type { ModelSummary } from './summary.ts';
import { readTflite, sniffKind } from './tflite/read.ts';
import { summarizeTflite } from './tflite/summarize.ts';

export type ModelFormat = 'tflite' | 'onnx';

export interface InspectOptions {
  /** Used only to pick the reader when the content does not say (and to warn when it disagrees). */
  fileName?: string;
  /** Force a reader; the file must then be of that format. */
  format?: ModelFormat;
}

export interface InspectedModel {
  format: ModelFormat;
  summary: ModelSummary;
  /** The file bytes of tensor `position`'s constant data (a view, not a copy); null when not stored in this file. */
  tensorBytes(position: number): Uint8Array | null;
}

/** Which reader the bytes need: by content first (TFLite's identifier, a protobuf ModelProto key), then by name. */
export function detectFormat(bytes: Uint8Array, fileName?: string): ModelFormat {
  if (bytes.length === 0) throw formatError('empty-file', 'empty-file');
  if (bytes.length >= 8 && String.fromCharCode(bytes[4], bytes[5], bytes[6], bytes[7]) === 'TFL3') return 'tflite';
  const ext = (fileName ?? '').toLowerCase().replace(/^.*\./, '.');
  if (ext === '.onnx') return 'onnx';
  if (ext === '.tflite' || ext === '.lite') return 'tflite';
  // A ModelProto starts with field 1 (ir_version, varint: key 0x08) in every exporter we know of.
  if (bytes[0] === 0x08) return 'onnx';
  throw formatError('unknown-format', 'unknown-format', { found: showBytes(bytes, 4, 4), hint: sniffKind(bytes) ?? '' });
}

export function inspectModel(bytes: Uint8Array, options: InspectOptions = {}): InspectedModel {
  const format = options.format ?? detectFormat(bytes, options.fileName);
  let summary: ModelSummary;
  if (format === 'tflite') summary = analyze(summarizeTflite(readTflite(bytes)));
  else summary = analyze(summarizeOnnx(readOnnx(bytes)));
  const ext = (options.fileName ?? '').toLowerCase().replace(/^.*\./, '.');
  const named = ext === '.onnx' ? 'onnx' : ext === '.tflite' || ext === '.lite' ? 'tflite' : null;
  if (!options.format && named && named !== format) {
    summary.warnings = [warning('extension-mismatch', { id: 'extension-mismatch', args: { ext, format } }), ...summary.warnings];
  }
  return {
    format,
    summary,
    tensorBytes(position) {
      const t = summary.tensors[position];
      if (!t || t.dataOffset === undefined || t.externalData) return null;
      return bytes.subarray(t.dataOffset, t.dataOffset + t.byteSize);
    },
  };
}

export { analyze } from './analysis.ts';
export { decodeValues, valueCount } from './values.ts';
export type { TensorValues } from './values.ts';
export { FormatError, isFormatError } from './errors.ts';
export type { FormatErrorCode } from './errors.ts';
export { formatDetailsList, formatTensorDetails, inputDetails, outputDetails, printInputDetails, printOutputDetails, tensorDetails } from './printout.ts';
export type * from './summary.ts';
export type { TensorDetails } from './details.ts';
