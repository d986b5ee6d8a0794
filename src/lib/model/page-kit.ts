// Everything a model widget needs once the reader presses Run, as one
// module the widgets import lazily: one chunk and one request instead of
// five, and nothing of it on the page before the click.
export { startRuntime } from './runtime.ts';
export { fetchBytes, fetchJson, toInput } from './assets.ts';
export { parseCard } from './card.ts';
export { accuracy, argmaxRows, confusionMatrix, disagreements, distinctValues, softmaxRows } from './evaluate.ts';
export { summarize } from './latency.ts';
