/**
 * IntegerLayerStepper in Chinese: the catalog keeps every key and slot of the
 * English one, the steps and the problems it words come out whole (no slot
 * left, no English sentence), and the figures of the English text are all
 * there — only the words change.
 */
import { describe, expect, it } from 'vitest';
import { build, traceUnit, type LayerSettings } from '../../../../src/widgets/integer-layer-stepper/layer.ts';
import { buildSteps } from '../../../../src/widgets/integer-layer-stepper/steps.ts';
import { problemText } from '../../../../src/widgets/integer-layer-stepper/problems.ts';
import { en } from '../../../../src/widgets/integer-layer-stepper/strings.ts';
import { zh } from '../../../../src/widgets/integer-layer-stepper/strings.zh.ts';
import { integerLayerStepperSchema } from '../../../../src/widgets/integer-layer-stepper.schema.ts';
import { REQUANTIZATIONS } from '../../../../src/lib/quant/index.ts';
import { defaultsOf } from '../../../../src/lib/widget-state/schema.ts';
import { slotsOf } from '../../../../src/lib/i18n/template.ts';

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (v === undefined) continue;
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const defaults = defaultsOf(integerLayerStepperSchema);
const settings = (change: Partial<LayerSettings> = {}): LayerSettings => ({
  inputs: defaults.inputs, weights: defaults.weights, bias: defaults.bias, seed: defaults.seed,
  granularity: defaults.granularity, activation: defaults.activation, outputRange: defaults.outputRange, ...change,
});
/** A run of Latin words longer than a name like "ReLU6" or "ONNX Runtime": an English phrase left in. */
const ENGLISH_PHRASE = /\b[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\b/i;
const numbers = (text: string) => text.match(/−?\d+(\.\d+)?(e[+-]?\d+)?/g) ?? [];

describe('the Chinese catalog', () => {
  it('has every English key, with the same slots, and nothing left empty', () => {
    const e = leaves(en as unknown as Tree);
    // quantErrors: only other languages fill it (English shows the core's own sentences).
    const z = new Map([...leaves(zh as unknown as Tree)].filter(([key]) => !key.startsWith('quantErrors.')));
    expect([...z.keys()].sort()).toEqual([...e.keys()].sort());
    for (const [key, text] of e) {
      expect(slotsOf(z.get(key)!), key).toEqual(slotsOf(text));
      expect(z.get(key)!.trim(), key).not.toBe('');
    }
  });
  it('in English, shows the schema’s own title, description and option labels', () => {
    expect(en.title).toBe(integerLayerStepperSchema.title);
    expect(en.description).toBe(integerLayerStepperSchema.description);
    for (const name of ['granularity', 'activation', 'outputRange', 'mode'] as const) expect(en.labels[name]).toEqual(integerLayerStepperSchema.props[name].labels);
  });
  it('has a label for every option the schema offers', () => {
    for (const name of ['granularity', 'activation', 'outputRange', 'mode'] as const) {
      expect(Object.keys(zh.labels[name]).sort()).toEqual([...integerLayerStepperSchema.props[name].options].sort());
    }
  });
});

describe('the steps in Chinese', () => {
  const cases: Partial<LayerSettings>[] = [
    {},
    { activation: 'relu', outputRange: 'before-activation' },
    { activation: 'none', granularity: 'per-tensor' },
    { weights: '5, 5, 5, 5; 1, 1, 1, 1; 1, 1, 1, 1' }, // M above 1 in a unit: the left shift is worded
  ];
  for (const change of cases) {
    const o = build(settings(change));
    if (!o.ok) throw new Error('layer did not build');
    for (const scheme of REQUANTIZATIONS) {
      it(`${JSON.stringify(change)} ${scheme}: every slot filled, Chinese words, the numbers of the English text`, () => {
        for (let unit = 0; unit < o.built.float.outDepth; unit++) {
          const trace = traceUnit(o.built, unit, scheme);
          const english = buildSteps(o.built, unit, scheme, trace);
          const chinese = buildSteps(o.built, unit, scheme, trace, zh.steps);
          chinese.forEach((step, i) => {
            const all = [step.title, step.short, ...step.lines, step.table?.caption ?? ''].join('\n');
            expect(all).not.toMatch(/\{\w+\}|undefined|NaN/);
            expect(step.title).toMatch(/[\u4e00-\u9fff]/);
            for (const line of step.lines) {
              expect(line).toMatch(/[\u4e00-\u9fff]/);
              expect(line.replace(/RoundingDivideByPOT|QuantizeLinear|ONNX Runtime/g, '')).not.toMatch(ENGLISH_PHRASE);
            }
            expect(step.formula).toBe(english[i].formula);
            // Every figure of the English step is in the Chinese one (Chinese may add a few, e.g. "2 的幂" for "a power of two").
            const zhNumbers = numbers(step.lines.join(' '));
            for (const n of numbers(english[i].lines.join(' '))) expect(zhNumbers, `${step.key}: ${n}`).toContain(n);
          });
        }
      });
    }
  }
});

describe('problems in Chinese', () => {
  it.each([
    [{ inputs: '' }, '输入：请至少输入一个数，例如“-1, 0, 0.5, 2”。'],
    [{ inputs: '1, NaN, 2, 3' }, '输入：第 2 项是 NaN（不是数）：它在量化网格上没有位置。请删除它或换成一个数值。'],
    [{ weights: '1, 2, 3, 4; 5, 6' }, '权重第 2 行有 2 个数，而每行需要与输入个数相同（4 个）。'],
    [{ weights: ';' }, '权重：每个输出单元输入一行数字，行与行之间用分号分隔。'],
    [{ bias: '0.1, 0.2' }, '偏置有 2 个数，而每个输出单元需要一个（共 3 个）。'],
    [{ bias: '0.1, 1e9, 0' }, '偏置：1000000000 对这个演示来说太大了，请把数值控制在 ±10,000 以内。'],
    // b / (s_in·s_w) far beyond 2^31: the core refuses; its English is not shown on a Chinese page.
    [{ inputs: '1e-3, 1e-3, 1e-3, 1e-3', weights: '1e-3, 1e-3, 1e-3, 1e-3', bias: '9000' }, '这一层无法量化：在这组缩放因子下，偏置或累加器超出了 int32 的范围。'],
  ] as const)('%j', (change, text) => {
    const o = build(settings(change), zh.shared.numbers);
    expect(o.ok).toBe(false);
    if (!o.ok) expect(problemText(o.problem, zh)).toBe(text);
  });
});
