// The known error messages (messages.ts) explained in Simplified Chinese,
// under the same ids. Typed by MessageId: a new entry without its Chinese
// does not compile. The messages themselves (`example`, `patterns`) are real
// program output and stay English; only what we say about them is here.
// Fixes are keyed "1", "2"… like the English ones, in the same order.
import type { MessageTexts } from './text.ts';

export const MESSAGES_ZH: MessageTexts = {
  'quantize-v2-graph': {
    title: '用老办法量化过的图（QuantizeV2、QuantizedConv2D…）',
    source: 'TF1 转换器（toco），tooling_util.cc；图来自 graph_transforms quantize_nodes 时出现',
    explanation:
      '这张图已经被 TensorFlow 自己的图工具（`quantize_nodes` 变换）量化过，里面写着 QuantizeV2、QuantizedConv2D、Requantize 这类算子。TFLite 转换器不读这些算子：它要的是浮点图，最好带有为每个张量记录 min 和 max 的 FakeQuant 节点，量化由它自己来做。缺少 min/max 数据只是它碰到的第一个问题；即使给了虚拟范围，它也会停在这些不认识的算子上。',
    fixes: {
      '1': '转换浮点图（在 quantize_weights / quantize_nodes 之前的版本），而不是变换后的图。',
      '2': '想要量化模型，要么用伪量化训练，让图记录下范围；要么用带代表性数据集的训练后量化（TF 2）。',
    },
  },
  'lacking-min-max': {
    title: '某个张量没有记录范围',
    source: 'TF1 转换器（toco），tooling_util.cc（TF 1.x 中经 tflite_convert 和 TFLiteConverter 调用时也会打印）',
    explanation:
      '设置 inference_type=QUANTIZED_UINT8 后，每个激活值都需要一个真实范围，才能算出缩放因子和零点。老转换器的范围有两个来源：量化感知训练时插在图里的 FakeQuant 节点，以及输入的 quantized_input_stats。这个张量两者都没有，转换器就没法为它选参数。',
    fixes: {
      '1': '插入伪量化节点并重新训练（量化感知训练），让每个激活值都记录下自己的范围。',
      '2': '或者把 inference_type 留在 FLOAT，改用训练后量化；在 TF 2 中，optimizations=[tf.lite.Optimize.DEFAULT] 加上 representative_dataset 会替你测出范围。',
      '3': 'default_ranges_stats 能让报错消失，办法是给每个没有范围的张量同一个编造的范围。只拿它测速度：输出通常是一堆垃圾。',
    },
  },
  'unsupported-ops': {
    title: '运行时没有内核的算子',
    source: 'TF1 转换器（toco）和 TF 2 转换器；图中含有没有 TFLite 内置实现的 TensorFlow 算子时出现',
    explanation:
      '消息末尾的列表列出了在 TFLite 中没有对应实现的 TensorFlow 算子。如果列表里有 QuantizeV2、QuantizedConv2D、Requantize 或 Dequantize，说明这张图被老的 graph_transforms 工具量化过，应当改为转换它的浮点版本。其他算子也许可以通过 Select TF ops 运行时来支持。',
    fixes: {
      '1': '如果列表里是 Quantize*/Quantized*/Requantize 算子：转换浮点图，而不是变换后的图。',
      '2': '否则：查一查 TFLite 是否以别的名字提供了这个算子，或者启用 SELECT_TF_OPS（运行时会更大）。',
    },
  },
  'quantized-form-not-implemented': {
    title: '某个算子没有量化内核',
    source: 'TF1 转换器（toco），graph_transformations/quantize.cc',
    explanation: '设置 inference_type=QUANTIZED_UINT8 后，整张图都必须以整数运行，而老转换器没有这个算子的整数版本。',
    fixes: {
      '1': '把这个算子移出模型的量化部分（比如把类型转换放到预处理里做），或者改用 TF 2 的全整数量化，它允许个别算子留在浮点。',
    },
  },
  'stats-required': {
    title: '缺少 quantized_input_stats',
    source: 'TFLiteConverter（Python），lite.py / convert.py',
    explanation:
      '量化的输入需要缩放因子和零点，TF1 转换器以 quantized_input_stats = {input_name: (mean, std_dev)} 的形式接收它们：real = (q − mean) / std_dev。它不会替你猜。',
    fixes: {
      '1': '传入 quantized_input_stats = {"input_name": (mean, std_dev)}：输入在 [0, 1] 时用 (0, 255)，在 [−1, 1] 时用 (127.5, 127.5)，原始 0–255 像素用 (0, 1)。',
      '2': '或者让 inference_input_type 保持 FLOAT，由模型自己量化输入。',
    },
  },
  'io-must-be-float': {
    title: '模型没有做整数量化，却要求整数输入',
    source: 'TFLiteConverter（Python，TF 2），lite.py，_validate_inference_input_output_types',
    explanation:
      '只有激活值也被量化时，才允许整数输入和输出，这需要 optimizations=[Optimize.DEFAULT] 再加上 representative_dataset。没有数据集时，Optimize.DEFAULT 只量化权重（动态范围量化）；float16 则让一切保持浮点。两种情况下输入都只能是 float32。',
    fixes: {
      '1': '加上 converter.representative_dataset（一个生成几百个真实输入的生成器），再把 inference_input_type / inference_output_type 设为 tf.int8 或 tf.uint8。',
      '2': '或者去掉这两个设置，直接喂浮点数。',
    },
  },
  'io-type-not-allowed': {
    title: '输入/输出类型不在该量化模式的可选范围内',
    source: 'TFLiteConverter（Python，TF 2），lite.py，_validate_inference_input_output_types',
    explanation:
      '全整数 int8 模型的输入和输出可以是 float32、int8 或 uint8；16x8 模型（int16 激活值）可以是 float32 或 int16。你要的类型不在这个模式的列表里。（后来的一些 TF 版本也允许 int8 模型使用 tf.int16。）',
    fixes: {
      '1': '从消息里的列表中选一个类型，或者换一种模式：int16 输入需要 supported_ops=[tf.lite.OpsSet.EXPERIMENTAL_TFLITE_BUILTINS_ACTIVATIONS_INT16_WEIGHTS_INT8]。',
    },
  },
  'representative-required': {
    title: '全整数量化却没有校准数据',
    source: 'TFLiteConverter（Python，TF 2），lite.py，_validate_int8_required',
    explanation:
      'supported_ops=[TFLITE_BUILTINS_INT8]（或 supported_types=[tf.int8]）要求每个激活值都是 int8，而激活值的范围只能靠把真实输入跑一遍模型得到。',
    fixes: {
      '1': '把 converter.representative_dataset 设为一个函数，对 100–500 个典型样本逐个产出一个列表，列表里每个模型输入对应一个数组。',
    },
  },
  'quantized-dimension': {
    title: '逐轴量化张量的 quantized_dimension 超出范围',
    source: 'TFLite 解释器，interpreter_builder.cc（ParseQuantization），加载模型时',
    explanation:
      '每个通道各有一个缩放因子的张量，会记下这些通道沿着哪个轴排列。加载器会拿这个轴去对照张量的秩：这里一个 1 维张量（通常是逐通道的偏置）声称自己的轴是 3。一些较老的转换器把权重的轴也写到了偏置上；忽略这个字段的运行时（TFLite Micro）能运行这样的文件，较新的运行时则会拒绝。',
    fixes: {
      '1': '用当前版本的转换器重新转换模型。',
      '2': '或者改写这个字段：对 1 维张量来说唯一有效的轴是 0，这也正是它逐元素缩放因子的本意。它是张量 QuantizationParameters 表里的一个 int32，可以原地修补。',
    },
  },
  'op-version': {
    title: '运行时比转换器旧',
    source: 'TFLite 解释器（以及 TFLite Micro），构建解释器时查找算子解析器',
    explanation:
      '每个内置算子都有版本号，量化模型常常会把版本号抬高（int8 或 int16 内核就是同一算子的新版本）。转换器写出的版本，这个运行时构建没有注册。在 TFLite Micro 上，如果只是忘了把算子加进算子解析器，也会出现同样的消息。',
    fixes: {
      '1': '升级运行时（tflite-runtime、Android/iOS 库），至少升到转换模型时所用的 TensorFlow 版本。',
      '2': '或者用与运行时版本相匹配的 TensorFlow 来转换。',
      '3': 'TFLite Micro：把算子加进 MicroMutableOpResolver（并调大它的容量）。',
    },
  },
  'set-tensor-type': {
    title: '把浮点数喂给了量化输入',
    source: 'TFLite Python 解释器，set_tensor',
    explanation:
      '模型的输入是整数张量。解释器不会替你量化：它要的是整数码，q = round(x / scale) + zero_point，用的是这个输入自己的 (scale, zero_point)。',
    fixes: {
      '1': "先量化：scale, zero_point = input_details[0]['quantization']; q = np.clip(np.round(x / scale) + zero_point, lo, hi).astype(input_details[0]['dtype'])。",
      '2': '或者转换时保留浮点输入（inference_input_type=tf.float32），让模型自己来量化。',
    },
  },
  'hybrid-on-micro': {
    title: '在微控制器上运行仅权重量化的模型',
    source: 'TFLite Micro，内核（混合权重检查）',
    explanation:
      '不带 representative_dataset 的 Optimize.DEFAULT 只量化权重，激活值仍是浮点（即“混合”或动态范围量化）。TFLite Micro 只能运行纯浮点模型或全整数模型，运行不了这种混合体。',
    fixes: {
      '1': '转换时提供 representative_dataset 并设置 supported_ops=[tf.lite.OpsSet.TFLITE_BUILTINS_INT8]，得到全整数模型。',
    },
  },
  'input-array-not-found': {
    title: '转换器按名字找不到输入或输出',
    source: 'TF1 转换器（toco），tooling_util.cc',
    explanation:
      '作为输入（或输出）数组传入的名字，在转换器读到的图里并不是一个张量：可能是拼写错误，可能多了 ":0" 后缀，也可能图被某个变换工具改写过。',
    fixes: {
      '1': '列出图真正的输入和输出（用 summarize_graph 或 Netron），传入名字时不要带 ":0"。',
    },
  },
};
