// The twelve steps of one output unit's integer computation, as data the
// view renders: a title, a one-line result for the step list, sentences,
// an optional formula line and an optional table. The step count and order
// are the same in every mode, so a step number in a link means the same
// stage whichever runtime is followed.
import type { Requantization, RequantizationTrace } from '../../lib/quant/integer/requantize.ts';
import { minus, sig } from '../shared/format.ts';
import type { BuiltLayer } from './layer.ts';

export interface StepTable {
  caption: string;
  head: string[];
  rows: string[][];
}

export interface StepView {
  key: string;
  title: string;
  /** The step's result in a few characters, for the step list. */
  short: string;
  lines: string[];
  formula?: string;
  table?: StepTable;
}

const int = (n: number) => minus(String(n));
const list = (values: ArrayLike<number>) => `[${Array.from(values, int).join(', ')}]`;
const num = (x: number, d = 6) => sig(x, d);

export const SCHEME_NAMES: Record<Requantization, string> = {
  tflite: 'TFLite (fixed point, ties away from zero)',
  'tflite-single-rounding': 'TFLite single rounding (ties up)',
  onnxruntime: 'ONNX Runtime (float32, ties to even)',
};

export const SCHEME_SHORT: Record<Requantization, string> = {
  tflite: 'TFLite',
  'tflite-single-rounding': 'TFLite single rounding',
  onnxruntime: 'ONNX Runtime',
};

