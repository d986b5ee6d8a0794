// Why a model could not be used, in words for the reader. Widgets show
// `message`; `kind` lets them offer the right next step (retry, reload…).

export type ModelErrorKind =
  /** No network (fetch rejected before any response). */
  | 'offline'
  /** The server answered, but not with the file (404, 500…). */
  | 'http'
  /** The bytes arrived but are not a model or runtime we can use. */
  | 'corrupt'
  /** The browser cannot run it: no WebAssembly, no workers, or a policy forbids them. */
  | 'unsupported'
  /** The run itself failed. */
  | 'run';

export class ModelError extends Error {
  readonly kind: ModelErrorKind;
  constructor(kind: ModelErrorKind, message: string) {
    super(message);
    this.name = 'ModelError';
    this.kind = kind;
  }
}

/** A plain object that survives postMessage (Error subclasses lose their fields). */
export interface ModelErrorData {
  kind: ModelErrorKind;
  message: string;
}

export function toErrorData(error: unknown, fallback: ModelErrorKind = 'run'): ModelErrorData {
  if (error instanceof ModelError) return { kind: error.kind, message: error.message };
  const text = error instanceof Error ? error.message : String(error);
  return { kind: fallback, message: text };
}

export function fromErrorData(data: ModelErrorData): ModelError {
  return new ModelError(data.kind, data.message);
}

/** onnxruntime's messages for bytes that are not a valid ONNX model. */
const PARSE_FAILURE = /protobuf|parsing|invalid model|load model|ModelProto|Failed to load|not a valid/i;

/** Turns what onnxruntime throws while creating a session into a reader-facing error. */
export function sessionError(error: unknown, what: string): ModelError {
  const text = error instanceof Error ? error.message : String(error);
  if (PARSE_FAILURE.test(text)) {
    return new ModelError('corrupt', `${what} could not be read as an ONNX model (the file may be damaged or incomplete). Details: ${text}`);
  }
  return new ModelError('corrupt', `onnxruntime could not prepare ${what}. Details: ${text}`);
}
