/**
 * The decoder in Chinese. The parser and the explainer return phrases; the
 * widget words them with the table of its page's language. Hand-written
 * sentences pin a few cases; properties check that whatever the parser or the
 * explainer says (every example, random edits of them, random tensors) comes
 * out whole in Chinese: no {slot} left unfilled, Chinese words, no English
 * sentence left over, and the English table giving exactly the error's own
 * English message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DetailsParseError,
  parseDetails,
  parserMessagesEn,
  renderPhrase,
  type ParserPhrase,
} from '../../../src/lib/formats/details-parser/index.ts';
import { parserMessagesZh } from '../../../src/lib/formats/details-parser/messages.zh.ts';
import { explainTensor, type ExplainPhrase } from '../../../src/lib/formats/details-view/index.ts';
import { explainMessagesZh } from '../../../src/lib/formats/details-view/messages.zh.ts';
import type { TensorDetails } from '../../../src/lib/formats/details.ts';
import { EXAMPLES } from '../../../src/widgets/details-decoder/examples.ts';
import { en } from '../../../src/widgets/details-decoder/strings.ts';
import { zh } from '../../../src/widgets/details-decoder/strings.zh.ts';
import { wordingFor } from '../../../src/widgets/details-decoder/wording.ts';

const parserZh = (p: ParserPhrase): string => renderPhrase(p, parserMessagesZh);
const explainZh = (p: ExplainPhrase): string => renderPhrase(p, explainMessagesZh);

const CJK = /[\u4e00-\u9fff]/;
/** Two English words in a row, as the catalog test defines an untranslated phrase. */
const ENGLISH_PHRASE = /\b[A-Za-z][a-z]+\s+[a-z]{2,}\b/;

/** A sentence a Chinese reader gets: complete, in Chinese, no English prose. */
function expectChinese(text: string, where: string): void {
  expect(text, where).not.toMatch(/\{\w+\}/);
  expect(text, where).toMatch(CJK);
  // An English term in brackets after the Chinese one, 零点（zero point）, is how terms are introduced.
  expect(text.replace(/（[^）]*）/g, '').match(ENGLISH_PHRASE)?.[0] ?? null, `${where}: ${text}`).toBeNull();
}

function parseError(text: string): DetailsParseError | null {
  try {
    parseDetails(text);
    return null;
  } catch (e) {
    if (e instanceof DetailsParseError) return e;
    throw e;
  }
}

describe('hand-written cases', () => {
  it('a missing comma: the Chinese message names the key and what was found', () => {
    const e = parseError("[{'name': 'x',\n  'shape': array([1, 2], dtype=int32)\n  'dtype': <class 'numpy.uint8'>}]")!;
    expect(parserZh(e.phrase)).toBe("'shape' 的值之后应为 ',' 或 '}'，但遇到的是文本 'dtype'");
    expect(renderPhrase(e.phrase, parserMessagesEn)).toBe("expected ',' or '}' after the value of 'shape', but found the text 'dtype'");
  });

  it('an unclosed bracket at the end of the paste says where it was opened', () => {
    const e = parseError("[{'name': 'x', 'index': 1")!;
    expect(parserZh(e.phrase)).toBe("第 1 行第 2 列的 '{' 还没有用 '}' 闭合，粘贴内容就结束了（输出的末尾是不是被截掉了？）");
  });

  it('scales and zero points that do not pair up', () => {
    const e = parseError("{'quantization_parameters': {'scales': [0.1, 0.2], 'zero_points': [0], 'quantized_dimension': 0}}")!;
    expect(parserZh(e.phrase)).toBe("'quantization_parameters' 有 2 个缩放因子，却有 1 个零点；两者应一一配对");
  });

  it('uint8 (1/255, 0): the pixel sentence and the reading formula', () => {
    const t = explainTensor({ name: 'x', index: 0, shape: [1, 4], dtype: 'uint8', quantization: [0.003921568859368563, 0] });
    expect(explainZh(t.input[0])).toBe('0–255 的图像字节可以直接输入。模型把它们读作 0 到 1，相当于把像素值除以 255（输入范围 [0, 1]）。');
    expect(explainZh(t.output[0])).toBe('读取方式：f = (q − 0) × 0.00392157。码值 0 表示 0，码值 255 表示 1（所以码值 0 恰好表示 0）。');
    expect(explainZh(t.headline)).toBe('uint8，缩放因子 0.00392157，零点 0：实数值范围 [0, 1]，步长 0.00392157');
  });

  it('a zero point outside the type: the core refusal sits inside the note, in each language', () => {
    const t = explainTensor({ name: 'x', index: 0, shape: [4], dtype: 'int8', quantization: [0.5, 200] });
    expect(wordingFor(zh).explain(t.notes[0])).toBe('这组参数无法直接使用：零点（zero point）必须落在该数据类型能表示的整数范围内。');
    expect(wordingFor(en).explain(t.notes[0])).toBe('These parameters cannot be used as they are: zeroPoint 200 is outside the int8 range [-128, 127].');
  });

  it('the widget catalogs name the same examples and code languages', () => {
    expect(Object.keys(zh.examples).sort()).toEqual(EXAMPLES.map((e) => e.id).sort());
    expect(Object.keys(en.examples).sort()).toEqual(EXAMPLES.map((e) => e.id).sort());
    expect(zh.parser).toBe(parserMessagesZh);
    expect(zh.explain).toBe(explainMessagesZh);
  });
});

