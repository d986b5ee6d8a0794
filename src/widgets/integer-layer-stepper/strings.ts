// Every word IntegerLayerStepper shows or announces, in English. The Chinese
// catalog (strings.zh.ts) has the same keys and the same {slots}. Numbers,
// formulas and the names of runtime functions are filled in, never translated.
import type { QuantErrorTable } from '../../lib/quant/error-messages.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { sharedEn } from '../shared/strings.ts';

export const en = {
  lang: 'en' as Locale,
  /** English shows the core's own sentences; other languages word each refusal by its code. */
  quantErrors: undefined as QuantErrorTable | undefined,
  shared: sharedEn,
  title: 'Integer layer stepper',
  description:
    'Steps through one int8 fully connected layer the way an integer runtime computes it: zero points, int32 accumulation, bias, the fixed-point multiplier, rounding, the output zero point and the fused activation, next to the float result.',
  toolbarLabel: 'the integer layer stepper “{id}”',

  noticesHead: 'Some settings could not be used:',
  dismiss: 'Dismiss',

  layerLegend: 'Layer (float)',
  inputsLabel: 'Inputs x',
  weightsLabel: 'Weights W',
  weightsHint: '(one row per output unit, rows separated by “;”)',
  biasLabel: 'Bias b',
  seedLabel: 'Seed',
  randomLayer: 'Random layer',
  seedError: 'Seed must be a whole number from 0 to 4294967295.',
  layerError: '{problem} The steps show the last layer that could be used.',

  quantLegend: 'Quantization and runtime',
  weightScales: 'Weight scales',
  fusedActivation: 'Fused activation',
  outputRange: 'Output range observed',
  outputUnit: 'Output unit',
  unitOption: 'Unit {unit}',
  requantization: 'Requantization',
  labels: {
    granularity: { 'per-tensor': 'Per tensor', 'per-channel': 'Per channel' },
    activation: { none: 'None', relu: 'ReLU', relu6: 'ReLU6' },
    outputRange: { 'after-activation': 'After the activation (TFLite)', 'before-activation': 'Before the activation' },
    mode: {
      tflite: 'TFLite fixed point (ties away from zero)',
      'tflite-single-rounding': 'TFLite single rounding (ties up)',
      onnxruntime: 'ONNX Runtime (float32 multiplier, ties to even)',
    },
  },
  schemeShort: { tflite: 'TFLite', 'tflite-single-rounding': 'TFLite single rounding', onnxruntime: 'ONNX Runtime' },

  stepsGroup: 'Steps for unit {unit}',
  stepRegion: 'Step {step}: {title}',
  previous: '← Previous step',
  next: 'Next step →',
  stepHeading: 'Step {step} of {count}: {title}',
  stepContext: '(unit {unit}, {scheme})',

  resultsLabel: 'Results: {id}',
  resultsNote:
    "Every output unit: the int32 accumulator requantized in double precision and by each runtime (marked ≠ where a runtime differs from double precision), then the float result, the code nearest to it, the accumulator, and the stepped runtime's error (its dequantized code minus the float result).",
  resultsCaption: 'Output codes of every unit',
  columns: {
    unit: 'Unit',
    double: 'Double',
    tflite: 'TFLite',
    'tflite-single-rounding': 'Single rounding',
    onnxruntime: 'ONNX Runtime',
    float: 'Float y',
    nearest: 'Nearest code',
    acc: 'acc',
    error: 'Error',
  },
  /** The counts paragraph, around the one figure shown in bold. */
  countsBefore:
    "Over this layer's {total} outputs on {rows} input rows (your row and the seeded calibration rows), TFLite's fixed point differs from ONNX Runtime on",
  countsAfter:
    "({percent}), always by one code; TFLite's single-rounding build on {single} ({singlePercent}). Against double-precision requantization: TFLite {exactTflite}, single rounding {exactSingle}, ONNX Runtime {exactOrt}.",
  params:
    's_in = {sIn}, z_in = {zIn} · s_out = {sOut}, z_out = {zOut} (output range [{min}, {max}]) · weight scales {scales} · M0 = {m0}, shift {shift} for unit {unit}.',

  problems: {
    inputs: 'Inputs: {problem}',
    bias: 'Bias: {problem}',
    noRows: 'Weights: type one row of numbers per output unit, rows separated by semicolons.',
    tooManyRows: 'Weights: {rows} rows; this layer has at most {max} output units.',
    rowList: 'Weights, row {row}: {problem}',
    rowLength: 'Weights, row {row} has {count} numbers; it needs one per input ({need}).',
    biasCount: 'Bias has {count} numbers; it needs one per output unit ({need}).',
    tooLarge: '{field}: {value} is too large for this demo; keep values within ±10,000.',
    fieldNames: { inputs: 'Inputs', weights: 'Weights', bias: 'Bias' },
    quant: 'This layer cannot be quantized: {problem}.',
    /** The core's int32 overflow (its only refusal here), where its English message is not shown (never on the English page). */
    beyondInt32: 'the bias or an accumulator does not fit in int32 at these scales',
  },

  steps: {
    inputs: {
      title: 'Quantize the input',
      calibration:
        'Calibration saw inputs in [{min}, {max}] (nudged so that 0.0 is a code), so the input tensor stores int8 with scale s_in = {scale} and zero point z_in = {zeroPoint}.',
      codes: 'Each float becomes q = round(x / s_in) + z_in. From here on the layer only sees these codes.',
      caption: 'Input codes',
    },
    weights: {
      title: 'Quantize the weights',
      shortUnit: '(unit {unit})',
      perChannel:
        "Weights are symmetric int8 with zero point 0, one scale per output unit: unit {unit}'s largest |w| maps to code 127, so s_w = max|w| / 127 = {scale}.",
      perTensor:
        'Weights are symmetric int8 with zero point 0 and one scale for the whole matrix: its largest |w| maps to code 127, so s_w = {scale} for every unit.',
      narrow: 'TFLite stores int8 weights in the narrow range [−127, 127] so that negating a weight never overflows.',
      caption: 'Weights of unit {unit}',
    },
    zeroPoints: {
      title: 'Subtract the zero points',
      factor:
        'A code means (q − z)·s, so the real product x·w is s_in·s_w·(q_in − z_in)(q_w − z_w). The scales factor out of the whole sum; only the integer differences are multiplied.',
      only:
        'Here z_w = 0, so only z_in = {zeroPoint} is subtracted. (Kernels often expand the product and precompute the z_in·Σq_w term once per unit instead; the sum is the same.)',
      caption: 'Integer factors',
    },
    accumulate: {
      title: 'Multiply and add in int32',
      room: 'Each product of two 8-bit numbers fits in 16 bits; the sum goes into a 32-bit accumulator, which has room for tens of thousands of them without overflow.',
      units: 'This sum is the dot product in units of s_in·s_w = {scale}: {sum} × {scale} = {value}.',
    },
    bias: {
      title: 'Add the int32 bias',
      stored:
        'The bias is stored as int32 with scale s_in·s_w and zero point 0, exactly the units of the accumulator, so it is added as is: {bias} / {scale} rounds to {code}.',
      derived: 'Its scale is not chosen by calibration: it follows from the input and weight scales. That is why a bias needs no range of its own.',
    },
    multiplier: {
      title: 'The real multiplier M',
      convert: 'The output must be in units of s_out = {scale}. One real number converts: M = s_in·s_w / s_out = {multiplier}.',
      product: 'acc·M = {value} is the output in output codes, before rounding and before the output zero point.',
      fraction: 'An integer-only kernel cannot multiply by a fraction; the next steps show how each runtime does it.',
    },
    ortFloat: {
      title: 'M as a float32',
      kept: 'ONNX Runtime keeps M as a float32, computed once from the float32 scales: f32(f32(s_in·s_w) / s_out).',
      compare: 'That is {float32}; the exact M is {exact}. (TFLite would store M0 = {m0} and shift {shift}.)',
    },
    ortMultiply: {
      title: 'Multiply in float32',
      convert: 'The int32 accumulator is converted to float32 ({acc} → {float}, exact below 2^24) and multiplied by M in float32.',
      product: 'The float32 product is {product}; the exact value is {exact}.',
    },
    ortRound: {
      title: 'Round half to even',
      rule: 'The product is rounded to the nearest integer; a value exactly halfway goes to the even neighbour (2.5 → 2, 3.5 → 4), like ONNX QuantizeLinear.',
    },
    q31: {
      title: 'M as a Q31 number and a shift',
      frexp: 'frexp splits M into a fraction in [0.5, 1) times a power of two: M = {fraction} × 2^{shift}.',
      short: 'M0 = {m0}, shift {shift}',
      m0: 'The fraction times 2^31, rounded, is the int32 M0 = {m0}; the power of two is the shift. Together they stand for {effective}, within {relative} (relative) of M.',
    },
    singleMultiply: {
      title: 'One 64-bit product',
      once: 'The single-rounding build multiplies the accumulator by M0 into a 64-bit integer and rounds only once, at the end.',
      product: 'acc·M0 = {acc} × {m0} = {product}, which is acc·M times 2^{bits}.',
    },
    singleShift: {
      title: 'Rounding shift (ties up)',
      rule: 'Add half of 2^{bits} and shift right by {bits} bits. An arithmetic right shift rounds down, so a value exactly halfway goes up: −2.5 → −2, 2.5 → 3.',
      exact: 'Exact value: {exact}.',
    },
    srdhm: {
      title: 'Saturating rounding doubling high multiply',
      left: 'M is above 1, so the accumulator is first shifted left by {left}: {value}.',
      noLeft: 'M is below 1, so there is no left shift.',
      high: 'SRDHM multiplies two int32 into 64 bits, doubles, and keeps the high 32 bits, rounded: x·M0 / 2^31 = {exact} → {result}. (It saturates only for −2^31 × −2^31.)',
      first: 'This is the first rounding.',
    },
    rdbp: {
      title: 'Rounding right shift (ties away from zero)',
      divide:
        'RoundingDivideByPOT divides by 2^{right} = {divisor} and rounds, halfway cases away from zero: {exact} → {result}. This is the second rounding.',
      nothing: 'The shift is 0 or positive, so there is nothing left to divide.',
      twice: 'Rounding twice can differ from rounding the exact {exact} once, when the first rounding lands exactly on a half.',
    },
    zeroPointOut: {
      title: 'Add the output zero point',
      counts: 'The rescaled value counts output steps from real 0.0; adding z_out = {zeroPoint} turns it into a code.',
    },
    activation: {
      title: 'Fused activation as a clamp',
      none: 'No fused activation: the bounds are the int8 range [{lo}, {hi}].',
      relu: 'ReLU is fused: real 0.0 is code z_out = {zeroPoint}, so the lower bound becomes {lo}; the upper stays {hi}.',
      relu6:
        'ReLU6 is fused: the lower bound is the code of 0.0 ({lo}) and the upper the code of 6.0, z_out + round(6 / s_out) capped at 127: {hi}.',
      ends: 'These bounds are the int8 ends anyway: the output range was calibrated after the activation, so saturation alone already does the activation’s work. Calibrate before the activation to see the clamp bite (and to see the codes it wastes).',
      cut: 'The bounds cut into the int8 range: codes outside [{lo}, {hi}] can never occur, so the output uses only {used} of its 256 codes.',
      nothingClamped: 'Without an activation nothing is clamped beyond the int8 range.',
      free: 'The activation costs nothing extra: the kernel clamps to these bounds instead of to the plain int8 range, so there is no separate ReLU pass.',
    },
    compare: {
      title: 'Compare with float',
      shortOff: 'q_out = {code} (exact: {exact})',
      result:
        'The float layer gives {float}; its nearest code is {nearest}. The integer layer gives code {code}, which means {value}: an error of {error}.',
      same: "Requantizing the same accumulator in double precision also gives {exact}: the runtime's arithmetic lost nothing here; the error comes from quantizing inputs, weights and the output.",
      off: "Requantizing the same accumulator in double precision gives {exact}: this runtime's rounding is one code off here.",
    },
  },
};

export type IntegerLayerStepperStrings = typeof en;
