/**
 * The words of every FormatError, in English, by message id. A FormatError
 * carries its id and values (`detail`), so a page in another language words
 * the same error from its own table (error-messages.zh.ts), typed so that a
 * missing id is a compile error. `message` stays the English text, which the
 * `zp inspect` command and the tests read.
 *
 * Templates are plain strings with {slots}. Two slots are special: {hint}
 * holds a HintId (or '') and is worded from `hints`; {cause} is a nested
 * detail (an error found while trying the file as ONNX). A detail with a
 * `what` value (which structure was being read) gets the `reading` suffix.
 */
import { FormatError, type FormatErrorCode } from './errors.ts';

export const formatMessagesEn = {
  messages: {
    'empty-file': 'empty file: 0 bytes, nothing to read',
    'unknown-format': "not a TFLite or ONNX file (no 'TFL3' identifier at bytes 4-7: found '{found}'; and it does not start like an ONNX model){hint}",
    'not-tflite': "not a TFLite file (identifier '{found}'){hint}",
    'tflite-too-short': 'truncated: {size} bytes is too short for a TFLite file (its header alone is 8 bytes)',
    'onnx-is-tflite': "not an ONNX model: it is a TFLite FlatBuffer (identifier 'TFL3' at bytes 4-7); open it as .tflite",
    'not-onnx-hint': 'not an ONNX model{hint}',
    'not-onnx-cause': 'not an ONNX model: {cause}',
    'onnx-missing-field': 'not an ONNX model: the bytes parse as protobuf but have no {field} (a ModelProto needs both)',
    'graphs-too-deep': "graphs nested more than {max} deep (at attribute '{name}', offset {at})",
    'bad-field-number': 'bad protobuf field number {field} at offset {at}',
    'bad-wire-type': 'bad protobuf wire type {wire} for field {field} at offset {at}',
    'varint-past-end': 'truncated: the varint at offset {at} runs past the end of the file ({size} bytes)',
    'varint-overruns': 'the varint at offset {at} runs past the end of its {container} (ends at offset {end})',
    'varint-too-long': 'bad varint at offset {at}: longer than 10 bytes',
    'field-past-end': 'truncated: a field of {length} bytes at offset {at} runs past the end of the file ({size} bytes)',
    'field-overruns': 'a field of {length} bytes at offset {at} overruns its {container} (which ends at offset {end})',
    'packed-floats': 'packed floats at offset {at} are {length} bytes, not a multiple of 4',
    'bytes-overrun': 'a {count}-byte field at offset {at} overruns its {container}',
    'bytes-past-end': 'truncated: {count} bytes at offset {at} run past the end of the file ({size} bytes)',
    'offset-past-end': 'truncated: offset {at} points past the end of the file ({size} bytes)',
    'offset-before-start': 'bad offset {at}: before the start of the file',
    'vector-too-large': 'vector length {count} at offset {at} is larger than the file ({size} bytes)',
    'cyclic-tables': "the file's tables point at the same data over and over (stopped at {path} after reading more than {limit} values from {size} bytes)",
    'vtable-before-start': 'bad offset: the vtable of {path} (table at offset {at}) would start at {vtable}, before the start of the file',
    'vtable-past-end': 'truncated: offset {vtable} points past the end of the file ({size} bytes) (reading the vtable of {path})',
    'vtable-size': 'bad vtable at offset {at} for {path}: size {size} is not an even number ≥ 4',
    'vtable-table-size': 'bad vtable at offset {at} for {path}: table size {size} is smaller than 4',
    'field-outside-table': 'bad vtable at offset {at}: field {path}.{name} at +{rel} lies outside its {size}-byte table',
    'signature-subgraph': "signature {i} ('{key}') names subgraph {subgraph}, but the model has {count} subgraphs",
    'signature-tensor': "signature {i} ('{key}') names tensor {tensor} of subgraph {subgraph}, which has {count} tensors",
    'buffer-past-end': 'truncated: buffer {index} (offset {at}, {size} bytes) runs past the end of the file ({fileSize} bytes)',
    'tensor-buffer': 'tensor {i} of subgraph {subgraph} uses buffer {buffer}, but the model has {count} buffers',
    'subgraph-input-ref': 'an input of subgraph {subgraph} refers to tensor {tensor}, but the subgraph has {count} tensors',
    'subgraph-output-ref': 'an output of subgraph {subgraph} refers to tensor {tensor}, but the subgraph has {count} tensors',
    'operator-input-ref': "operator {op}'s input of subgraph {subgraph} refers to tensor {tensor}, but the subgraph has {count} tensors",
    'operator-output-ref': "operator {op}'s output of subgraph {subgraph} refers to tensor {tensor}, but the subgraph has {count} tensors",
    'operator-intermediate-ref': "operator {op}'s intermediate of subgraph {subgraph} refers to tensor {tensor}, but the subgraph has {count} tensors",
    'opcode-index': 'operator {i} of subgraph {subgraph} uses operator code {code}, but the model has {count} operator codes',
  },
  hints: {
    html: ': it starts like an HTML or XML page, perhaps a download page saved instead of the model',
    zip: ': it is a ZIP archive; unpack it first',
    onnx: ': it looks like an ONNX (protobuf) model',
    json: ': it looks like a JSON file',
  },
  reading: ' (reading {what})',
};

export type FormatMessages = typeof formatMessagesEn;
export type FormatMessageId = keyof FormatMessages['messages'];
export type HintId = keyof FormatMessages['hints'];

export interface FormatErrorDetail {
  id: FormatMessageId;
  values: Readonly<Record<string, string | number>>;
  /** The error that made an ONNX read give up ({cause}). */
  cause?: FormatErrorDetail;
}

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** A FormatError's words in one language. */
export function formatErrorText(detail: FormatErrorDetail, words: FormatMessages): string {
  const values: Record<string, string | number> = { ...detail.values };
  if ('hint' in values) values.hint = values.hint === '' ? '' : (words.hints[values.hint as HintId] ?? '');
  if (detail.cause) values.cause = formatErrorText(detail.cause, words);
  let text = fill(words.messages[detail.id], values);
  if (values.what !== undefined && values.what !== '') text += fill(words.reading, values);
  return text;
}

/** A FormatError worded in English from its id and values. */
export function formatError(code: FormatErrorCode, id: FormatMessageId, values: Record<string, string | number> = {}, offset?: number, cause?: FormatErrorDetail): FormatError {
  const detail: FormatErrorDetail = cause ? { id, values, cause } : { id, values };
  return new FormatError(code, formatErrorText(detail, formatMessagesEn), offset, detail);
}

/** The message of any error in `words`' language: a FormatError from its detail, anything else as it is. */
export function errorMessageIn(error: unknown, words: FormatMessages): string {
  if (error instanceof FormatError && error.detail) return formatErrorText(error.detail, words);
  return error instanceof Error ? error.message : String(error);
}
