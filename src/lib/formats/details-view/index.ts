// One tensor's details, explained and turned into code. Pure: no DOM.
export { explainTensor, num } from './explain.ts';
export type { Channel, TensorExplanation, TensorKind } from './explain.ts';
export { CODE_LANGUAGES, generateCode } from './codegen.ts';
export { explainMessagesEn } from './messages.ts';
export type { ExplainMessageId, ExplainMessages, ExplainPhrase } from './messages.ts';
export type { CodeLanguage } from './codegen.ts';
export { floatLiteral, pyFloat } from './literals.ts';
