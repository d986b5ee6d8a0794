/**
 * The converter cases table: every row well-formed and reachable, every
 * combination of settings answered, rows consistent with the message table
 * and with the lessons that exist, and the numbers a row prints equal to the
 * documented formulas (computed here, independently, with Math.fround for
 * the float32 the model stores).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CASES, CHOICE_VALUES, GENERATIONS, GENERATION_CHOICES, TENSOR_KINDS, effectiveChoices, findCase,
  type ChoiceKey, type ConverterChoices, type Generation,
} from '../../../src/lib/converter/cases.ts';
import { LESSONS, lessonPath } from '../../../src/lib/converter/lessons.ts';
import { MESSAGES, matchMessages, messageById } from '../../../src/lib/converter/messages.ts';
import { pyFloat, simulate, type ConverterNumbers } from '../../../src/lib/converter/simulate.ts';
import { repoRoot } from '../../support/fixtures.ts';

const BASE: ConverterChoices = {
  generation: 'tf1', graph: 'float', inferenceType: 'FLOAT', inputStats: false, defaultRanges: false,
  postTrainingQuantize: false, mode: 'none', representative: false, ioType: 'float32',
};
const SEED_NUMBERS: ConverterNumbers = { mean: 0, stdDev: 255, defaultMin: -100, defaultMax: 100 };

/** Every combination of the choices a generation has. */
function combinations(generation: Generation): ConverterChoices[] {
  let out: ConverterChoices[] = [{ ...BASE, generation }];
  for (const key of GENERATION_CHOICES[generation]) {
    const values = CHOICE_VALUES[key] as readonly unknown[];
    out = out.flatMap((c) => values.map((v) => ({ ...c, [key]: v }) as ConverterChoices));
  }
  return out;
}

const ALL = GENERATIONS.flatMap(combinations);

describe('the cases table', () => {
  it('has unique ids, a title, a summary, a basis and at least one lesson per row', () => {
    const ids = CASES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of CASES) {
      expect(row.title.length, row.id).toBeGreaterThan(5);
      expect(row.summary.length, row.id).toBeGreaterThan(40);
      expect(row.basis.length, row.id).toBeGreaterThan(20);
      expect(row.lessons.length, row.id).toBeGreaterThan(0);
      expect(row.generations.length, row.id).toBeGreaterThan(0);
    }
  });

  it("only constrains choices its generations have, with values those choices can take", () => {
    for (const row of CASES) {
      for (const [key, values] of Object.entries(row.when) as Array<[ChoiceKey, readonly unknown[]]>) {
        for (const g of row.generations) expect(GENERATION_CHOICES[g], `${row.id}: ${key} in ${g}`).toContain(key);
        expect(values.length, `${row.id}.${key}`).toBeGreaterThan(0);
        for (const v of values) expect(CHOICE_VALUES[key] as readonly unknown[], `${row.id}.${key}`).toContain(v);
      }
    }
  });

  it(`answers every one of the ${ALL.length} combinations of settings`, () => {
    for (const c of ALL) expect(() => findCase(c), JSON.stringify(c)).not.toThrow();
  });

  it('has no dead rows: each row is the answer for some combination', () => {
    const reached = new Set(ALL.map((c) => findCase(c).id));
    for (const row of CASES) expect(reached.has(row.id), row.id).toBe(true);
  });

  it('ignores settings the chosen generation does not have', () => {
    const tf1 = { ...BASE, generation: 'tf1' as const, inferenceType: 'QUANTIZED_UINT8' as const, inputStats: true, defaultRanges: true };
    expect(findCase({ ...tf1, mode: 'int8-only', ioType: 'int16', postTrainingQuantize: true }).id).toBe(findCase(tf1).id);
    expect(effectiveChoices({ ...BASE, generation: 'tf2', graph: 'quantize-nodes' }).graph).toBe('float');
  });

  it('links error rows to a message whose own example the matcher finds', () => {
    for (const row of CASES) {
      if (row.outcome.kind !== 'error') continue;
      const message = messageById(row.outcome.messageId);
      expect(message, row.id).toBeDefined();
      expect(matchMessages(message!.example).map((m) => m.id), row.id).toContain(message!.id);
    }
  });

  it('describes all four kinds of tensor in model rows, and float tensors report (0.0, 0)', () => {
    for (const row of CASES) {
      if (row.outcome.kind !== 'model') continue;
      for (const kind of TENSOR_KINDS) {
        const t = row.outcome.tensors[kind];
        expect(t, `${row.id}.${kind}`).toBeDefined();
        const isFloat = t.dtype === 'float32' || t.dtype === 'float16';
        expect(t.tuple === 'none', `${row.id}.${kind}: a float tensor reports (0.0, 0), a quantized one does not`).toBe(isFloat);
        // Only inputs and outputs follow inference_input_type / inference_output_type.
        if (t.dtype === 'io' || t.tuple === 'io') expect(['inputs', 'outputs'], row.id).toContain(kind);
        expect(t.dtype === 'io', row.id).toBe(t.tuple === 'io');
      }
    }
  });

  it('links only to lessons that exist in content/', () => {
    for (const [id, lesson] of Object.entries(LESSONS)) {
      expect(existsSync(path.join(repoRoot, 'content', lesson.file)), `${id}: content/${lesson.file}`).toBe(true);
      expect(lessonPath(id as keyof typeof LESSONS)).toBe(`/lessons/${lesson.file.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/`);
    }
    for (const row of [...CASES, ...MESSAGES]) for (const l of row.lessons) expect(Object.keys(LESSONS)).toContain(l);
  });
});

