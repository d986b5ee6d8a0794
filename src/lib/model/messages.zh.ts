// The model messages in Simplified Chinese, keyed like messages.ts (a missing
// code or slot is a type error / a test failure). Onnxruntime's own details,
// file names and URLs stay as they came.
import type { ModelMessages } from './messages.ts';

export const modelMessagesZh: ModelMessages = {
  messages: {
    offline: '无法下载{what}：网络请求失败（是否已离线？）。请检查网络连接后重试。',
    http: '无法下载{what}：服务器对 {url} 返回了 {status}。',
    brokenOff: '{what}下载到 {received} 字节时中断了。请重试。',
    notWasm: '{what}不是 WebAssembly 模块（下载的文件可能已损坏，或服务器返回的是一个错误页面）。',
    notJson: '{what}不是有效的 JSON（文件可能已损坏）。',
    notOnnx: '{what}无法作为 ONNX 模型读取（文件可能已损坏或不完整）。详细信息：{details}',
    notPrepared: 'onnxruntime 无法准备{what}。详细信息：{details}',
    wrongInputs: '{what}有 {inputs} 个输入；数字分类模型只接受一个图像批次。',
    notLoaded: '{what}尚未加载。',
    runFailed: 'onnxruntime 无法运行{what}：{details}',
    notInWorker: '模型“{model}”尚未在工作线程中加载。',
    workerStopped: '模型工作线程意外停止（浏览器可能阻止了它，或内存不足）。请刷新页面后重试。',
    messageUnreadable: '无法读取模型工作线程发来的消息。',
    shutDown: '模型运行时已关闭。',
    noWasm: '此浏览器无法运行模型：需要 WebAssembly 和 Web Worker 支持。',
    workerBlocked: '模型工作线程无法在此启动（页面来自其他网站，或安全策略禁止使用 Worker）。请在 Zero Point 网站上打开本课来运行。',
    cardNoModels: '模型说明文件中没有模型列表。',
    cardModelNotObject: '模型说明文件中的第 {n} 个模型不是对象。',
    cardModelNoText: '模型说明文件中第 {n} 个模型缺少“{key}”文本。',
    cardIdNoText: '模型说明文件中 {id} 缺少“{key}”文本。',
    cardDigitsNoText: '模型说明文件中{set}数字集缺少“{key}”文本。',
    cardBadFile: '模型说明文件指定了一个不可用的文件名“{file}”。',
    cardNoDigits: '模型说明文件没有说明{set}数字集在哪里。',
    cardNoCount: '模型说明文件没有给出{set}数字集的数量。',
    referenceUnsupported: 'TypeScript 参考实现无法运行此模型：{details}',
    referenceUnreadable: '无法将模型读取为 ONNX：{details}',
    referenceNotLoaded: 'TypeScript 参考实现中尚未加载模型。',
    other: '{details}',
  },
  terms: {
    runtime: '运行时（onnxruntime-web WebAssembly）',
    runtimeDownload: '下载的运行时文件',
    model: '模型',
    test: '测试',
    calibration: '校准',
  },
};
