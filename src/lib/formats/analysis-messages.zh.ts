/**
 * The analysis's sentences in Simplified Chinese, by the same ids as
 * analysis-messages.ts (a missing id does not compile). Operator names,
 * dtypes, numbers and API names stay as they are.
 */
import type { AnalysisWords } from './analysis-messages.ts';

const list = (xs: readonly string[]) => xs.join('、');
const slash = (xs: readonly string[]) => xs.join('/');

export const analysisZh: AnalysisWords = {
  tensor: (t) => (t.name ? `'${t.name}'（张量 ${t.position}）` : `张量 ${t.position}（无名称）`),
  evidence: {
    'activations-only': (a) =>
      `没有卷积或矩阵乘；有 ${a.count} 个激活值张量被量化（${slash(a.types)}）${a.qdq ? '，以 QuantizeLinear/DequantizeLinear 成对出现' : ''}。`,
    'no-quantization-in-file': () => '文件中没有任何张量带量化参数。',
    'float16-constants': (a) => `有 ${a.count} 个常量张量以 float16 存储。`,
    'unused-quantization': (a) => `有 ${a.count} 个张量带量化参数，但没有卷积或矩阵乘用到它们。`,
    'integer-ops': (a) =>
      `${a.total} 个带权重的算子中有 ${a.count} 个（${list(a.ops)}）接收量化后的 ${slash(a.activations)} 激活值` +
      (a.weights.length ? `和 ${slash(a.weights)} 权重。` : '。'),
    'per-channel-ops': (a) => `其中 ${a.count} 个的权重使用逐通道缩放因子。`,
    'float-ops-too': (a) => `有 ${a.count} 个带权重的算子在浮点激活值上运行（${list(a.ops)}）。`,
    'mixed-activation-types': () => '不同算子使用了不同的激活值类型。',
    '16x8': () => '16 位激活值配 8 位权重，正是 TFLite 的“16x8”模式。',
    '16-bit-other-weights': (a) => `16 位激活值配 ${slash(a.weights)} 权重：不属于任何标准类型（16x8 的权重是 8 位）。`,
    'io-types': (a) => `输入和输出是 ${slash(a.types)}${a.floatEdges ? '（两端各有 QUANTIZE/DEQUANTIZE）' : ''}。`,
    'hybrid-ops': (a) =>
      `${a.total} 个带权重的算子中有 ${a.count} 个（${list(a.ops)}）的权重量化为 ${slash(a.weights.map((w) => ('dtype' in w ? w.dtype : `${w.blockBits} 位分块`)))}，激活值却是浮点。`,
    'runtime-activations': () => '激活值在运行时才量化（DynamicQuantizeLinear）：它们的缩放因子和零点不在文件里。',
    'float-activations': () => '没有任何激活值张量带量化参数：激活值保持浮点（或由内核即时量化）。',
    'other-float-weights': (a) => `另有 ${a.count} 个带权重的算子使用浮点权重。`,
    'float16-ops': (a) => `${a.total} 个带权重的算子中有 ${a.count} 个（${list(a.ops)}）${a.viaDequantize ? '经由 DEQUANTIZE 算子' : ''}读取 float16 权重。`,
    'no-integer-quantization': () => '没有任何张量带整数量化参数。',
    'all-float': (a) => `全部 ${a.count} 个带权重的算子（${list(a.ops)}）都使用 float32 权重和激活值。`,
    'no-quantization': () => '没有任何张量带量化参数。',
  },
  warnings: {
    'same-range-everywhere': (a) =>
      `全部 ${a.count} 个卷积/矩阵乘输出共用同一组量化参数（缩放因子 ${a.scale}，零点 ${a.zeroPoint}，即范围 [${a.min}, ${a.max}]）。` +
      '真实的层各有各的范围；这是用虚拟范围（TFLite 转换器的 default_ranges_stats）代替校准留下的痕迹。',
    'quantized-dimension-out-of-range': (a, t) =>
      `${t(a.tensor)} 沿 ${a.format === 'onnx' ? 'axis' : 'quantized_dimension'} ${a.axis} 有 ${a.scales} 个逐轴缩放因子，但它的秩只有 ${a.rank}（形状 [${a.shape}]）。` +
      (a.format === 'tflite' ? 'TFLite 解释器会拒绝加载这样的模型；TFLite Micro 则忽略这个轴。' : ''),
    'per-axis-count-mismatch': (a, t) => `${t(a.tensor)} 有 ${a.scales} 个缩放因子，但第 ${a.axis} 维的大小是 ${a.size}。`,
    'per-channel-scale-spread': (a, t) =>
      `${t(a.tensor)}：它的 ${a.scales} 个逐通道缩放因子${a.ratio ? `相差 ${a.ratio} 倍（${a.orders} 个数量级）` : '没有跨度'}` +
      `${a.zeros ? `，且有 ${a.zeros} 个通道的缩放因子为 0` : ''}。缩放因子极小的通道通常是失效或近乎常数的卷积核；逐张量量化会把它们压没。`,
    'non-positive-scale': (a, t) => `${t(a.tensor)} 有 ${a.count} 个缩放因子不是正数（例如 ${a.example}）。`,
    'zero-point-at-top': (a, t) =>
      `${t(a.tensor)}：零点 ${a.zeroPoint} 是 ${a.dtype} 的最大码值，因此这个张量只能表示 ≤ 0 的值；正值都会被截断。`,
    'zero-point-at-floor': (a, t) => {
      const names = a.tensors.slice(0, 6).map((x) => `${t(x.tensor)}（最大 ${x.top}）`).join('、');
      const more = a.count > 6 ? ` 等，另有 ${a.count - 6} 个` : '';
      return (
        `${a.count === 1 ? '有 1 个激活值' : `有 ${a.count} 个激活值`}以所属类型的最小码值作为零点，因此只能表示 ≥ 0 的值，负值会被截断为 0：${names}${more}。` +
        '图中没有任何算子（ReLU、softmax、sigmoid）能保证这一点。对于取值在 [0, 1] 的图像、或被转换器折叠进范围的 ReLU，这样是对的；其他情况则值得怀疑。'
      );
    },
    'external-data': (a) =>
      `有 ${a.count} 个张量的数据存放在其他文件中（${a.files.slice(0, 5).join('、')}${a.files.length > 5 ? '、…' : ''}）；这里只列出，不读取。`,
    'extension-mismatch': (a) =>
      `文件扩展名是 ${a.ext}，内容却是${a.format === 'tflite' ? ' TFLite FlatBuffer' : ' ONNX 模型'}；已按 ${a.format === 'tflite' ? 'TFLite' : 'ONNX'} 读取。`,
  },
};