describe('what the simulation prints', () => {
  it("the seed's second conversion: input (0.003921568859368563, 0), output (0.7843137383460999, 128)", () => {
    const sim = simulate(
      { ...BASE, generation: 'tf114', postTrainingQuantize: true, inferenceType: 'QUANTIZED_UINT8', inputStats: true, defaultRanges: true },
      SEED_NUMBERS,
    );
    expect(sim.kind).toBe('model');
    if (sim.kind !== 'model') return;
    expect(sim.row.id).toBe('tf1-dummy-ranges');
    const byKind = Object.fromEntries(sim.tensors.map((t) => [t.kind, t]));
    // Independent: scale = float32(1 / std_dev); the output from (max − min) / 255 and a tie 127.5 rounded up.
    expect(byKind.inputs.tuple).toBe(`(${Math.fround(1 / 255)}, 0)`);
    expect(byKind.inputs.tuple).toBe('(0.003921568859368563, 0)');
    expect(byKind.outputs.tuple).toBe(`(${Math.fround(200 / 255)}, 128)`);
    expect(byKind.outputs.tuple).toBe('(0.7843137383460999, 128)');
    expect(byKind.inputs.dtype).toBe('uint8');
    expect(byKind.outputs.dtype).toBe('uint8');
  });

  it("the seed's first conversion (post_training_quantize only): float32 inputs and outputs, (0.0, 0)", () => {
    const sim = simulate({ ...BASE, generation: 'tf114', postTrainingQuantize: true }, SEED_NUMBERS);
    expect(sim.row.id).toBe('tf1-weights-only');
    if (sim.kind !== 'model') throw new Error('expected a model');
    for (const t of sim.tensors.filter((x) => x.kind === 'inputs' || x.kind === 'outputs')) {
      expect(t.dtype).toBe('float32');
      expect(t.tuple).toBe('(0.0, 0)');
    }
  });

  it('a float graph with QUANTIZED_UINT8 and no default ranges is the "lacking min/max data" error', () => {
    const sim = simulate({ ...BASE, inferenceType: 'QUANTIZED_UINT8', inputStats: true }, SEED_NUMBERS);
    expect(sim.kind).toBe('error');
    if (sim.kind === 'error') expect(sim.message.example).toMatch(/lacking min\/max data/);
  });

  it('stats (127.5, 127.5) print zero point 128; a bad std_dev is reported, not printed as NaN', () => {
    const choices = { ...BASE, inferenceType: 'QUANTIZED_UINT8' as const, inputStats: true, defaultRanges: true };
    const ok = simulate(choices, { ...SEED_NUMBERS, mean: 127.5, stdDev: 127.5 });
    if (ok.kind !== 'model') throw new Error('expected a model');
    expect(ok.tensors[0].tuple).toBe(`(${Math.fround(2 / 255)}, 128)`);
    const bad = simulate(choices, { ...SEED_NUMBERS, stdDev: -1 });
    if (bad.kind !== 'model') throw new Error('expected a model');
    expect(bad.tensors[0].problem?.code).toBe('std-dev-not-positive');
    expect(bad.tensors[0].problem?.message).toMatch(/std_dev/);
    expect(bad.tensors[0].tuple).not.toMatch(/NaN/);
  });

  it('TF 2 full integer with uint8 I/O reports uint8 inputs; with float32 I/O, (0.0, 0)', () => {
    const full = { ...BASE, generation: 'tf2' as const, mode: 'default' as const, representative: true };
    const u8 = simulate({ ...full, ioType: 'uint8' }, SEED_NUMBERS);
    const f32 = simulate(full, SEED_NUMBERS);
    if (u8.kind !== 'model' || f32.kind !== 'model') throw new Error('expected models');
    expect(u8.tensors[0].dtype).toBe('uint8');
    expect(f32.tensors[0]).toMatchObject({ dtype: 'float32', tuple: '(0.0, 0)' });
    expect(f32.tensors.find((t) => t.kind === 'activations')?.dtype).toBe('int8');
  });

  it('pyFloat prints like Python: 0.0, 1.0, 0.003921568859368563', () => {
    expect(pyFloat(0)).toBe('0.0');
    expect(pyFloat(1)).toBe('1.0');
    expect(pyFloat(Math.fround(1 / 255))).toBe('0.003921568859368563');
  });
});
