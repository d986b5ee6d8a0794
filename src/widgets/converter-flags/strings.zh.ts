// ConverterFlags in Simplified Chinese (same shape as strings.ts). The cases
// table and the known messages come from src/lib/converter's zh tables; the
// quoted error messages themselves stay as the tools print them.
import { quantErrorZh } from '../../lib/quant/error-messages.ts';
import { CASES_ZH } from '../../lib/converter/cases.zh.ts';
import { MESSAGES_ZH } from '../../lib/converter/messages.zh.ts';
import { sharedZh } from '../shared/strings.zh.ts';
import { numberFieldZh } from '../param-converter/number-words.zh.ts';
import type { ConverterFlagsStrings } from './strings.ts';

export const zh: ConverterFlagsStrings = {
  lang: 'zh',
  quantErrors: quantErrorZh,
  shared: sharedZh,
  title: '转换器选项',
  description:
    '我的转换器会做什么？选择 TensorFlow 转换器的版本和设置，查看输入、输出、权重和激活值各自的 dtype 与 quantization 元组，或者你会遇到的报错；也可以粘贴一条报错信息，查找它的解释。',
  heading: '我的转换器会做什么？',
  toolbarLabel: '转换器选项“{id}”',
  noticesHeading: '有些设置无法使用：',
  dismiss: '关闭',
  converterLegend: '转换器',
  generationGroup: '转换器版本',
  generations: {
    tf1: 'TF 1.x：toco、tflite_convert、TFLiteConverter',
    tf114: 'TF 1.13–1.14：带 post_training_quantize 的 TFLiteConverter',
    tf2: 'TF 2.x：带 optimizations 的 TFLiteConverter',
  },
  settingsLegend: '设置',
  graph: '图',
  graphs: {
    float: '普通浮点图',
    'fake-quant': '用伪量化训练过（已记录范围）',
    'quantize-nodes': '经 graph_transforms quantize_nodes 量化',
  },
  mode: '优化与目标',
  modes: {
    none: '不优化',
    default: 'optimizations = [Optimize.DEFAULT]',
    'int8-only': 'DEFAULT + supported_ops = [TFLITE_BUILTINS_INT8]',
    float16: 'DEFAULT + supported_types = [tf.float16]',
    '16x8': 'DEFAULT + 16x8 算子（int16 激活值）',
  },
  representativeGiven: '已提供 {code}',
  snippetLabel: '这些设置对应的转换器调用',
  snippet: {
    tf1Header: 'TF 1.13 及更早版本中的 tf.contrib.lite.TFLiteConverter',
    quantizeNodes: '经过 graph_transforms quantize_nodes 处理',
    fakeQuant: '用伪量化训练',
    representative: '逐个产出 [input] 列表',
  },
  resultLabel: '结果：{id}',
  fails: '转换失败',
  verdictSeparator: '：',
  converts: '转换成功',
  messageYouWouldSee: '你会看到这样的消息，出自 {source}：',
  tableCaption: 'get_input_details()、get_output_details() 和 get_tensor_details() 会报告什么',
  columns: { tensors: '张量', dtype: 'dtype', quantization: 'quantization', note: '说明' },
  kinds: { inputs: '输入', outputs: '输出', weights: '权重', activations: '激活值' },
  basedOn: '依据：',
  explainedIn: '详见：',
  pasteLabel: '查找报错信息：{id}',
  pasteField: '粘贴转换器或解释器给出的报错信息',
  pastePlaceholder: '把转换器或解释器打印的整段报错粘贴到这里…',
  tryLabel: '试试：',
  noMatch:
    '这段文字里没有我们认识的消息。上面的表格只涵盖转换器自己做出的决定；其他问题，请拿原文到 TensorFlow 的 issue 跟踪系统里搜索。',
  foundOne: '找到 1 条已知消息：{titles}。',
  foundOther: '找到 {count} 条已知消息：{titles}。',
  titleSeparator: '；',
  listSeparator: '、',
  whatToDo: '怎么办：',
  number: numberFieldZh,
  cases: CASES_ZH,
  messages: MESSAGES_ZH,
  lessons: {
    'scale-and-zero-point': '缩放因子与零点',
    'reading-get-input-details': 'get_input_details() 到底在说什么',
    'three-forms': '(mean, std_dev)、(scale, zero_point)、(min, max)',
  },
  tuples: {
    recorded: '(scale, zero_point)，来自记录下的 min/max',
    'own-range': '(scale, zero_point)，来自张量自己的 min/max',
    calibrated: '(scale, zero_point)，来自校准',
    symmetric: '(scale, 0)',
    'per-channel': '逐张量时为 (scale, 0)；逐通道时为 (0.0, 0)，缩放因子在 quantization_parameters 里',
    'io-uint8': '背后那个 int8 张量的 (scale, zero_point + 128)',
  },
};
