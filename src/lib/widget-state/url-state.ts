// Widget state in the page URL, namespaced by the widget's id so several
// widgets share one query string: ?quantizer.min=-1&quantizer.dtype=int8.
// Only values that differ from the widget's base state (its props on this
// page) are written, so a link stays short and a reset empties it.
import { defaultsOf, hasProp, urlKeys, type StateOf, type WidgetSchema } from './schema.ts';
import { checkValue, formatRaw, parseRaw } from './validate.ts';
import { applyChecks, describeValue, type Notice, type Resolved } from './resolve.ts';
import { fillWords, reasonText, stateWordsEn, type StateWords } from './words.ts';

export type { Notice, Resolved };

const NAMESPACE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** Anything longer is not state we wrote; refuse to even parse it. */
const MAX_QUERY_VALUE = 20_000;

/** Widget ids become URL prefixes and element ids; keep them boring. */
export function isValidNamespace(id: string): boolean {
  return NAMESPACE.test(id);
}

function toParams(search: string | URLSearchParams): URLSearchParams {
  return typeof search === 'string' ? new URLSearchParams(search) : search;
}

/**
 * Read this widget's state from a query string. Keys for other widgets are
 * left alone; unknown keys in this widget's namespace, repeated keys and
 * invalid values are ignored with a notice, falling back to `base`.
 */
export function decodeUrlState<S extends WidgetSchema>(
  schema: S,
  namespace: string,
  search: string | URLSearchParams,
  base: StateOf<S> = defaultsOf(schema),
  words: StateWords = stateWordsEn,
): Resolved<S> & { present: string[] } {
  const state: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  const notices: Notice[] = [];
  const present: string[] = [];
  if (!isValidNamespace(namespace)) return { state: state as StateOf<S>, notices, present };
  const prefix = `${namespace}.`;
  const allowed = new Set(urlKeys(schema));
  const seen = new Set<string>();
  let unknown = 0;
  for (const [fullKey, raw] of toParams(search)) {
    if (!fullKey.startsWith(prefix)) continue;
    const key = fullKey.slice(prefix.length);
    // hasProp guards against keys such as "__proto__" or "constructor".
    if (!hasProp(schema, key) || !allowed.has(key)) {
      unknown++;
      continue;
    }
    if (seen.has(key)) {
      notices.push({ key, message: fillWords(words.linkDuplicate, { key: fullKey }) });
      continue;
    }
    seen.add(key);
    const spec = schema.props[key];
    const checked = raw.length > MAX_QUERY_VALUE ? { ok: false as const, why: { code: 'far-too-long' as const } } : parseRaw(spec, raw);
    if (checked.ok) {
      state[key] = checked.value;
      present.push(key);
    } else {
      notices.push({
        key,
        message: fillWords(words.linkInvalid, {
          key: fullKey,
          reason: reasonText(checked.why, words),
          fallback: describeValue(spec, (base as Record<string, unknown>)[key], words),
        }),
      });
    }
  }
  if (unknown > 0) {
    notices.push({
      key: null,
      message: fillWords(unknown === 1 ? words.linkUnknownOne : words.linkUnknownOther, { count: unknown, namespace }),
    });
  }
  applyChecks(schema, state, base as Record<string, unknown>, notices, words.whereLink, words);
  return { state: state as StateOf<S>, notices, present };
}

/** Query entries for the values of `state` that differ from `base` (valid values only). */
export function encodeUrlState<S extends WidgetSchema>(
  schema: S,
  namespace: string,
  state: StateOf<S>,
  base: StateOf<S> = defaultsOf(schema),
): Array<[string, string]> {
  if (!isValidNamespace(namespace)) return [];
  const out: Array<[string, string]> = [];
  for (const key of urlKeys(schema)) {
    const spec = schema.props[key];
    const value = (state as Record<string, unknown>)[key];
    if (Object.is(value, (base as Record<string, unknown>)[key])) continue;
    if (!checkValue(spec, value).ok) continue;
    out.push([`${namespace}.${key}`, formatRaw(spec, value)]);
  }
  return out;
}

/**
 * A new query string: `search` with this widget's keys replaced by `state`.
 * Other widgets' keys and unrelated parameters keep their order.
 */
export function replaceUrlState<S extends WidgetSchema>(
  search: string,
  schema: S,
  namespace: string,
  state: StateOf<S>,
  base: StateOf<S> = defaultsOf(schema),
): string {
  const params = new URLSearchParams(search);
  const prefix = `${namespace}.`;
  for (const key of [...params.keys()]) if (key.startsWith(prefix)) params.delete(key);
  for (const [key, value] of encodeUrlState(schema, namespace, state, base)) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
