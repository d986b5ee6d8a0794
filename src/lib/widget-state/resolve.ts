// Validates a widget's typed props (from Astro, a parent component or a
// custom element's properties) against its schema. Kept apart from the URL
// codec so a page can validate props without loading the codec.
import { attributeName, defaultsOf, type StateOf, type WidgetSchema } from './schema.ts';
import { checkValue, parseRaw } from './validate.ts';
import { fillWords, reasonText, stateWordsEn, type StateWords } from './words.ts';

export interface Notice {
  /** The prop concerned, or null for a notice about the whole link. */
  key: string | null;
  message: string;
}

export interface Resolved<S extends WidgetSchema> {
  state: StateOf<S>;
  notices: Notice[];
}

export function describeValue(spec: { type: string }, value: unknown, words: StateWords = stateWordsEn): string {
  if (value === null) return words.notSet;
  if (spec.type === 'string') {
    const text = String(value);
    return text.length > 40 ? `“${text.slice(0, 40)}…”` : `“${text}”`;
  }
  return String(value);
}

/** Cross-prop rules: a failed rule resets its keys to the base values. */
export function applyChecks<S extends WidgetSchema>(
  schema: S,
  state: Record<string, unknown>,
  base: Record<string, unknown>,
  notices: Notice[],
  where: string,
  words: StateWords = stateWordsEn,
): void {
  for (const check of schema.checks ?? []) {
    if (check.test(state)) continue;
    for (const key of check.keys) state[key] = base[key];
    const message = words.lang === 'en' ? check.message : fillWords(words.conflict, { keys: check.keys.join(words.listJoin) });
    notices.push({ key: check.keys[0] ?? null, message: fillWords(words.check, { where, message }) });
  }
}

/**
 * Validate typed props (from Astro, a parent component or a custom element's
 * properties). Missing props take the schema default; invalid ones too, with
 * a notice saying so.
 */
export function resolveProps<S extends WidgetSchema>(
  schema: S,
  props: Record<string, unknown>,
  words: StateWords = stateWordsEn,
): Resolved<S> {
  const defaults = defaultsOf(schema) as Record<string, unknown>;
  const state: Record<string, unknown> = {};
  const notices: Notice[] = [];
  for (const [key, spec] of Object.entries(schema.props)) {
    const value = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
    if (value === undefined) {
      state[key] = defaults[key];
      continue;
    }
    const checked = checkValue(spec, value);
    if (checked.ok) state[key] = checked.value;
    else {
      state[key] = defaults[key];
      notices.push({
        key,
        message: fillWords(words.settingInvalid, { key, reason: reasonText(checked.why, words), fallback: describeValue(spec, defaults[key], words) }),
      });
    }
  }
  applyChecks(schema, state, defaults, notices, words.whereSettings, words);
  return { state: state as StateOf<S>, notices };
}

/**
 * The same for HTML attributes (a custom element's, or an embed page's query):
 * raw text keyed by kebab-case attribute name. Missing attributes take the
 * schema default; invalid ones too, with a notice that never repeats the text.
 */
export function resolveAttributes<S extends WidgetSchema>(
  schema: S,
  attributes: Record<string, string | null | undefined>,
  words: StateWords = stateWordsEn,
): Resolved<S> {
  const defaults = defaultsOf(schema) as Record<string, unknown>;
  const state: Record<string, unknown> = { ...defaults };
  const notices: Notice[] = [];
  for (const [key, spec] of Object.entries(schema.props)) {
    const name = attributeName(key);
    const raw = Object.prototype.hasOwnProperty.call(attributes, name) ? attributes[name] : undefined;
    if (raw === undefined || raw === null) continue;
    const checked = parseRaw(spec, raw);
    if (checked.ok) state[key] = checked.value;
    else {
      notices.push({
        key,
        message: fillWords(words.attributeInvalid, { key: name, reason: reasonText(checked.why, words), fallback: describeValue(spec, defaults[key], words) }),
      });
    }
  }
  applyChecks(schema, state, defaults, notices, words.whereAttributes, words);
  return { state: state as StateOf<S>, notices };
}
