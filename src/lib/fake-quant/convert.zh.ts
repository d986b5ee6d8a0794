// convert.ts 中转换器提示（NOTE_TEXT）的简体中文版：按同一个 NoteCode 索引，
// 槽位相同（{tensor}，默认范围另有 {min}/{max}）。缺少任何一个 code 都会编译失败。
import type { NoteCode } from './convert.ts';

export const NOTE_TEXT_ZH: Readonly<Record<NoteCode, string>> = {
  'default-range': '{tensor} 没有范围，改用默认范围 [{min}, {max}]。',
  'weights-from-values':
    '常量数组 {tensor} 没有范围，转换器直接取其数值的最小值和最大值。训练时从未见过这些权重被舍入后的样子，结果可能与训练学到的不一致。',
  'bias-range-unused': '{tensor} 上的范围不会被使用：偏置以 int32 存储，缩放因子为输入缩放因子 × 权重缩放因子。',
  'fused-away': '层融合后 {tensor} 就不存在了：它的范围不会被使用，训练时在这里模拟的舍入也根本不会发生。',
};
