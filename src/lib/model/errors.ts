// Why a model could not be used, in words for the reader. Widgets show the
// message in the reader's language (renderModelMessage with their catalog's
// table, see messages.ts); `message` is the English one. `kind` lets them
// offer the right next step (retry, reload…).
import {
  modelTermsEn,
  renderModelMessage,
  subjectSlot,
  workerMessagesEn,
  type ModelMessage,
  type ModelMessageCode,
  type ModelMessages,
  type ModelTemplates,
  type ModelTerm,
  type Subject,
} from './messages.ts';

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

export class ModelError extends Error implements ModelMessage {
  readonly kind: ModelErrorKind;
  readonly code: ModelMessageCode;
  readonly values: Readonly<Record<string, string | number>>;
  readonly terms: Readonly<Record<string, ModelTerm>>;
  /** `message` is the English text; the rest lets a widget word it in another language. */
  constructor(kind: ModelErrorKind, message: string, code: ModelMessageCode, values: Record<string, string | number> = {}, terms: Record<string, ModelTerm> = {}) {
    super(message);
    this.name = 'ModelError';
    this.kind = kind;
    this.code = code;
    this.values = values;
    this.terms = terms;
  }

  /** An error whose English comes from `templates` (the throw site's own table, so a page carries only the page's). */
  static of(kind: ModelErrorKind, templates: ModelTemplates, code: ModelMessageCode, values: Record<string, string | number> = {}, terms: Record<string, ModelTerm> = {}): ModelError {
    return new ModelError(kind, renderModelMessage({ code, values, terms }, { messages: templates, terms: modelTermsEn }), code, values, terms);
  }

  /** An error about `what` (a download, a model): its slot, plus any other values. */
  static about(kind: ModelErrorKind, templates: ModelTemplates, code: ModelMessageCode, what: Subject, values: Record<string, string | number> = {}): ModelError {
    const slot = subjectSlot(what);
    return ModelError.of(kind, templates, code, { ...slot.values, ...values }, { ...slot.terms });
  }
}

/** A plain object that survives postMessage (Error subclasses lose their fields). */
export interface ModelErrorData extends ModelMessage {
  kind: ModelErrorKind;
  /** English, for logs. */
  message: string;
}

export function toErrorData(error: unknown, fallback: ModelErrorKind = 'run'): ModelErrorData {
  if (error instanceof ModelError) return { kind: error.kind, message: error.message, code: error.code, values: { ...error.values }, terms: { ...error.terms } };
  const text = error instanceof Error ? error.message : String(error);
  return { kind: fallback, message: text, code: 'other', values: { details: text }, terms: {} };
}

export function fromErrorData(data: ModelErrorData): ModelError {
  return new ModelError(data.kind, data.message, data.code, { ...data.values }, { ...data.terms });
}

/** The reader-facing text of anything thrown, in the language of `table` (none: the English it was made with). */
export function modelErrorText(error: unknown, table?: ModelMessages): string {
  if (error instanceof ModelError && table) return renderModelMessage(error, table);
  if (error instanceof Error) return error.message;
  return String(error);
}

/** onnxruntime's messages for bytes that are not a valid ONNX model. */
const PARSE_FAILURE = /protobuf|parsing|invalid model|load model|ModelProto|Failed to load|not a valid/i;

/** Turns what onnxruntime throws while creating a session into a reader-facing error. */
export function sessionError(error: unknown, what: Subject): ModelError {
  const details = error instanceof Error ? error.message : String(error);
  return ModelError.about('corrupt', workerMessagesEn, PARSE_FAILURE.test(details) ? 'notOnnx' : 'notPrepared', what, { details });
}
