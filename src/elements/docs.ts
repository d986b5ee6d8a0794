// The gallery's documentation, generated from each widget's schema: the
// attribute table and the copy-ready snippets. Kept pure so tests can check
// that what we document is what the element accepts.
import { DEFAULT_LOCALE, LANG_TAG, localizePath, type Locale } from '../lib/i18n/locale.ts';
import { attributeName, type PropSpec, type WidgetSchema } from '../lib/widget-state/index.ts';
import { RESIZE_MESSAGE } from './embed.ts';
import type { WidgetEntry } from '../widgets/registry.ts';

export const BUNDLE_PATH = '/elements/zero-point-elements.js';

export interface AttributeRow {
  attribute: string;
  property: string;
  type: string;
  default: string;
  range: string;
  description: string;
}

function num(x: number): string {
  const text = Math.abs(x) >= 1e5 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential().replace('e+', 'e') : String(x);
  return text.replace(/^-/, '−');
}

function typeOf(spec: PropSpec): string {
  switch (spec.type) {
    case 'number':
      return `${spec.integer ? 'integer' : 'number'}${spec.nullable ? ' or empty' : ''}`;
    case 'boolean':
      return 'boolean';
    case 'enum':
      return 'keyword';
    case 'string':
      return 'text';
  }
}

function rangeOf(spec: PropSpec): string {
  switch (spec.type) {
    case 'number':
      return spec.options ? `one of ${spec.options.map(num).join(', ')}` : `${num(spec.min)} to ${num(spec.max)}`;
    case 'boolean':
      return 'true or false (a bare attribute is true)';
    case 'enum':
      return spec.options.join(', ');
    case 'string':
      return `up to ${spec.maxLength} characters${spec.patternHint ? `: ${spec.patternHint}` : ''}`;
  }
}

function defaultOf(spec: PropSpec): string {
  if (spec.default === null) return 'not set';
  if (typeof spec.default === 'number') return num(spec.default);
  return String(spec.default);
}

export function attributeRows(schema: WidgetSchema): AttributeRow[] {
  return Object.entries(schema.props).map(([key, spec]) => ({
    attribute: attributeName(key),
    property: key,
    type: typeOf(spec),
    default: defaultOf(spec),
    range: rangeOf(spec),
    description: spec.description,
  }));
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The example's attributes as HTML: `dtype="int8" min="-2"`. */
export function exampleAttributes(entry: WidgetEntry): string {
  return Object.entries(entry.example)
    .map(([key, value]) => `${attributeName(key)}="${escapeAttribute(String(value))}"`)
    .join(' ');
}

/** `lang="zh"` on an element (or any ancestor) shows it in Chinese. */
export function elementSnippet(entry: WidgetEntry, site: string, locale: Locale = DEFAULT_LOCALE): string {
  const src = new URL(BUNDLE_PATH, site).href;
  const lang = locale === DEFAULT_LOCALE ? '' : ` lang="${LANG_TAG[locale]}"`;
  return [
    `<script type="module" src="${src}"></script>`,
    `<${entry.schema.tag}${lang} ${exampleAttributes(entry)}></${entry.schema.tag}>`,
  ].join('\n');
}

/** The embed's address with the example as URL state (the widget's own query format). */
export function embedUrl(entry: WidgetEntry, site: string, locale: Locale = DEFAULT_LOCALE): string {
  const url = new URL(localizePath(`/embed/${entry.slug}/`, locale), site);
  for (const [key, value] of Object.entries(entry.example)) url.searchParams.append(`${entry.home.cellId}.${key}`, String(value));
  return url.href;
}

export function iframeSnippet(entry: WidgetEntry, site: string, locale: Locale = DEFAULT_LOCALE, title = `${entry.schema.title} from Zero Point`): string {
  return `<iframe src="${escapeAttribute(embedUrl(entry, site, locale))}" title="${escapeAttribute(title)}" style="width: 100%; border: 0" height="1600" loading="lazy"></iframe>`;
}

/** The parent page's side of the resize protocol: a few lines any page can paste. */
export function parentScript(site: string): string {
  const origin = new URL(site).origin;
  return [
    '<script>',
    '  // Zero Point embeds post their height; size the iframe that sent it.',
    "  addEventListener('message', (event) => {",
    `    if (event.origin !== '${origin}' || event.data?.type !== '${RESIZE_MESSAGE}') return;`,
    "    for (const frame of document.querySelectorAll('iframe')) {",
    "      if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;",
    '    }',
    '  });',
    '</script>',
  ].join('\n');
}