export function buildSteps(b: BuiltLayer, unit: number, scheme: Requantization, t: RequantizationTrace): StepView[] {
  const n = b.float.inDepth;
  const sIn = b.input.scale;
  const zIn = b.input.zeroPoint;
  const sW = b.weightScales[b.weightScales.length === 1 ? 0 : unit];
  const sOut = b.output.scale;
  const zOut = b.output.zeroPoint;
  const xs = Array.from(b.float.x);
  const ws = Array.from(b.float.w.subarray(unit * n, (unit + 1) * n));
  const qw = Array.from(b.qw.subarray(unit * n, (unit + 1) * n));
  const qx = Array.from(b.qx);
  const dx = qx.map((q) => q - zIn);
  const products = dx.map((d, k) => d * qw[k]);
  const sum = products.reduce((a, v) => a + v, 0);
  const qb = b.qb[unit];
  const acc = t.accumulator;
  const m = t.multiplier;
  const perChannel = b.weightScales.length > 1;
  const act = b.activation;
  const { lo, hi } = t.bounds;
  const unitName = `unit ${unit}`;

  const steps: StepView[] = [
    {
      key: 'inputs',
      title: 'Quantize the input',
      short: `s_in = ${num(sIn, 4)}, z_in = ${int(zIn)}`,
      lines: [
        `Calibration saw inputs in [${num(b.input.min, 4)}, ${num(b.input.max, 4)}] (nudged so that 0.0 is a code), so the input tensor stores int8 with scale s_in = ${num(sIn)} and zero point z_in = ${int(zIn)}.`,
        'Each float becomes q = round(x / s_in) + z_in. From here on the layer only sees these codes.',
      ],
      formula: `q_in = round(x / ${num(sIn)}) + (${int(zIn)})`,
      table: {
        caption: 'Input codes',
        head: ['k', 'x', 'x / s_in', 'q_in'],
        rows: xs.map((x, k) => [String(k), num(x, 5), num(x / sIn, 5), int(qx[k])]),
      },
    },
    {
      key: 'weights',
      title: 'Quantize the weights',
      short: `s_w = ${num(sW, 4)}${perChannel ? ` (${unitName})` : ''}`,
      lines: [
        perChannel
          ? `Weights are symmetric int8 with zero point 0, one scale per output unit: ${unitName}'s largest |w| maps to code 127, so s_w = max|w| / 127 = ${num(sW)}.`
          : `Weights are symmetric int8 with zero point 0 and one scale for the whole matrix: its largest |w| maps to code 127, so s_w = ${num(sW)} for every unit.`,
        'TFLite stores int8 weights in the narrow range [−127, 127] so that negating a weight never overflows.',
      ],
      formula: `q_w = round(w / ${num(sW)})`,
      table: {
        caption: `Weights of ${unitName}`,
        head: ['k', 'w', 'w / s_w', 'q_w'],
        rows: ws.map((w, k) => [String(k), num(w, 5), num(w / sW, 5), int(qw[k])]),
      },
    },
    {
      key: 'zero-points',
      title: 'Subtract the zero points',
      short: `q_in − z_in = ${list(dx)}`,
      lines: [
        'A code means (q − z)·s, so the real product x·w is s_in·s_w·(q_in − z_in)(q_w − z_w). The scales factor out of the whole sum; only the integer differences are multiplied.',
        `Here z_w = 0, so only z_in = ${int(zIn)} is subtracted. (Kernels often expand the product and precompute the z_in·Σq_w term once per unit instead; the sum is the same.)`,
      ],
      formula: `x·w ≈ s_in·s_w · (q_in − z_in)·(q_w − z_w)`,
      table: {
        caption: 'Integer factors',
        head: ['k', 'q_in − z_in', 'q_w − z_w'],
        rows: dx.map((d, k) => [String(k), int(d), int(qw[k])]),
      },
    },
    {
      key: 'accumulate',
      title: 'Multiply and add in int32',
      short: `Σ = ${int(sum)}`,
      lines: [
        'Each product of two 8-bit numbers fits in 16 bits; the sum goes into a 32-bit accumulator, which has room for tens of thousands of them without overflow.',
        `This sum is the dot product in units of s_in·s_w = ${num(sIn * sW)}: ${int(sum)} × ${num(sIn * sW)} = ${num(sum * sIn * sW)}.`,
      ],
      formula: `Σ (q_in − z_in)(q_w − z_w) = ${products.map(int).join(' + ').replace(/\+ −/g, '− ')} = ${int(sum)}`,
    },
    {
      key: 'bias',
      title: 'Add the int32 bias',
      short: `acc = ${int(acc)}`,
      lines: [
        `The bias is stored as int32 with scale s_in·s_w and zero point 0, exactly the units of the accumulator, so it is added as is: ${num(b.float.b[unit], 5)} / ${num(sIn * sW)} rounds to ${int(qb)}.`,
        'Its scale is not chosen by calibration: it follows from the input and weight scales. That is why a bias needs no range of its own.',
      ],
      formula: `acc = ${int(sum)} + ${int(qb)} = ${int(acc)}`.replace('+ −', '− '),
    },
    {
      key: 'multiplier',
      title: 'The real multiplier M',
      short: `M = ${num(m.real, 5)}`,
      lines: [
        `The output must be in units of s_out = ${num(sOut)}. One real number converts: M = s_in·s_w / s_out = ${num(m.real, 8)}.`,
        `acc·M = ${num(t.exactReal, 8)} is the output in output codes, before rounding and before the output zero point.`,
        'An integer-only kernel cannot multiply by a fraction; the next steps show how each runtime does it.',
      ],
      formula: `M = ${num(sIn)} × ${num(sW)} / ${num(sOut)} = ${num(m.real, 8)}`,
    },
  ];

  if (scheme === 'onnxruntime') {
    const fAcc = t.float32Accumulator ?? acc;
    const fProd = t.float32Product ?? 0;
    steps.push(
      {
        key: 'fixed-point',
        title: 'M as a float32',
        short: `M = ${num(m.float32, 8)}`,
        lines: [
          'ONNX Runtime keeps M as a float32, computed once from the float32 scales: f32(f32(s_in·s_w) / s_out).',
          `That is ${num(m.float32, 9)}; the exact M is ${num(m.real, 9)}. (TFLite would store M0 = ${m.fixedPoint.multiplier} and shift ${int(m.fixedPoint.shift)}.)`,
        ],
        formula: `M_f32 = ${num(m.float32, 9)}`,
      },
      {
        key: 'high-mul',
        title: 'Multiply in float32',
        short: `f32(acc)·M = ${num(fProd, 8)}`,
        lines: [
          `The int32 accumulator is converted to float32 (${int(acc)} → ${num(fAcc, 9)}, exact below 2^24) and multiplied by M in float32.`,
          `The float32 product is ${num(fProd, 9)}; the exact value is ${num(t.exactReal, 9)}.`,
        ],
        formula: `f32(${num(fAcc, 9)} × ${num(m.float32, 9)}) = ${num(fProd, 9)}`,
      },
      {
        key: 'shift',
        title: 'Round half to even',
        short: `→ ${int(t.rescaled)}`,
        lines: [
          'The product is rounded to the nearest integer; a value exactly halfway goes to the even neighbour (2.5 → 2, 3.5 → 4), like ONNX QuantizeLinear.',
        ],
        formula: `round_half_even(${num(fProd, 9)}) = ${int(t.rescaled)}`,
      },
    );
  } else {
    const { multiplier: m0, shift } = m.fixedPoint;
    const single = scheme === 'tflite-single-rounding';
    steps.push({
      key: 'fixed-point',
      title: 'M as a Q31 number and a shift',
      short: `M0 = ${m0}, shift ${int(shift)}`,
      lines: [
        `frexp splits M into a fraction in [0.5, 1) times a power of two: M = ${num(m.real * 2 ** -shift, 9)} × 2^${int(shift)}.`,
        `The fraction times 2^31, rounded, is the int32 M0 = ${m0}; the power of two is the shift. Together they stand for ${num(m.effective, 10)}, within ${sig(Math.abs(m.effective - m.real) / m.real, 2)} (relative) of M.`,
      ],
      formula: `M ≈ ${m0} × 2^(${int(shift)} − 31)`,
    });
    if (single) {
      const n = 31 - shift;
      // Up to 2^62: BigInt keeps every digit.
      const product = minus(String(BigInt(acc) * BigInt(m0)));
      steps.push(
        {
          key: 'high-mul',
          title: 'One 64-bit product',
          short: `acc·M0 = ${product}`,
          lines: [
            'The single-rounding build multiplies the accumulator by M0 into a 64-bit integer and rounds only once, at the end.',
            `acc·M0 = ${int(acc)} × ${m0} = ${product}, which is acc·M times 2^${n}.`,
          ],
          formula: `${int(acc)} × ${m0} = ${product}`,
        },
        {
          key: 'shift',
          title: 'Rounding shift (ties up)',
          short: `→ ${int(t.rescaled)}`,
          lines: [
            `Add half of 2^${n} and shift right by ${n} bits. An arithmetic right shift rounds down, so a value exactly halfway goes up: −2.5 → −2, 2.5 → 3.`,
            `Exact value: ${num(t.exactFixedPoint ?? 0, 9)}.`,
          ],
          formula: `(${product} + 2^${n - 1}) >> ${n} = ${int(t.rescaled)}`,
        },
      );
    } else {
      const right = t.rightShift ?? 0;
      const left = shift > 0 ? shift : 0;
      steps.push(
        {
          key: 'high-mul',
          title: 'Saturating rounding doubling high multiply',
          short: `SRDHM = ${int(t.highMul ?? 0)}`,
          lines: [
            left > 0
              ? `M is above 1, so the accumulator is first shifted left by ${left}: ${int(t.leftShifted ?? 0)}.`
              : 'M is below 1, so there is no left shift.',
            `SRDHM multiplies two int32 into 64 bits, doubles, and keeps the high 32 bits, rounded: x·M0 / 2^31 = ${num(((t.leftShifted ?? acc) * m0) / 2 ** 31, 9)} → ${int(t.highMul ?? 0)}. (It saturates only for −2^31 × −2^31.)`,
            'This is the first rounding.',
          ],
          formula: `SRDHM(${int(t.leftShifted ?? acc)}, ${m0}) = ${int(t.highMul ?? 0)}`,
        },
        {
          key: 'shift',
          title: 'Rounding right shift (ties away from zero)',
          short: `→ ${int(t.rescaled)}`,
          lines: [
            right > 0
              ? `RoundingDivideByPOT divides by 2^${right} = ${2 ** right} and rounds, halfway cases away from zero: ${num((t.highMul ?? 0) / 2 ** right, 9)} → ${int(t.rescaled)}. This is the second rounding.`
              : 'The shift is 0 or positive, so there is nothing left to divide.',
            `Rounding twice can differ from rounding the exact ${num(t.exactFixedPoint ?? 0, 9)} once, when the first rounding lands exactly on a half.`,
          ],
          formula: `RoundingDivideByPOT(${int(t.highMul ?? 0)}, ${right}) = ${int(t.rescaled)}`,
        },
      );
    }
  }

  const clampNote =
    act === 'none'
      ? `No fused activation: the bounds are the int8 range [${int(lo)}, ${int(hi)}].`
      : act === 'relu'
        ? `ReLU is fused: real 0.0 is code z_out = ${int(zOut)}, so the lower bound becomes ${int(lo)}; the upper stays ${int(hi)}.`
        : `ReLU6 is fused: the lower bound is the code of 0.0 (${int(lo)}) and the upper the code of 6.0, z_out + round(6 / s_out) capped at 127: ${int(hi)}.`;
  steps.push(
    {
      key: 'zero-point-out',
      title: 'Add the output zero point',
      short: `${int(t.rescaled)} + (${int(zOut)}) = ${int(t.withZeroPoint)}`,
      lines: [`The rescaled value counts output steps from real 0.0; adding z_out = ${int(zOut)} turns it into a code.`],
      formula: `${int(t.rescaled)} + (${int(zOut)}) = ${int(t.withZeroPoint)}`,
    },
    {
      key: 'activation',
      title: 'Fused activation as a clamp',
      short: `clamp → ${int(t.output)}`,
      lines: [
        clampNote,
        act !== 'none' && lo === -128 && hi === 127
          ? 'These bounds are the int8 ends anyway: the output range was calibrated after the activation, so saturation alone already does the activation’s work. Calibrate before the activation to see the clamp bite (and to see the codes it wastes).'
          : act !== 'none'
            ? `The bounds cut into the int8 range: codes outside [${int(lo)}, ${int(hi)}] can never occur, so the output uses only ${hi - lo + 1} of its 256 codes.`
            : 'Without an activation nothing is clamped beyond the int8 range.',
        'The activation costs nothing extra: the kernel clamps to these bounds instead of to the plain int8 range, so there is no separate ReLU pass.',
      ],
      formula: `clamp(${int(t.withZeroPoint)}, ${int(lo)}, ${int(hi)}) = ${int(t.output)}`,
    },
  );

  const floatY = b.floatOut[unit];
  const deq = (t.output - zOut) * sOut;
  const best = b.floatCodes[unit];
  steps.push({
    key: 'compare',
    title: 'Compare with float',
    short: t.output === t.reference ? `q_out = ${int(t.output)}` : `q_out = ${int(t.output)} (exact: ${int(t.reference)})`,
    lines: [
      `The float layer gives ${num(floatY, 6)}; its nearest code is ${int(best)}. The integer layer gives code ${int(t.output)}, which means ${num(deq, 6)}: an error of ${num(deq - floatY, 3)}.`,
      t.output === t.reference
        ? `Requantizing the same accumulator in double precision also gives ${int(t.reference)}: the runtime's arithmetic lost nothing here; the error comes from quantizing inputs, weights and the output.`
        : `Requantizing the same accumulator in double precision gives ${int(t.reference)}: this runtime's rounding is one code off here.`,
    ],
    formula: `(${int(t.output)} − (${int(zOut)})) × ${num(sOut)} = ${num(deq, 6)}`,
  });
  return steps;
}
