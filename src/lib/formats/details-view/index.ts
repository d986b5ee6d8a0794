// One tensor's details, explained and turned into code. Pure: no DOM.
export { explainTensor, num } from './explain.ts';
export type { Channel, TensorExplanation, TensorKind } from './explain.ts';
export { CODE_LANGUAGES, LANGUAGE_LABELS, generateCode } from './codegen.ts';
export type { CodeLanguage } from './codegen.ts';
export { floatLiteral, pyFloat } from './literals.ts';
