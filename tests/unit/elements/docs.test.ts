import { describe, expect, it } from 'vitest';
import { attributeName, decodeUrlState, resolveAttributes, resolveProps } from '../../../src/lib/widget-state/index.ts';
import { attributeRows, elementSnippet, embedUrl, iframeSnippet, parentScript } from '../../../src/elements/docs.ts';
import { widgets } from '../../../src/widgets/registry.ts';

const SITE = 'https://zp.example/';

/** Attributes of the first element with `tag` in an HTML snippet, parsed naively but strictly. */
function snippetAttributes(html: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}\\s([^>]*)>`).exec(html);
  if (!m) throw new Error(`no <${tag}> in snippet`);
  return Object.fromEntries([...m[1].matchAll(/([a-z][a-z0-9-]*)="([^"]*)"/g)].map(([, k, v]) => [k, v.replace(/&quot;/g, '"').replace(/&amp;/g, '&')]));
}

describe.each(widgets.map((w) => [w.slug, w] as const))('%s', (_slug, entry) => {
  it('documents every prop once, under its attribute name', () => {
    const rows = attributeRows(entry.schema);
    expect(rows.map((r) => r.property)).toEqual(Object.keys(entry.schema.props));
    expect(rows.map((r) => r.attribute)).toEqual(Object.keys(entry.schema.props).map(attributeName));
    for (const row of rows) expect(row.description.length).toBeGreaterThan(10);
  });

  it('has an example the schema accepts as props', () => {
    expect(resolveProps(entry.schema, entry.example).notices).toEqual([]);
  });

  it('element snippet: the bundle from the site, and attributes the element accepts without notices', () => {
    const html = elementSnippet(entry, SITE);
    expect(html).toContain('<script type="module" src="https://zp.example/elements/zero-point-elements.js"></script>');
    const attrs = snippetAttributes(html, entry.schema.tag);
    const resolved = resolveAttributes(entry.schema, attrs);
    expect(resolved.notices).toEqual([]);
    for (const [key, value] of Object.entries(entry.example)) expect(resolved.state[key]).toBe(value);
  });

  it('iframe snippet: the embed page with the example as URL state', () => {
    const attrs = snippetAttributes(iframeSnippet(entry, SITE), 'iframe');
    const src = new URL(attrs.src);
    expect(src.origin + src.pathname).toBe(`https://zp.example/embed/${entry.slug}/`);
    expect(src.href).toBe(embedUrl(entry, SITE));
    const decoded = decodeUrlState(entry.schema, entry.home.cellId, src.search);
    expect(decoded.notices).toEqual([]);
    expect(decoded.present.sort()).toEqual(Object.keys(entry.example).sort());
    expect(attrs.title).toMatch(/\S/);
  });
});

describe('parentScript', () => {
  it('checks the sender’s origin and the message type before resizing', () => {
    const text = parentScript('https://zp.example/some/page');
    expect(text).toContain("event.origin !== 'https://zp.example'");
    expect(text).toContain("'zp-embed-resize'");
    expect(text).toContain('frame.contentWindow === event.source');
  });
});
