// The stepper's state: the schema's settings in one $state.raw record,
// replaced on every change, and everything else derived. The quantized layer
// is rebuilt only when a setting that shapes it changes, not on every step.
import { resolveProps, type Notice } from '../../lib/widget-state/resolve.ts';
import { STEP_COUNT, integerLayerStepperSchema, type IntegerLayerStepperState } from '../integer-layer-stepper.schema.ts';
import { build, randomLayerText, traceUnit, type BuildOutcome, type BuiltLayer } from './layer.ts';
import { buildSteps, type StepView } from './steps.ts';
import { problemText } from './problems.ts';
import { en, type IntegerLayerStepperStrings } from './strings.ts';

function layerKey(s: IntegerLayerStepperState): string {
  return JSON.stringify([s.inputs, s.weights, s.bias, s.seed, s.granularity, s.activation, s.outputRange]);
}

export class StepperModel {
  readonly initial: IntegerLayerStepperState;
  readonly propNotices: Notice[];

  settings: IntegerLayerStepperState = $state.raw() as IntegerLayerStepperState;
  linkNotices: Notice[] = $state.raw([]);

  #key = '';
  #outcome: BuildOutcome | null = null;
  #lastGood: BuiltLayer | null = null;

  // Set before any derived value is read (they are lazy); the default keeps TypeScript's field order happy.
  #t: IntegerLayerStepperStrings = en;

  constructor(props: Record<string, unknown>, strings: IntegerLayerStepperStrings = en) {
    this.#t = strings;
    const { state, notices } = resolveProps(integerLayerStepperSchema, props, strings.shared.state);
    this.initial = state;
    this.propNotices = notices;
    this.settings = { ...state };
  }

  /** This state's layer, or why it cannot be built. */
  readonly outcome: BuildOutcome = $derived.by(() => {
    const key = layerKey(this.settings);
    if (key !== this.#key || !this.#outcome) {
      this.#key = key;
      this.#outcome = build(this.settings, this.#t.shared.numbers);
    }
    return this.#outcome;
  });

  /** What is shown: this state's layer, or the last one that could be built. */
  readonly built: BuiltLayer = $derived.by(() => {
    const o = this.outcome;
    if (o.ok) this.#lastGood = o.built;
    if (this.#lastGood) return this.#lastGood;
    const fallback = build({ ...this.settings, ...defaultsText() });
    if (fallback.ok) return (this.#lastGood = fallback.built);
    throw new Error(`The stepper's default layer cannot be built: ${problemText(fallback.problem, en)}`);
  });

  readonly error: string | null = $derived(this.outcome.ok ? null : problemText(this.outcome.problem, this.#t));
  readonly errorField: 'inputs' | 'weights' | 'bias' | null = $derived(this.outcome.ok ? null : (this.outcome.field ?? null));

  /** The unit stepped through, kept inside the layer. */
  readonly unit: number = $derived(Math.min(this.settings.unit, this.built.float.outDepth - 1));

  readonly trace = $derived(traceUnit(this.built, this.unit, this.settings.mode));

  readonly steps: StepView[] = $derived(buildSteps(this.built, this.unit, this.settings.mode, this.trace, this.#t.steps));

  readonly step: number = $derived(Math.min(Math.max(this.settings.step, 1), STEP_COUNT));

  // --- actions -------------------------------------------------------------

  set(change: Partial<IntegerLayerStepperState>): void {
    this.settings = { ...this.settings, ...change };
  }

  goto(step: number): void {
    this.set({ step: Math.min(Math.max(step, 1), STEP_COUNT) });
  }

  next(): void {
    this.goto(this.step + 1);
  }

  previous(): void {
    this.goto(this.step - 1);
  }

  /** A new random layer of the current shape, from a new seed. */
  randomize(seed: number): void {
    const { inDepth, outDepth } = this.built.float;
    this.set({ seed, ...randomLayerText(seed, inDepth, outDepth) });
  }

  load(state: IntegerLayerStepperState, notices: Notice[]): void {
    this.settings = { ...state };
    this.linkNotices = notices;
  }

  reset(): void {
    this.load(this.initial, []);
  }
}

function defaultsText(): Pick<IntegerLayerStepperState, 'inputs' | 'weights' | 'bias'> {
  const p = integerLayerStepperSchema.props;
  return { inputs: p.inputs.default, weights: p.weights.default, bias: p.bias.default };
}
