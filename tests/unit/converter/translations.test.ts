/**
 * The converter tables in Chinese (cases.zh.ts, messages.zh.ts) against the
 * English tables: the same rows, a note per tensor exactly where the English
 * has one, the same number of fixes, the same file/function/flag names, and
 * the quoted program output left alone. Plus ConverterFlags' words: the
 * Python snippet keeps its code in both languages, and the English the
 * widget shows is the tables' own English.
 */
import { describe, expect, it } from 'vitest';
import { CASES } from '../../../src/lib/converter/cases.ts';
import { CASES_ZH } from '../../../src/lib/converter/cases.zh.ts';
import { MESSAGES } from '../../../src/lib/converter/messages.ts';
import { MESSAGES_ZH } from '../../../src/lib/converter/messages.zh.ts';
import { LESSONS } from '../../../src/lib/converter/lessons.ts';
import { TUPLE_TEXT, simulate } from '../../../src/lib/converter/simulate.ts';
import { converterTextsEn, fixesOf } from '../../../src/lib/converter/text.ts';
import { converterSnippet } from '../../../src/widgets/converter-flags/snippet.ts';
import { en } from '../../../src/widgets/converter-flags/strings.ts';
import { zh } from '../../../src/widgets/converter-flags/strings.zh.ts';

const CJK = /[\u4e00-\u9fff]/;
/** Two English words in a row: prose to translate (a bare file and function name is not). */
const PHRASE = /\b[A-Za-z][a-z]+\s+[a-z]{2,}\b/;

/** Names a reader would search for: files (lite.py, tooling_util.cc), snake_case and CamelCase identifiers, flags. */
function names(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[\w/]+\.(?:py|cc)\b/g)) found.add(m[0]);
  for (const m of text.matchAll(/\b_?[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g)) found.add(m[0]);
  for (const m of text.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)) found.add(m[0]);
  for (const m of text.matchAll(/\b(?:Quantize[A-Z0-9]\w*|Quantized[A-Z]\w*|Requantize|Dequantize|FakeQuant|TFLiteConverter|MicroMutableOpResolver)\b/g)) found.add(m[0]);
  return [...found].sort();
}

describe('cases.zh.ts', () => {
  it('has exactly the rows of cases.ts', () => {
    expect(Object.keys(CASES_ZH).sort()).toEqual(CASES.map((r) => r.id).sort());
  });

  it('gives a note for each kind of tensor in model rows, and none in error rows', () => {
    for (const row of CASES) {
      const notes = CASES_ZH[row.id].notes;
      if (row.outcome.kind === 'model') expect(Object.keys(notes ?? {}).sort(), row.id).toEqual(Object.keys(row.outcome.tensors).sort());
      else expect(notes, row.id).toBeUndefined();
    }
  });

  it('is Chinese, and keeps every file, function and flag name of the English', () => {
    const lost: string[] = [];
    for (const row of CASES) {
      const z = CASES_ZH[row.id];
      for (const field of ['title', 'summary', 'basis'] as const) {
        if (PHRASE.test(row[field])) expect(z[field], `${row.id}.${field}`).toMatch(CJK);
        for (const name of names(row[field])) if (!z[field].includes(name)) lost.push(`${row.id}.${field}: ${name}`);
      }
    }
    expect(lost).toEqual([]);
  });
});

describe('messages.zh.ts', () => {
  it('has exactly the entries of messages.ts, with as many fixes in the same order', () => {
    expect(Object.keys(MESSAGES_ZH).sort()).toEqual(MESSAGES.map((m) => m.id).sort());
    for (const m of MESSAGES) expect(Object.keys(MESSAGES_ZH[m.id].fixes), m.id).toEqual(m.fixes.map((_, i) => String(i + 1)));
  });

  it('explains in Chinese and keeps the names a reader would search for', () => {
    const lost: string[] = [];
    const keep = (where: string, english: string, chinese: string) => {
      for (const name of names(english)) if (!chinese.includes(name)) lost.push(`${where}: ${name}`);
    };
    for (const m of MESSAGES) {
      const z = MESSAGES_ZH[m.id];
      expect(z.title, m.id).toMatch(CJK);
      expect(z.explanation, m.id).toMatch(CJK);
      keep(`${m.id}.source`, m.source, z.source);
      keep(`${m.id}.explanation`, m.explanation, z.explanation);
      const fixes = fixesOf(z);
      m.fixes.forEach((fix, i) => {
        expect(fixes[i], `${m.id} fix ${i + 1}`).toMatch(CJK);
        keep(`${m.id} fix ${i + 1}`, fix, fixes[i]!);
      });
    }
    expect(lost).toEqual([]);
  });

  it('holds no copy of the quoted messages: those are program output and stay as printed', () => {
    for (const m of MESSAGES) expect(JSON.stringify(MESSAGES_ZH[m.id])).not.toContain(m.example.slice(0, 40));
  });
});

