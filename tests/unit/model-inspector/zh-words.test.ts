/**
 * The inspector's words from src/lib/formats in Chinese: every FormatError and
 * every analysis sentence carries an id and values, the English table
 * rebuilds exactly the English message, and the Chinese table words the same
 * facts without English prose. Files: this site's demo models, the shared
 * fixture models, and damaged copies of them (cut short, bytes overwritten).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatError, inspectModel } from '../../../src/lib/formats/index.ts';
import { analysisEn, evidenceText, warningText } from '../../../src/lib/formats/analysis-messages.ts';
import { analysisZh } from '../../../src/lib/formats/analysis-messages.zh.ts';
import { formatErrorText, formatMessagesEn } from '../../../src/lib/formats/error-messages.ts';
import { formatMessagesZh } from '../../../src/lib/formats/error-messages.zh.ts';
import { fixturesDir, repoRoot, requireFixtures } from '../../support/fixtures.ts';
import { seededRandom } from '../../support/random.ts';

const slotsOf = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u4e00-\u9fff]/;
/** English prose words; quoted names ('…') and slot values are taken out first. */
const PROSE = /\b(the|and|of|with|are|is|has|have|but|not|only|tensors?|weights|activations?|operators?|file|bytes|offset|reading|truncated|bad|values)\b/i;
const unquoted = (s: string) => s.replace(/'[^']*'/g, "''");

function models(): { name: string; bytes: Uint8Array }[] {
  const dirs = [path.join(repoRoot, 'public/models'), path.join(fixturesDir, 'models/tflite'), path.join(fixturesDir, 'models/onnx')];
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) if (/\.(onnx|tflite)$/.test(n)) out.push({ name: n, bytes: new Uint8Array(readFileSync(path.join(dir, n))) });
  }
  return out;
}

