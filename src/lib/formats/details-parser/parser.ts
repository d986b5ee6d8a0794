// Recursive-descent parser for the Python repr that TFLite's
// get_input_details(), get_output_details() and get_tensor_details() print.
// It builds values; it never evaluates anything. Every loop consumes a token,
// so time is linear in the paste's length, and nesting is capped.
import { DetailsParseError, LineIndex } from './errors.ts';
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

const CLOSER: Record<string, string> = { '[': ']', '{': '}', '(': ')' };

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
      `the paste is ${text.length.toLocaleString('en')} characters long; at most ${MAX_INPUT_LENGTH.toLocaleString('en')} are read (print fewer tensors at a time)`,
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
      throw new DetailsParseError('empty', this.#lines.at(0), 'there is nothing to read: paste what print(interpreter.get_input_details()) shows');
    }
    while (this.#peek().kind !== 'eof') {
      values.push(this.#value('at the top level'));
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

  #fail(token: Token, detail: string, code: 'syntax' | 'unknown-name' | 'too-deep' = 'syntax'): never {
    if (token.kind === 'eof') {
      const open = this.#stack.at(-1);
      if (open) {
        const at = this.#lines.at(open.opener.start);
        detail = `the paste ends before the '${open.opener.text}' opened at line ${at.line}, column ${at.column} is closed with '${CLOSER[open.opener.text]}' (was the end of the printout cut off?)`;
      } else {
        detail = `the paste ends too early: ${detail}`;
      }
    }
    throw new DetailsParseError(code, this.#lines.at(token.start), detail, Math.max(token.end, token.start + 1));
  }

  #found(t: Token): string {
    switch (t.kind) {
      case 'eof':
        return 'the end of the paste';
      case 'string':
        return `the text '${t.text.length > 24 ? `${t.text.slice(0, 24)}…` : t.text}'`;
      case 'number':
        return `the number ${t.text}`;
      case 'name':
        return `'${t.text.length > 24 ? `${t.text.slice(0, 24)}…` : t.text}'`;
      case 'ellipsis':
        return '"..."';
      default:
        return `'${t.text}'`;
    }
  }

  #expect(ch: string, why: string): Token {
    const t = this.#peek();
    if (t.kind === 'punct' && t.text === ch) return this.#next();
    this.#fail(t, `expected '${ch}' ${why}, but found ${this.#found(t)}`);
  }

  #open(token: Token): void {
    if (this.#stack.length >= MAX_DEPTH) {
      this.#fail(token, `brackets are nested more than ${MAX_DEPTH} deep; a tensor printout never is`, 'too-deep');
    }
    this.#stack.push({ opener: token });
  }
  #close(): void {
    this.#stack.pop();
  }

  // --- values --------------------------------------------------------------

  #value(where: string): PyNode {
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
    this.#fail(t, `expected a value ${where} (a number, quoted text, a list, a dict, True/False/None), but found ${this.#found(t)}`);
  }

  #signed(): PyNum {
    const sign = this.#next();
    const t = this.#peek();
    if (t.kind === 'number' || (t.kind === 'name' && isSpecialFloat(t.text))) {
      this.#next();
      const text = (sign.text === '-' ? '-' : '') + (t.kind === 'number' ? t.text : specialText(t.text));
      return number(text, sign.start, t.end);
    }
    this.#fail(t, `expected a number after '${sign.text}', but found ${this.#found(t)}`);
  }

  #dict(): PyDict {
    const open = this.#next();
    this.#open(open);
    const entries: PyDict['entries'] = [];
    while (!this.#isPunct('}')) {
      const key = this.#value(entries.length === 0 ? "after '{'" : 'as the next key');
      const keyName = key.kind === 'str' ? `'${key.value}'` : 'that key';
      this.#expect(':', `after the key ${keyName}`);
      const value = this.#value(`for the key ${keyName}`);
      entries.push({ key, value });
      if (this.#isPunct(',')) {
        this.#next();
        continue;
      }
      if (!this.#isPunct('}')) {
        this.#fail(this.#peek(), `expected ',' or '}' after the value of ${keyName}, but found ${this.#found(this.#peek())}`);
      }
    }
    const close = this.#next();
    this.#close();
    return { kind: 'dict', entries, start: open.start, end: close.end };
  }

  #items(closer: string, what: string): { items: PyNode[]; trailingComma: boolean } {
    const items: PyNode[] = [];
    let trailingComma = false;
    while (!this.#isPunct(closer)) {
      items.push(this.#value(items.length === 0 ? `in the ${what}` : `as item ${items.length + 1} of the ${what}`));
      trailingComma = false;
      if (this.#isPunct(',')) {
        this.#next();
        trailingComma = true;
        continue;
      }
      if (!this.#isPunct(closer)) {
        this.#fail(this.#peek(), `expected ',' or '${closer}' after item ${items.length} of the ${what}, but found ${this.#found(this.#peek())}`);
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
        this.#fail(nameToken, `expected a quoted type name after '<${word.text}', like <class 'numpy.uint8'>, but found ${this.#found(nameToken)}`);
      }
      this.#next();
      const close = this.#expect('>', `to end <${word.text} '${nameToken.text}'`);
      this.#close();
      return { kind: 'type', name: numpyTypeName(nameToken.text) ?? nameToken.text, start: open.start, end: close.end };
    }
    this.#fail(word, `expected <class '…'> after '<', but found ${this.#found(word)}`);
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
        this.#fail(arg, `expected a type name inside dtype( … ), like dtype('uint8'), but found ${this.#found(arg)}`);
      }
      this.#next();
      const close = this.#expect(')', `to close dtype('${arg.text}'`);
      this.#close();
      return { kind: 'type', name: numpyTypeName(arg.text) ?? arg.text, start: t.start, end: close.end };
    }
    const typeName = numpyTypeName(word);
    if (typeName !== null) {
      // numpy 2 prints scalars as np.float32(0.5); keep the number, note the type.
      if (this.#isPunct('(')) {
        this.#open(this.#next());
        const inner = this.#value(`inside ${word}( … )`);
        const close = this.#expect(')', `to close ${word}(`);
        this.#close();
        if (inner.kind !== 'num') this.#fail(this.#tokens[this.#pos - 1], `expected a number inside ${word}( … ), but found ${kindOf(inner)}`);
        return { ...inner, dtype: typeName, start: t.start, end: close.end };
      }
      const type: PyType = { kind: 'type', name: typeName, start: t.start, end: t.end };
      return type;
    }
    this.#fail(
      t,
      `'${word.length > 30 ? `${word.slice(0, 30)}…` : word}' is not something get_input_details() prints; expected a value such as 'text', 12, array([…], dtype=int32) or <class 'numpy.uint8'>`,
      'unknown-name',
    );
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
      const v = this.#value('inside array( … )');
      items = [v];
    }
    let dtype: string | null = null;
    while (this.#isPunct(',')) {
      this.#next();
      if (this.#isPunct(')')) break;
      const key = this.#peek();
      if (key.kind !== 'name') this.#fail(key, `expected a keyword such as dtype= inside array( … ), but found ${this.#found(key)}`);
      this.#next();
      this.#expect('=', `after '${key.text}' inside array( … )`);
      const value = this.#value(`for ${key.text}=`);
      if (key.text === 'dtype') {
        if (value.kind === 'type') dtype = value.name;
        else if (value.kind === 'str') dtype = numpyTypeName(value.value) ?? value.value;
        else this.#fail(this.#tokens[this.#pos - 1], `expected a type after dtype=, like dtype=int32, but found ${kindOf(value)}`);
      }
    }
    // `int32` after dtype= is a bare name; #name already turned it into a type.
    const close = this.#expect(')', `to close the array( opened at ${this.#where(nameToken)}`);
    this.#close();
    return { kind: 'array', items, dtype, truncated, start: nameToken.start, end: close.end };
  }

  #where(t: Token): string {
    const at = this.#lines.at(t.start);
    return `line ${at.line}, column ${at.column}`;
  }
}

function containsEllipsis(items: PyNode[]): boolean {
  return items.some((it) => it.kind === 'ellipsis' || (it.kind === 'list' && containsEllipsis(it.items)));
}

function kindOf(node: PyNode): string {
  return node.kind === 'num' ? `the number ${node.text}` : node.kind === 'str' ? `the text '${node.value}'` : node.kind;
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
