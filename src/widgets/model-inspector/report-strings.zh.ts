// The inspector worker's words in Simplified Chinese (keys and slots as in
// report-strings.ts). Formulas, field names and numbers stay as they are.
import type { ReportStrings } from './report-strings.ts';

export const reportZh: ReportStrings = {
  lang: 'zh',
  formula: {
    runtime: 'real = scale × (q − zero_point)，其中缩放因子在运行时计算',
    perAxis: 'real = scale[c] × (q − {zero})，沿轴 {axis}（通道 c）',
  },
  axis: {
    perTensor: 'quantized_dimension {axis}：整个张量只有一个缩放因子和零点，所以取哪一维都无所谓。',
    outOfRangeOne: 'quantized_dimension {axis} 超出范围：张量只有 {rank} 维（形状 [{shape}]），它的 {count} 个缩放因子无法对应到通道上。',
    outOfRangeOther: 'quantized_dimension {axis} 超出范围：张量只有 {rank} 维（形状 [{shape}]），它的 {count} 个缩放因子无法对应到通道上。',
    match: 'quantized_dimension {axis}：通道 c 是形状 [{shape}] 沿轴 {axis} 的下标（大小 {size}），每个下标一个缩放因子。',
    mismatch: 'quantized_dimension {axis}：通道 c 是形状 [{shape}] 沿轴 {axis} 的下标（大小 {size}），但缩放因子有 {count} 个。',
  },
  perAxis: {
    sameZero: '{count} 个缩放因子，从 {lo} 到 {hi}；零点全为 {zero}。',
    zeros: '{count} 个缩放因子，从 {lo} 到 {hi}；共有 {zeros} 种不同的零点。',
  },
  rangeAcross: '{range}（跨 {count} 个通道）',
  scales: {
    one: '这个张量的所有值共用一个缩放因子。',
    oneCaption: '缩放因子',
    channel: '通道',
    scale: '缩放因子',
    ratio: '，相差 {ratio} 倍',
    summary: '沿轴 {axis} 的逐通道缩放因子：共 {count} 个通道，最小 {lo}（通道 {loAt}），最大 {hi}（通道 {hiAt}）{ratio}。',
    caption: '沿轴 {axis} 每个通道的缩放因子和零点',
    captionRanges: '沿轴 {axis} 每个通道的缩放因子和零点，以及该通道存储值的范围',
    head: '缩放因子，零点',
    values: '；取值 {min} 到 {max}',
  },
  histogram: {
    real: '反量化值',
    float: '存储值',
    codes: '存储的整数码值',
    none: '没有可显示的值。',
    noneCaption: '直方图',
    bin: '区间',
    count: '个数',
    theTensor: '该张量',
    summary: '{name} 的 {count} 个{what}的直方图，范围 {min} 到 {max}，分为 {bins} 个区间；最满的区间是 {from} 到 {to}，有 {peak} 个。',
    caption: '每个区间内{what}的个数',
    binHead: '区间（起，止）',
    binRow: '{from} 到 {to}',
  },
  notes: {
    axisMismatch: '逐轴参数与形状对不上，因此显示原始整数码值。',
    unknownDims: '形状中有未知维度，因此显示原始整数码值。',
    notQuantized: '未量化：按原样显示存储的整数。',
  },
  reasons: {
    external: '它的数据在另一个文件里（{location}），这里从不去读取',
    computed: '它在模型运行时才计算出来，文件里没有存它的值',
    notStored: '它的值没有存放在这个文件里',
    notCharted: '{dtype} 类型的值不绘制图表',
    empty: '这个张量没有存任何值',
    allNonFinite: '存储的值全是 NaN 或无穷大',
  },
  internalError: '检查器处理这个文件时出错（{detail}）。请报告这个问题。',
  verdicts: {
    float: {
      headline: '未量化',
      meaning: '权重和激活值都是浮点数，没有什么需要反量化的。',
    },
    float16: {
      headline: 'float16 权重',
      meaning: '权重以 16 位浮点存储（体积减半），运行时再扩展为 float32；激活值仍是 float32。',
    },
    'dynamic-range': {
      headline: '动态范围量化（仅权重）',
      meaning: '权重以整数存储；激活值保持浮点，或针对每个输入即时量化。整个过程没有用到校准。',
    },
    'full-integer-uint8': {
      headline: '全整数量化，uint8 激活值',
      meaning: '带权重的层以 uint8 激活码值配整数权重运行；每个激活值都带有校准得到的缩放因子和零点。',
    },
    'full-integer-int8': {
      headline: '全整数量化，int8 激活值',
      meaning: '带权重的层以 int8 激活码值配 int8 权重运行；每个激活值都带有校准得到的缩放因子和零点。',
    },
    '16x8': {
      headline: '16x8：int16 激活值，int8 权重',
      meaning: '激活值用 16 位码值换取更细的量化步长，权重仍是 8 位。',
    },
    mixed: {
      headline: '混合',
      meaning: '有些带权重的层量化了、有些没有，或者它们使用不同的激活值类型。',
    },
    unknown: {
      headline: '无法判断',
      meaning: '文件里既没有带权重的层，也没有量化的激活值，无从判断。',
    },
  },
};
