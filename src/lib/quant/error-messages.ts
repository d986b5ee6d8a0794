// QuantError in the reader's language. English keeps the message the core
// wrote (it names the bad value); other languages say the same thing by code,
// since each code is one kind of mistake with one fix. The Chinese table
// reaches a widget through its Chinese catalog (`quantErrors`), never by
// import from an island, so English pages do not carry it.
import { QuantError, type QuantErrorCode } from './errors.ts';

export type QuantErrorTable = Readonly<Record<QuantErrorCode | 'unexpected', string>>;

export const quantErrorZh: QuantErrorTable = {
  'scale-not-positive': '缩放因子（scale）必须大于 0。',
  'scale-not-finite': '缩放因子（scale）必须是有限的数，不能是 NaN 或无穷大。',
  'zero-point-not-integer': '零点（zero point）必须是整数。',
  'zero-point-out-of-range': '零点（zero point）必须落在该数据类型能表示的整数范围内。',
  'min-greater-than-max': '最小值大于最大值：min 必须小于等于 max。',
  'range-not-finite': '范围的两端必须是有限的数，不能是 NaN 或无穷大。',
  'empty-range': '范围为空：min 与 max 相等且不含 0，无法据此确定缩放因子。',
  'not-finite-value': '数据中含有 NaN 或无穷大，这样的值无法量化。',
  'not-integer-value': '整数码必须是整数。',
  'empty-input': '张量是空的：至少需要一个值。',
  'bad-input': '输入的格式无法识别。',
  'length-mismatch': '两组数据的长度不一致。',
  'bad-shape': '张量形状无效：各维度必须是正整数，且元素个数要与数据一致。',
  'bad-axis': '量化轴（axis）超出了张量的维度范围。',
  'bad-dtype': '不支持这种数据类型。',
  'bad-rounding': '不支持这种舍入方式。',
  'bad-bins': '直方图的分箱数必须是正整数。',
  'std-dev-not-positive': 'std_dev 必须大于 0（它就是 1 / scale）。',
  'std-dev-not-finite': 'std_dev 必须是有限的数，不能是 NaN 或无穷大。',
  'mean-not-finite': 'mean 必须是有限的数，不能是 NaN 或无穷大。',
  'mean-out-of-range': 'mean 就是零点，必须落在该数据类型能表示的整数范围内。',
  unexpected: '计算时出现了意外错误。',
};

/** A message for anything a computation threw: from `table` when given (a catalog's quantErrors), else the core's English. */
export function quantErrorMessage(error: unknown, table?: QuantErrorTable): string {
  if (table) return error instanceof QuantError ? table[error.code] : table.unexpected;
  return error instanceof Error ? error.message : String(error);
}