describe('whatever the parser says comes out whole in Chinese', () => {
  it('every note and explanation of every example', () => {
    for (const example of EXAMPLES) {
      for (const tensor of parseDetails(example.text).tensors) {
        const e = explainTensor(tensor.details);
        for (const p of tensor.notes) expectChinese(parserZh(p), example.id);
        for (const p of [e.headline, ...e.input, ...e.output, ...e.notes]) expectChinese(explainZh(p), example.id);
      }
    }
  });

  it('every error from random cuts and edits of the examples', () => {
    const TOKENS = ['[', ']', '{', '}', '(', ')', ',', ':', '=', '<', '>', '-', '...', "'", '"', '\u201c', '\u0007', 'os.system', 'array(', 'dtype=', 'np.float32(', '1.5', "'x'", 'None', '{}'];
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLES.map((e) => e.text)),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...TOKENS),
        (text, a, b, token) => {
          const cut = a % (text.length + 1);
          const edited = text.slice(0, cut) + token + text.slice(cut + (b % 4));
          for (const candidate of [text.slice(0, cut), edited]) {
            const e = parseError(candidate);
            if (e === null) continue;
            expect(renderPhrase(e.phrase, parserMessagesEn)).toBe(e.detail);
            expectChinese(parserZh(e.phrase), candidate);
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('every sentence about a random tensor', () => {
    const dtype = fc.constantFrom<TensorDetails['dtype']>('uint8', 'int8', 'int16', 'int32', 'float32', 'bool', 'string', 'int4', 'uint16');
    const scale = fc.oneof(fc.constantFrom(0, -1, NaN, Infinity, 0.003921568859368563, 1e-9), fc.double({ min: 1e-6, max: 10, noNaN: true }));
    const details = fc.record({
      dtype,
      scale,
      zeroPoint: fc.integer({ min: -200, max: 300 }),
      shape: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 }),
      channels: fc.integer({ min: 0, max: 5 }),
      axis: fc.integer({ min: -1, max: 4 }),
      symmetric: fc.boolean(),
    });
    fc.assert(
      fc.property(details, (d) => {
        const params =
          d.channels === 0
            ? undefined
            : {
                scales: Array.from({ length: d.channels }, (_, i) => (d.scale || 0.01) * (i + 1)),
                zero_points: Array.from({ length: d.channels }, () => (d.symmetric ? 0 : d.zeroPoint)),
                quantized_dimension: d.axis,
              };
        const t = explainTensor({
          name: 'w', index: 1, shape: d.shape, dtype: d.dtype, quantization: [d.scale, d.zeroPoint],
          ...(params ? { quantization_parameters: params } : {}),
        });
        for (const p of [t.headline, ...t.input, ...t.output, ...t.notes]) expectChinese(wordingFor(zh).explain(p), JSON.stringify(d));
      }),
      { numRuns: 400 },
    );
  });
});
