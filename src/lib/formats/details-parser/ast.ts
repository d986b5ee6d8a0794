// What the parser builds: Python values as printed, each with where it was
// in the paste, so a later check can point at the exact spot.
import { say, type ParserPhrase } from './messages.ts';

interface Span {
  start: number;
  end: number;
}

export interface PyDict extends Span {
  kind: 'dict';
  entries: { key: PyNode; value: PyNode }[];
}
export interface PyList extends Span {
  kind: 'list';
  items: PyNode[];
}
export interface PyTuple extends Span {
  kind: 'tuple';
  items: PyNode[];
}
export interface PyStr extends Span {
  kind: 'str';
  value: string;
}
export interface PyNum extends Span {
  kind: 'num';
  value: number;
  /** The digits as printed (sign included), e.g. "0.003921568859368563". */
  text: string;
  /** Printed without a decimal point or exponent (inf and nan are not). */
  integer: boolean;
  /** numpy scalar type when printed as np.float32(…), numpy 2 style. */
  dtype?: string;
}
export interface PyConst extends Span {
  kind: 'const';
  value: boolean | null;
}
/** numpy's array(…) repr. `truncated` when numpy printed "..." for the middle. */
export interface PyArray extends Span {
  kind: 'array';
  items: PyNode[];
  dtype: string | null;
  truncated: boolean;
}
/** A type: <class 'numpy.uint8'>, np.uint8, dtype('uint8'), tf.uint8. */
export interface PyType extends Span {
  kind: 'type';
  /** numpy's short name, e.g. "uint8", or the text as written when it is not a numpy scalar type. */
  name: string;
}
/** The "..." numpy prints in place of the middle of a long array. */
export interface PyEllipsis extends Span {
  kind: 'ellipsis';
}

export type PyNode = PyDict | PyList | PyTuple | PyStr | PyNum | PyConst | PyArray | PyType | PyEllipsis;

/** What a value is, for messages: "a dict { … }", "the number 12". */
export function kindName(node: PyNode): ParserPhrase {
  switch (node.kind) {
    case 'dict':
      return say('aDict');
    case 'list':
      return say('aList');
    case 'tuple':
      return say('aTuple');
    case 'str':
      return say('theText', { text: node.value.length > 30 ? `${node.value.slice(0, 30)}…` : node.value });
    case 'num':
      return say('theNumber', { number: node.text });
    case 'const':
      return say(node.value === null ? 'none' : node.value ? 'true' : 'false');
    case 'array':
      return say('aNumpyArray');
    case 'type':
      return say('theType', { name: node.name });
    case 'ellipsis':
      return say('ellipsis');
  }
}
