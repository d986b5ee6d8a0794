// A Vite plugin for the site's browser build: drops `description`, `example`
// and option `labels` from every defineSchema({...}) literal in src/widgets/*.schema.ts,
// the schema's own and each prop spec's (a prop may itself be called
// "example": it stays). Those fields are documentation: the gallery, the
// embed pages and the element docs render them at build time (or in the
// elements bundle, which is built separately), and no widget reads them in
// the browser (widgets label their options from their catalogs, in the
// page's language). Each lesson page otherwise ships them with its widgets' code
// (about 0.5 KB gzip per widget).
import type { Plugin } from 'vite';

const DOC_KEYS = new Set(['description', 'example', 'labels']);
const SCHEMA_FILE = /[\\/]src[\\/]widgets[\\/][^\\/]+\.schema\.ts$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

function keyName(p: Node): string | undefined {
  const key = p.key as Node | undefined;
  if (!key || p.computed) return undefined;
  return (key.name ?? key.value) as string | undefined;
}

/** [start, end) ranges of the doc properties of one object literal, each with its trailing comma. */
function docRanges(object: Node | undefined, out: Array<[number, number]>): void {
  if (object?.type !== 'ObjectExpression') return;
  const props = object.properties as Node[];
  props.forEach((p, i) => {
    if (p.type === 'Property' && DOC_KEYS.has(keyName(p) ?? '')) out.push([p.start, props[i + 1]?.start ?? p.end]);
  });
}

/** The schema's own docs and each prop spec's (never a prop that happens to be called "example"). */
function schemaDocRanges(schema: Node | undefined, out: Array<[number, number]>): void {
  if (schema?.type !== 'ObjectExpression') return;
  docRanges(schema, out);
  const props = (schema.properties as Node[]).find((p) => p.type === 'Property' && keyName(p) === 'props');
  const specs = props?.value as Node | undefined;
  if (specs?.type !== 'ObjectExpression') return;
  for (const spec of specs.properties as Node[]) if (spec.type === 'Property') docRanges(spec.value as Node, out);
}

function schemaCalls(node: Node, out: Node[]): void {
  if (node.type === 'CallExpression' && (node.callee as Node).type === 'Identifier' && (node.callee as Node).name === 'defineSchema') {
    out.push(node);
    return;
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v) => isNode(v) && schemaCalls(v, out));
    else if (isNode(value)) schemaCalls(value, out);
  }
}

export function stripSchemaDocs(): Plugin {
  return {
    name: 'zero-point:strip-schema-docs',
    // After TypeScript is stripped, so the parser sees JavaScript.
    enforce: 'post',
    applyToEnvironment: (environment) => environment.name === 'client',
    transform(code, id) {
      if (!SCHEMA_FILE.test(id)) return null;
      const calls: Node[] = [];
      schemaCalls(this.parse(code) as unknown as Node, calls);
      const ranges: Array<[number, number]> = [];
      for (const call of calls) schemaDocRanges((call.arguments as Node[])[0], ranges);
      if (ranges.length === 0) return null;
      let out = '';
      let at = 0;
      for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
        out += code.slice(at, start);
        at = end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
