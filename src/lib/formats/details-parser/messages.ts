// What the details parser says, in English: every error and note it reports,
// as templates keyed by id. messages.zh.ts holds the same ids in Chinese; the
// widget picks the table for its page's language and words the phrases the
// parser returns (renderPhrase). DetailsParseError.message stays English for
// logs and tests.
import type { Phrase, PhraseTable, PhraseValue } from './phrase.ts';

const EN = {
  // --- what was found / what something is --------------------------------
  endOfPaste: 'the end of the paste',
  theText: "the text '{text}'",
  theNumber: 'the number {number}',
  quoted: "'{text}'",
  ellipsis: '"..."',
  aDict: 'a dict { … }',
  aList: 'a list [ … ]',
  aTuple: 'a tuple ( … )',
  aNumpyArray: 'a numpy array',
  theType: 'the type {name}',
  none: 'None',
  true: 'True',
  false: 'False',
  rawDict: 'dict',
  rawList: 'list',
  rawTuple: 'tuple',
  rawConst: 'const',
  rawArray: 'array',
  rawType: 'type',
  rawEllipsis: 'ellipsis',
  controlCharacter: 'the control character U+{code}',
  // --- where, and why a sign was expected ---------------------------------
  atTopLevel: 'at the top level',
  afterOpenBrace: "after '{'",
  asNextKey: 'as the next key',
  forKey: 'for the key {key}',
  thatKey: 'that key',
  list: 'list',
  tuple: 'tuple',
  inThe: 'in the {what}',
  asItemOf: 'as item {n} of the {what}',
  insideCall: 'inside {call}( … )',
  forKeyword: 'for {key}=',
  afterKey: 'after the key {key}',
  toEndAngle: "to end <{word} '{name}'",
  toCloseDtype: "to close dtype('{name}'",
  toCloseCall: 'to close {call}(',
  afterKeyword: "after '{key}' inside array( … )",
  toCloseArray: 'to close the array( opened at line {line}, column {column}',
  // --- reading errors -----------------------------------------------------
  tooLong: 'the paste is {length} characters long; at most {max} are read (print fewer tensors at a time)',
  empty: 'there is nothing to read: paste what print(interpreter.get_input_details()) shows',
  endsBeforeClose:
    "the paste ends before the '{opener}' opened at line {line}, column {column} is closed with '{closer}' (was the end of the printout cut off?)",
  endsEarly: 'the paste ends too early: {detail}',
  expectedSign: "expected '{sign}' {why}, but found {found}",
  tooDeep: 'brackets are nested more than {max} deep; a tensor printout never is',
  expectedValue: 'expected a value {where} (a number, quoted text, a list, a dict, True/False/None), but found {found}',
  expectedNumberAfterSign: "expected a number after '{sign}', but found {found}",
  expectedCommaOrBrace: "expected ',' or '}' after the value of {key}, but found {found}",
  expectedCommaOrCloser: "expected ',' or '{closer}' after item {n} of the {what}, but found {found}",
  expectedTypeName: "expected a quoted type name after '<{word}', like <class 'numpy.uint8'>, but found {found}",
  expectedClass: "expected <class '…'> after '<', but found {found}",
  expectedDtypeArgument: "expected a type name inside dtype( … ), like dtype('uint8'), but found {found}",
  expectedNumberInside: 'expected a number inside {call}( … ), but found {found}',
  expectedKeyword: 'expected a keyword such as dtype= inside array( … ), but found {found}',
  expectedTypeAfterDtype: 'expected a type after dtype=, like dtype=int32, but found {found}',
  unknownName:
    "'{word}' is not something get_input_details() prints; expected a value such as 'text', 12, array([…], dtype=int32) or <class 'numpy.uint8'>",
  curlyQuote: 'cannot read the curly quote {ch}: a word processor or chat app changed the quotes; Python prints \' or "',
  cannotRead: 'cannot read {shown}: a get_input_details() printout has only names, numbers, quoted text and the signs [ ] { } ( ) , : = < >',
  unterminatedPaste: 'this quoted text is never closed: no {quote} before the end of the paste',
  unterminatedLine: 'this quoted text is never closed: no {quote} before the end of the line',
  // --- errors in what a tensor's dict holds -------------------------------
  scaleInQuantization: "the scale in 'quantization' (its first number)",
  zeroPointInQuantization: "the zero point in 'quantization' (its second number)",
  eachItemOf: 'each item of {what}',
  notWholeNumber: '{what} should be a whole number, but it is {kind}',
  notNumber: '{what} should be a number, but it is {kind}',
  notNumberList: '{what} should be a list of numbers, like {example}, but it is {kind}',
  itemNotNumber: 'every item of {what} should be a number, but this one is {kind}',
  dtypeNotType: "'dtype' should be a type, like <class 'numpy.uint8'>, but it is {kind}",
  dtypeUnknown: "'dtype' is {name}, which is not a tensor type TFLite uses (uint8, int8, int16, int32, float32, …)",
  keyNotText: "a tensor's keys are quoted names such as 'shape', but this key is {kind}",
  keyTwice: "the key '{key}' appears twice in this tensor's dict",
  noKnownKeys: "this dict has none of the keys get_input_details() prints ('name', 'index', 'shape', 'dtype', 'quantization'…)",
  nameNotText: "'name' should be quoted text, but it is {kind}",
  indexNegative: "'index' should be 0 or more, but it is {index}",
  quantizationNotPair: "'quantization' should be a pair (scale, zero_point), like (0.003921568859368563, 0), but it is {kind}",
  quantizationNotPairItems:
    "'quantization' should be a pair (scale, zero_point), like (0.003921568859368563, 0), but it is {kind} with {count} items",
  parametersNotDict: "'quantization_parameters' should be a dict with 'scales', 'zero_points' and 'quantized_dimension', but it is {kind}",
  parameterKeyTwice: "the key '{key}' appears twice in 'quantization_parameters'",
  scalesOne: '{count} scale',
  scalesOther: '{count} scales',
  zeroPointsOne: '{count} zero point',
  zeroPointsOther: '{count} zero points',
  unpaired: "'quantization_parameters' has {scales} but {zeroPoints}; they come in pairs",
  sparsityNotDict: "'sparsity_parameters' should be a dict (usually {}), but it is {kind}",
  itemNotDict: 'item {n} of this list is {kind}; get_input_details() lists one dict { … } per tensor',
  notAList: 'expected a list of tensor dicts [{…}, …] or one dict {…}, as get_input_details() prints, but found {kind}',
  // --- notes about a tensor -----------------------------------------------
  noteUnknownKey: "The key '{key}' is not one the interpreter prints; it was ignored.",
  noteNoName: "No 'name' in the printout.",
  noteNoIndex: "No 'index' in the printout: the code below uses −1 where the tensor index goes; put the real one in.",
  noteNegativeShape:
    "'shape' has {value}; the interpreter reports −1 only in 'shape_signature' (a dimension fixed when you resize the input).",
  noteNoShape: "No 'shape' in the printout.",
  noteNoDtype: "No 'dtype' in the printout, so the integer type is unknown.",
  noteUnknownParameterKey: "'quantization_parameters' has a key '{key}' the interpreter does not print; it was ignored.",
  noteParametersIncomplete: "'quantization_parameters' lacks 'scales' or 'zero_points'; read as empty.",
  noteNoQuantization: "Neither 'quantization' nor 'quantization_parameters' is in the printout; read as not quantized.",
  noteSparse: 'This tensor is stored sparse (its sparsity_parameters are not empty).',
  noteShortened:
    "numpy shortened '{key}' with \"...\" (it does that for long arrays), so the middle values are not in the printout; print with numpy.set_printoptions(threshold=sys.maxsize) to see all of them.",
};

export type ParserMessageId = keyof typeof EN;
export type ParserPhrase = Phrase<ParserMessageId>;
export type ParserMessages = PhraseTable<ParserMessageId>;

export const parserMessagesEn: ParserMessages = EN;

/** A parser phrase; the id is checked against the table. */
export function say(id: ParserMessageId, values?: Readonly<Record<string, PhraseValue<ParserMessageId>>>): ParserPhrase {
  return values ? { id, values } : { id };
}
