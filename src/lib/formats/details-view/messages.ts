// What the explainer says about a tensor, in English: headlines, what to do
// going in and coming out, and notes, as templates keyed by id. messages.zh.ts
// has the same ids in Chinese. Numbers arrive already written (num()), so
// both languages show the same digits.
import type { Phrase, PhraseTable, PhraseValue } from '../details-parser/phrase.ts';

const EN = {
  // --- headlines ----------------------------------------------------------
  headlineNotQuantized: '{dtype}, not quantized',
  headlineQuantizedOne: '{dtype}, quantized (one scale)',
  headlineQuantizedMany: '{dtype}, quantized ({count} scales)',
  headlinePerTensor: '{dtype}, scale {scale}, zero point {zeroPoint}: real values {range} in steps of {step}',
  headlinePerAxis: '{dtype}, per-axis along dimension {axis}: {count} scales from {low} to {high}',
  headlinePerAxisSymmetric: '{dtype}, per-axis along dimension {axis}: {count} scales from {low} to {high}, all zero points 0',
  range: '[{min}, {max}]',
  rangeUnknown: 'unknown',
  // --- notes --------------------------------------------------------------
  noteTupleWithAxes:
    'The tuple says ({scale}, {zeroPoint}) but there are {count} scales; TFLite fills the tuple only for per-tensor parameters, so this printout is unusual. The per-axis parameters are used.',
  noteTupleDisagrees:
    "'quantization' says ({tupleScale}, {tupleZeroPoint}) but 'quantization_parameters' says ({scale}, {zeroPoint}); the interpreter always reports the same pair in both, so the paste was edited or mixed up. The tuple is used.",
  noteScaleFromArray:
    "The tuple is (0.0, 0) but 'quantization_parameters' has one scale; the scale below is numpy's print of it, rounded to 8 decimal places.",
  noteZeroScale: 'The tuple has scale 0 but zero point {zeroPoint}; a zero scale means "not quantized", so the zero point means nothing.',
  noteFloatWithParameters:
    'The type is {dtype} but it has quantization parameters. TFLite keeps parameters on float tensors only in odd cases (a dequantized copy, or a converter bug); the values in it are floats, so nothing needs converting.',
  noteNoRanges: '{dtype} is quantized here, but this page computes ranges only for uint8, int8, int16 and int32.',
  noteUnusable: 'These parameters cannot be used as they are: {problem}.',
  noteAxisOutside:
    'quantized_dimension is {axis}, but the shape has {rank}. Converters sometimes copy a weight\'s axis onto its 1-D bias like this; a reader that checks the axis stops with "quantized_dimension must be in range".{fits}',
  dimensionsOne: '{count} dimension',
  dimensionsOther: '{count} dimensions',
  axisFits: ' The {count} scales match dimension {dimension}, which the code below uses.',
  noteAxisSize: 'Dimension {axis} has {size} entries but there are {count} scales; TFLite wants one scale per entry.',
  // --- not quantized ------------------------------------------------------
  floatIn:
    'Not quantized: scale 0 is the interpreter\'s way of saying "no parameters", so (0.0, 0) does not mean "multiply by zero". Feed {dtype} values directly.',
  floatInRange:
    'Which float range the model wants ([0, 1], [−1, 1], mean/std normalization…) is not in the printout: it is whatever the model was trained with. Check the model card or the metadata.',
  floatInWeightsOnly:
    'A model whose weights were quantized (dynamic range quantization, post_training_quantize, Optimize.DEFAULT without a representative dataset) still has float inputs and outputs like this one: only the weights inside are 8-bit.',
  floatOut: 'Read the {dtype} values as they are; nothing to dequantize.',
  plainBool: 'true/false values',
  plainStrings: 'strings',
  plainIntegers: '{dtype} integers',
  plainIn: 'No scale: the {what} are used as they are (token ids, indices, lengths, flags). Feed them without any conversion.',
  plainOut: 'Read the {what} as they are.',
  // --- per tensor ---------------------------------------------------------
  unusable: 'These parameters cannot be used; see the note below.',
  pixels: '{feed}. {meaning}.',
  feedUint8: 'Image bytes 0–255 can go in as they are',
  feedInt8: 'Image bytes 0–255 go in after subtracting 128 (p − 128, or flip the top bit: p ^ 0x80)',
  readsUnit: 'The model reads them as {low} to {high}, which is the same as dividing the pixels by 255 (inputs in [0, 1])',
  readsSigned: 'The model reads them as {low} to {high}, about (p − 127.5) / 127.5 (inputs in [−1, 1])',
  readsPixels: 'The model reads them as {low} to {high}: the pixel values themselves',
  readsOther: 'The model reads them as {low} to {high}; if your model was trained on another normalization, quantize the normalized floats instead',
  fromFloats:
    'From floats x: q = clamp(round(x / {scale}) + {zeroPoint}, {qmin}, {qmax}). Values beyond {range} are clipped to the end codes; inside, each lands within half a step ({half}) of where it was.',
  int16Mode: 'int16 with zero point 0 is the 16×8 mode: 16-bit activations, 8-bit weights, for signals (audio) that 256 levels would flatten.',
  int32Bias:
    'int32 with a scale is how TFLite stores biases (scale = input scale × weight scale, zero point 0); as a model input or output it is rare.',
  toRead: 'To read it: f = (q − {zeroPoint}) × {scale}. Code {qmin} means {min}, code {qmax} means {max}{zeroCode}.',
  zeroCodeAtEnd: ' (so code {zeroPoint} is exactly 0)',
  zeroCodeInside: ', code {zeroPoint} means exactly 0',
  probability:
    'This looks like a probability (softmax or sigmoid): steps of {scale}, and the top code means {max}, not 1, so a certain answer reads as {maxShort}.',
  oneSided:
    'The zero point sits at an end of the type, so all codes lie on one side of 0: the tensor was calibrated on values of one sign.',
  // --- per axis -----------------------------------------------------------
  perAxisIn:
    'Per-axis (per-channel) parameters: slice c along dimension {axis} has its own scale s_c and zero point z_c. This is how TFLite stores convolution and fully connected weights: you never feed this tensor, the interpreter reads it from the file.',
  perAxisTuple:
    "The deprecated 'quantization' tuple reads (0.0, 0) for such tensors because one pair cannot describe {count} channels; only 'quantization_parameters' has them.",
  perAxisOut: 'To read weight w in channel c: w = (q − z_c) × s_c.{widest}{narrow}',
  widest: ' The widest channel covers ±{value}.',
  narrowRange: ' Zero points of 0 mean symmetric quantization; TFLite weights use codes −127 to 127 (narrow range).',
};

export type ExplainMessageId = keyof typeof EN;
export type ExplainPhrase = Phrase<ExplainMessageId>;
export type ExplainMessages = PhraseTable<ExplainMessageId>;

export const explainMessagesEn: ExplainMessages = EN;

/** An explainer phrase; the id is checked against the table. */
export function say(id: ExplainMessageId, values?: Readonly<Record<string, PhraseValue<ExplainMessageId>>>): ExplainPhrase {
  return values ? { id, values } : { id };
}
