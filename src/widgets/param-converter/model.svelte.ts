// ParamConverter's state: the schema's settings in one $state.raw record,
// replaced on every change, with the linked forms and warnings $derived.
import { resolveProps, type Notice } from '../../lib/widget-state/resolve.ts';
import { defaultsOf } from '../../lib/widget-state/schema.ts';
import type { LinkedForms } from '../../lib/quant/converter-forms.ts';
import { paramConverterSchema, type ParamConverterState } from '../param-converter.schema.ts';
import { link, numberLine, warningsFor, wrongComparison, type FormName } from './analysis.ts';
import { en, type ParamConverterStrings } from './strings.ts';

export class ConverterModel {
  /** The widget's words, fixed for its life. */
  #t: ParamConverterStrings = en;
  readonly initial: ParamConverterState;
  readonly propNotices: Notice[];
  settings: ParamConverterState = $state.raw() as ParamConverterState;
  linkNotices: Notice[] = $state.raw([]);

  #lastGood: LinkedForms | null = null;

  constructor(props: Record<string, unknown>, t: ParamConverterStrings = en) {
    this.#t = t;
    const { state, notices } = resolveProps(paramConverterSchema, props, t.shared.state);
    this.initial = state;
    this.propNotices = notices;
    this.settings = { ...state };
  }

  readonly linked = $derived(link(this.settings, this.#t));

  /** The forms shown: the current ones, or the last that could be linked. */
  readonly forms: LinkedForms = $derived.by(() => {
    const l = this.linked;
    if (l.ok) this.#lastGood = l.forms;
    if (this.#lastGood) return this.#lastGood;
    const fallback = link({ ...defaultsOf(paramConverterSchema), dtype: this.settings.dtype, from: 'range', min: 0, max: 1 }, this.#t);
    if (fallback.ok) return fallback.forms;
    throw new Error('the default converter state cannot be linked');
  });

  readonly error: string | null = $derived(this.linked.ok ? null : this.linked.message);
  readonly warnings = $derived(this.linked.ok ? warningsFor(this.settings, this.linked.forms, this.#t) : []);
  readonly line = $derived(numberLine(this.forms, this.#t));
  readonly wrong = $derived(wrongComparison(this.forms));

  /** The reader typed one field of a form: that form is now in charge, with the other field as currently shown. */
  edit(form: FormName, field: 'a' | 'b', value: number): void {
    const f = this.forms;
    const s = this.settings;
    const shown = {
      stats: [s.from === 'stats' ? s.mean : f.stats.mean, s.from === 'stats' ? s.stdDev : f.stats.stdDev],
      params: [s.from === 'params' ? s.scale : f.params.scale, s.from === 'params' ? s.zeroPoint : f.params.zeroPoint],
      range: [s.from === 'range' ? s.min : f.range.min, s.from === 'range' ? s.max : f.range.max],
    }[form];
    const [a, b] = field === 'a' ? [value, shown[1]] : [shown[0], value];
    const keys = { stats: ['mean', 'stdDev'], params: ['scale', 'zeroPoint'], range: ['min', 'max'] }[form];
    this.settings = { ...s, from: form, [keys[0]]: a, [keys[1]]: b };
  }

  set(change: Partial<ParamConverterState>): void {
    this.settings = { ...this.settings, ...change };
  }

  load(state: ParamConverterState, notices: Notice[]): void {
    this.settings = { ...state };
    this.linkNotices = notices;
  }

  reset(): void {
    this.load(this.initial, []);
  }
}
