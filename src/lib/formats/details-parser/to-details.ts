// From parsed Python values to TensorDetails, checking each key the way the
// interpreter fills it. Problems point at the value in the paste; keys we do
// not know and keys that are missing become notes, not errors, because older
// and newer TF versions print different sets.
import type { TensorDetails } from '../details.ts';
import type { DType } from '../summary.ts';
import { DetailsParseError, type LineIndex } from './errors.ts';
import { kindName, type PyDict, type PyNode, type PyNum } from './ast.ts';
import { say, type ParserPhrase } from './messages.ts';

/** 'shape', quoted, as messages name a key. */
const key = (name: string): ParserPhrase => say('quoted', { text: name });

export interface ParsedTensor {
  details: TensorDetails;
  /** Which printout in the paste (0-based), and the position in its list. */
  group: number;
  position: number;
  /** Where the tensor's dict is in the paste. */
  start: number;
  end: number;
  line: number;
  /** Things the reader should know about this dict (missing or unknown keys, summarised arrays). */
  notes: ParserPhrase[];
  /** Keys the printout had, in order. */
  keys: string[];
  /** Arrays numpy printed with "..." in the middle: their contents are incomplete. */
  truncated: ('shape' | 'shape_signature' | 'scales' | 'zero_points')[];
}

const KNOWN_DTYPES: ReadonlySet<string> = new Set<DType>([
  'float32', 'float16', 'float64', 'bfloat16', 'int4', 'uint4', 'int8', 'uint8', 'int16', 'uint16',
  'int32', 'uint32', 'int64', 'uint64', 'bool', 'string', 'complex64', 'complex128',
]);

const KNOWN_KEYS = new Set([
  'name', 'index', 'shape', 'shape_signature', 'dtype', 'quantization', 'quantization_parameters', 'sparsity_parameters',
]);

class Checker {
  readonly lines: LineIndex;
  constructor(lines: LineIndex) {
    this.lines = lines;
  }

  fail(node: PyNode, detail: ParserPhrase): never {
    throw new DetailsParseError('not-details', this.lines.at(node.start), detail, node.end);
  }

  int(node: PyNode, what: ParserPhrase): number {
    if (node.kind === 'num' && node.integer && Number.isSafeInteger(node.value)) return node.value;
    if (node.kind === 'num' && Number.isInteger(node.value) && Number.isSafeInteger(node.value)) return node.value;
    this.fail(node, say('notWholeNumber', { what, kind: kindName(node) }));
  }

  num(node: PyNode, what: ParserPhrase): number {
    if (node.kind === 'num') return node.value;
    this.fail(node, say('notNumber', { what, kind: kindName(node) }));
  }

  /** A 1-D list of numbers, from array([…]), […] or (…). Ellipses are dropped (numpy's summary). */
  numbers(node: PyNode, what: ParserPhrase, example: string): { values: PyNum[]; truncated: boolean } {
    const items = node.kind === 'array' || node.kind === 'list' || node.kind === 'tuple' ? node.items : null;
    if (!items) this.fail(node, say('notNumberList', { what, example, kind: kindName(node) }));
    const values: PyNum[] = [];
    let truncated = node.kind === 'array' && node.truncated;
    for (const item of items) {
      if (item.kind === 'ellipsis') {
        truncated = true;
        continue;
      }
      if (item.kind !== 'num') this.fail(item, say('itemNotNumber', { what, kind: kindName(item) }));
      values.push(item);
    }
    return { values, truncated };
  }

  ints(node: PyNode, what: ParserPhrase, example: string): { values: number[]; truncated: boolean } {
    const { values, truncated } = this.numbers(node, what, example);
    return { values: values.map((v) => this.int(v, say('eachItemOf', { what }))), truncated };
  }

  dtype(node: PyNode): DType {
    let name: string | null = null;
    if (node.kind === 'type') name = node.name;
    else if (node.kind === 'str') name = node.value.replace(/^(?:numpy|np|tf)\./, '');
    if (name === null) this.fail(node, say('dtypeNotType', { kind: kindName(node) }));
    if (KNOWN_DTYPES.has(name)) return name as DType;
    if (name === 'bool_') return 'bool';
    if (name === 'object_' || name === 'str_' || name === 'bytes_') return 'string';
    this.fail(node, say('dtypeUnknown', { name }));
  }
}

