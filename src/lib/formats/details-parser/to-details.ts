// From parsed Python values to TensorDetails, checking each key the way the
// interpreter fills it. Problems point at the value in the paste; keys we do
// not know and keys that are missing become notes, not errors, because older
// and newer TF versions print different sets.
import type { TensorDetails } from '../details.ts';
import type { DType } from '../summary.ts';
import { DetailsParseError, type LineIndex } from './errors.ts';
import { kindName, type PyDict, type PyNode, type PyNum } from './ast.ts';

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
  notes: string[];
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

  fail(node: PyNode, detail: string): never {
    throw new DetailsParseError('not-details', this.lines.at(node.start), detail, node.end);
  }

  int(node: PyNode, what: string): number {
    if (node.kind === 'num' && node.integer && Number.isSafeInteger(node.value)) return node.value;
    if (node.kind === 'num' && Number.isInteger(node.value) && Number.isSafeInteger(node.value)) return node.value;
    this.fail(node, `${what} should be a whole number, but it is ${kindName(node)}`);
  }

  num(node: PyNode, what: string): number {
    if (node.kind === 'num') return node.value;
    this.fail(node, `${what} should be a number, but it is ${kindName(node)}`);
  }

  /** A 1-D list of numbers, from array([…]), […] or (…). Ellipses are dropped (numpy's summary). */
  numbers(node: PyNode, what: string, example: string): { values: PyNum[]; truncated: boolean } {
    const items = node.kind === 'array' || node.kind === 'list' || node.kind === 'tuple' ? node.items : null;
    if (!items) this.fail(node, `${what} should be a list of numbers, like ${example}, but it is ${kindName(node)}`);
    const values: PyNum[] = [];
    let truncated = node.kind === 'array' && node.truncated;
    for (const item of items) {
      if (item.kind === 'ellipsis') {
        truncated = true;
        continue;
      }
      if (item.kind !== 'num') this.fail(item, `every item of ${what} should be a number, but this one is ${kindName(item)}`);
      values.push(item);
    }
    return { values, truncated };
  }

  ints(node: PyNode, what: string, example: string): { values: number[]; truncated: boolean } {
    const { values, truncated } = this.numbers(node, what, example);
    return { values: values.map((v) => this.int(v, `each item of ${what}`)), truncated };
  }

  dtype(node: PyNode): DType {
    let name: string | null = null;
    if (node.kind === 'type') name = node.name;
    else if (node.kind === 'str') name = node.value.replace(/^(?:numpy|np|tf)\./, '');
    if (name === null) this.fail(node, `'dtype' should be a type, like <class 'numpy.uint8'>, but it is ${kindName(node)}`);
    if (KNOWN_DTYPES.has(name)) return name as DType;
    if (name === 'bool_') return 'bool';
    if (name === 'object_' || name === 'str_' || name === 'bytes_') return 'string';
    this.fail(node, `'dtype' is ${name}, which is not a tensor type TFLite uses (uint8, int8, int16, int32, float32, …)`);
  }
}

function keyOf(check: Checker, key: PyNode): string {
  if (key.kind === 'str') return key.value;
  check.fail(key, `a tensor's keys are quoted names such as 'shape', but this key is ${kindName(key)}`);
}

