// Validates a widget's typed props (from Astro, a parent component or a
// custom element's properties) against its schema. Kept apart from the URL
// codec so a page can validate props without loading the codec.
import { attributeName, defaultsOf, type StateOf, type WidgetSchema } from './schema.ts';
import { checkValue, parseRaw } from './validate.ts';

export interface Notice {
  /** The prop concerned, or null for a notice about the whole link. */
  key: string | null;
  message: string;
}

export interface Resolved<S extends WidgetSchema> {
  state: StateOf<S>;
  notices: Notice[];
}

export function describeValue(spec: { type: string }, value: unknown): string {
  if (value === null) return 'not set';
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

/**
 * The same for HTML attributes (a custom element's, or an embed page's query):
 * raw text keyed by kebab-case attribute name. Missing attributes take the
 * schema default; invalid ones too, with a notice that never repeats the text.
 */
export function resolveAttributes<S extends WidgetSchema>(
  schema: S,
  attributes: Record<string, string | null | undefined>,
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
    else notices.push({ key, message: `Attribute ${name} ${checked.reason}; using ${describeValue(spec, defaults[key])}.` });
  }
  applyChecks(schema, state, defaults, notices, 'Attributes');
  return { state: state as StateOf<S>, notices };
}
