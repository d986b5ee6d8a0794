// A message as data: which sentence, and the values in its slots. The parser
// and the explainer say what happened this way, and a table of templates per
// language turns it into words, so src/lib never chooses a language. Slots
// may hold other phrases ("expected ',' {why}, but found {found}"), which the
// same table words.
import type { QuantError } from '../../quant/errors.ts';

export interface Phrase<Id extends string = string> {
  id: Id;
  values?: Readonly<Record<string, PhraseValue<Id>>>;
}

/** A core error inside a sentence; worded by the caller (the core has its own message tables). */
export interface QuantErrorValue {
  quantError: QuantError;
}

export type PhraseValue<Id extends string = string> = string | number | Phrase<Id> | QuantErrorValue;

export type PhraseTable<Id extends string> = Readonly<Record<Id, string>>;

export interface RenderOptions {
  /** Words a QuantError in the current language; its English message otherwise. */
  quantError?: (error: QuantError) => string;
}

function valueText<Id extends string>(value: PhraseValue<Id>, table: PhraseTable<Id>, options: RenderOptions): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('quantError' in value) return options.quantError ? options.quantError(value.quantError) : value.quantError.message;
  return renderPhrase(value, table, options);
}

/** The phrase in the table's language. A slot without a value stays as {name}, which tests catch. */
export function renderPhrase<Id extends string>(p: Phrase<Id>, table: PhraseTable<Id>, options: RenderOptions = {}): string {
  const template: string = table[p.id] ?? p.id;
  const values = p.values ?? {};
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : valueText(value, table, options);
  });
}
