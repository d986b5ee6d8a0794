import type { NumberFieldWords } from './number-words.ts';

export const numberFieldZh: NumberFieldWords = {
  empty: '请为 {name} 输入一个数。',
  notFinite: '{name} 必须是有限的数；NaN 和无穷大不能作为量化参数保存。',
  notNumber: '“{text}”不是数字；请输入类似 127.5 或 1e-3 的值。',
  tooLarge: '{name} 太大，已不是有限的数。',
};
