// The decoder's state: the schema's settings plus the text in the box, with
// the reading of that text derived. Settings are replaced, never mutated.
import { resolveProps, type Notice } from '../../lib/widget-state/resolve.ts';
import { isHostileText } from '../../lib/widget-state/validate.ts';
import type { StateWords } from '../../lib/widget-state/words.ts';
import { detailsDecoderSchema, PASTE_URL_LIMIT, type DetailsDecoderState } from '../details-decoder.schema.ts';
import { EXAMPLES, exampleById } from './examples.ts';
import { decodePaste, encodePaste } from './paste-codec.ts';
import { readPaste, type Reading } from './reading.ts';

export type Unshareable = { why: 'too-long'; length: number; limit: number } | { why: 'refused' };

export class DecoderModel {
  readonly initial: DetailsDecoderState;
  readonly propNotices: Notice[];

  settings: DetailsDecoderState = $state.raw() as DetailsDecoderState;
  /** What the text box holds; can be longer than a link keeps. */
  text: string = $state.raw('');
  linkNotices: Notice[] = $state.raw([]);

  /** `words`: notice wording in the page's language (English when left out). */
  constructor(props: Record<string, unknown>, words?: StateWords) {
    const { state, notices } = resolveProps(detailsDecoderSchema, props, words);
    this.initial = state;
    this.propNotices = notices;
    this.load(state, []);
  }

  readonly reading: Reading = $derived(readPaste(this.text));

  /** The example whose text is in the box, if the box holds one unchanged. */
  readonly currentExample = $derived(EXAMPLES.find((e) => e.text === this.text)?.id ?? null);

  readonly tensorCount = $derived(this.reading.ok ? this.reading.tensors.length : 0);

  /** The tensor explained in detail: the chosen one, or the first when the choice is out of range. */
  readonly selected = $derived(this.tensorCount === 0 ? -1 : Math.min(this.settings.tensor, this.tensorCount - 1));

  /** Why the text cannot travel in a link (too long, or with characters links refuse); null when it can. */
  readonly unshareable: Unshareable | null = $derived.by(() => {
    if (this.currentExample !== null) return null;
    const encoded = encodePaste(this.text);
    if (encoded.length > PASTE_URL_LIMIT) return { why: 'too-long', length: encoded.length, limit: PASTE_URL_LIMIT };
    if (isHostileText(encoded)) return { why: 'refused' };
    return null;
  });

  // --- actions -------------------------------------------------------------

  setText(text: string): void {
    this.text = text;
    const example = EXAMPLES.find((e) => e.text === text);
    if (example) {
      this.settings = { ...this.settings, preset: example.id, paste: '' };
      return;
    }
    const encoded = encodePaste(text);
    const fits = encoded.length <= PASTE_URL_LIMIT && !isHostileText(encoded);
    this.settings = { ...this.settings, paste: fits ? encoded : '' };
  }

  pickExample(id: string): void {
    const example = exampleById(id);
    if (!example) return;
    this.text = example.text;
    this.settings = { ...this.settings, preset: example.id, paste: '', tensor: 0 };
  }

  selectTensor(i: number): void {
    this.settings = { ...this.settings, tensor: i };
  }

  setLang(lang: DetailsDecoderState['lang']): void {
    this.settings = { ...this.settings, lang };
  }

  load(state: DetailsDecoderState, notices: Notice[]): void {
    this.settings = { ...state };
    this.text = state.paste !== '' ? decodePaste(state.paste) : (exampleById(state.preset) ?? EXAMPLES[0]).text;
    this.linkNotices = notices;
  }

  reset(): void {
    this.load(this.initial, []);
  }
}
