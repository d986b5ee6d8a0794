// The parser's notes and the explainer's sentences are phrases (id + values);
// tests that read what a reader sees word them in English first.
import { parserMessagesEn, renderPhrase, type ParserPhrase } from '../../../src/lib/formats/details-parser/index.ts';
import { explainMessagesEn, type ExplainPhrase } from '../../../src/lib/formats/details-view/index.ts';
import { explainTensor } from '../../../src/lib/formats/details-view/index.ts';
import type { TensorDetails } from '../../../src/lib/formats/details.ts';

export const parserEnglish = (p: ParserPhrase): string => renderPhrase(p, parserMessagesEn);
export const explainEnglish = (p: ExplainPhrase): string => renderPhrase(p, explainMessagesEn);

/** explainTensor with its sentences in English. */
export function explainedInEnglish(details: TensorDetails) {
  const e = explainTensor(details);
  return {
    ...e,
    headline: explainEnglish(e.headline),
    input: e.input.map(explainEnglish),
    output: e.output.map(explainEnglish),
    notes: e.notes.map(explainEnglish),
  };
}
