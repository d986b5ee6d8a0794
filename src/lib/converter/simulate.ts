// Turns a row of the cases table into what the reader sees for their own
// settings: concrete dtypes, and the `quantization` tuple with numbers where
// the settings determine them (quantized_input_stats, default_ranges_stats),
// computed by the quantization core exactly as the converter rounds them.
import { linkForms } from '../quant/converter-forms.ts';
import { QuantError } from '../quant/errors.ts';
import { findCase, effectiveChoices, TENSOR_KINDS, type CaseRow, type ConverterChoices, type TensorKind, type TupleRule } from './cases.ts';
import { messageById, type KnownMessage } from './messages.ts';

export interface ConverterNumbers {
  /** quantized_input_stats (mean, std_dev). */
  mean: number;
  stdDev: number;
  /** default_ranges_stats (min, max). */
  defaultMin: number;
  defaultMax: number;
}

export interface TensorReport {
  kind: TensorKind;
  dtype: string;
  /** The tuple as Python prints it, or a description where it depends on data. */
  tuple: string;
  /** True when `tuple` holds real numbers rather than a description. */
  exact: boolean;
  /** Which description `tuple` is (TUPLE_TEXT), so a page in another language can word it; null when there are no words. */
  tupleId: TupleTextId | null;
  note: string;
  /** A problem with the numbers behind this tuple (e.g. a bad std_dev); the widget words it in its language. */
  problem: QuantError | null;
}

/** The words of tuples that depend on data the widget does not have. */
export const TUPLE_TEXT = {
  recorded: '(scale, zero_point) from the recorded min/max',
  'own-range': "(scale, zero_point) from the tensor's min/max",
  calibrated: '(scale, zero_point) from calibration',
  symmetric: '(scale, 0)',
  'per-channel': '(scale, 0) when per-tensor; (0.0, 0) when per-channel, with the scales in quantization_parameters',
  'io-uint8': '(scale, zero_point + 128) of the int8 tensor behind it',
} as const;

export type TupleTextId = keyof typeof TUPLE_TEXT;

type Tuple = { tuple: string; exact: boolean; tupleId: TupleTextId | null; problem: QuantError | null };

const exact = (tuple: string): Tuple => ({ tuple, exact: true, tupleId: null, problem: null });
const described = (id: TupleTextId): Tuple => ({ tuple: TUPLE_TEXT[id], exact: false, tupleId: id, problem: null });

export type Simulation =
  | { kind: 'error'; row: CaseRow; message: KnownMessage }
  | { kind: 'model'; row: CaseRow; tensors: TensorReport[] };

/** A float as Python's repr prints a float32 widened to double (shortest round trip). */
export function pyFloat(x: number): string {
  if (Number.isInteger(x)) return `${x}.0`;
  return String(x);
}

function tupleFor(rule: TupleRule, choices: ConverterChoices, numbers: ConverterNumbers): Tuple {
  const uint8 = (from: 'stats' | 'range'): Tuple => {
    try {
      const f =
        from === 'stats'
          ? linkForms({ from, mean: numbers.mean, stdDev: numbers.stdDev }, 'uint8')
          : linkForms({ from, min: numbers.defaultMin, max: numbers.defaultMax }, 'uint8');
      return exact(`(${pyFloat(f.params.scale)}, ${f.params.zeroPoint})`);
    } catch (e) {
      if (!(e instanceof QuantError)) throw e;
      return { tuple: '(scale, zero_point)', exact: false, tupleId: null, problem: e };
    }
  };
  switch (rule) {
    case 'none':
      return exact('(0.0, 0)');
    case 'input-stats':
      return uint8('stats');
    case 'default-range':
      return uint8('range');
    case 'recorded':
    case 'own-range':
    case 'calibrated':
    case 'symmetric':
    case 'per-channel':
      return described(rule);
    case 'io':
      if (choices.ioType === 'float32') return exact('(0.0, 0)');
      if (choices.ioType === 'int16') return described('symmetric');
      if (choices.ioType === 'uint8') return described('io-uint8');
      return described('calibrated');
  }
}

export function simulate(choices: ConverterChoices, numbers: ConverterNumbers): Simulation {
  const effective = effectiveChoices(choices);
  const row = findCase(effective);
  if (row.outcome.kind === 'error') {
    const message = messageById(row.outcome.messageId);
    if (!message) throw new Error(`case ${row.id} names an unknown message ${row.outcome.messageId}`);
    return { kind: 'error', row, message };
  }
  const { tensors } = row.outcome;
  return {
    kind: 'model',
    row,
    tensors: TENSOR_KINDS.map((kind) => {
      const t = tensors[kind];
      const dtype = t.dtype === 'io' ? effective.ioType : t.dtype;
      const rule: TupleRule = t.dtype === 'io' && effective.ioType === 'float32' ? 'none' : t.tuple;
      return { kind, dtype, note: t.note, ...tupleFor(rule, effective, numbers) };
    }),
  };
}
