export { mulberry32, openUnit, type Random } from './prng.ts';
export {
  GENERATED_SOURCES,
  MAX_TENSOR_SIZE,
  SOURCE_PARAMS,
  generateTensor,
  type GeneratedSource,
  type TensorRequest,
} from './generators.ts';
export { MAX_TYPED_VALUES, numberWordsEn, parseNumberList, type NumberWords, type ParseNumbersResult } from './parse-numbers.ts';