describe("ConverterFlags' catalogs", () => {
  it('the English catalog is the tables’ own English', () => {
    const texts = converterTextsEn();
    for (const row of CASES) expect(texts.cases[row.id]).toMatchObject({ title: row.title, summary: row.summary, basis: row.basis });
    for (const m of MESSAGES) expect(fixesOf(texts.messages[m.id])).toEqual(m.fixes);
    for (const [id, l] of Object.entries(LESSONS)) expect(en.lessons[id as keyof typeof LESSONS]).toBe(l.title);
    expect(en.tuples).toEqual(TUPLE_TEXT);
  });

  it('every described tuple the simulation can produce has words in both languages', () => {
    const seen = new Set<string>();
    for (const generation of ['tf1', 'tf114', 'tf2'] as const) {
      for (const mode of ['none', 'default', 'int8-only', 'float16', '16x8'] as const) {
        for (const ioType of ['float32', 'int8', 'uint8', 'int16'] as const) {
          for (const graph of ['float', 'fake-quant', 'quantize-nodes'] as const) {
            for (const representative of [true, false]) {
              const sim = simulate(
                { generation, graph, inferenceType: 'QUANTIZED_UINT8', inputStats: true, defaultRanges: true, postTrainingQuantize: false, mode, representative, ioType },
                { mean: 0, stdDev: 255, defaultMin: -1, defaultMax: 1 },
              );
              if (sim.kind === 'model') for (const t of sim.tensors) if (t.tupleId) seen.add(t.tupleId);
            }
          }
        }
      }
    }
    expect(seen.size).toBeGreaterThan(3);
    for (const id of seen) {
      expect(en.tuples[id as keyof typeof en.tuples]).toBe(TUPLE_TEXT[id as keyof typeof TUPLE_TEXT]);
      expect(zh.tuples[id as keyof typeof zh.tuples]).toMatch(/\(scale, (0|zero_point)/);
    }
  });

  const tf1 = {
    generation: 'tf114',
    graph: 'quantize-nodes',
    inferenceType: 'QUANTIZED_UINT8',
    inputStats: true,
    defaultRanges: true,
    postTrainingQuantize: false,
    mode: 'none',
    representative: false,
    ioType: 'float32',
  } as const;
  const tf2 = { ...tf1, generation: 'tf2', mode: 'default', representative: true, ioType: 'int8' } as const;
  const numbers = { mean: 127.5, stdDev: 127.5, defaultMin: -6, defaultMax: 6 };

  it('the English snippet is the code people write, comments included', () => {
    expect(converterSnippet(tf1, numbers, en.snippet).split('\n')).toEqual([
      '# tf.contrib.lite.TFLiteConverter in TF 1.13 and earlier',
      'converter = tf.lite.TFLiteConverter.from_frozen_graph(',
      "    graph_def_file='quantized_graph.pb',  # after graph_transforms quantize_nodes",
      '    input_arrays=input_names, output_arrays=output_names)',
      'converter.inference_type = tf.lite.constants.QUANTIZED_UINT8',
      'converter.quantized_input_stats = {input_names[0]: (127.5, 127.5)}  # (mean, std_dev)',
      'converter.default_ranges_stats = (-6, 6)',
      'tflite_model = converter.convert()',
    ]);
  });

  it('the Chinese snippet differs only in its comments', () => {
    for (const choices of [tf1, tf2, { ...tf1, graph: 'fake-quant' } as const]) {
      const strip = (code: string) => code.split('\n').map((line) => line.replace(/#.*$/, '').trimEnd());
      const a = converterSnippet(choices, numbers, en.snippet);
      const b = converterSnippet(choices, numbers, zh.snippet);
      expect(strip(b)).toEqual(strip(a));
      expect(b).not.toBe(a);
      // Every comment in words is translated; "# (mean, std_dev)" names the tuple and stays.
      for (const line of b.split('\n')) if (line.includes('#') && !line.endsWith('# (mean, std_dev)')) expect(line.slice(line.indexOf('#')), line).toMatch(CJK);
    }
  });
});
