export {
  attributeName,
  defaultsOf,
  defineSchema,
  hasProp,
  urlKeys,
  type BooleanSpec,
  type EnumSpec,
  type NumberSpec,
  type PropSpec,
  type SchemaCheck,
  type StateOf,
  type StringSpec,
  type WidgetSchema,
} from './schema.ts';
export { checkValue, formatRaw, isHostileText, parseRaw, type Checked } from './validate.ts';
export { resolveAttributes, resolveProps, type Notice, type Resolved } from './resolve.ts';
export { decodeUrlState, encodeUrlState, isValidNamespace, replaceUrlState } from './url-state.ts';
export { reasonText, stateWordsEn, type StateWords, type Why } from './words.ts';
