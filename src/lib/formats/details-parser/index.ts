// Reads what Python printed for get_input_details(), get_output_details() or
// get_tensor_details() (one dict, a list of dicts, or several such printouts
// one after the other) into TensorDetails. Parses, never evaluates; any
// problem is a DetailsParseError with a line and column, and its words are
// data (messages.ts, messages.zh.ts) for the page to word in its language.
import type { TensorDetails } from '../details.ts';
import type { ModelSummary, TensorSummary } from '../summary.ts';
import { parsePython } from './parser.ts';
import { toTensors, type ParsedTensor } from './to-details.ts';

export { DetailsParseError, LineIndex } from './errors.ts';
export type { DetailsErrorCode, TextPosition } from './errors.ts';
export { MAX_DEPTH, MAX_INPUT_LENGTH, numpyTypeName, parsePython } from './parser.ts';
export type { ParsedTensor } from './to-details.ts';
export type { PyNode } from './ast.ts';
export { parserMessagesEn } from './messages.ts';
export type { ParserMessageId, ParserMessages, ParserPhrase } from './messages.ts';
export { renderPhrase } from './phrase.ts';
export type { Phrase, PhraseTable, PhraseValue, RenderOptions } from './phrase.ts';

export interface ParsedDetails {
  tensors: ParsedTensor[];
  /** Number of printouts (top-level values) in the paste. */
  groups: number;
}

export function parseDetails(text: string): ParsedDetails {
  const { values, lines } = parsePython(text);
  return { tensors: toTensors(values, lines), groups: values.length };
}

/** Just the dicts, as the interpreter returned them. */
export function parseTensorDetails(text: string): TensorDetails[] {
  return parseDetails(text).tensors.map((t) => t.details);
}

function summaryOf(d: TensorDetails, position: number): TensorSummary {
  const p = d.quantization_parameters;
  const scales = p && p.scales.length > 0 ? p.scales : d.quantization[0] !== 0 ? [d.quantization[0]] : [];
  const zeroPoints = p && p.scales.length > 0 ? p.zero_points : d.quantization[0] !== 0 ? [d.quantization[1]] : [];
  return {
    index: d.index >= 0 ? d.index : position,
    name: d.name,
    shape: d.shape,
    ...(d.shape_signature ? { shapeSignature: d.shape_signature } : {}),
    dtype: d.dtype,
    ...(scales.length > 0 ? { quantization: { scales, zeroPoints, axis: p?.quantized_dimension ?? 0 } } : {}),
    byteSize: 0,
    isConstant: false,
    producers: [],
    consumers: [],
    subgraph: 0,
  };
}

/**
 * The printout as a ModelSummary. A printout lists tensors only: which are
 * inputs, outputs or weights, and the operators, are not in it.
 */
export function detailsToSummary(tensors: readonly TensorDetails[]): ModelSummary {
  return {
    format: 'details-printout',
    inputs: [],
    outputs: [],
    tensors: tensors.map(summaryOf),
    operators: [],
    subgraphs: [],
    metadata: {},
    flavour: { flavour: 'unknown', evidence: ['A printout of tensor details does not say which tensors are inputs, outputs or weights.'] },
    warnings: [],
  };
}
