// network.ts 中每条边的说明（carries：边上传的是什么；why：伪量化节点该不该放在这里）
// 的简体中文版。按 EdgeId 索引，缺少任何一条边都会编译失败。
import type { EdgeId } from './network.ts';

export const EDGE_TEXT_ZH: Readonly<Record<EdgeId, { carries: string; why: string }>> = {
  input: {
    carries: '网络输入',
    why: '第一层读取的是 8 位码值，所以输入需要一个范围：要么在这里放一个伪量化节点，要么在转换时给出 --mean_values/--std_dev_values。',
  },
  w1: {
    carries: '第 1 层的权重',
    why: '权重以 8 位码值存储；训练时就对它们做舍入，其余权重才能随之调整、适应这种误差。',
  },
  mm1: {
    carries: '加偏置之前的乘积',
    why: '位于融合层内部：整数内核把这个和保存在 int32 累加器中，从不舍入到 8 位。',
  },
  b1: {
    carries: '第 1 层的偏置',
    why: '偏置会变成 int32，缩放因子为 input_scale × weight_scale，完全由另外两者决定；它自己的 8 位量化网格从来用不上。',
  },
  pre1: {
    carries: 'ReLU6 之前的和',
    why: '仍在融合层内部：激活函数以截断的方式作用在 int32 结果上，此时还没有任何到 8 位的舍入。',
  },
  act1: {
    carries: '第 1 层经过 ReLU6 后的输出',
    why: '融合层的输出以 8 位码值写出：整数内核重量化时用的正是这个范围。',
  },
  w2: {
    carries: '第 2 层的权重',
    why: '权重以 8 位码值存储；训练时就对它们做舍入，其余权重才能随之调整、适应这种误差。',
  },
  mm2: {
    carries: '加偏置之前的乘积',
    why: '位于融合层内部：一个 int32 累加器，从不舍入到 8 位。',
  },
  b2: {
    carries: '第 2 层的偏置',
    why: '偏置会变成 int32，缩放因子为 input_scale × weight_scale；放在它上面的伪量化范围根本不会被使用。',
  },
  out: {
    carries: '网络输出（没有激活函数：Identity）',
    why: '最后一个融合层的输出以 8 位码值写出，所以和任何层的输出一样需要一个范围。',
  },
};
