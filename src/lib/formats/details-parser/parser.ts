// Recursive-descent parser for the Python repr that TFLite's
// get_input_details(), get_output_details() and get_tensor_details() print.
// It builds values; it never evaluates anything. Every loop consumes a token,
// so time is linear in the paste's length, and nesting is capped.
import { DetailsParseError, LineIndex } from './errors.ts';
import { say, type ParserPhrase } from './messages.ts';
import type { PyArray, PyDict, PyList, PyNode, PyNum, PyTuple, PyType } from './ast.ts';
import { tokenize, type Token } from './tokenizer.ts';

/** Longest paste read: get_tensor_details() of a mid-sized model is ~100 KB. */
export const MAX_INPUT_LENGTH = 500_000;
/** Deepest nesting of brackets; real printouts go 4 deep. */
export const MAX_DEPTH = 32;

/** numpy scalar type names as numpy spells them. */
export const NUMPY_TYPES = new Set([
  'bool', 'bool_', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
  'float16', 'float32', 'float64', 'bfloat16', 'complex64', 'complex128', 'str_', 'bytes_', 'object_',
  'string', 'int4', 'uint4',
]);
const TYPE_PREFIXES = ['numpy.', 'np.', 'tf.', 'tensorflow.', 'torch.'];

/** 'numpy.uint8' → 'uint8'; null when it is not a numeric type name we know. */
export function numpyTypeName(text: string): string | null {
  let name = text.trim();
  for (const prefix of TYPE_PREFIXES) if (name.startsWith(prefix)) name = name.slice(prefix.length);
  if (name === 'bool_') name = 'bool';
  if (name === 'str_' || name === 'bytes_' || name === 'object_') name = 'string';
  return NUMPY_TYPES.has(name) ? name : null;
}

const CLOSER: Record<string, string> = { '[': ']', '{': '}', '(': ')', '<': '>' };

interface Frame {
  opener: Token;
}

export interface ParsedText {
  /** Each top-level value: a paste may hold several printouts one after the other. */
  values: PyNode[];
  lines: LineIndex;
}

export function parsePython(text: string): ParsedText {
  const lines = new LineIndex(text);
  if (text.length > MAX_INPUT_LENGTH) {
    throw new DetailsParseError(
      'too-long',
      lines.at(MAX_INPUT_LENGTH),
      say('tooLong', { length: text.length.toLocaleString('en'), max: MAX_INPUT_LENGTH.toLocaleString('en') }),
    );
  }
  const tokens = tokenize(text, lines);
  return { values: new Parser(tokens, lines).document(), lines };
}

class Parser {
  #tokens: Token[];
  #lines: LineIndex;
  #pos = 0;
  #stack: Frame[] = [];

  constructor(tokens: Token[], lines: LineIndex) {
    this.#tokens = tokens;
    this.#lines = lines;
  }