function keyOf(check: Checker, node: PyNode): string {
  if (node.kind === 'str') return node.value;
  check.fail(node, say('keyNotText', { kind: kindName(node) }));
}

function tensorFrom(check: Checker, dict: PyDict, group: number, position: number): ParsedTensor {
  const notes: ParserPhrase[] = [];
  const keys: string[] = [];
  const truncated: ParsedTensor['truncated'] = [];
  const seen = new Map<string, PyNode>();
  for (const entry of dict.entries) {
    const k = keyOf(check, entry.key);
    if (seen.has(k)) check.fail(entry.key, say('keyTwice', { key: k }));
    seen.set(k, entry.value);
    keys.push(k);
    if (!KNOWN_KEYS.has(k)) notes.push(say('noteUnknownKey', { key: k }));
  }
  if (![...seen.keys()].some((k) => KNOWN_KEYS.has(k))) check.fail(dict, say('noKnownKeys'));

  const nameNode = seen.get('name');
  let name = '';
  if (nameNode) {
    if (nameNode.kind !== 'str') check.fail(nameNode, say('nameNotText', { kind: kindName(nameNode) }));
    name = nameNode.value;
  } else notes.push(say('noteNoName'));

  const indexNode = seen.get('index');
  let index = -1;
  if (indexNode) {
    index = check.int(indexNode, key('index'));
    if (index < 0) check.fail(indexNode, say('indexNegative', { index }));
  } else notes.push(say('noteNoIndex'));

  const shapeExample = 'array([  1, 224, 224,   3], dtype=int32)';
  let shape: number[] = [];
  const shapeNode = seen.get('shape');
  if (shapeNode) {
    const s = check.ints(shapeNode, key('shape'), shapeExample);
    shape = s.values;
    if (s.truncated) truncated.push('shape');
    const bad = shape.find((d) => d < 0);
    if (bad !== undefined) notes.push(say('noteNegativeShape', { value: bad }));
  } else notes.push(say('noteNoShape'));

  let shapeSignature: number[] | undefined;
  const sigNode = seen.get('shape_signature');
  if (sigNode) {
    const s = check.ints(sigNode, key('shape_signature'), 'array([ -1, 224, 224,   3], dtype=int32)');
    shapeSignature = s.values;
    if (s.truncated) truncated.push('shape_signature');
  }

  const dtypeNode = seen.get('dtype');
  let dtype: DType = 'unknown';
  if (dtypeNode) dtype = check.dtype(dtypeNode);
  else notes.push(say('noteNoDtype'));

  let quantization: [number, number] | null = null;
  const qNode = seen.get('quantization');
  if (qNode) {
    if ((qNode.kind !== 'tuple' && qNode.kind !== 'list') || qNode.items.length !== 2) {
      const kind = kindName(qNode);
      check.fail(
        qNode,
        qNode.kind === 'tuple' || qNode.kind === 'list'
          ? say('quantizationNotPairItems', { kind, count: qNode.items.length })
          : say('quantizationNotPair', { kind }),
      );
    }
    const scale = check.num(qNode.items[0], say('scaleInQuantization'));
    const zp = check.int(qNode.items[1], say('zeroPointInQuantization'));
    quantization = [scale, zp];
  }

  let params: TensorDetails['quantization_parameters'];
  const pNode = seen.get('quantization_parameters');
  if (pNode) {
    if (pNode.kind !== 'dict') check.fail(pNode, say('parametersNotDict', { kind: kindName(pNode) }));
    const inner = new Map<string, PyNode>();
    for (const entry of pNode.entries) {
      const k = keyOf(check, entry.key);
      if (inner.has(k)) check.fail(entry.key, say('parameterKeyTwice', { key: k }));
      inner.set(k, entry.value);
      if (k !== 'scales' && k !== 'zero_points' && k !== 'quantized_dimension') notes.push(say('noteUnknownParameterKey', { key: k }));
    }
    const scalesNode = inner.get('scales');
    const zpsNode = inner.get('zero_points');
    const dimNode = inner.get('quantized_dimension');
    const scales = scalesNode ? check.numbers(scalesNode, key('scales'), 'array([0.00392157], dtype=float32)') : { values: [], truncated: false };
    const zps = zpsNode ? check.ints(zpsNode, key('zero_points'), 'array([0], dtype=int32)') : { values: [], truncated: false };
    if (!scalesNode || !zpsNode) notes.push(say('noteParametersIncomplete'));
    if (scales.truncated) truncated.push('scales');
    if (zps.truncated) truncated.push('zero_points');
    const axis = dimNode ? check.int(dimNode, key('quantized_dimension')) : 0;
    if (!scales.truncated && !zps.truncated && scales.values.length !== zps.values.length && zps.values.length !== 0) {
      const [ns, nz] = [scales.values.length, zps.values.length];
      check.fail(
        zpsNode ?? pNode,
        say('unpaired', {
          scales: say(ns === 1 ? 'scalesOne' : 'scalesOther', { count: ns }),
          zeroPoints: say(nz === 1 ? 'zeroPointsOne' : 'zeroPointsOther', { count: nz }),
        }),
      );
    }
    params = { scales: scales.values.map((v) => v.value), zero_points: zps.values, quantized_dimension: axis };
  }

  if (quantization === null) {
    // Older printouts always have the tuple; without it, take it from the parameters the way TFLite fills it.
    if (params && params.scales.length === 1) quantization = [params.scales[0], params.zero_points[0] ?? 0];
    else {
      quantization = [0, 0];
      if (!params) notes.push(say('noteNoQuantization'));
    }
  }

  let sparsity: Record<string, unknown> | undefined;
  const spNode = seen.get('sparsity_parameters');
  if (spNode) {
    if (spNode.kind !== 'dict') check.fail(spNode, say('sparsityNotDict', { kind: kindName(spNode) }));
    sparsity = {};
    for (const entry of spNode.entries) sparsity[keyOf(check, entry.key)] = plain(entry.value);
    if (spNode.entries.length > 0) notes.push(say('noteSparse'));
  }

  for (const t of truncated) notes.push(say('noteShortened', { key: t }));

  const details: TensorDetails = {
    name,
    index,
    shape,
    ...(shapeSignature ? { shape_signature: shapeSignature } : {}),
    dtype,
    quantization,
    ...(params ? { quantization_parameters: params } : {}),
    ...(sparsity ? { sparsity_parameters: sparsity } : {}),
  };
  return {
    details,
    group,
    position,
    start: dict.start,
    end: dict.end,
    line: check.lines.at(dict.start).line,
    notes,
    keys,
    truncated,
  };
}