function tensorFrom(check: Checker, dict: PyDict, group: number, position: number): ParsedTensor {
  const notes: string[] = [];
  const keys: string[] = [];
  const truncated: ParsedTensor['truncated'] = [];
  const seen = new Map<string, PyNode>();
  for (const { key, value } of dict.entries) {
    const k = keyOf(check, key);
    if (seen.has(k)) check.fail(key, `the key '${k}' appears twice in this tensor's dict`);
    seen.set(k, value);
    keys.push(k);
    if (!KNOWN_KEYS.has(k)) notes.push(`The key '${k}' is not one the interpreter prints; it was ignored.`);
  }
  if (![...seen.keys()].some((k) => KNOWN_KEYS.has(k))) {
    check.fail(dict, `this dict has none of the keys get_input_details() prints ('name', 'index', 'shape', 'dtype', 'quantization'…)`);
  }

  const nameNode = seen.get('name');
  let name = '';
  if (nameNode) {
    if (nameNode.kind !== 'str') check.fail(nameNode, `'name' should be quoted text, but it is ${kindName(nameNode)}`);
    name = nameNode.value;
  } else notes.push("No 'name' in the printout.");

  const indexNode = seen.get('index');
  let index = -1;
  if (indexNode) {
    index = check.int(indexNode, "'index'");
    if (index < 0) check.fail(indexNode, `'index' should be 0 or more, but it is ${index}`);
  } else notes.push("No 'index' in the printout: the code below uses −1 where the tensor index goes; put the real one in.");

  const shapeExample = 'array([  1, 224, 224,   3], dtype=int32)';
  let shape: number[] = [];
  const shapeNode = seen.get('shape');
  if (shapeNode) {
    const s = check.ints(shapeNode, "'shape'", shapeExample);
    shape = s.values;
    if (s.truncated) truncated.push('shape');
    const bad = shape.find((d) => d < 0);
    if (bad !== undefined) notes.push(`'shape' has ${bad}; the interpreter reports −1 only in 'shape_signature' (a dimension fixed when you resize the input).`);
  } else notes.push("No 'shape' in the printout.");

  let shapeSignature: number[] | undefined;
  const sigNode = seen.get('shape_signature');
  if (sigNode) {
    const s = check.ints(sigNode, "'shape_signature'", 'array([ -1, 224, 224,   3], dtype=int32)');
    shapeSignature = s.values;
    if (s.truncated) truncated.push('shape_signature');
  }

  const dtypeNode = seen.get('dtype');
  let dtype: DType = 'unknown';
  if (dtypeNode) dtype = check.dtype(dtypeNode);
  else notes.push("No 'dtype' in the printout, so the integer type is unknown.");

  let quantization: [number, number] | null = null;
  const qNode = seen.get('quantization');
  if (qNode) {
    if ((qNode.kind !== 'tuple' && qNode.kind !== 'list') || qNode.items.length !== 2) {
      check.fail(qNode, `'quantization' should be a pair (scale, zero_point), like (0.003921568859368563, 0), but it is ${kindName(qNode)}${qNode.kind === 'tuple' || qNode.kind === 'list' ? ` with ${qNode.items.length} items` : ''}`);
    }
    const scale = check.num(qNode.items[0], "the scale in 'quantization' (its first number)");
    const zp = check.int(qNode.items[1], "the zero point in 'quantization' (its second number)");
    quantization = [scale, zp];
  }

  let params: TensorDetails['quantization_parameters'];
  const pNode = seen.get('quantization_parameters');
  if (pNode) {
    if (pNode.kind !== 'dict') check.fail(pNode, `'quantization_parameters' should be a dict with 'scales', 'zero_points' and 'quantized_dimension', but it is ${kindName(pNode)}`);
    const inner = new Map<string, PyNode>();
    for (const { key, value } of pNode.entries) {
      const k = keyOf(check, key);
      if (inner.has(k)) check.fail(key, `the key '${k}' appears twice in 'quantization_parameters'`);
      inner.set(k, value);
      if (k !== 'scales' && k !== 'zero_points' && k !== 'quantized_dimension') {
        notes.push(`'quantization_parameters' has a key '${k}' the interpreter does not print; it was ignored.`);
      }
    }
    const scalesNode = inner.get('scales');
    const zpsNode = inner.get('zero_points');
    const dimNode = inner.get('quantized_dimension');
    const scales = scalesNode ? check.numbers(scalesNode, "'scales'", 'array([0.00392157], dtype=float32)') : { values: [], truncated: false };
    const zps = zpsNode ? check.ints(zpsNode, "'zero_points'", 'array([0], dtype=int32)') : { values: [], truncated: false };
    if (!scalesNode || !zpsNode) notes.push("'quantization_parameters' lacks 'scales' or 'zero_points'; read as empty.");
    if (scales.truncated) truncated.push('scales');
    if (zps.truncated) truncated.push('zero_points');
    const axis = dimNode ? check.int(dimNode, "'quantized_dimension'") : 0;
    if (!scales.truncated && !zps.truncated && scales.values.length !== zps.values.length && zps.values.length !== 0) {
      check.fail(zpsNode ?? pNode, `'quantization_parameters' has ${scales.values.length} scale${scales.values.length === 1 ? '' : 's'} but ${zps.values.length} zero point${zps.values.length === 1 ? '' : 's'}; they come in pairs`);
    }
    params = { scales: scales.values.map((v) => v.value), zero_points: zps.values, quantized_dimension: axis };
  }

  if (quantization === null) {
    // Older printouts always have the tuple; without it, take it from the parameters the way TFLite fills it.
    if (params && params.scales.length === 1) quantization = [params.scales[0], params.zero_points[0] ?? 0];
    else {
      quantization = [0, 0];
      if (!params) notes.push("Neither 'quantization' nor 'quantization_parameters' is in the printout; read as not quantized.");
    }
  }

  let sparsity: Record<string, unknown> | undefined;
  const spNode = seen.get('sparsity_parameters');
  if (spNode) {
    if (spNode.kind !== 'dict') check.fail(spNode, `'sparsity_parameters' should be a dict (usually {}), but it is ${kindName(spNode)}`);
    sparsity = {};
    for (const { key, value } of spNode.entries) sparsity[keyOf(check, key)] = plain(value);
    if (spNode.entries.length > 0) notes.push('This tensor is stored sparse (its sparsity_parameters are not empty).');
  }

  for (const t of truncated) {
    notes.push(`numpy shortened '${t}' with "..." (it does that for long arrays), so the middle values are not in the printout; print with numpy.set_printoptions(threshold=sys.maxsize) to see all of them.`);
  }

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
          check.fail(item, `item ${position + 1} of this list is ${kindName(item)}; get_input_details() lists one dict { … } per tensor`);
        }
        out.push(tensorFrom(check, item, group, position));
      });
      return;
    }
    check.fail(value, `expected a list of tensor dicts [{…}, …] or one dict {…}, as get_input_details() prints, but found ${kindName(value)}`);
  });
  return out;
}
