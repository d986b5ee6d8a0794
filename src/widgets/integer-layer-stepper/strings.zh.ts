// IntegerLayerStepper 的简体中文文案：键与 {slot} 和 strings.ts 一一对应。
import { quantErrorZh } from '../../lib/quant/error-messages.ts';
import { sharedZh } from '../shared/strings.zh.ts';
import type { IntegerLayerStepperStrings } from './strings.ts';

export const zh: IntegerLayerStepperStrings = {
  lang: 'zh',
  quantErrors: quantErrorZh,
  shared: sharedZh,
  title: '整数层分步演示',
  description:
    '按整数推理运行时的实际做法，一步步计算一个 int8 全连接层：减零点、int32 累加、加偏置、定点乘数、舍入、加输出零点、融合激活，并与浮点结果对照。',
  toolbarLabel: '整数层分步演示“{id}”',

  noticesHead: '部分设置无法使用：',
  dismiss: '关闭',

  layerLegend: '层（浮点）',
  inputsLabel: '输入 x',
  weightsLabel: '权重 W',
  weightsHint: '（每个输出单元一行，行与行之间用“;”分隔）',
  biasLabel: '偏置 b',
  seedLabel: '随机种子',
  randomLayer: '随机生成一层',
  seedError: '随机种子必须是 0 到 4294967295 之间的整数。',
  layerError: '{problem}下面的步骤仍显示上一个可用的层。',

  quantLegend: '量化与运行时',
  weightScales: '权重缩放因子',
  fusedActivation: '融合激活',
  outputRange: '输出范围的观测位置',
  outputUnit: '输出单元',
  unitOption: '单元 {unit}',
  requantization: '重量化方式',
  labels: {
    granularity: { 'per-tensor': '逐张量', 'per-channel': '逐通道' },
    activation: { none: '无', relu: 'ReLU', relu6: 'ReLU6' },
    outputRange: { 'after-activation': '激活之后（TFLite 的做法）', 'before-activation': '激活之前' },
    mode: {
      tflite: 'TFLite 定点（平局远离零）',
      'tflite-single-rounding': 'TFLite 单次舍入（平局向上）',
      onnxruntime: 'ONNX Runtime（float32 乘数，四舍六入五成双）',
    },
  },
  schemeShort: { tflite: 'TFLite', 'tflite-single-rounding': 'TFLite 单次舍入', onnxruntime: 'ONNX Runtime' },

  stepsGroup: '单元 {unit} 的计算步骤',
  stepRegion: '第 {step} 步：{title}',
  previous: '← 上一步',
  next: '下一步 →',
  stepHeading: '第 {step} 步（共 {count} 步）：{title}',
  stepContext: '（单元 {unit}，{scheme}）',

  resultsLabel: '结果：{id}',
  resultsNote:
    '每个输出单元一行：先是 int32 累加器分别用双精度和各运行时重量化得到的码值（某个运行时与双精度结果不同时标记 ≠），然后是浮点结果、离它最近的码值、累加器，以及当前所跟随的运行时的误差（反量化后的码值减去浮点结果）。',
  resultsCaption: '所有单元的输出码值',
  columns: {
    unit: '单元',
    double: '双精度',
    tflite: 'TFLite',
    'tflite-single-rounding': '单次舍入',
    onnxruntime: 'ONNX Runtime',
    float: '浮点 y',
    nearest: '最近码值',
    acc: 'acc',
    error: '误差',
  },
  countsBefore:
    '在 {rows} 行输入（你的这一行加上按种子生成的校准数据）上，这一层共有 {total} 个输出，其中 TFLite 定点结果与 ONNX Runtime 不同的有',
  countsAfter:
    '个（{percent}），且每次都只差一个码值；TFLite 单次舍入版本与 ONNX Runtime 不同的有 {single} 个（{singlePercent}）。与双精度重量化相比：TFLite {exactTflite} 个，单次舍入 {exactSingle} 个，ONNX Runtime {exactOrt} 个。',
  params:
    's_in = {sIn}，z_in = {zIn} · s_out = {sOut}，z_out = {zOut}（输出范围 [{min}, {max}]）· 权重缩放因子 {scales} · 单元 {unit} 的 M0 = {m0}，移位 {shift}。',

  problems: {
    inputs: '输入：{problem}',
    bias: '偏置：{problem}',
    noRows: '权重：每个输出单元输入一行数字，行与行之间用分号分隔。',
    tooManyRows: '权重：共 {rows} 行，但这一层最多只有 {max} 个输出单元。',
    rowList: '权重第 {row} 行：{problem}',
    rowLength: '权重第 {row} 行有 {count} 个数，而每行需要与输入个数相同（{need} 个）。',
    biasCount: '偏置有 {count} 个数，而每个输出单元需要一个（共 {need} 个）。',
    tooLarge: '{field}：{value} 对这个演示来说太大了，请把数值控制在 ±10,000 以内。',
    fieldNames: { inputs: '输入', weights: '权重', bias: '偏置' },
    quant: '这一层无法量化：{problem}。',
    beyondInt32: '在这组缩放因子下，偏置或累加器超出了 int32 的范围',
  },

  steps: {
    inputs: {
      title: '量化输入',
      calibration:
        '校准时观测到的输入范围是 [{min}, {max}]（已微调，使 0.0 恰好落在某个码值上），因此输入张量以 int8 存储，缩放因子 s_in = {scale}，零点 z_in = {zeroPoint}。',
      codes: '每个浮点数都变成 q = round(x / s_in) + z_in。从这里开始，这一层只看得到这些码值。',
      caption: '输入码值',
    },
    weights: {
      title: '量化权重',
      shortUnit: '（单元 {unit}）',
      perChannel:
        '权重采用对称 int8 量化，零点为 0，每个输出单元各有一个缩放因子：单元 {unit} 中绝对值最大的 |w| 映射到码值 127，所以 s_w = max|w| / 127 = {scale}。',
      perTensor:
        '权重采用对称 int8 量化，零点为 0，整个矩阵共用一个缩放因子：矩阵中绝对值最大的 |w| 映射到码值 127，所以每个单元的 s_w 都是 {scale}。',
      narrow: 'TFLite 把 int8 权重存在窄范围 [−127, 127] 内，这样对权重取负永远不会溢出。',
      caption: '单元 {unit} 的权重',
    },
    zeroPoints: {
      title: '减去零点',
      factor:
        '码值表示的实数是 (q − z)·s，所以实数乘积 x·w 等于 s_in·s_w·(q_in − z_in)(q_w − z_w)。缩放因子可以提到整个求和式外面，真正相乘的只有整数差值。',
      only:
        '这里 z_w = 0，所以只需减去 z_in = {zeroPoint}。（很多内核会把乘积展开，对每个单元预先算好 z_in·Σq_w 这一项，结果相同。）',
      caption: '整数因子',
    },
    accumulate: {
      title: '在 int32 中相乘并累加',
      room: '两个 8 位数的乘积不超过 16 位；这些乘积累加到 32 位的累加器里，累加上万个也不会溢出。',
      units: '这个和就是以 s_in·s_w = {scale} 为单位的点积：{sum} × {scale} = {value}。',
    },
    bias: {
      title: '加上 int32 偏置',
      stored:
        '偏置以 int32 存储，缩放因子为 s_in·s_w，零点为 0，单位与累加器完全一致，因此可以直接相加：{bias} / {scale} 舍入后为 {code}。',
      derived: '偏置的缩放因子不是校准出来的，而是由输入和权重的缩放因子决定。所以偏置不需要自己的范围。',
    },
    multiplier: {
      title: '实数乘数 M',
      convert: '输出必须以 s_out = {scale} 为单位。换算只需一个实数：M = s_in·s_w / s_out = {multiplier}。',
      product: 'acc·M = {value}，这就是以输出码值为单位的结果，尚未舍入，也还没加输出零点。',
      fraction: '只做整数运算的内核没法直接乘一个小数；接下来几步展示各个运行时的做法。',
    },
    ortFloat: {
      title: '把 M 存成 float32',
      kept: 'ONNX Runtime 把 M 保存为 float32，由 float32 的缩放因子一次算出：f32(f32(s_in·s_w) / s_out)。',
      compare: '结果是 {float32}，精确的 M 是 {exact}。（TFLite 则会存储 M0 = {m0} 和移位 {shift}。）',
    },
    ortMultiply: {
      title: '在 float32 中相乘',
      convert: 'int32 累加器先转换为 float32（{acc} → {float}，小于 2^24 时是精确的），再在 float32 中乘以 M。',
      product: 'float32 乘积为 {product}，精确值为 {exact}。',
    },
    ortRound: {
      title: '四舍六入五成双',
      rule: '乘积舍入到最近的整数；恰好在正中间时取偶数（2.5 → 2，3.5 → 4），与 ONNX 的 QuantizeLinear 一致。',
    },
    q31: {
      title: '把 M 表示为 Q31 数和移位',
      short: 'M0 = {m0}，移位 {shift}',
      frexp: 'frexp 把 M 拆成 [0.5, 1) 内的小数乘以 2 的幂：M = {fraction} × 2^{shift}。',
      m0: '小数部分乘以 2^31 再舍入，得到 int32 的 M0 = {m0}；2 的幂次就是移位。两者合起来表示 {effective}，与 M 的相对误差在 {relative} 以内。',
    },
    singleMultiply: {
      title: '一次 64 位乘法',
      once: '单次舍入版本把累加器与 M0 相乘得到 64 位整数，只在最后舍入一次。',
      product: 'acc·M0 = {acc} × {m0} = {product}，也就是 acc·M 乘以 2^{bits}。',
    },
    singleShift: {
      title: '带舍入的移位（平局向上）',
      rule: '先加上 2^{bits} 的一半，再右移 {bits} 位。算术右移是向下取整的，所以恰好在正中间时会向上：−2.5 → −2，2.5 → 3。',
      exact: '精确值：{exact}。',
    },
    srdhm: {
      title: '饱和舍入倍增取高位乘法（SRDHM）',
      left: 'M 大于 1，所以累加器先左移 {left} 位：{value}。',
      noLeft: 'M 小于 1，所以不需要左移。',
      high: 'SRDHM 把两个 int32 相乘得到 64 位结果，乘以 2 后取高 32 位并舍入：x·M0 / 2^31 = {exact} → {result}。（只有 −2^31 × −2^31 时才会饱和。）',
      first: '这是第一次舍入。',
    },
    rdbp: {
      title: '带舍入的右移（平局远离零）',
      divide:
        'RoundingDivideByPOT 除以 2^{right} = {divisor} 并舍入，恰好在正中间时远离零：{exact} → {result}。这是第二次舍入。',
      nothing: '移位为 0 或正数，没有需要再除的部分。',
      twice: '舍入两次的结果可能与对精确值 {exact} 只舍入一次不同——当第一次舍入恰好落在 .5 上时就会发生。',
    },
    zeroPointOut: {
      title: '加上输出零点',
      counts: '重新缩放后的值是从实数 0.0 开始数的输出步数；加上 z_out = {zeroPoint} 就变成了码值。',
    },
    activation: {
      title: '以截断实现融合激活',
      none: '没有融合激活：上下界就是 int8 的范围 [{lo}, {hi}]。',
      relu: '融合了 ReLU：实数 0.0 对应码值 z_out = {zeroPoint}，所以下界变为 {lo}；上界仍是 {hi}。',
      relu6:
        '融合了 ReLU6：下界是 0.0 的码值（{lo}），上界是 6.0 的码值，即 z_out + round(6 / s_out)，最大不超过 127：{hi}。',
      ends: '这些上下界本来就是 int8 的两端：输出范围是在激活之后校准的，仅靠饱和就已经完成了激活的工作。改为在激活之前校准，就能看到截断真正起作用（也能看到它浪费了多少码值）。',
      cut: '上下界切进了 int8 的范围：[{lo}, {hi}] 之外的码值永远不会出现，所以输出只用到了 256 个码值中的 {used} 个。',
      nothingClamped: '没有激活时，除了 int8 范围本身之外不做任何截断。',
      free: '激活不需要额外开销：内核截断到这两个界限，而不是普通的 int8 范围，所以不需要单独再跑一遍 ReLU。',
    },
    compare: {
      title: '与浮点结果对比',
      shortOff: 'q_out = {code}（精确：{exact}）',
      result:
        '浮点层的结果是 {float}，离它最近的码值是 {nearest}。整数层给出码值 {code}，对应 {value}，误差为 {error}。',
      same: '用双精度对同一个累加器重量化，得到的也是 {exact}：运行时的运算在这里没有损失；误差来自对输入、权重和输出的量化。',
      off: '用双精度对同一个累加器重量化得到的是 {exact}：这个运行时的舍入在这里差了一个码值。',
    },
  },
};
