// One pasted text → what the widget shows: the tensors with their
// explanations, or the parse error with the stretch of text to highlight.
// Pure, so the server renders the default example the same way.
import { DetailsParseError, parseDetails, type ParsedTensor } from '../../lib/formats/details-parser/index.ts';
import { explainTensor, type TensorExplanation } from '../../lib/formats/details-view/index.ts';

export interface ReadTensor {
  parsed: ParsedTensor;
  explained: TensorExplanation;
}

export interface ErrorExcerpt {
  /** The offending line, cut to a window around the column. */
  before: string;
  marked: string;
  after: string;
  /** True when the window starts or ends inside the line. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export type Reading =
  | { ok: true; tensors: ReadTensor[]; groups: number }
  | { ok: false; error: DetailsParseError; excerpt: ErrorExcerpt };

const WINDOW = 36;

export function excerptOf(text: string, error: DetailsParseError): ErrorExcerpt {
  const lineStart = text.lastIndexOf('\n', Math.max(0, error.offset - 1)) + 1;
  const nl = text.indexOf('\n', error.offset);
  const lineEnd = nl === -1 ? text.length : nl;
  const start = Math.min(error.offset, lineEnd);
  // At least one character is marked; at the end of a line, a space stands in.
  const end = Math.min(Math.max(error.endOffset, start + 1), lineEnd);
  const from = Math.max(lineStart, start - WINDOW);
  const to = Math.min(lineEnd, end + WINDOW);
  const marked = text.slice(start, end);
  return {
    before: text.slice(from, start),
    marked: marked === '' ? ' ' : marked,
    after: text.slice(end, to),
    clippedStart: from > lineStart,
    clippedEnd: to < lineEnd,
  };
}

export function readPaste(text: string): Reading {
  try {
    const { tensors, groups } = parseDetails(text);
    return { ok: true, groups, tensors: tensors.map((parsed) => ({ parsed, explained: explainTensor(parsed.details) })) };
  } catch (e) {
    if (e instanceof DetailsParseError) return { ok: false, error: e, excerpt: excerptOf(text, e) };
    throw e;
  }
}