  document(): PyNode[] {
    const values: PyNode[] = [];
    this.#skipPrompts();
    if (this.#peek().kind === 'eof') {
      throw new DetailsParseError('empty', this.#lines.at(0), say('empty'));
    }
    while (this.#peek().kind !== 'eof') {
      values.push(this.#value(say('atTopLevel')));
      // Printouts pasted one after the other may be separated by a stray comma.
      if (this.#isPunct(',')) this.#next();
      this.#skipPrompts();
    }
    return values;
  }

  // --- tokens --------------------------------------------------------------

  #peek(ahead = 0): Token {
    return this.#tokens[Math.min(this.#pos + ahead, this.#tokens.length - 1)];
  }
  #next(): Token {
    const t = this.#tokens[this.#pos];
    if (this.#pos < this.#tokens.length - 1) this.#pos++;
    return t;
  }
  #isPunct(ch: string, ahead = 0): boolean {
    const t = this.#peek(ahead);
    return t.kind === 'punct' && t.text === ch;
  }

  /** Python's ">>> print(…)" echo and IPython's "Out[3]:" are not part of the printout. */
  #skipPrompts(): void {
    for (;;) {
      const t = this.#peek();
      if (t.kind === 'punct' && t.text === '>' && this.#isPunct('>', 1) && this.#isPunct('>', 2)) {
        // Skip to the end of that line.
        const line = this.#lines.at(t.start).line;
        while (this.#peek().kind !== 'eof' && this.#lines.at(this.#peek().start).line === line) this.#next();
        continue;
      }
      if (t.kind === 'name' && (t.text === 'Out' || t.text === 'In') && this.#isPunct('[', 1) && this.#peek(2).kind === 'number' && this.#isPunct(']', 3) && this.#isPunct(':', 4)) {
        const line = this.#lines.at(t.start).line;
        if (t.text === 'In') {
          while (this.#peek().kind !== 'eof' && this.#lines.at(this.#peek().start).line === line) this.#next();
        } else {
          for (let k = 0; k < 5; k++) this.#next();
        }
        continue;
      }
      return;
    }
  }

  // --- errors --------------------------------------------------------------

  #fail(token: Token, detail: ParserPhrase, code: 'syntax' | 'unknown-name' | 'too-deep' = 'syntax'): never {
    if (token.kind === 'eof') {
      const open = this.#stack.at(-1);
      if (open) {
        const at = this.#lines.at(open.opener.start);
        detail = say('endsBeforeClose', { opener: open.opener.text, line: at.line, column: at.column, closer: CLOSER[open.opener.text] });
      } else {
        detail = say('endsEarly', { detail });
      }
    }
    throw new DetailsParseError(code, this.#lines.at(token.start), detail, Math.max(token.end, token.start + 1));
  }

  #found(t: Token): ParserPhrase {
    switch (t.kind) {
      case 'eof':
        return say('endOfPaste');
      case 'string':
        return say('theText', { text: t.text.length > 24 ? `${t.text.slice(0, 24)}…` : t.text });
      case 'number':
        return say('theNumber', { number: t.text });
      case 'name':
        return say('quoted', { text: t.text.length > 24 ? `${t.text.slice(0, 24)}…` : t.text });
      case 'ellipsis':
        return say('ellipsis');
      default:
        return say('quoted', { text: t.text });
    }
  }

  #expect(sign: string, why: ParserPhrase): Token {
    const t = this.#peek();
    if (t.kind === 'punct' && t.text === sign) return this.#next();
    this.#fail(t, say('expectedSign', { sign, why, found: this.#found(t) }));
  }

