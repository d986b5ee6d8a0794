// The glossary in both languages. Entries are in the English terms' alphabetical
// order (String.prototype.localeCompare with 'en'); `id` is the anchor on the
// glossary page, `lesson` the slug of the lesson that explains the term best.

export interface GlossaryEntry {
  id: string;
  lesson?: string;
  en: { term: string; definition: string };
  zh: { term: string; definition: string };
}

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'mean-std-dev',
    lesson: 'three-forms',
    en: {
      term: '(mean, std_dev)',
      definition:
        "The pair the TFLite converter takes for a quantized input (quantized_input_stats, or --mean_values and --std_dev_values), meaning real = (q − mean) / std_dev. It is (scale, zero_point) inverted and swapped: scale = 1 / std_dev, zero_point = mean. Despite the names, neither number is a statistic of your data.",
    },
    zh: {
      term: '输入统计量',
      definition:
        '转换器为量化输入指定参数的写法（quantized_input_stats，命令行里是 --mean_values 和 --std_dev_values），含义是 real = (q − mean) / std_dev。它就是 (scale, zero_point) 取倒数再调换顺序：scale = 1 / std_dev，zero_point = mean。名字虽然叫“均值”和“标准差”，却和数据的统计特征毫无关系。',
    },
  },
  {
    id: 'accumulator',
    lesson: 'integer-arithmetic',
    en: {
      term: 'accumulator',
      definition:
        'The int32 sum in which an integer layer adds up the products of input codes (minus the input zero point) and weight codes, then adds the int32 bias. Its unit is s_in × s_w; requantization turns it into the output code.',
    },
    zh: {
      term: '累加器',
      definition:
        '整数层求和用的 int32 变量：输入码值减去输入零点后与权重码值逐项相乘，乘积全部累加进来，再加上 int32 偏置。它的单位是 s_in × s_w，最后由重量化换算成输出码值。',
    },
  },
  {
    id: 'activation',
    lesson: 'calibration-and-dummy-ranges',
    en: {
      term: 'activation',
      definition:
        "A tensor computed while the model runs, such as a layer's input or output, as opposed to the weights stored in the file. Its range depends on the input data, so full integer quantization needs it measured in advance by calibration or recorded during quantization-aware training.",
    },
    zh: {
      term: '激活值',
      definition:
        '模型运行时才计算出来的张量，比如各层的输入和输出，与保存在文件里的权重相对。它的取值范围取决于输入数据，所以全整数量化必须事先通过校准测出来，或在量化感知训练中记录下来。',
    },
  },
  {
    id: 'asymmetric-quantization',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'asymmetric quantization',
      definition:
        'Affine quantization with a free zero point, so the grid can fit a range such as [0, 6] or [−1, 3] without spending codes on values that never occur. TFLite uses it for uint8 and int8 activations.',
    },
    zh: {
      term: '非对称量化',
      definition:
        '零点可以自由取值的仿射量化。量化网格因此能贴合 [0, 6]、[−1, 3] 这类不以 0 为中心的范围，不必把码值浪费在根本不会出现的数值上。TFLite 的 uint8 和 int8 激活值都采用这种方式。',
    },
  },
  {
    id: 'bias',
    lesson: 'integer-arithmetic',
    en: {
      term: 'bias',
      definition:
        'The constant a convolution or fully connected layer adds to each output channel. An integer model stores it as int32 with zero point 0 and scale s_in × s_w, so it adds straight into the accumulator and needs no range of its own.',
    },
    zh: {
      term: '偏置',
      definition:
        '卷积层或全连接层给每个输出通道加上的常数。整数模型把它存成 int32，零点为 0，缩放因子为 s_in × s_w，可以直接加进累加器，因此不需要单独的取值范围。',
    },
  },
  {
    id: 'calibration',
    lesson: 'calibration-and-dummy-ranges',
    en: {
      term: 'calibration',
      definition:
        "Running sample inputs through the float model to record every activation's range, from which its scale and zero point are chosen. This is what post-training full integer quantization needs a representative dataset for.",
    },
    zh: {
      term: '校准',
      definition:
        '把一批样本输入送进浮点模型跑一遍，记录每个激活值的取值范围，再据此确定它的缩放因子和零点。训练后全整数量化之所以需要代表性数据集，就是为了这一步。',
    },
  },
  {
    id: 'clipping',
    lesson: 'calibration-and-dummy-ranges',
    en: {
      term: 'clipping',
      definition:
        'What happens to a value outside the quantization range: it is pinned to the nearest end code, which is why it is also called saturation. Unlike rounding error, clipping error has no bound, so a range that is too narrow can do more harm than one that is a little too wide.',
    },
    zh: {
      term: '截断/饱和',
      definition:
        '超出量化范围的数值会被钉在最近的端点码值上，所以也叫饱和。与舍入误差不同，截断误差没有上限：范围取得太窄，往往比稍微取宽一点危害更大。',
    },
  },
  {
    id: 'code',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'code',
      definition:
        'One of the integers a quantized tensor stores: 0 to 255 for uint8, −128 to 127 for int8. The real value it stands for is scale × (code − zero_point).',
    },
    zh: {
      term: '码值/整数码',
      definition:
        '量化张量实际存储的整数：uint8 是 0 到 255，int8 是 −128 到 127。它代表的实数是 scale × (码值 − zero_point)。',
    },
  },
  {
    id: 'converter',
    lesson: 'three-forms',
    en: {
      term: 'converter',
      definition:
        "The tool that turns a trained model into a .tflite file: toco and tflite_convert in TensorFlow 1, tf.lite.TFLiteConverter in TensorFlow 2. Its options decide whether and how the model is quantized: optimizations, a representative dataset, inference types, input statistics.",
    },
    zh: {
      term: '转换器',
      definition:
        '把训练好的模型转成 .tflite 文件的工具：TensorFlow 1 里是 toco 和 tflite_convert，TensorFlow 2 里是 tf.lite.TFLiteConverter。模型量不量化、怎么量化，全由它的选项决定：optimizations、代表性数据集、推理类型、输入统计量等。',
    },
  },
  {
    id: 'default-ranges-stats',
    lesson: 'calibration-and-dummy-ranges',
    en: {
      term: 'default_ranges_stats',
      definition:
        'A converter option (--default_ranges_min and --default_ranges_max on the command line) that gives every activation without a recorded range the same made-up (min, max). Conversion succeeds and the model has the real size and speed, but its outputs cannot be trusted: it is for speed tests only.',
    },
    zh: {
      term: '默认范围',
      definition:
        '转换器的一个选项（命令行里是 --default_ranges_min 和 --default_ranges_max），给所有没有记录范围的激活值套上同一个凭空设定的 (min, max)。转换能顺利完成，模型的体积和速度也都是真实的，但输出结果不可信，只适合用来测速度。',
    },
  },
  {
    id: 'dequantize',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'dequantize',
      definition:
        'Turning a code back into the real value it stands for: real = scale × (q − zero_point). The result lies on the grid, so it differs from the original value by the quantization error.',
    },
    zh: {
      term: '反量化',
      definition:
        '把码值还原成它所代表的实数：real = scale × (q − zero_point)。还原出的值落在量化网格上，与原始值之间差一个量化误差。',
    },
  },
  {
    id: 'dynamic-range-quantization',
    lesson: 'flavours-of-post-training-quantization',
    en: {
      term: 'dynamic range quantization',
      definition:
        "The post-training flavour that Optimize.DEFAULT gives without a representative dataset: weights are stored as int8, activations stay float, and inputs and outputs stay float32. Some kernels quantize activations on the fly from each batch's own range, hence the name.",
    },
    zh: {
      term: '动态范围量化',
      definition:
        '只设 Optimize.DEFAULT、不提供代表性数据集时得到的训练后量化方式：权重存成 int8，激活值仍是浮点，输入输出也还是 float32。部分算子会在运行时按每批数据自身的范围临时量化激活值，“动态”二字由此而来。',
    },
  },
  {
    id: 'fake-quantization',
    lesson: 'fake-quantization',
    en: {
      term: 'fake quantization',
      definition:
        'An op that rounds a float tensor to the values an 8-bit grid can hold and returns them as floats: quantize and dequantize in one step. Quantization-aware training puts it where the integer model will really round, so training meets the same errors and records the ranges.',
    },
    zh: {
      term: '伪量化',
      definition:
        '一种把浮点张量舍入到 8 位量化网格上、结果仍以浮点输出的算子，相当于一步做完量化和反量化。量化感知训练把它放在整数模型真正会舍入的位置，让训练提前经历同样的误差，同时记下各张量的范围。',
    },
  },
  {
    id: 'fixed-point-multiplier',
    lesson: 'integer-arithmetic',
    en: {
      term: 'fixed-point multiplier',
      definition:
        'How an integer kernel multiplies by a real factor M without floating point: M is stored as an int32 M0 between 2^30 and 2^31 (a fraction with 31 bits after the binary point) and a power-of-two shift, with M = M0 × 2^(shift − 31).',
    },
    zh: {
      term: '定点乘数',
      definition:
        '整数算子不借助浮点就能乘以实数因子 M 的办法：把 M 拆成一个介于 2^30 和 2^31 之间的 int32 整数 M0（小数点后有 31 位的定点小数）和一个 2 的幂次移位，满足 M = M0 × 2^(shift − 31)。',
    },
  },
  {
    id: 'float16-quantization',
    lesson: 'flavours-of-post-training-quantization',
    en: {
      term: 'float16 quantization',
      definition:
        'Storing weights as 16-bit half-precision floats. On the CPU they are converted back to float32 before computing, so the file halves in size, accuracy barely moves, and the arithmetic stays float.',
    },
    zh: {
      term: 'float16 量化',
      definition:
        '把权重存成 16 位半精度浮点数。在 CPU 上，计算前会先把它们转回 float32，所以文件体积减半、精度几乎不变，运算仍然是浮点运算。',
    },
  },
  {
    id: 'full-integer-quantization',
    lesson: 'flavours-of-post-training-quantization',
    en: {
      term: 'full integer quantization',
      definition:
        'Weights, activations and biases are all integers (int8 or uint8 codes, int32 biases), with activation ranges from calibration or quantization-aware training, so every layer runs on integer arithmetic. It is the only flavour that integer-only hardware such as microcontrollers and NPUs can run.',
    },
    zh: {
      term: '全整数量化',
      definition:
        '权重、激活值和偏置全部是整数（int8 或 uint8 码值，偏置为 int32），激活值的范围来自校准或量化感知训练，每一层都用整数运算。只支持整数运算的硬件，例如单片机和 NPU，只能跑这种模型。',
    },
  },
  {
    id: 'fused-activation',
    lesson: 'integer-arithmetic',
    en: {
      term: 'fused activation',
      definition:
        "A ReLU or ReLU6 that the converter merges into the convolution or fully connected operator before it. In integer arithmetic it costs nothing: it becomes the clamp bounds of the layer's output codes.",
    },
    zh: {
      term: '融合激活函数',
      definition:
        '被转换器合并进前面卷积或全连接算子里的 ReLU 或 ReLU6。在整数运算中它不额外花任何代价，只是变成了该层输出码值的上下限。',
    },
  },
  {
    id: 'grid',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'grid',
      definition:
        "The evenly spaced real values a quantized tensor can represent: scale × (q − zero_point) for every code q of its type. Any other value is rounded to the nearest grid point, or clipped to the grid's ends.",
    },
    zh: {
      term: '量化网格',
      definition:
        '量化张量能够表示的一组等间距实数，即其数据类型的每个码值 q 对应的 scale × (q − zero_point)。其他数值要么舍入到最近的网格点，要么被截断到网格两端。',
    },
  },
  {
    id: 'histogram',
    lesson: 'calibration-and-dummy-ranges',
    en: {
      term: 'histogram',
      definition:
        "A count of how many values fall into each of a row of equal-width bins. The lessons use it to show where a tensor's values lie compared with the range and grid chosen for them.",
    },
    zh: {
      term: '直方图',
      definition:
        '把数值按等宽区间分组、统计每组有多少个的图。课程里用它来对照张量的实际分布和为它选定的范围与量化网格。',
    },
  },
  {
    id: 'interpreter',
    lesson: 'reading-get-input-details',
    en: {
      term: 'interpreter',
      definition:
        "TFLite's runtime (tf.lite.Interpreter in Python), which loads a .tflite file and runs it. Its get_input_details() and get_output_details() report each input's and output's dtype, shape and quantization parameters.",
    },
    zh: {
      term: '解释器',
      definition:
        'TFLite 的运行时（Python 里是 tf.lite.Interpreter），负责加载并运行 .tflite 文件。它的 get_input_details() 和 get_output_details() 会列出每个输入、输出的 dtype、形状和量化参数。',
    },
  },
  {
    id: 'mse',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'MSE',
      definition:
        'Mean squared error: the average of the squared differences between the original and the dequantized values. Squaring makes large errors count heavily, so a few clipped values can dominate it.',
    },
    zh: {
      term: '均方误差',
      definition:
        '原始值与反量化值之差的平方的平均数。平方会放大大的误差，所以少数几个被截断的值就可能主导整个结果。',
    },
  },
  {
    id: 'narrow-range',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'narrow range',
      definition:
        'Leaving out the lowest code, so that int8 weights use [−127, 127] instead of [−128, 127]. The grid becomes symmetric around zero and w and −w get codes of equal size, at the cost of one code in 256.',
    },
    zh: {
      term: '窄范围',
      definition:
        '舍弃最小的那个码值，让 int8 权重只用 [−127, 127] 而不是 [−128, 127]。这样量化网格关于 0 对称，w 和 −w 的码值大小相同，代价只是 256 个码值里少用一个。',
    },
  },
  {
    id: 'operator',
    en: {
      term: 'operator',
      definition:
        'One node of a model graph, such as CONV_2D, FULLY_CONNECTED or QUANTIZE, run by a kernel that does its arithmetic. A converter may fuse several float ops, for example a convolution, its bias-add and its activation, into one operator.',
    },
    zh: {
      term: '算子',
      definition:
        '模型计算图里的一个节点，例如 CONV_2D、FULLY_CONNECTED 或 QUANTIZE，具体运算由对应的内核完成。转换器可能把几个浮点操作（比如卷积、加偏置和激活函数）融合成一个算子。',
    },
  },
  {
    id: 'per-channel-quantization',
    lesson: 'per-tensor-or-per-channel',
    en: {
      term: 'per-channel quantization',
      definition:
        "Giving each output channel of a weight tensor its own scale instead of one for the whole tensor, so channels with small weights get a fine step of their own. TFLite does this for int8 convolution weights, along the axis named by quantized_dimension.",
    },
    zh: {
      term: '逐通道量化',
      definition:
        '让权重张量的每个输出通道各用一个缩放因子，而不是整个张量共用一个，权重较小的通道因此能拥有更细的量化步长。TFLite 对 int8 卷积权重就是这样做的，沿 quantized_dimension 指定的轴划分通道。',
    },
  },
  {
    id: 'per-tensor-quantization',
    lesson: 'per-tensor-or-per-channel',
    en: {
      term: 'per-tensor quantization',
      definition:
        "One scale and one zero point for a whole tensor. TFLite uses it for every activation, because scales that varied along a layer's input channels could not be pulled out of the layer's sum.",
    },
    zh: {
      term: '逐张量量化',
      definition:
        '整个张量只用一个缩放因子和一个零点。TFLite 的激活值一律这样量化，因为如果缩放因子沿下一层的输入通道变化，就没法把它从该层的求和式里提出来。',
    },
  },
  {
    id: 'post-training-quantization',
    lesson: 'flavours-of-post-training-quantization',
    en: {
      term: 'post-training quantization (PTQ)',
      definition:
        'Quantizing a model after training, without training it further: dynamic range, full integer (with calibration) or float16. It is quick, and for 8 bits usually accurate enough.',
    },
    zh: {
      term: '训练后量化',
      definition:
        '模型训练完成后直接量化，不再继续训练，具体有动态范围量化、全整数量化（需要校准）和 float16 量化几种。做起来快，8 位量化时精度通常也够用。',
    },
  },
  {
    id: 'quantization-error',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'quantization error',
      definition:
        'The difference between a value and its dequantized version. Inside the range it is rounding error, at most half a step; outside the range it is clipping error, which has no bound.',
    },
    zh: {
      term: '量化误差',
      definition:
        '一个数值与它反量化结果之间的差。范围以内是舍入误差，最多半个量化步长；范围以外是截断误差，没有上限。',
    },
  },
  {
    id: 'quantization-aware-training',
    lesson: 'fake-quantization',
    en: {
      term: 'quantization-aware training (QAT)',
      definition:
        'Training or fine-tuning with fake quantization nodes in the graph, so the network learns weights that tolerate rounding and records the activation ranges the converter needs.',
    },
    zh: {
      term: '量化感知训练',
      definition:
        '在计算图中插入伪量化节点后再训练或微调，让网络学到经得起舍入的权重，同时记录下转换器需要的激活值范围。',
    },
  },
  {
    id: 'quantize',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'quantize',
      definition:
        "To map a real value x to an integer code: q = clamp(round(x / scale) + zero_point, q_min, q_max). More broadly, to convert a model's weights or activations from floating point to such codes.",
    },
    zh: {
      term: '量化',
      definition:
        '把实数 x 映射成整数码值：q = clamp(round(x / scale) + zero_point, q_min, q_max)。广义上也指把模型的权重或激活值从浮点数转换成这样的码值。',
    },
  },
  {
    id: 'quantized-dimension',
    lesson: 'per-tensor-or-per-channel',
    en: {
      term: 'quantized_dimension',
      definition:
        "The field of a TFLite tensor's quantization parameters that says which axis a list of per-channel scales runs along: 0 for CONV_2D weights (OHWI), 3 for DEPTHWISE_CONV_2D weights (1HWC). Either way it is the output-channel axis.",
    },
    zh: {
      term: '量化维度',
      definition:
        'TFLite 张量量化参数中的一个字段，说明逐通道的缩放因子列表沿哪个轴排列：CONV_2D 权重（OHWI）是 0，DEPTHWISE_CONV_2D 权重（1HWC）是 3。两种情况指的都是输出通道所在的轴。',
    },
  },
  {
    id: 'representative-dataset',
    lesson: 'calibration-and-dummy-ranges',
    en: {
      term: 'representative dataset',
      definition:
        'A hundred to a few hundred typical inputs, preprocessed exactly as in production, that the converter runs through the model to calibrate activation ranges. In TensorFlow 2 it is set as converter.representative_dataset.',
    },
    zh: {
      term: '代表性数据集',
      definition:
        '一百到几百个典型输入，预处理方式与实际使用时完全一致，转换器用它们跑一遍模型来校准激活值范围。在 TensorFlow 2 里通过 converter.representative_dataset 设置。',
    },
  },
  {
    id: 'requantization',
    lesson: 'integer-arithmetic',
    en: {
      term: 'requantization',
      definition:
        "Turning an integer layer's int32 accumulator into the output's 8-bit code: multiply by M = s_in × s_w / s_out, done as a fixed-point multiplier and a shift, add the output zero point, and clamp.",
    },
    zh: {
      term: '重量化',
      definition:
        '把整数层的 int32 累加器换算成输出的 8 位码值：乘以 M = s_in × s_w / s_out（用定点乘数加移位实现），加上输出零点，再截断到取值范围内。',
    },
  },
  {
    id: 'round-half-to-even',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'round half to even',
      definition:
        "A rule for values exactly halfway between two integers: pick the even one, so 2.5 becomes 2 and 3.5 becomes 4. Also called banker's rounding; XNNPACK, ONNX QuantizeLinear, NumPy and PyTorch use it, while TFLite's reference kernels round halves away from zero.",
    },
    zh: {
      term: '四舍六入五成双',
      definition:
        '处理恰好落在两个整数正中间的数值的规则：取偶数那一个，所以 2.5 变成 2，3.5 变成 4，也叫银行家舍入。XNNPACK、ONNX 的 QuantizeLinear、NumPy 和 PyTorch 都用它，而 TFLite 的参考内核是远离零舍入。',
    },
  },
  {
    id: 'rounding',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'rounding',
      definition:
        'Choosing the nearest grid point for a value that falls between two. The rule only matters at exact ties, but runtimes differ there, so the same input can end up with codes one apart.',
    },
    zh: {
      term: '舍入',
      definition:
        '为落在两个网格点之间的数值选出最近的那个点。舍入规则只在恰好居中时才起作用，但各个运行时恰恰在这里各行其是，同一个输入得到的码值可能差 1。',
    },
  },
  {
    id: 'scale',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'scale',
      definition:
        'The real size of one quantization step: codes q and q + 1 stand for values exactly scale apart. Together with the zero point it defines real = scale × (q − zero_point).',
    },
    zh: {
      term: '缩放因子',
      definition:
        '一个量化步长对应的实数大小：码值 q 和 q + 1 所代表的实数正好相差 scale。它和零点一起确定 real = scale × (q − zero_point)。',
    },
  },
  {
    id: 'shift',
    lesson: 'integer-arithmetic',
    en: {
      term: 'shift',
      definition:
        "The power-of-two part of a fixed-point multiplier. After multiplying by M0, the kernel shifts the result by shift bits, with rounding; shift is usually negative, which makes it a right shift. TFLite keeps one per output channel as output_shift.",
    },
    zh: {
      term: '移位',
      definition:
        '定点乘数中 2 的幂次那一部分。乘完 M0 之后，内核把结果按 shift 位带舍入地移位；shift 通常是负数，也就是右移。TFLite 为每个输出通道各存一个，名为 output_shift。',
    },
  },
  {
    id: 'sqnr',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'SQNR',
      definition:
        'Signal-to-quantization-noise ratio: the energy of the original values over the energy of the quantization error, in decibels. Higher is better; halving the step adds about 6 dB.',
    },
    zh: {
      term: '量化信噪比',
      definition:
        '原始值的能量与量化误差能量之比，以分贝表示，越高越好。量化步长减半，大约提高 6 dB。',
    },
  },
  {
    id: 'step',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'step',
      definition:
        'The distance between two neighbouring grid points, which is the scale. Rounding moves a value by at most half a step.',
    },
    zh: {
      term: '量化步长',
      definition:
        '量化网格上相邻两点之间的距离，也就是缩放因子。舍入带来的偏差最多半个步长。',
    },
  },
  {
    id: 'straight-through-estimator',
    lesson: 'fake-quantization',
    en: {
      term: 'straight-through estimator',
      definition:
        'The gradient rule that makes fake quantization trainable. Rounding has no useful slope, so backpropagation treats the node as the identity inside its range and passes no gradient for values it clipped.',
    },
    zh: {
      term: '直通估计器',
      definition:
        '让伪量化节点能参与训练的梯度规则。舍入函数没有有用的导数，所以反向传播时在范围以内把节点当作恒等映射，对被截断的值则不回传梯度。',
    },
  },
  {
    id: 'symmetric-quantization',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'symmetric quantization',
      definition:
        "Quantization with the zero point fixed at 0, so the grid is centred on zero and, with narrow range, the scale is the largest absolute value divided by 127. TFLite uses it for int8 weights, which removes a zero-point term from the kernel's arithmetic.",
    },
    zh: {
      term: '对称量化',
      definition:
        '零点固定为 0 的量化方式，量化网格以 0 为中心；配合窄范围时，缩放因子就是最大绝对值除以 127。TFLite 的 int8 权重采用这种方式，内核运算因此少了一个与零点有关的项。',
    },
  },
  {
    id: 'tensor',
    lesson: 'reading-get-input-details',
    en: {
      term: 'tensor',
      definition:
        "A multi-dimensional array with a shape and an element type. A model's inputs, outputs, weights, biases and intermediate activations are all tensors, and each quantized one carries its own quantization parameters.",
    },
    zh: {
      term: '张量',
      definition:
        '带有形状和元素类型的多维数组。模型的输入、输出、权重、偏置和中间激活值都是张量，每个量化张量都带着自己的量化参数。',
    },
  },
  {
    id: 'tflite-flatbuffer',
    lesson: 'look-inside-your-model',
    en: {
      term: 'TFLite FlatBuffer',
      definition:
        "The binary format of a .tflite file: a FlatBuffer following TFLite's schema, holding the operators, the tensors, the weight buffers and every tensor's scales, zero points and quantized_dimension. A program can read it in place, without unpacking it first.",
    },
    zh: {
      term: 'TFLite FlatBuffer 格式',
      definition:
        '.tflite 文件的二进制格式：按 TFLite schema 组织的 FlatBuffer，里面有算子、张量、权重数据，以及每个张量的缩放因子、零点和 quantized_dimension。程序可以原地读取，无需先解包。',
    },
  },
  {
    id: 'weight',
    lesson: 'per-tensor-or-per-channel',
    en: {
      term: 'weight',
      definition:
        "A learned parameter stored in the model, such as a value of a convolution kernel. Weights are constants, so their ranges are known at conversion time without any calibration.",
    },
    zh: {
      term: '权重',
      definition:
        '训练得到、保存在模型里的参数，例如卷积核里的数值。权重是常量，转换时就能直接知道它的范围，无须校准。',
    },
  },
  {
    id: 'weight-only-quantization',
    lesson: 'flavours-of-post-training-quantization',
    en: {
      term: 'weight-only quantization',
      definition:
        "Storing the weights as int8 codes and turning them back into floats before computing, while every activation stays float32. The file shrinks about four times, but neither the arithmetic nor the model's float32 inputs and outputs change.",
    },
    zh: {
      term: '仅权重量化',
      definition:
        '权重存成 int8 码值，计算前再还原成浮点数，所有激活值仍保持 float32。文件大约缩小到四分之一，但运算方式以及模型 float32 的输入输出都没有变。',
    },
  },
  {
    id: 'zero-point',
    lesson: 'scale-and-zero-point',
    en: {
      term: 'zero point',
      definition:
        'The integer code that stands for real 0.0. It is chosen so that 0.0 lands exactly on a code, which means zero padding and ReLU outputs are represented without error.',
    },
    zh: {
      term: '零点',
      definition:
        '代表实数 0.0 的那个整数码值。选取零点时会保证 0.0 恰好落在某个码值上，这样零填充和 ReLU 输出的 0 都能精确表示，没有误差。',
    },
  },
];
