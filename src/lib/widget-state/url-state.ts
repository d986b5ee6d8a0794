// Widget state in the page URL, namespaced by the widget's id so several
// widgets share one query string: ?quantizer.min=-1&quantizer.dtype=int8.
// Only values that differ from the widget's base state (its props on this
// page) are written, so a link stays short and a reset empties it.
import { defaultsOf, hasProp, urlKeys, type StateOf, type WidgetSchema } from './schema.ts';
import { checkValue, formatRaw, parseRaw } from './validate.ts';

export interface Notice {
  /** The prop concerned, or null for a notice about the whole link. */
  key: string | null;
  message: string;
}

export interface Resolved<S extends WidgetSchema> {
  state: StateOf<S>;
  notices: Notice[];
}

const NAMESPACE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** Anything longer is not state we wrote; refuse to even parse it. */
const MAX_QUERY_VALUE = 20_000;

/** Widget ids become URL prefixes and element ids; keep them boring. */
export function isValidNamespace(id: string): boolean {
  return NAMESPACE.test(id);
}

function describeValue(spec: { type: string }, value: unknown): string {
  if (value === null) return 'not set';
  if (spec.type === 'string') {
    const text = String(value);
    return text.length > 40 ? `“${text.slice(0, 40)}…”` : `“${text}”`;
  }
  return String(value);
}

/** Cross-prop rules: a failed rule resets its keys to the base values. */
function applyChecks<S extends WidgetSchema>(
  schema: S,
  state: Record<string, unknown>,
  base: Record<string, unknown>,
  notices: Notice[],
  where: string,
): void {
  for (const check of schema.checks ?? []) {
    if (check.test(state)) continue;
    for (const key of check.keys) state[key] = base[key];
    notices.push({ key: check.keys[0] ?? null, message: `${where}: ${check.message} Using the default values instead.` });
  }
}

/**
 * Validate typed props (from Astro, a parent component or a custom element's
 * properties). Missing props take the schema default; invalid ones too, with
 * a notice saying so.
 */
export function resolveProps<S extends WidgetSchema>(schema: S, props: Record<string, unknown>): Resolved<S> {
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
      notices.push({ key, message: `Setting ${key} ${checked.reason}; using ${describeValue(spec, defaults[key])}.` });
    }
  }
  applyChecks(schema, state, defaults, notices, 'Settings');
  return { state: state as StateOf<S>, notices };
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
      notices.push({ key, message: `The link sets ${fullKey} more than once; the first value is used.` });
      continue;
    }
    seen.add(key);
    const spec = schema.props[key];
    const checked = raw.length > MAX_QUERY_VALUE ? { ok: false as const, reason: 'is far too long' } : parseRaw(spec, raw);
    if (checked.ok) {
      state[key] = checked.value;
      present.push(key);
    } else {
      notices.push({
        key,
        message: `The link's ${fullKey} ${checked.reason}; using ${describeValue(spec, (base as Record<string, unknown>)[key])}.`,
      });
    }
  }
  if (unknown > 0) {
    notices.push({
      key: null,
      message: `Ignored ${unknown} unknown setting${unknown === 1 ? '' : 's'} for “${namespace}” in the link.`,
    });
  }
  applyChecks(schema, state, base as Record<string, unknown>, notices, 'The link');
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