  #open(token: Token): void {
    if (this.#stack.length >= MAX_DEPTH) {
      this.#fail(token, say('tooDeep', { max: MAX_DEPTH }), 'too-deep');
    }
    this.#stack.push({ opener: token });
  }
  #close(): void {
    this.#stack.pop();
  }

  // --- values --------------------------------------------------------------

  #value(where: ParserPhrase): PyNode {
    const t = this.#peek();
    if (t.kind === 'punct') {
      switch (t.text) {
        case '{':
          return this.#dict();
        case '[':
          return this.#list();
        case '(':
          return this.#tuple();
        case '<':
          return this.#angle();
        case '-':
        case '+':
          return this.#signed();
      }
    }
    if (t.kind === 'string') {
      this.#next();
      // Adjacent literals join, as in Python: 'a' 'b' is 'ab'.
      let value = t.text;
      let end = t.end;
      while (this.#peek().kind === 'string') {
        const more = this.#next();
        value += more.text;
        end = more.end;
      }
      return { kind: 'str', value, start: t.start, end };
    }
    if (t.kind === 'number') {
      this.#next();
      return number(t.text, t.start, t.end);
    }
    if (t.kind === 'name') return this.#name();
    if (t.kind === 'ellipsis') {
      this.#next();
      return { kind: 'ellipsis', start: t.start, end: t.end };
    }
    this.#fail(t, say('expectedValue', { where, found: this.#found(t) }));
  }

  #signed(): PyNum {
    const sign = this.#next();
    const t = this.#peek();
    if (t.kind === 'number' || (t.kind === 'name' && isSpecialFloat(t.text))) {
      this.#next();
      const text = (sign.text === '-' ? '-' : '') + (t.kind === 'number' ? t.text : specialText(t.text));
      return number(text, sign.start, t.end);
    }
    this.#fail(t, say('expectedNumberAfterSign', { sign: sign.text, found: this.#found(t) }));
  }

  #dict(): PyDict {
    const open = this.#next();
    this.#open(open);
    const entries: PyDict['entries'] = [];
    while (!this.#isPunct('}')) {
      const key = this.#value(say(entries.length === 0 ? 'afterOpenBrace' : 'asNextKey'));
      const keyName = key.kind === 'str' ? say('quoted', { text: key.value }) : say('thatKey');
      this.#expect(':', say('afterKey', { key: keyName }));
      const value = this.#value(say('forKey', { key: keyName }));
      entries.push({ key, value });
      if (this.#isPunct(',')) {
        this.#next();
        continue;
      }
      if (!this.#isPunct('}')) {
        this.#fail(this.#peek(), say('expectedCommaOrBrace', { key: keyName, found: this.#found(this.#peek()) }));
      }
    }
    const close = this.#next();
    this.#close();
    return { kind: 'dict', entries, start: open.start, end: close.end };
  }

  #items(closer: string, whatId: 'list' | 'tuple'): { items: PyNode[]; trailingComma: boolean } {
    const items: PyNode[] = [];
    const what = say(whatId);
    let trailingComma = false;
    while (!this.#isPunct(closer)) {
      items.push(this.#value(items.length === 0 ? say('inThe', { what }) : say('asItemOf', { n: items.length + 1, what })));
      trailingComma = false;
      if (this.#isPunct(',')) {
        this.#next();
        trailingComma = true;
        continue;
      }
      if (!this.#isPunct(closer)) {
        this.#fail(this.#peek(), say('expectedCommaOrCloser', { closer, n: items.length, what, found: this.#found(this.#peek()) }));
      }
    }
    return { items, trailingComma };
  }

  #list(): PyList {
    const open = this.#next();
    this.#open(open);
    const { items } = this.#items(']', 'list');
    const close = this.#next();
    this.#close();
    return { kind: 'list', items, start: open.start, end: close.end };
  }

  /** (a, b) is a tuple; (a) is just a. */
  #tuple(): PyNode {
    const open = this.#next();
    this.#open(open);
    const { items, trailingComma } = this.#items(')', 'tuple');
    const close = this.#next();
    this.#close();
    if (items.length === 1 && !trailingComma) return items[0];
    const tuple: PyTuple = { kind: 'tuple', items, start: open.start, end: close.end };
    return tuple;
  }

  /** <class 'numpy.uint8'>, <dtype: 'uint8'> (a tf.DType's repr in TF 1.x). */
  #angle(): PyType {
    const open = this.#next();
    this.#open(open);
    const word = this.#peek();
    if (word.kind === 'name' && (word.text === 'class' || word.text === 'type' || word.text === 'dtype')) {
      this.#next();
      if (this.#isPunct(':')) this.#next();
      const nameToken = this.#peek();
      if (nameToken.kind !== 'string' && nameToken.kind !== 'name') {
        this.#fail(nameToken, say('expectedTypeName', { word: word.text, found: this.#found(nameToken) }));
      }
      this.#next();
      const close = this.#expect('>', say('toEndAngle', { word: word.text, name: nameToken.text }));
      this.#close();
      return { kind: 'type', name: numpyTypeName(nameToken.text) ?? nameToken.text, start: open.start, end: close.end };
    }
    this.#fail(word, say('expectedClass', { found: this.#found(word) }));
  }

  #name(): PyNode {
    const t = this.#next();
    const word = t.text;
    if (word === 'True' || word === 'False') return { kind: 'const', value: word === 'True', start: t.start, end: t.end };
    if (word === 'None') return { kind: 'const', value: null, start: t.start, end: t.end };
    if (isSpecialFloat(word)) return number(specialText(word), t.start, t.end);
    const bare = word.replace(/^(?:numpy|np)\./, '');
    if (bare === 'array' && this.#isPunct('(')) return this.#array(t);
    if (bare === 'dtype' && this.#isPunct('(')) {
      this.#open(this.#next());
      const arg = this.#peek();
      if (arg.kind !== 'string' && arg.kind !== 'name') {
        this.#fail(arg, say('expectedDtypeArgument', { found: this.#found(arg) }));
      }
      this.#next();
      const close = this.#expect(')', say('toCloseDtype', { name: arg.text }));
      this.#close();
      return { kind: 'type', name: numpyTypeName(arg.text) ?? arg.text, start: t.start, end: close.end };
    }
    const typeName = numpyTypeName(word);
    if (typeName !== null) {
      // numpy 2 prints scalars as np.float32(0.5); keep the number, note the type.
      if (this.#isPunct('(')) {
        this.#open(this.#next());
        const inner = this.#value(say('insideCall', { call: word }));
        const close = this.#expect(')', say('toCloseCall', { call: word }));
        this.#close();
        if (inner.kind !== 'num') this.#fail(this.#tokens[this.#pos - 1], say('expectedNumberInside', { call: word, found: kindOf(inner) }));
        return { ...inner, dtype: typeName, start: t.start, end: close.end };
      }
      const type: PyType = { kind: 'type', name: typeName, start: t.start, end: t.end };
      return type;
    }
    this.#fail(t, say('unknownName', { word: word.length > 30 ? `${word.slice(0, 30)}…` : word }), 'unknown-name');
  }

  /** array([ 1, 224, 224,   3], dtype=int32), array([], dtype=float32), 2-D arrays, "..." for a summarised middle. */
  #array(nameToken: Token): PyArray {
    const open = this.#next();
    this.#open(open);
    const data = this.#peek();
    let items: PyNode[];
    let truncated = false;
    if (data.kind === 'punct' && data.text === '[') {
      const list = this.#list();
      items = list.items;
      truncated = containsEllipsis(items);
    } else {
      // array(5) — a 0-d array.
      const v = this.#value(say('insideCall', { call: 'array' }));
      items = [v];
    }
    let dtype: string | null = null;
    while (this.#isPunct(',')) {
      this.#next();
      if (this.#isPunct(')')) break;
      const key = this.#peek();
      if (key.kind !== 'name') this.#fail(key, say('expectedKeyword', { found: this.#found(key) }));
      this.#next();
      this.#expect('=', say('afterKeyword', { key: key.text }));
      const value = this.#value(say('forKeyword', { key: key.text }));
      if (key.text === 'dtype') {
        if (value.kind === 'type') dtype = value.name;
        else if (value.kind === 'str') dtype = numpyTypeName(value.value) ?? value.value;
        else this.#fail(this.#tokens[this.#pos - 1], say('expectedTypeAfterDtype', { found: kindOf(value) }));
      }
    }
    // `int32` after dtype= is a bare name; #name already turned it into a type.
    const at = this.#lines.at(nameToken.start);
    const close = this.#expect(')', say('toCloseArray', { line: at.line, column: at.column }));
    this.#close();
    return { kind: 'array', items, dtype, truncated, start: nameToken.start, end: close.end };
  }
}