describe('FormatError words', () => {
  it('the Chinese table has every message and hint with the same slots', () => {
    for (const [id, en] of Object.entries(formatMessagesEn.messages)) {
      const zh = formatMessagesZh.messages[id as keyof typeof formatMessagesZh.messages];
      expect(slotsOf(zh), id).toEqual(slotsOf(en));
      expect(zh, id).toMatch(CJK);
    }
    expect(Object.keys(formatMessagesZh.hints).sort()).toEqual(Object.keys(formatMessagesEn.hints).sort());
    expect(slotsOf(formatMessagesZh.reading)).toEqual(slotsOf(formatMessagesEn.reading));
  });

  it('hand-worked cases read as a Chinese reader expects', () => {
    const err = (bytes: Uint8Array, fileName: string) => {
      try {
        inspectModel(bytes, { fileName });
      } catch (e) {
        return e as FormatError;
      }
      throw new Error('read');
    };
    const html = err(new TextEncoder().encode('<html><body>404</body></html>'), 'model.onnx');
    expect(formatErrorText(html.detail!, formatMessagesZh)).toBe('不是 ONNX 模型：它的开头像 HTML 或 XML 网页，可能保存的是下载页面而不是模型本身');
    const empty = err(new Uint8Array(0), 'model.tflite');
    expect(formatErrorText(empty.detail!, formatMessagesZh)).toBe('文件是空的：0 字节，没有可读的内容');
    const short = err(new Uint8Array([1, 2, 3, 4]), 'model.tflite');
    expect(formatErrorText(short.detail!, formatMessagesZh)).toBe('文件被截断：4 字节太短，不可能是 TFLite 文件（光文件头就有 8 字节）');
  });

  const files = models();
  it('damaged models fail with a FormatError whose detail rebuilds the English message and words it in Chinese', () => {
    expect(files.length).toBeGreaterThan(5);
    const random = seededRandom(9);
    let failures = 0;
    for (const { name, bytes } of files) {
      for (let k = 0; k < 25; k++) {
        const copy = k % 2 === 0 ? bytes.slice(0, Math.floor(random() * bytes.length)) : bytes.slice();
        if (k % 2 === 1) for (let j = 0; j < 6; j++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
        try {
          inspectModel(copy, { fileName: name });
        } catch (e) {
          if (!(e instanceof FormatError)) throw e;
          failures++;
          expect(e.detail, e.message).toBeDefined();
          expect(formatErrorText(e.detail!, formatMessagesEn)).toBe(e.message);
          const zh = formatErrorText(e.detail!, formatMessagesZh);
          expect(zh).toMatch(CJK);
          // Slot values (offsets, the structure being read) stay as they are; the words around them are Chinese.
          const template = formatMessagesZh.messages[e.detail!.id];
          expect(unquoted(template.replace(/\{\w+\}/g, '')), template).not.toMatch(PROSE);
        }
      }
    }
    expect(failures).toBeGreaterThan(50);
  });
});

describe('analysis words', () => {
  if (!requireFixtures('Analysis words on fixture models', 'models', 'tflite')) return;
  const files = models();
  it.each(files.map((f) => [f.name, f] as const))('%s: every evidence sentence and warning has an id, and Chinese words for it', (_, { name, bytes }) => {
    const s = inspectModel(bytes, { fileName: name }).summary;
    const facts = s.flavour.facts ?? [];
    expect(facts.length).toBe(s.flavour.evidence.length);
    facts.forEach((fact, i) => {
      expect(evidenceText(fact, analysisEn)).toBe(s.flavour.evidence[i]);
      const zh = evidenceText(fact, analysisZh);
      expect(zh).toMatch(CJK);
      expect(unquoted(zh), zh).not.toMatch(PROSE);
    });
    for (const w of s.warnings) {
      expect(w.detail, w.message).toBeDefined();
      expect(warningText(w.detail!, analysisEn)).toBe(w.message);
      const zh = warningText(w.detail!, analysisZh);
      expect(zh).toMatch(CJK);
      expect(unquoted(zh), zh).not.toMatch(PROSE);
    }
  });

  it('a renamed file warns in Chinese too', () => {
    const file = files.find((f) => f.name.endsWith('.tflite'))!;
    const s = inspectModel(file.bytes, { fileName: 'renamed.onnx' }).summary;
    expect(warningText(s.warnings[0].detail!, analysisZh)).toBe('文件扩展名是 .onnx，内容却是 TFLite FlatBuffer；已按 TFLite 读取。');
  });
});

describe('the inspector worker’s words', () => {
  type Tree = { [key: string]: string | Tree };
  const leaves = (tree: Tree, prefix = ''): [string, string][] =>
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));

  it('the Chinese table has every key of the English one, with the same slots, in Chinese', async () => {
    const { reportEn } = await import('../../../src/widgets/model-inspector/report-strings.ts');
    const { reportZh } = await import('../../../src/widgets/model-inspector/report-strings.zh.ts');
    const en = new Map(leaves(reportEn as unknown as Tree));
    const zh = new Map(leaves(reportZh as unknown as Tree));
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) {
      if (key === 'lang') continue;
      expect(slotsOf(zh.get(key)!), key).toEqual(slotsOf(text));
      expect(zh.get(key), key).toMatch(CJK);
    }
  });

  it('words a real weight’s formula, axis, range and chart texts in Chinese (hand-checked against the file)', async () => {
    const { reportZh } = await import('../../../src/widgets/model-inspector/report-strings.zh.ts');
    const { axisDescription, dequantFormula, perAxisSummary } = await import('../../../src/widgets/model-inspector/formula.ts');
    const { verdictFor } = await import('../../../src/widgets/model-inspector/verdict.ts');
    const bytes = new Uint8Array(readFileSync(path.join(repoRoot, 'public/models/digits-weights-int8.onnx')));
    const s = inspectModel(bytes, { fileName: 'digits-weights-int8.onnx' }).summary;
    const t = s.tensors.find((x) => x.name === 'conv2.weight.q')!;
    // conv2's weights: 16 output channels on axis 0 of [16, 8, 3, 3], symmetric (zero point 0).
    expect(dequantFormula(t, 4, reportZh)).toBe('real = scale[c] × (q − 0)，沿轴 0（通道 c）');
    expect(axisDescription(t, reportZh)).toBe('quantized_dimension 0：通道 c 是形状 [16, 8, 3, 3] 沿轴 0 的下标（大小 16），每个下标一个缩放因子。');
    expect(perAxisSummary(t, reportZh)).toMatch(/^16 个缩放因子，从 \S+ 到 \S+；零点全为 0。$/);
    expect(verdictFor(s.flavour.flavour, reportZh).headline).toBe('动态范围量化（仅权重）');
  });
});
