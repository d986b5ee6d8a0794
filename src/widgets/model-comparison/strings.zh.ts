import { sharedZh } from '../shared/strings.zh.ts';
import { gateZh } from './gate-strings.zh.ts';
import { modelMessagesZh } from '../../lib/model/messages.zh.ts';
import type { ModelComparisonStrings } from './catalog.ts';

export const zh: ModelComparisonStrings = {
  lang: 'zh',
  shared: sharedZh,
  gate: gateZh,
  model: modelMessagesZh,
  title: '模型对比',
  description:
    '在浏览器中并排运行 fp32、仅权重量化、全整数量化、float16 和虚拟范围这几版数字分类模型：比较大小、准确率、一致率和实测延迟，查看它们意见不一的数字，还可以自己手写数字来测试。',
  toolbarLabel: '模型对比组件“{id}”',
  noticesHead: '以下设置无法使用：',
  intro:
    '同一个小型数字分类器（在 MNIST 上训练的卷积网络）的各种版本：float32、仅权重 int8、全整数 int8、float16 权重，以及使用虚拟范围的 int8。点击按钮后会下载 onnxruntime-web，并直接在你的浏览器里让每个模型跑一遍 2,000 个测试数字。',
  action: '加载模型并运行',
  cost: '需下载约 2.9 MB（压缩后），其中运行时占 2.4 MB。',
  modelLabels: {
    fp32: 'float32',
    'weights-only': '仅权重 int8',
    'full-integer': '全整数（uint8 激活值）',
    'full-integer-s8': '全整数（int8 激活值）',
    'full-integer-convinteger': '全整数（ConvInteger 形式）',
    dynamic: '动态范围（int8 权重，激活值逐批量化）',
    float16: 'float16 权重',
    'dummy-m100_100': '虚拟范围 (-100, 100)',
    'dummy-0_6': '虚拟范围 (0, 6)',
    'dummy-m1000_1000': '虚拟范围 (-1000, 1000)',
  },

  tableTitle: '同一个网络，{count} 种形式',
  tableCaption: '文件大小、在 {count} 个测试数字上的准确率、与 fp32 的一致率，以及在你的浏览器中测得的延迟中位数（括号内为四分位距）',
  head: {
    model: '模型',
    size: '文件大小',
    accuracy: '测试准确率',
    agrees: '与 fp32 一致',
    batch1: '批大小 1',
    batch32: '批大小 32',
  },
  ofFp32: '为 fp32 的 {share}',
  measure: '测量速度',
  measureAgain: '重新测量',
  timingPlan:
    '每个模型先预热；然后各模型轮流计时，批大小 1 时每个模型采样 21 次，批大小 32 时采样 15 次，每次采样取足够多次运行（合计至少 8 ms）的平均值（浏览器会把时钟精度取整到 0.1 ms）。',
  noteRuntimeOne: '你的浏览器在支持 SIMD 的 WebAssembly 上运行 onnxruntime-web，使用单线程',
  noteRuntimeMany: '你的浏览器在支持 SIMD 的 WebAssembly 上运行 onnxruntime-web，使用 {threads} 个线程',
  noteIsolated: '{runtime}（本页面启用了跨源隔离，因此允许多线程）。',
  noteNotIsolated: '{runtime}（多线程需要页面启用跨源隔离，而本页面没有）。',
  noteFirstRun: '从点击按钮到第一个模型算出准确率用了 {seconds} 秒，主要花在下载和编译运行时上。',
  sentenceGap: '',
  noteFastest:
    '在这台设备上，最快的量化模型在批大小 1 时耗时为 fp32 的 {r1}×（{model1}），在批大小 32 时为 {r32}×（{model32}）；小于 1 表示更快。',

  galleryTitle: 'fp32 与量化模型意见不一的地方',
  compareWith: '将 fp32 与此模型对比',
  againstLabels: {
    'full-integer': '全整数（int8）',
    'weights-only': '仅权重（动态范围）',
    float16: 'float16 权重',
    dummy: '虚拟范围 (−100, 100)',
  },
  notLoaded: '该模型未能加载，没有可对比的内容。',
  sameEverywhere: 'fp32 与“{model}”在全部 {count} 个测试数字上的回答都相同。',
  disagree: '两者在 {count} 个测试数字中有 {n} 个回答不同。',
  disagreeFirst: '两者在 {count} 个测试数字中有 {n} 个回答不同；这里只显示前 {shown} 个。',
  underEach: '每个数字下方依次是：真实标签、fp32 的回答、“{model}”的回答。',
  digitButton: '测试数字 {index}，真实标签为 {label}：fp32 认为是 {a}，“{model}”认为是 {b}。放到手写板上。',

  padTitle: '手写一个数字',
  pad: {
    canvas: '手写板：用鼠标、触控笔或手指写一个数字。使用键盘时，请在下方选择一个测试数字。',
    seenEmpty: '还没有书写内容',
    seenImage: '模型看到的图像：28 × 28 像素',
    seenCaption: '模型看到的图像（28 × 28）',
    clear: '清空手写板',
    startFrom: '从测试数字开始',
    previous: '上一个测试数字',
    next: '下一个测试数字',
    outOfRange: '请选择 0 到 {max} 之间的测试数字。',
    showingDigit: '测试数字 {index}，标签为 {label}。',
    showingDrawing: '你写的数字。',
    empty: '手写板是空的。',
  },
  probsCaption: '各模型对手写板上图像给出的概率（对输出做 softmax），单位为百分比',
  probsSays: '回答',
  credit: '数字图像：MNIST，作者 Yann LeCun、Corinna Cortes 和 Christopher J. C. Burges，按 {license} 许可使用。',

  stageRuntime: '正在下载运行时（onnxruntime-web，WebAssembly）…',
  stageDownload: '正在下载模型和测试数字…',
  stageRunning: '正在用“{model}”推理 {count} 个测试数字…',
  warming: '正在以批大小 {size} 预热“{model}”…',
  timingRound: '批大小 {size} 计时：第 {round} / {rounds} 轮…',
  timingStopped: '计时已停止：{error}',
  what: {
    card: '模型说明文件',
    testDigits: '测试数字',
    testLabels: '测试标签',
    model: '模型“{model}”',
  },
  errors: {
    noModel: '没有任何模型能够加载。',
    damagedDigits: '测试数字与模型说明文件中的描述不符（{pixels} 字节像素、{labels} 个标签，对应 {count} 个数字）：文件可能已损坏。',
  },
};