function containsEllipsis(items: PyNode[]): boolean {
  return items.some((it) => it.kind === 'ellipsis' || (it.kind === 'list' && containsEllipsis(it.items)));
}

const RAW_KIND = {
  dict: 'rawDict', list: 'rawList', tuple: 'rawTuple', const: 'rawConst', array: 'rawArray', type: 'rawType', ellipsis: 'rawEllipsis',
} as const;

function kindOf(node: PyNode): ParserPhrase {
  if (node.kind === 'num') return say('theNumber', { number: node.text });
  if (node.kind === 'str') return say('theText', { text: node.value });
  return say(RAW_KIND[node.kind]);
}

function isSpecialFloat(word: string): boolean {
  return /^(?:(?:numpy|np|math)\.)?(?:inf|nan|NaN|NAN|Inf|infinity|Infinity)$/.test(word);
}
function specialText(word: string): string {
  return /nan/i.test(word) ? 'nan' : 'inf';
}

function number(text: string, start: number, end: number): PyNum {
  const bare = text.replace(/^[+-]/, '');
  let value: number;
  if (bare === 'inf') value = text.startsWith('-') ? -Infinity : Infinity;
  else if (bare === 'nan') value = NaN;
  else value = Number(text);
  const integer = /^[+-]?\d+$/.test(text);
  return { kind: 'num', value, text, integer, start, end };
}
