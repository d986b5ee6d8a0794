// Entry of the custom elements bundle (published as /elements/zero-point-elements.js):
// defines <zp-…> for every widget in the registry. Small on purpose: each
// widget's code, Svelte's runtime and chart.js arrive only when an element
// of that widget is connected to the page.
import { widgets } from '../widgets/registry.ts';
import { loaders } from './loaders.ts';
import { defineWidgetElement } from './widget-element.ts';

for (const entry of widgets) {
  const load = loaders[entry.slug];
  if (!load) throw new Error(`No element loader for the widget “${entry.slug}” (src/elements/loaders.ts).`);
  defineWidgetElement(entry, load);
}
