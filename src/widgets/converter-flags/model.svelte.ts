// ConverterFlags' state: the schema's settings in one $state.raw record,
// replaced on every change; the case, the simulated tensors, the code and
// the message matches are $derived from it.
import { resolveProps, type Notice } from '../../lib/widget-state/resolve.ts';
import { simulate } from '../../lib/converter/simulate.ts';
import { matchMessages } from '../../lib/converter/messages.ts';
import { converterFlagsSchema, type ConverterFlagsState } from '../converter-flags.schema.ts';
import { converterSnippet } from './snippet.ts';
import { en, type ConverterFlagsStrings } from './strings.ts';

export class FlagsModel {
  /** The widget's words, fixed for its life. */
  #t: ConverterFlagsStrings = en;
  readonly initial: ConverterFlagsState;
  readonly propNotices: Notice[];
  settings: ConverterFlagsState = $state.raw() as ConverterFlagsState;
  linkNotices: Notice[] = $state.raw([]);

  constructor(props: Record<string, unknown>, t: ConverterFlagsStrings = en) {
    this.#t = t;
    const { state, notices } = resolveProps(converterFlagsSchema, props, t.shared.state);
    this.initial = state;
    this.propNotices = notices;
    this.settings = { ...state };
  }

  readonly numbers = $derived({
    mean: this.settings.mean,
    stdDev: this.settings.stdDev,
    defaultMin: this.settings.defaultMin,
    defaultMax: this.settings.defaultMax,
  });
  readonly result = $derived(simulate(this.settings, this.numbers));
  readonly snippet = $derived(converterSnippet(this.settings, this.numbers, this.#t.snippet));
  readonly matches = $derived(matchMessages(this.settings.message));

  set(change: Partial<ConverterFlagsState>): void {
    this.settings = { ...this.settings, ...change };
  }

  load(state: ConverterFlagsState, notices: Notice[]): void {
    this.settings = { ...state };
    this.linkNotices = notices;
  }

  reset(): void {
    this.load(this.initial, []);
  }
}
