// Splits a pasted Python repr into tokens. One pass, no regular expressions
// over the whole text, so the time is linear in the length of any input.
import { DetailsParseError, type LineIndex } from './errors.ts';
import { say, type ParserPhrase } from './messages.ts';

export type TokenKind = 'punct' | 'string' | 'number' | 'name' | 'ellipsis' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Punctuation character, name text, number text, or the decoded string. */
  text: string;
  start: number;
  end: number;
}

const PUNCT = new Set(['[', ']', '{', '}', '(', ')', ',', ':', '=', '<', '>', '-', '+']);

function isSpace(c: number): boolean {
  // Space, tab, newlines, and the no-break and zero-width spaces that web pages
  // and chat apps put into copied code.
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x200b || c === 0xfeff;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || isDigit(c);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v',
};

function unreadable(ch: string): ParserPhrase {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === '\u2018' || ch === '\u2019' || ch === '\u201c' || ch === '\u201d') return say('curlyQuote', { ch });
  const shown =
    code < 32 || code === 127
      ? say('controlCharacter', { code: code.toString(16).toUpperCase().padStart(4, '0') })
      : say('quoted', { text: ch });
  return say('cannotRead', { shown });
}

export function tokenize(text: string, lines: LineIndex): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    const ch = text[i];
    if (ch === '.' && text.startsWith('...', i)) {
      tokens.push({ kind: 'ellipsis', text: '...', start, end: i + 3 });
      i += 3;
      continue;
    }
    if (ch === '\u2026') {
      // A single-character ellipsis, as some editors write it.
      tokens.push({ kind: 'ellipsis', text: '...', start, end: i + 1 });
      i++;
      continue;
    }
    if (isDigit(c) || (ch === '.' && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) {
      i = scanNumber(text, i);
      tokens.push({ kind: 'number', text: text.slice(start, i), start, end: i });
      continue;
    }
    if (ch === "'" || ch === '"') {
      const [value, end] = scanString(text, i, lines);
      tokens.push({ kind: 'string', text: value, start, end });
      i = end;
      continue;
    }
    if (isNameStart(c)) {
      let j = i + 1;
      while (j < n && isNameChar(text.charCodeAt(j))) j++;
      // Dotted names: np.uint8, numpy.float32, tf.lite.
      while (j + 1 < n && text[j] === '.' && isNameStart(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isNameChar(text.charCodeAt(j))) j++;
      }
      const word = text.slice(i, j);
      // String prefixes: b'…', r'…', u'…'.
      if (j < n && (text[j] === "'" || text[j] === '"') && /^(?:[bBrRuU]|[bB][rR]|[rR][bB])$/.test(word)) {
        const [value, end] = scanString(text, j, lines);
        tokens.push({ kind: 'string', text: value, start, end });
        i = end;
        continue;
      }
      tokens.push({ kind: 'name', text: word, start, end: j });
      i = j;
      continue;
    }
    if (PUNCT.has(ch)) {
      tokens.push({ kind: 'punct', text: ch, start, end: i + 1 });
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const shown = String.fromCodePoint(cp);
    throw new DetailsParseError(
      'unexpected-character',
      lines.at(i),
      unreadable(shown),
      i + shown.length,
    );
  }
  tokens.push({ kind: 'eof', text: '', start: n, end: n });
  return tokens;
}

function scanNumber(text: string, i: number): number {
  const n = text.length;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (i < n && text[i] === '.') {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  if (i < n && (text[i] === 'e' || text[i] === 'E')) {
    let j = i + 1;
    if (j < n && (text[j] === '+' || text[j] === '-')) j++;
    if (j < n && isDigit(text.charCodeAt(j))) {
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      i = j;
    }
  }
  return i;
}

/** Returns the decoded string and the offset just past the closing quote. */
function scanString(text: string, i: number, lines: LineIndex): [string, number] {
  const quote = text[i];
  const n = text.length;
  let out = '';
  let j = i + 1;
  while (j < n) {
    const ch = text[j];
    if (ch === quote) return [out, j + 1];
    if (ch === '\n') break;
    if (ch === '\\' && j + 1 < n) {
      const next = text[j + 1];
      if (next === 'x' || next === 'u') {
        const len = next === 'x' ? 2 : 4;
        const hex = text.slice(j + 2, j + 2 + len);
        if (hex.length === len && /^[0-9a-fA-F]+$/.test(hex)) {
          out += String.fromCharCode(parseInt(hex, 16));
          j += 2 + len;
          continue;
        }
      }
      const simple = SIMPLE_ESCAPES[next];
      // Python keeps unknown escapes as written.
      out += simple ?? `\\${next}`;
      j += 2;
      continue;
    }
    out += ch;
    j++;
  }
  throw new DetailsParseError(
    'unterminated-string',
    lines.at(i),
    say(j >= n ? 'unterminatedPaste' : 'unterminatedLine', { quote }),
    j,
  );
}
