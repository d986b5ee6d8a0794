// The one error the details parser throws. It always knows where reading
// failed, because the reader's next step is to look at that spot in the paste.
// What went wrong is a phrase (messages.ts), so a page in any language can
// word it; `message` and `detail` are the English wording.
import { parserMessagesEn, type ParserPhrase } from './messages.ts';
import { renderPhrase } from './phrase.ts';

export type DetailsErrorCode =
  | 'too-long'
  | 'too-deep'
  | 'empty'
  | 'unexpected-character'
  | 'unterminated-string'
  | 'syntax'
  | 'unknown-name'
  | 'not-details';

export interface TextPosition {
  /** 0-based offset into the pasted text (UTF-16 code units). */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters of that line. */
  column: number;
}

export class DetailsParseError extends Error {
  readonly code: DetailsErrorCode;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** End of the offending stretch (exclusive), for highlighting; ≥ offset. */
  readonly endOffset: number;
  /** The message without the "line L, column C: " prefix, in English. */
  readonly detail: string;
  /** The same as data, for wording it in the page's language. */
  readonly phrase: ParserPhrase;

  constructor(code: DetailsErrorCode, at: TextPosition, phrase: ParserPhrase, endOffset = at.offset) {
    const detail = renderPhrase(phrase, parserMessagesEn);
    super(`line ${at.line}, column ${at.column}: ${detail}`);
    this.phrase = phrase;
    this.name = 'DetailsParseError';
    this.code = code;
    this.line = at.line;
    this.column = at.column;
    this.offset = at.offset;
    this.endOffset = Math.max(endOffset, at.offset);
    this.detail = detail;
  }
}

/** Maps offsets to line and column; built once per text. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.#starts.push(i + 1);
  }

  at(offset: number): TextPosition {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, line: lo + 1, column: offset - this.#starts[lo] + 1 };
  }
}
