import type { SharedStrings } from './strings.ts';

export const sharedZh: SharedStrings = {
  reset: '重置',
  resetLabel: '重置{widget}',
  resetDone: '已恢复为初始值。',
  copyLink: '复制当前状态的链接',
  copyLinkLabel: '复制{widget}当前状态的链接',
  linkCopied: '链接已复制。',
  copyByHand: '请从下面的文本框中手动复制链接。',
  linkBox: '当前状态的链接',
  chartPlaceholder: '脚本加载完成后会在这里显示图表。',
  chartPlaceholderTable: '数据见下方表格。',
  dataTable: '数据表',
};
