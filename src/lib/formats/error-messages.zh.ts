/**
 * The words of every FormatError in Simplified Chinese, by the same ids as
 * error-messages.ts (a missing id does not compile). Offsets, sizes and the
 * file's own identifiers stay as they are.
 */
import type { FormatMessages } from './error-messages.ts';

export const formatMessagesZh: FormatMessages = {
  messages: {
    'empty-file': '文件是空的：0 字节，没有可读的内容',
    'unknown-format': "既不是 TFLite 文件也不是 ONNX 文件（第 4–7 字节没有 'TFL3' 标识，读到的是 '{found}'；开头也不像 ONNX 模型）{hint}",
    'not-tflite': "不是 TFLite 文件（标识为 '{found}'）{hint}",
    'tflite-too-short': '文件被截断：{size} 字节太短，不可能是 TFLite 文件（光文件头就有 8 字节）',
    'onnx-is-tflite': "不是 ONNX 模型：它是 TFLite FlatBuffer（第 4–7 字节是标识 'TFL3'），请按 .tflite 打开",
    'not-onnx-hint': '不是 ONNX 模型{hint}',
    'not-onnx-cause': '不是 ONNX 模型：{cause}',
    'onnx-missing-field': '不是 ONNX 模型：这些字节能按 protobuf 解析，但缺少 {field}（ModelProto 两者都必须有）',
    'graphs-too-deep': "子图嵌套超过 {max} 层（在属性 '{name}'，偏移 {at}）",
    'bad-field-number': '偏移 {at} 处的 protobuf 字段编号 {field} 无效',
    'bad-wire-type': '偏移 {at} 处字段 {field} 的 protobuf 线类型（wire type）{wire} 无效',
    'varint-past-end': '文件被截断：偏移 {at} 处的 varint 超出了文件末尾（文件共 {size} 字节）',
    'varint-overruns': '偏移 {at} 处的 varint 超出了所在 {container} 的末尾（它在偏移 {end} 处结束）',
    'varint-too-long': '偏移 {at} 处的 varint 无效：长度超过 10 字节',
    'field-past-end': '文件被截断：偏移 {at} 处一个 {length} 字节的字段超出了文件末尾（文件共 {size} 字节）',
    'field-overruns': '偏移 {at} 处一个 {length} 字节的字段越出了所在的 {container}（它在偏移 {end} 处结束）',
    'packed-floats': '偏移 {at} 处的打包浮点数有 {length} 字节，不是 4 的倍数',
    'bytes-overrun': '偏移 {at} 处一个 {count} 字节的字段越出了所在的 {container}',
    'bytes-past-end': '文件被截断：偏移 {at} 处的 {count} 字节超出了文件末尾（文件共 {size} 字节）',
    'offset-past-end': '文件被截断：偏移 {at} 指向文件末尾之后（文件共 {size} 字节）',
    'offset-before-start': '偏移 {at} 无效：位于文件开头之前',
    'vector-too-large': '偏移 {at} 处的向量长度 {count} 比整个文件还大（文件共 {size} 字节）',
    'cyclic-tables': '文件里的表反复指向同一段数据（在 {path} 处停止：已从 {size} 字节中读了超过 {limit} 个值）',
    'vtable-before-start': '偏移无效：{path} 的 vtable（表位于偏移 {at}）会从 {vtable} 开始，落在文件开头之前',
    'vtable-past-end': '文件被截断：偏移 {vtable} 指向文件末尾之后（文件共 {size} 字节）（读取 {path} 的 vtable 时）',
    'vtable-size': '偏移 {at} 处 {path} 的 vtable 无效：大小 {size} 不是不小于 4 的偶数',
    'vtable-table-size': '偏移 {at} 处 {path} 的 vtable 无效：表大小 {size} 小于 4',
    'field-outside-table': '偏移 {at} 处的 vtable 无效：字段 {path}.{name} 位于 +{rel}，超出了这张 {size} 字节的表',
    'signature-subgraph': "签名 {i}（'{key}'）指向子图 {subgraph}，但模型只有 {count} 个子图",
    'signature-tensor': "签名 {i}（'{key}'）指向子图 {subgraph} 的张量 {tensor}，但该子图只有 {count} 个张量",
    'buffer-past-end': '文件被截断：缓冲区 {index}（偏移 {at}，{size} 字节）超出了文件末尾（文件共 {fileSize} 字节）',
    'tensor-buffer': '子图 {subgraph} 的张量 {i} 使用缓冲区 {buffer}，但模型只有 {count} 个缓冲区',
    'subgraph-input-ref': '子图 {subgraph} 的一个输入指向张量 {tensor}，但该子图只有 {count} 个张量',
    'subgraph-output-ref': '子图 {subgraph} 的一个输出指向张量 {tensor}，但该子图只有 {count} 个张量',
    'operator-input-ref': '子图 {subgraph} 中算子 {op} 的输入指向张量 {tensor}，但该子图只有 {count} 个张量',
    'operator-output-ref': '子图 {subgraph} 中算子 {op} 的输出指向张量 {tensor}，但该子图只有 {count} 个张量',
    'operator-intermediate-ref': '子图 {subgraph} 中算子 {op} 的中间张量指向张量 {tensor}，但该子图只有 {count} 个张量',
    'opcode-index': '子图 {subgraph} 的算子 {i} 使用算子代码 {code}，但模型只有 {count} 个算子代码',
  },
  hints: {
    html: '：它的开头像 HTML 或 XML 网页，可能保存的是下载页面而不是模型本身',
    zip: '：它是 ZIP 压缩包，请先解压',
    onnx: '：它看起来是 ONNX（protobuf）模型',
    json: '：它看起来是 JSON 文件',
  },
  reading: '（读取 {what} 时）',
};
