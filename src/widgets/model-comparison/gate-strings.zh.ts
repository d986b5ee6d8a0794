import type { GateStrings } from './gate-strings.ts';

export const gateZh: GateStrings = {
  tryAgain: '重试',
  megabytes: '{received} MB',
  megabytesOf: '{received} / {total} MB',
  loaded: '模型已加载。',
};
