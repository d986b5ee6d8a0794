// Links that carry a widget's whole state, so the page that opens them
// reproduces exactly what the reader saw whatever that page's own props are.
// (The widgets' own URLs only carry what differs from the page's props,
// which a different page does not know.)
import { checkValue, formatRaw, isValidNamespace, urlKeys, type StateOf, type WidgetSchema } from '../lib/widget-state/index.ts';

/** Query entries for every URL key of `state` (invalid values are left out, so the target uses its own). */
export function fullStateEntries<S extends WidgetSchema>(schema: S, namespace: string, state: StateOf<S>): Array<[string, string]> {
  if (!isValidNamespace(namespace)) return [];
  const out: Array<[string, string]> = [];
  for (const key of urlKeys(schema)) {
    const spec = schema.props[key];
    const value = (state as Record<string, unknown>)[key];
    if (!checkValue(spec, value).ok) continue;
    out.push([`${namespace}.${key}`, formatRaw(spec, value)]);
  }
  return out;
}

/** `page` (absolute URL) with the full state in its query, anchored at the widget's cell. */
export function stateLink<S extends WidgetSchema>(schema: S, namespace: string, state: StateOf<S>, page: string): string {
  const url = new URL(page);
  url.search = '';
  for (const [key, value] of fullStateEntries(schema, namespace, state)) url.searchParams.append(key, value);
  url.hash = namespace;
  return url.href;
}
