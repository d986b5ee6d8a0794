// What the explainer says about a tensor, in Simplified Chinese: the same ids
// and slots as messages.ts (a missing id is a type error).
import type { ExplainMessages } from './messages.ts';

export const explainMessagesZh: ExplainMessages = {
  headlineNotQuantized: '{dtype}，未量化',
  headlineQuantizedOne: '{dtype}，已量化（一个缩放因子）',
  headlineQuantizedMany: '{dtype}，已量化（{count} 个缩放因子）',
  headlinePerTensor: '{dtype}，缩放因子 {scale}，零点 {zeroPoint}：实数值范围 {range}，步长 {step}',
  headlinePerAxis: '{dtype}，沿第 {axis} 维逐通道量化：{count} 个缩放因子，从 {low} 到 {high}',
  headlinePerAxisSymmetric: '{dtype}，沿第 {axis} 维逐通道量化：{count} 个缩放因子，从 {low} 到 {high}，零点全为 0',
  range: '[{min}, {max}]',
  rangeUnknown: '未知',
  noteTupleWithAxes:
    '二元组是 ({scale}, {zeroPoint})，但有 {count} 个缩放因子；TFLite 只在逐张量参数时才填写这个二元组，所以这份输出不太寻常。这里采用逐通道参数。',
  noteTupleDisagrees:
    "'quantization' 是 ({tupleScale}, {tupleZeroPoint})，而 'quantization_parameters' 是 ({scale}, {zeroPoint})；解释器在两处总是报告同一对参数，说明粘贴的内容被改过或混在了一起。这里采用二元组。",
  noteScaleFromArray: "二元组是 (0.0, 0)，但 'quantization_parameters' 中有一个缩放因子；下面的缩放因子是 numpy 打印出的值，只保留到小数点后 8 位。",
  noteZeroScale: '二元组的缩放因子为 0，零点却是 {zeroPoint}；缩放因子为 0 表示“未量化”，所以这个零点没有意义。',
  noteFloatWithParameters:
    '类型是 {dtype}，却带有量化参数。TFLite 只在少数特殊情况下（反量化出的副本，或转换器的 bug）给浮点张量保留参数；其中的值本身就是浮点数，无需转换。',
  noteNoRanges: '这里 {dtype} 是量化类型，但本页只为 uint8、int8、int16 和 int32 计算范围。',
  noteUnusable: '这组参数无法直接使用：{problem}。',
  noteAxisOutside:
    'quantized_dimension 是 {axis}，但形状只有 {rank}。转换器有时会把权重的量化轴原样抄到它的一维偏置上；检查量化轴的读取程序会报告 quantized_dimension 越界并停止。{fits}',
  dimensionsOne: '{count} 个维度',
  dimensionsOther: '{count} 个维度',
  axisFits: '这 {count} 个缩放因子与第 {dimension} 维相符，下面的代码使用这一维。',
  noteAxisSize: '第 {axis} 维有 {size} 个元素，缩放因子却有 {count} 个；TFLite 要求每个元素对应一个缩放因子。',
  floatIn:
    '未量化：缩放因子为 0 是解释器表示“没有参数”的方式，所以 (0.0, 0) 并不是“乘以零”的意思。直接输入 {dtype} 值即可。',
  floatInRange:
    '模型需要什么样的浮点范围（[0, 1]、[−1, 1]、均值/标准差归一化……）并不在输出中：那取决于模型训练时的做法。请查看模型说明或元数据。',
  floatInWeightsOnly:
    '只量化了权重的模型（动态范围量化、post_training_quantize、没有代表性数据集的 Optimize.DEFAULT）的输入和输出仍像这样是浮点数：只有内部的权重是 8 位的。',
  floatOut: '直接读取 {dtype} 值即可，无需反量化。',
  plainBool: '布尔值',
  plainStrings: '字符串',
  plainIntegers: '{dtype} 整数',
  plainIn: '没有缩放因子：这些{what}按原样使用（词元 id、索引、长度、标志）。直接输入，无需任何转换。',
  plainOut: '按原样读取这些{what}。',
  unusable: '这组参数无法使用，见下面的说明。',
  pixels: '{feed}。{meaning}。',
  feedUint8: '0–255 的图像字节可以直接输入',
  feedInt8: '0–255 的图像字节要先减去 128 再输入（p − 128，或者翻转最高位：p ^ 0x80）',
  readsUnit: '模型把它们读作 {low} 到 {high}，相当于把像素值除以 255（输入范围 [0, 1]）',
  readsSigned: '模型把它们读作 {low} 到 {high}，约为 (p − 127.5) / 127.5（输入范围 [−1, 1]）',
  readsPixels: '模型把它们读作 {low} 到 {high}：就是像素值本身',
  readsOther: '模型把它们读作 {low} 到 {high}；如果模型训练时用的是别的归一化方式，请先归一化，再量化归一化后的浮点数',
  fromFloats:
    '由浮点数 x 量化：q = clamp(round(x / {scale}) + {zeroPoint}, {qmin}, {qmax})。超出 {range} 的值会被截断到两端的码值；范围内的每个值与原值相差不超过半个步长（{half}）。',
  int16Mode: '零点为 0 的 int16 是 16×8 模式：16 位激活值、8 位权重，适合 256 级会抹平细节的信号（如音频）。',
  int32Bias: '带缩放因子的 int32 是 TFLite 存储偏置的方式（缩放因子 = 输入缩放因子 × 权重缩放因子，零点为 0）；作为模型的输入或输出很少见。',
  toRead: '读取方式：f = (q − {zeroPoint}) × {scale}。码值 {qmin} 表示 {min}，码值 {qmax} 表示 {max}{zeroCode}。',
  zeroCodeAtEnd: '（所以码值 {zeroPoint} 恰好表示 0）',
  zeroCodeInside: '，码值 {zeroPoint} 恰好表示 0',
  probability: '这看起来是概率（softmax 或 sigmoid）：步长为 {scale}，最大的码值表示 {max} 而不是 1，所以完全确定的答案读出来也只是 {maxShort}。',
  oneSided: '零点位于类型的一端，所有码值都在 0 的同一侧：这个张量是用同号的数据校准的。',
  perAxisIn:
    '逐通道（per-axis）参数：沿第 {axis} 维的每个切片 c 都有自己的缩放因子 s_c 和零点 z_c。TFLite 就是这样存储卷积和全连接层权重的：你不需要输入这个张量，解释器会从模型文件中读取它。',
  perAxisTuple: "对这类张量，已弃用的 'quantization' 二元组显示为 (0.0, 0)，因为一对参数无法描述 {count} 个通道；只有 'quantization_parameters' 中有这些参数。",
  perAxisOut: '读取通道 c 中的权重 w：w = (q − z_c) × s_c。{widest}{narrow}',
  widest: '最宽的通道覆盖 ±{value}。',
  narrowRange: '零点为 0 表示对称量化；TFLite 的权重使用 −127 到 127 的码值（窄范围）。',
};
