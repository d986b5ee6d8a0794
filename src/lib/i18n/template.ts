// Message templates: "{count} values clipped" with named slots. Catalogs hold
// plain strings (they travel as island props and in JSON), so a template is
// filled at the point of use. A slot with no value stays visible as {name},
// which a test catches, rather than printing "undefined".
export type TemplateValues = Readonly<Record<string, string | number>>;

export function fmt(template: string, values: TemplateValues): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** The slot names a template uses, for checking that translations keep them. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