/** Python values as plain JSON-like data, for sparsity_parameters. */
function plain(node: PyNode): unknown {
  switch (node.kind) {
    case 'dict': {
      const out: Record<string, unknown> = {};
      for (const { key, value } of node.entries) out[key.kind === 'str' ? key.value : String(plain(key))] = plain(value);
      return out;
    }
    case 'list':
    case 'tuple':
    case 'array':
      return node.items.map(plain);
    case 'str':
      return node.value;
    case 'num':
      return node.value;
    case 'const':
      return node.value;
    case 'type':
      return node.name;
    case 'ellipsis':
      return '...';
  }
}

export function toTensors(values: PyNode[], lines: LineIndex): ParsedTensor[] {
  const check: Checker = new Checker(lines);
  const out: ParsedTensor[] = [];
  values.forEach((value, group) => {
    if (value.kind === 'dict') {
      out.push(tensorFrom(check, value, group, 0));
      return;
    }
    if (value.kind === 'list' || value.kind === 'tuple') {
      value.items.forEach((item, position) => {
        if (item.kind !== 'dict') {
          check.fail(item, say('itemNotDict', { n: position + 1, kind: kindName(item) }));
        }
        out.push(tensorFrom(check, item, group, position));
      });
      return;
    }
    check.fail(value, say('notAList', { kind: kindName(value) }));
  });
  return out;
}
