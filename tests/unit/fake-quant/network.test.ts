/**
 * The tiny network: the converter's complaints (worded as TF's toco prints
 * them, tooling_util.cc CheckIsReadyForQuantization and quantize.cc
 * GetOrComputeMinMax), and how far the fake-quant simulation and the integer
 * network drift apart for right and wrong placements.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CORRECT_PLACEMENT, EDGE_IDS, compare, convert, fakeQuant, makeNetwork, paramsFor, recordedRanges, simulate, floatForward,
  type EdgeId,
} from '../../../src/lib/fake-quant/index.ts';
import { matchMessages } from '../../../src/lib/converter/messages.ts';

const net = makeNetwork(1);
const ranges = recordedRanges(net);
const set = (ids: readonly EdgeId[]) => new Set<EdgeId>(ids);

describe('converter', () => {
  it('with no fake-quant nodes, stops at the first activation without a range, named as toco names it', () => {
    const c = convert(net, set([]), ranges);
    expect(c.complaints.map((x) => x.tensor)).toEqual(['input', 'fc1/Relu6', 'fc2/BiasAdd']);
    expect(c.complaints[0].message).toContain(
      'Array input, which is an input to the FullyConnected operator producing the output array fc1/Relu6, is lacking min/max data, which is necessary for quantization.',
    );
    expect(c.complaints[0].message).toContain('--default_ranges_min= and --default_ranges_max=');
    expect(c.complaints[2].message).toContain('Array fc2/BiasAdd does not have MinMax information, and is not a constant array.');
    expect(c.tensors).toEqual({});
  });

  it('its complaints are recognised by the site’s catalogue of known converter messages', () => {
    for (const c of convert(net, set([]), ranges).complaints.slice(0, 2)) {
      expect(matchMessages(c.message).map((m) => m.id)).toContain('lacking-min-max');
    }
  });

  it('accepts the contrib/quantize placement without complaints or notes', () => {
    const c = convert(net, set(CORRECT_PLACEMENT), ranges);
    expect(c.complaints).toEqual([]);
    expect(c.notes).toEqual([]);
    // Biases: int32, scale s_in·s_w, zero point 0.
    expect(c.tensors.b1!.scale).toBe(c.tensors.input!.scale * c.tensors.w1!.scale);
    expect(c.tensors.w1!.zeroPoint).toBe(0);
  });

  it('falls back to the values of weights that have no range, with a note, and ignores ranges fusion removes', () => {
    const c = convert(net, set(['input', 'act1', 'out', 'pre1', 'b1']), ranges);
    expect(c.complaints).toEqual([]);
    const noted = c.notes.map((n) => n.id).sort();
    expect(noted).toEqual(['b1', 'pre1', 'w1', 'w2']);
  });

  it('dummy quantization: --default_ranges fills every missing activation range and converts', () => {
    const c = convert(net, set([]), ranges, { defaultRanges: { min: 0, max: 6 } });
    expect(c.complaints).toEqual([]);
    expect(c.tensors.input!.from).toBe('default-ranges');
    const r = compare(net, set([]), ranges, { defaultRanges: { min: 0, max: 6 } });
    // Garbage: [0, 6] cuts off every negative input and output.
    expect(r.outputRms.integer!).toBeGreaterThan(50 * r.outputRms.simulated);
  });
});

describe('simulation', () => {
  it('with nothing placed is the float model', () => {
    expect(simulate(net, set([]), ranges).values).toEqual(floatForward(net));
  });

  it('puts weights on a symmetric narrow grid: int8 zero point 0', () => {
    const p = paramsFor('w1', { min: -0.5, max: 2 });
    expect(p.int8ZeroPoint).toBe(0);
    expect(p.nudgedMin).toBe(-p.nudgedMax);
    const w = simulate(net, set(['w1']), ranges).values.w1;
    expect(w).toEqual(fakeQuant(net.w1, paramsFor('w1', ranges.w1)));
  });
});

describe('simulation against the integer network', () => {
  it('seed 1 (the widget’s default): one output code of 144 differs, by one step', () => {
    const out = compare(net, set(CORRECT_PLACEMENT), ranges).edges.find((e) => e.id === 'out')!;
    expect(out.codesDiffer).toBe(1);
    expect(out.count).toBe(144);
    expect(out.steps).toBeLessThanOrEqual(1.0001);
  });

  it('seed 220: one input value rounds to different codes in FakeQuant and in the converter', () => {
    const n = makeNetwork(220);
    const input = compare(n, set(CORRECT_PLACEMENT), recordedRanges(n)).edges.find((e) => e.id === 'input')!;
    expect(input.codesDiffer).toBe(1);
  });

  it('correct placement: on any inputs, the integer network stays within two codes of the simulation, and most codes agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const n = makeNetwork(seed);
        const r = compare(n, set(CORRECT_PLACEMENT), recordedRanges(n));
        const out = r.edges.find((e) => e.id === 'out')!;
        const act = r.edges.find((e) => e.id === 'act1')!;
        // Usually within one code; two when an input value sits on a rounding
        // boundary that FakeQuant's float32 arithmetic and the converter's
        // quantizer resolve differently (about 1 seed in 1,000, e.g. seed 220).
        expect(out.steps).toBeLessThanOrEqual(2.0001);
        expect(act.steps).toBeLessThanOrEqual(2.0001);
        expect(out.codesDiffer!).toBeLessThan(out.count * 0.1);
      }),
      { numRuns: 40 },
    );
  });

  it('a fake-quant between MatMul and BiasAdd, or before ReLU6, makes layer 1 disagree far more', () => {
    const right = compare(net, set(CORRECT_PLACEMENT), ranges).edges.find((e) => e.id === 'act1')!;
    for (const wrong of ['mm1', 'pre1'] as const) {
      const r = compare(net, set([...CORRECT_PLACEMENT, wrong]), ranges).edges.find((e) => e.id === 'act1')!;
      expect(r.codesDiffer!, wrong).toBeGreaterThan(10 * Math.max(1, right.codesDiffer!));
    }
  });

  it('leaving weights unquantized in training: the simulation holds float weights the integer model does not have', () => {
    const r = compare(net, set(['input', 'act1', 'out']), ranges);
    const w1 = r.edges.find((e) => e.id === 'w1')!;
    expect(w1.maxAbs).toBeGreaterThan(0);
    expect(w1.steps).toBeLessThanOrEqual(0.5 + 1e-6);
  });

  it('reports every edge in graph order, and nothing when the converter refuses', () => {
    expect(compare(net, set(CORRECT_PLACEMENT), ranges).edges.map((e) => e.id)).toEqual([...EDGE_IDS]);
    const refused = compare(net, set(['w1']), ranges);
    expect(refused.edges).toEqual([]);
    expect(refused.integer).toBeNull();
  });
});
