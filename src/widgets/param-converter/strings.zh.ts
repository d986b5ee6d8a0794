// ParamConverter in Simplified Chinese (same shape and slots as strings.ts).
import { quantErrorZh } from '../../lib/quant/error-messages.ts';
import { sharedZh } from '../shared/strings.zh.ts';
import { numberFieldZh } from './number-words.zh.ts';
import type { ParamConverterStrings } from './strings.ts';

export const zh: ParamConverterStrings = {
  lang: 'zh',
  quantErrors: quantErrorZh,
  shared: sharedZh,
  title: '参数换算器',
  description:
    '把转换器的 (mean, std_dev)、解释器的 (scale, zero_point) 和真实范围 (min, max) 联动起来：改动其中任意一组，另外两组随之更新，并在数轴上画出量化网格。',
  toolbarLabel: '参数换算器“{id}”',
  noticesHeading: '有些设置无法使用：',
  dismiss: '关闭',
  dtype: '类型',
  presets: '预设',
  presetLabel: '{label}：({mean}, {stdDev})',
  presetNames: { unit: '输入在 [0, 1]', symmetric: '输入在 [−1, 1]', pixels: '原始像素 [0, 255]' },
  fromLabels: { stats: '(mean, std_dev)', params: '(scale, zero_point)', range: '(min, max)' },
  who: {
    stats: '转换器接收的参数：quantized_input_stats',
    params: "解释器报告的参数：'quantization'",
    range: '整数码对应的真实范围',
  },
  typed: '手动输入',
  follows: '自动推算',
  errorLine: '{error}其他两组显示的是最后一次能换算出来的值。',
  sentenceJoiner: '',
  why: {
    'std-dev-not-positive': '它表示真实值每变化 1 对应多少个整数码，负数或 0 都说不通。',
    'std-dev-not-finite': 'NaN 和无穷大不是转换器能用的数。',
    'mean-not-finite': 'NaN 和无穷大不是转换器能用的数。',
    'range-not-finite': 'NaN 和无穷大不是转换器能用的数。',
    'scale-not-positive': '缩放因子是一个量化步长对应的真实大小，必须为正，而且要大到 float32 能表示。',
    'scale-not-finite': '缩放因子以 float32 存储，最大只到 3.4 × 10³⁸ 左右。',
    'zero-point-not-integer': '存储的零点是该张量类型的一个整数码。',
    'zero-point-out-of-range': '存储的零点必须是该张量类型的某个整数码。',
    'empty-range': '范围的两端必须不同，中间才放得下 255 个量化步长。',
  },
  resultsLabel: '换算结果：{id}',
  converterArgument: '转换器参数',
  interpreterPrints: 'get_input_details() 打印',
  realRange: '覆盖的真实范围',
  steps: '共 {steps} 步，每步 {scale}',
  warningsLabel: '警告',
  warnings: {
    noZeroMean: '均值 {mean} 超出了 {dtype} 的整数码范围 {qmin}…{qmax}，因此范围 {range} 不包含 0.0。',
    noZeroRange: '范围 {range} 不包含 0.0。',
    noZero:
      '{what}转换器不会替你扩大范围，而是把零点截断到端点码 {zeroPoint}：这样 0.0 仍在网格上，但网格整体平移到了 {covered}，你要的范围有一部分会被截断。（TF1 的 toco 则会直接在检查处停下。）请自己把范围扩大到包含 0。',
    rounded:
      '零点必须是该类型的整数，而 {ideal} 不是：转换器把它舍入为 {zeroPoint}，所以网格覆盖的是 {covered}，而不是 {range}。',
    roundedTie:
      '零点必须是该类型的整数，而 {ideal} 不是：转换器把它舍入为 {zeroPoint}（恰好在两个整数正中间，向远离零的方向舍入），所以网格覆盖的是 {covered}，而不是 {range}。',
    float32Scale: '模型以 float32 存储缩放因子：{scale} 实际保存为 {stored}，也就是解释器打印出来的数。',
    int16ZeroPoint:
      'TFLite 的 int16 激活值（16x8 模式）是对称量化，零点为 0；真正运行转换器时，int16 不会得到零点 {zeroPoint}。',
    notRepresentable: '这组参数已接近 float32 能表示的极限；这里打印的值在最后几位上可能与真实转换器不同。',
  },
  wrongTitle: '流传甚广的错误公式',
  wrongText:
    '如果把除以 std_dev 错写成乘以 std_dev，即 {minFormula} 和 {maxFormula}，对 ({mean}, {stdDev}) 会得到 {wrong}。像转换器那样做除法，得到的是 {right}。',
  line: {
    title: '实数轴上的量化网格',
    zeroLabel: '0.0\u00a0= 码值 {code}',
    zeroLabelClamped: '0.0\u00a0= 码值 {code}\u00a0（已截断）',
    codes: '码值',
    everyNth: '每 {nth} 个码值标一个',
    clipBounds: '截断边界',
    asked: '要求的范围',
    cover: '从 {qmin} 到 {qmax} 共 {codes} 个码值，相邻两个相差 {scale}，覆盖真实值 {covered}；超出的值会被截断到两端的码值。',
    zero: '0.0 对应码值 {code}。',
    zeroClamped: '0.0 对应码值 {code}，正好在网格端点上，因为零点被截断了。',
    askedWas: '要求的范围是 {range}。',
    marks: '图中每 {nth} 个码值画一个刻度。',
  },
  number: numberFieldZh,
};
