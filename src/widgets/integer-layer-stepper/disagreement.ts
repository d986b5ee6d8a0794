// How often the requantization schemes disagree, measured over many seeded
// random layers of the kind the stepper makes (each with its own calibrated
// scales, so M and its shift vary from layer to layer). Lesson 6 quotes these
// figures; tests/unit/widgets/integer-layer-stepper checks the quote.
import { build, randomLayerText, type SchemeCounts } from './layer.ts';
import { problemText } from './problems.ts';
import { en } from './strings.ts';

export function measureDisagreement(layers: number, inDepth: number, outDepth: number, firstSeed = 1): SchemeCounts {
  const total: SchemeCounts = {
    total: 0,
    differsFromOrt: { onnxruntime: 0, tflite: 0, 'tflite-single-rounding': 0 },
    differsFromExact: { onnxruntime: 0, tflite: 0, 'tflite-single-rounding': 0 },
    tfliteVsSingle: 0,
  };
  for (let i = 0; i < layers; i++) {
    const seed = firstSeed + i;
    const outcome = build({ ...randomLayerText(seed, inDepth, outDepth), seed, granularity: 'per-channel', activation: 'none', outputRange: 'after-activation' });
    if (!outcome.ok) throw new Error(`random layer ${seed} could not be built: ${problemText(outcome.problem, en)}`);
    const c = outcome.built.counts;
    total.total += c.total;
    total.tfliteVsSingle += c.tfliteVsSingle;
    for (const k of ['onnxruntime', 'tflite', 'tflite-single-rounding'] as const) {
      total.differsFromOrt[k] += c.differsFromOrt[k];
      total.differsFromExact[k] += c.differsFromExact[k];
    }
  }
  return total;
}
