// The twelve steps of one output unit's integer computation, as data the
// view renders: a title, a one-line result for the step list, sentences,
// an optional formula line and an optional table. The step count and order
// are the same in every mode, so a step number in a link means the same
// stage whichever runtime is followed. The words come from the widget's
// catalog (strings.ts, strings.zh.ts); formulas and numbers are the same in
// every language.
import type { Requantization, RequantizationTrace } from '../../lib/quant/integer/requantize.ts';
import { fmt } from '../../lib/i18n/template.ts';
import { minus, sig } from '../shared/format.ts';
import type { BuiltLayer } from './layer.ts';
import { en, type IntegerLayerStepperStrings } from './strings.ts';

export type StepStrings = IntegerLayerStepperStrings['steps'];

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

export function buildSteps(
  b: BuiltLayer,
  unit: number,
  scheme: Requantization,
  t: RequantizationTrace,
  w: StepStrings = en.steps,
): StepView[] {
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
  const steps: StepView[] = [
    {
      key: 'inputs',
      title: w.inputs.title,
      short: `s_in = ${num(sIn, 4)}, z_in = ${int(zIn)}`,
      lines: [
        fmt(w.inputs.calibration, { min: num(b.input.min, 4), max: num(b.input.max, 4), scale: num(sIn), zeroPoint: int(zIn) }),
        w.inputs.codes,
      ],
      formula: `q_in = round(x / ${num(sIn)}) + (${int(zIn)})`,
      table: {
        caption: w.inputs.caption,
        head: ['k', 'x', 'x / s_in', 'q_in'],
        rows: xs.map((x, k) => [String(k), num(x, 5), num(x / sIn, 5), int(qx[k])]),
      },
    },
    {
      key: 'weights',
      title: w.weights.title,
      short: `s_w = ${num(sW, 4)}${perChannel ? ` ${fmt(w.weights.shortUnit, { unit })}` : ''}`,
      lines: [
        fmt(perChannel ? w.weights.perChannel : w.weights.perTensor, { unit, scale: num(sW) }),
        w.weights.narrow,
      ],
      formula: `q_w = round(w / ${num(sW)})`,
      table: {
        caption: fmt(w.weights.caption, { unit }),
        head: ['k', 'w', 'w / s_w', 'q_w'],
        rows: ws.map((x, k) => [String(k), num(x, 5), num(x / sW, 5), int(qw[k])]),
      },
    },
    {
      key: 'zero-points',
      title: w.zeroPoints.title,
      short: `q_in − z_in = ${list(dx)}`,
      lines: [w.zeroPoints.factor, fmt(w.zeroPoints.only, { zeroPoint: int(zIn) })],
      formula: `x·w ≈ s_in·s_w · (q_in − z_in)·(q_w − z_w)`,
      table: {
        caption: w.zeroPoints.caption,
        head: ['k', 'q_in − z_in', 'q_w − z_w'],
        rows: dx.map((d, k) => [String(k), int(d), int(qw[k])]),
      },
    },
    {
      key: 'accumulate',
      title: w.accumulate.title,
      short: `Σ = ${int(sum)}`,
      lines: [w.accumulate.room, fmt(w.accumulate.units, { scale: num(sIn * sW), sum: int(sum), value: num(sum * sIn * sW) })],
      formula: `Σ (q_in − z_in)(q_w − z_w) = ${products.map(int).join(' + ').replace(/\+ −/g, '− ')} = ${int(sum)}`,
    },
    {
      key: 'bias',
      title: w.bias.title,
      short: `acc = ${int(acc)}`,
      lines: [fmt(w.bias.stored, { bias: num(b.float.b[unit], 5), scale: num(sIn * sW), code: int(qb) }), w.bias.derived],
      formula: `acc = ${int(sum)} + ${int(qb)} = ${int(acc)}`.replace('+ −', '− '),
    },
    {
      key: 'multiplier',
      title: w.multiplier.title,
      short: `M = ${num(m.real, 5)}`,
      lines: [
        fmt(w.multiplier.convert, { scale: num(sOut), multiplier: num(m.real, 8) }),
        fmt(w.multiplier.product, { value: num(t.exactReal, 8) }),
        w.multiplier.fraction,
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
        title: w.ortFloat.title,
        short: `M = ${num(m.float32, 8)}`,
        lines: [
          w.ortFloat.kept,
          fmt(w.ortFloat.compare, { float32: num(m.float32, 9), exact: num(m.real, 9), m0: m.fixedPoint.multiplier, shift: int(m.fixedPoint.shift) }),
        ],
        formula: `M_f32 = ${num(m.float32, 9)}`,
      },
      {
        key: 'high-mul',
        title: w.ortMultiply.title,
        short: `f32(acc)·M = ${num(fProd, 8)}`,
        lines: [
          fmt(w.ortMultiply.convert, { acc: int(acc), float: num(fAcc, 9) }),
          fmt(w.ortMultiply.product, { product: num(fProd, 9), exact: num(t.exactReal, 9) }),
        ],
        formula: `f32(${num(fAcc, 9)} × ${num(m.float32, 9)}) = ${num(fProd, 9)}`,
      },
      {
        key: 'shift',
        title: w.ortRound.title,
        short: `→ ${int(t.rescaled)}`,
        lines: [w.ortRound.rule],
        formula: `round_half_even(${num(fProd, 9)}) = ${int(t.rescaled)}`,
      },
    );
  } else {
    const { multiplier: m0, shift } = m.fixedPoint;
    const single = scheme === 'tflite-single-rounding';
    steps.push({
      key: 'fixed-point',
      title: w.q31.title,
      short: fmt(w.q31.short, { m0, shift: int(shift) }),
      lines: [
        fmt(w.q31.frexp, { fraction: num(m.real * 2 ** -shift, 9), shift: int(shift) }),
        fmt(w.q31.m0, { m0, effective: num(m.effective, 10), relative: sig(Math.abs(m.effective - m.real) / m.real, 2) }),
      ],
      formula: `M ≈ ${m0} × 2^(${int(shift)} − 31)`,
    });
    if (single) {
      const bits = 31 - shift;
      // Up to 2^62: BigInt keeps every digit.
      const product = minus(String(BigInt(acc) * BigInt(m0)));
      steps.push(
        {
          key: 'high-mul',
          title: w.singleMultiply.title,
          short: `acc·M0 = ${product}`,
          lines: [w.singleMultiply.once, fmt(w.singleMultiply.product, { acc: int(acc), m0, product, bits })],
          formula: `${int(acc)} × ${m0} = ${product}`,
        },
        {
          key: 'shift',
          title: w.singleShift.title,
          short: `→ ${int(t.rescaled)}`,
          lines: [fmt(w.singleShift.rule, { bits }), fmt(w.singleShift.exact, { exact: num(t.exactFixedPoint ?? 0, 9) })],
          formula: `(${product} + 2^${bits - 1}) >> ${bits} = ${int(t.rescaled)}`,
        },
      );
    } else {
      const right = t.rightShift ?? 0;
      const left = shift > 0 ? shift : 0;
      steps.push(
        {
          key: 'high-mul',
          title: w.srdhm.title,
          short: `SRDHM = ${int(t.highMul ?? 0)}`,
          lines: [
            left > 0 ? fmt(w.srdhm.left, { left, value: int(t.leftShifted ?? 0) }) : w.srdhm.noLeft,
            fmt(w.srdhm.high, { exact: num(((t.leftShifted ?? acc) * m0) / 2 ** 31, 9), result: int(t.highMul ?? 0) }),
            w.srdhm.first,
          ],
          formula: `SRDHM(${int(t.leftShifted ?? acc)}, ${m0}) = ${int(t.highMul ?? 0)}`,
        },
        {
          key: 'shift',
          title: w.rdbp.title,
          short: `→ ${int(t.rescaled)}`,
          lines: [
            right > 0
              ? fmt(w.rdbp.divide, { right, divisor: 2 ** right, exact: num((t.highMul ?? 0) / 2 ** right, 9), result: int(t.rescaled) })
              : w.rdbp.nothing,
            fmt(w.rdbp.twice, { exact: num(t.exactFixedPoint ?? 0, 9) }),
          ],
          formula: `RoundingDivideByPOT(${int(t.highMul ?? 0)}, ${right}) = ${int(t.rescaled)}`,
        },
      );
    }
  }

  const bounds = { lo: int(lo), hi: int(hi), zeroPoint: int(zOut) };
  const clampNote = fmt(act === 'none' ? w.activation.none : act === 'relu' ? w.activation.relu : w.activation.relu6, bounds);
  steps.push(
    {
      key: 'zero-point-out',
      title: w.zeroPointOut.title,
      short: `${int(t.rescaled)} + (${int(zOut)}) = ${int(t.withZeroPoint)}`,
      lines: [fmt(w.zeroPointOut.counts, { zeroPoint: int(zOut) })],
      formula: `${int(t.rescaled)} + (${int(zOut)}) = ${int(t.withZeroPoint)}`,
    },
    {
      key: 'activation',
      title: w.activation.title,
      short: `clamp → ${int(t.output)}`,
      lines: [
        clampNote,
        act !== 'none' && lo === -128 && hi === 127
          ? w.activation.ends
          : act !== 'none'
            ? fmt(w.activation.cut, { ...bounds, used: hi - lo + 1 })
            : w.activation.nothingClamped,
        w.activation.free,
      ],
      formula: `clamp(${int(t.withZeroPoint)}, ${int(lo)}, ${int(hi)}) = ${int(t.output)}`,
    },
  );

  const floatY = b.floatOut[unit];
  const deq = (t.output - zOut) * sOut;
  const best = b.floatCodes[unit];
  steps.push({
    key: 'compare',
    title: w.compare.title,
    short: t.output === t.reference ? `q_out = ${int(t.output)}` : fmt(w.compare.shortOff, { code: int(t.output), exact: int(t.reference) }),
    lines: [
      fmt(w.compare.result, { float: num(floatY, 6), nearest: int(best), code: int(t.output), value: num(deq, 6), error: num(deq - floatY, 3) }),
      fmt(t.output === t.reference ? w.compare.same : w.compare.off, { exact: int(t.reference) }),
    ],
    formula: `(${int(t.output)} − (${int(zOut)})) × ${num(sOut)} = ${num(deq, 6)}`,
  });
  return steps;
}
