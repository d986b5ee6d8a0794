// The cases table (cases.ts) in Simplified Chinese, row by row under the same
// ids. Typed by CaseId: a new row without its Chinese does not compile.
// File, function and flag names stay as TensorFlow spells them.
import type { CaseTexts, CaseText } from './text.ts';

const FLOAT_NOTE = '未量化';
const FLOAT_NOTES: CaseText['notes'] = { inputs: FLOAT_NOTE, outputs: FLOAT_NOTE, weights: FLOAT_NOTE, activations: FLOAT_NOTE };

export const CASES_ZH: CaseTexts = {
  'tf1-stats-missing': {
    title: '要求量化推理，却没给输入统计量',
    summary: 'uint8 输入需要自己的 (mean, std_dev)，而转换器不会替你猜：它在转换任何东西之前就会停下。',
    basis:
      'tensorflow/lite/python/lite.py 与 convert.py（TF 1.x）：inference_type 为 QUANTIZED_UINT8 时对 quantized_input_stats 的检查。',
  },
  'tf1-quantize-nodes-no-ranges': {
    title: '用 graph_transforms 量化过的图',
    summary:
      '图里的 QuantizeV2、QuantizedConv2D 等算子转换器并不认识，喂给它们的张量也没有它能理解的 min/max：第一个报错就指向某个缺少 min/max 数据的 QuantizeV2 算子。',
    basis:
      'toco 中 tooling_util.cc 的报错；一位 TensorFlow 维护者在回答中（2017 年）用 graph_transforms quantize_nodes 处理过的 Inception v3 复现了它。',
  },
  'tf1-quantize-nodes': {
    title: '用 graph_transforms 量化过的图（越过范围检查之后）',
    summary:
      '给了虚拟范围（或者目标是浮点格式）时，转换器会多走几步，然后把 QuantizeV2、QuantizedConv2D、Requantize 和 Dequantize 列为 TFLite 没有内核的算子。',
    basis: 'toco 的“不支持的算子”报错；维护者针对同一张图的回答：quantize_nodes 写出的算子不是 TFLite 算子。',
  },
  'tf1-float-no-ranges': {
    title: '对普通浮点图做量化推理',
    summary:
      '输入有范围（来自 quantized_input_stats），激活值却没有：浮点图根本不记录范围。转换器会停在第一个缺少 min/max 的激活值上。',
    basis: 'toco 中 tooling_util.cc 的检查：每个要量化的数组都必须有 min/max（TF 1.x）。',
  },
  'tf1-dummy-ranges': {
    title: '用 default_ranges_stats 做“虚拟量化”',
    summary:
      '每个没有记录范围的张量都拿到同一个默认的 (min, max)。模型能转换成功，体积缩小约 4 倍，也确实以 uint8 运行，但真实的激活值很少恰好落在这一个范围里：输出通常是一堆垃圾。post_training_quantize 在这里不起作用，因为整张图已经是 uint8 了。',
    basis:
      "toco 的 default_ranges_min/max（TF 1.x 命令行示例中的“虚拟量化”，即 dummy quantization）；一位用户提问里的打印结果：输入 (0.003921568859368563, 0) 来自 stats (0, 255)，输出 (0.7843137383460999, 128) 来自 default_ranges_stats (−100, 100)。",
    notes: {
      inputs: '来自 quantized_input_stats',
      outputs: '默认范围，和所有激活值一样',
      weights: '每个权重张量自己的 min/max；偏置为 int32',
      activations: '全部是同一个编造的范围',
    },
  },
  'tf1-fake-quant': {
    title: '量化感知训练，转换为 uint8',
    summary:
      '这才是 TF1 转换器本来的用法：训练时 FakeQuant 节点为每个激活值和权重记录了范围，于是每个张量都得到自己的 (scale, zero_point)。default_ranges_stats 只用来填补训练没有留下范围的张量。',
    basis: 'TF 1.x 的量化感知训练（tf.contrib.quantize），以及 toco 命令行中量化推理的示例。',
    notes: {
      inputs: '来自 quantized_input_stats',
      outputs: '输出处 FakeQuant 记录的范围',
      weights: '权重的 FakeQuant 范围；偏置为 int32',
      activations: '每个张量一个范围，来自训练',
    },
  },
  'tf1-weights-only': {
    title: 'post_training_quantize：仅量化权重',
    summary:
      '只有权重以 8 位整数存储（元素数不少于 1,024 的张量）；推理仍是浮点，所以输入和输出报告的是 float32 和 (0.0, 0)。文件最多缩小 4 倍，小张量多的模型缩得更少。',
    basis:
      'TF 1.14 的 TFLiteConverter.post_training_quantize（仅权重量化，tensorflow/lite/tools/optimize/quantize_weights.cc，kWeightsMinNumElementsDefault = 1024）；一位用户提问里的打印结果：输入和输出都是 float32，quantization 为 (0.0, 0)。',
    notes: {
      inputs: FLOAT_NOTE,
      outputs: FLOAT_NOTE,
      weights: '元素数不少于 1,024 的张量；更小的保持 float32（一些早期 1.x 版本写出的是 uint8）',
      activations: '浮点；内核会先把权重反量化',
    },
  },
  'tf1-float': {
    title: '浮点模型',
    summary:
      'inference_type 为 FLOAT 且不量化权重时，图按原样转换。quantized_input_stats 和 default_ranges_stats 只在量化推理时才用得上，这里不起任何作用。',
    basis: 'TF 1.x 的 TFLiteConverter：inference_type 默认就是 FLOAT。',
    notes: FLOAT_NOTES,
  },
  'tf2-io-needs-integer-model': {
    title: '模型没有做整数量化，却要整数输入',
    summary: '激活值没有做整数量化，整数输入就没有可用的缩放因子和零点，所以转换器拒绝转换。',
    basis: 'tensorflow/lite/python/lite.py，_validate_inference_input_output_types。',
  },
  'tf2-float': {
    title: '不开优化：浮点模型',
    summary: '不设 optimizations 时转换器不做量化；即使给了 representative_dataset 也不会用到。',
    basis: 'TFLite 训练后量化指南；lite.py 中的 QuantizationMode（未启用任何优化）。',
    notes: FLOAT_NOTES,
  },
  'tf2-float16': {
    title: 'float16 权重',
    summary:
      '权重以 float16 存储，文件减半；在 CPU 上加载模型时会还原成 float32，所有张量报告的都是 (0.0, 0)。representative_dataset 不会被用到。',
    basis: 'TFLite 训练后 float16 量化指南（supported_types = [tf.float16]）。',
    notes: {
      inputs: FLOAT_NOTE,
      outputs: FLOAT_NOTE,
      weights: 'float16 常量，经 DEQUANTIZE 算子转回 float32',
      activations: FLOAT_NOTE,
    },
  },
  'tf2-int8-needs-data': {
    title: '只用整数算子，却没有校准数据',
    summary: 'TFLITE_BUILTINS_INT8 要求所有激活值都是 int8，而它们的范围只能在真实输入上测出来。',
    basis: 'tensorflow/lite/python/lite.py，_validate_int8_required。',
  },
  'tf2-dynamic-io': {
    title: '只量化了权重，却要整数输入',
    summary: '没有 representative_dataset 时，Optimize.DEFAULT 只量化权重，所以输入和输出必须保持 float32。',
    basis: 'tensorflow/lite/python/lite.py，_validate_inference_input_output_types 与 QuantizationMode。',
  },
  'tf2-dynamic-range': {
    title: '动态范围量化（仅权重）',
    summary:
      '元素数不少于 1,024 的权重变成 int8（卷积按输出通道各有一个缩放因子）；激活值保持浮点，部分内核会在运行时临时量化它们。输入和输出是 float32，quantization 为 (0.0, 0)。小模型缩小不到 4 倍。16x8 设置要有 representative_dataset 才会生效。',
    basis:
      'TFLite 训练后动态范围量化指南；lite.py 中的 QuantizationMode（16x8 需要代表性数据集）；权重最少元素数默认 1024（kWeightsMinNumElementsDefault）。',
    notes: {
      inputs: FLOAT_NOTE,
      outputs: FLOAT_NOTE,
      weights: '对称，零点为 0；不足 1,024 个元素的张量保持 float32',
      activations: '算子之间保持浮点',
    },
  },
  'tf2-int16-io-on-int8': {
    title: 'int8 模型配 int16 输入',
    summary: 'int8 模型的输入和输出只能是 float32、int8 或 uint8（后来的一些版本加上了 int16）。',
    basis: 'tensorflow/lite/python/lite.py，_validate_inference_input_output_types（TF 2.3 至 2.1x）。',
  },
  'tf2-8bit-io-on-16x8': {
    title: '16x8 模型配 8 位输入',
    summary: '16x8 模型的输入和输出只能是 float32 或 int16。',
    basis: 'tensorflow/lite/python/lite.py，_validate_inference_input_output_types。',
  },
  'tf2-full-integer': {
    title: '全整数量化',
    summary:
      '代表性数据集为每个激活值提供了范围，于是激活值变成 int8，各有自己的 (scale, zero_point)；权重是逐通道的对称 int8，偏置为 int32。输入和输出跟随 inference_input_type / inference_output_type：选 float32 时，模型内部保留 QUANTIZE/DEQUANTIZE 算子。使用 TFLITE_BUILTINS_INT8 时，没有 int8 内核的算子会直接报错，而不是留在浮点。',
    basis: 'TFLite 训练后整数量化指南；TFLite 8 位量化规范（int8 激活值、逐通道对称 int8 权重、int32 偏置）。',
    notes: {
      inputs: 'inference_input_type',
      outputs: 'inference_output_type',
      weights: '对称，零点为 0，卷积按通道量化；偏置为 int32',
      activations: '范围在代表性数据集上测得',
    },
  },
  'tf2-16x8': {
    title: '16x8：int16 激活值，int8 权重',
    summary:
      '激活值变成对称的 int16（零点为 0），比 int8 保留多得多的精度；权重是逐通道的 int8。输入和输出是 float32 或 int16。',
    basis: 'TFLite 使用 int16 激活值的训练后整数量化指南（EXPERIMENTAL_TFLITE_BUILTINS_ACTIVATIONS_INT16_WEIGHTS_INT8）。',
    notes: {
      inputs: 'inference_input_type',
      outputs: 'inference_output_type',
      weights: '对称，零点为 0；偏置为 int64',
      activations: '零点为 0，范围来自代表性数据集',
    },
  },
};
