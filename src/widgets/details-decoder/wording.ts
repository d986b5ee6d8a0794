// The parser's and the explainer's phrases in the catalog's language. A core
// refusal inside a note is worded by the core's own tables; its Chinese
// message is a full sentence, so it loses its full stop inside ours.
import { renderPhrase, type ParserPhrase } from '../../lib/formats/details-parser/index.ts';
import type { ExplainPhrase } from '../../lib/formats/details-view/messages.ts';
import type { QuantError } from '../../lib/quant/errors.ts';
import { quantErrorMessage } from '../../lib/quant/error-messages.ts';
import type { DetailsDecoderStrings } from './strings.ts';

export interface Wording {
  parser(p: ParserPhrase): string;
  explain(p: ExplainPhrase): string;
}

export function wordingFor(t: DetailsDecoderStrings): Wording {
  const quantError = (err: QuantError): string => quantErrorMessage(err, t.quantErrors).replace(/。$/, '');
  return {
    parser: (p) => renderPhrase(p, t.parser),
    explain: (p) => renderPhrase(p, t.explain, { quantError }),
  };
}
