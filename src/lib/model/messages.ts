// What a ModelError says, as templates keyed by code, so a widget can show the
// same failure in the reader's language: the error carries its code and
// values across the worker boundary, and the widget renders it with the
// table from its own catalog (modelMessagesEn, or messages.zh.ts).
// Slots are filled with fmt(); `terms` are values that are themselves words
// (which download, which digit set) and are looked up in the same table.
//
// English is split by where an error is raised: the page's own failures
// (downloads, the model card, the worker's life) and the model worker's
// (reading and running a model). A lesson page then carries only the first
// table; the worker's errors arrive with their English already written.
import { fmt } from '../i18n/template.ts';

/** Failures raised on the page (download() also runs in the worker, for the runtime). */
export const pageMessagesEn = {
  offline: 'Could not download {what}: the network request failed (are you offline?). Check the connection and try again.',
  http: 'Could not download {what}: the server answered {status} for {url}.',
  brokenOff: 'The download of {what} broke off after {received} bytes. Try again.',
  notJson: '{what} is not valid JSON (the file may be damaged).',
  workerStopped: 'The model worker stopped unexpectedly (the browser may have blocked it or run out of memory). Reload the page to try again.',
  messageUnreadable: 'A message from the model worker could not be read.',
  shutDown: 'The model runtime was shut down.',
  noWasm: 'This browser cannot run the model: it needs WebAssembly and Web Workers.',
  workerBlocked:
    'The model worker could not start here (a page from another site, or a security policy that forbids workers). Open the lesson on Zero Point to run it.',
  cardNoModels: 'The model card has no list of models.',
  cardModelNotObject: 'Model {n} in the model card is not an object.',
  cardModelNoText: 'The model card has no “{key}” text for model {n}.',
  cardIdNoText: 'The model card has no “{key}” text for {id}.',
  cardDigitsNoText: 'The model card has no “{key}” text for the {set} digits.',
  cardBadFile: 'The model card names an unusable file “{file}”.',
  cardNoDigits: 'The model card does not say where the {set} digits are.',
  cardNoCount: 'The model card gives no count for the {set} digits.',
  /** Anything thrown that was not a ModelError (its own text, as it came). */
  other: '{details}',
};

/** Failures raised in a worker (onnxruntime's, or the TypeScript reference's). */
export const workerMessagesEn = {
  notWasm: '{what} is not a WebAssembly module (the download may be damaged, or the server sent an error page instead).',
  notOnnx: '{what} could not be read as an ONNX model (the file may be damaged or incomplete). Details: {details}',
  notPrepared: 'onnxruntime could not prepare {what}. Details: {details}',
  wrongInputs: '{what} has {inputs} inputs; a digit model takes one image batch.',
  notLoaded: '{what} is not loaded.',
  runFailed: 'onnxruntime could not run {what}: {details}',
  notInWorker: 'Model “{model}” is not loaded in the worker.',
  referenceUnsupported: 'The TypeScript reference cannot run this model: {details}',
  referenceUnreadable: 'The model could not be read as ONNX: {details}',
  referenceNotLoaded: 'No model is loaded in the TypeScript reference.',
};

export const modelTermsEn = {
  runtime: 'the runtime (onnxruntime-web WebAssembly)',
  runtimeDownload: 'The runtime download',
  model: 'the model',
  test: 'test',
  calibration: 'calibration',
};

/** Every message, for the widgets' catalogs (server side) and the Chinese table's type. */
export const modelMessagesEn = {
  messages: { ...pageMessagesEn, ...workerMessagesEn },
  terms: modelTermsEn,
};

export type ModelMessages = typeof modelMessagesEn;
export type ModelMessageCode = keyof ModelMessages['messages'];
export type ModelTerm = keyof ModelMessages['terms'];
/** Some of the templates: what a throw site renders its English from. */
export type ModelTemplates = Partial<Record<ModelMessageCode, string>>;

/** What a message is about: words the caller already has in the reader's language, or a term of the table. */
export type Subject = string | { term: ModelTerm };

export interface ModelMessage {
  code: ModelMessageCode;
  values: Readonly<Record<string, string | number>>;
  /** Slots whose value is a term of the table. */
  terms: Readonly<Record<string, ModelTerm>>;
}

/** The slots for a subject: `{what}` as given, or the term to look up. */
export function subjectSlot(what: Subject): Pick<ModelMessage, 'values' | 'terms'> {
  return typeof what === 'string' ? { values: { what }, terms: {} } : { values: {}, terms: { what: what.term } };
}

export function renderModelMessage(message: ModelMessage, table: { messages: ModelTemplates; terms: ModelMessages['terms'] }): string {
  const values: Record<string, string | number> = { ...message.values };
  for (const [slot, term] of Object.entries(message.terms)) values[slot] = table.terms[term] ?? term;
  return fmt(table.messages[message.code] ?? '{details}', values);
}
