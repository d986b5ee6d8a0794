// The browser build drops documentation from widget schemas; everything a
// widget reads (types, defaults, bounds, labels, checks) must survive, and a
// prop that is itself called "example" must too.
import { describe, expect, it } from 'vitest';
import { parseSync } from 'vite';
import { stripSchemaDocs } from '../../../src/lib/widget-state/strip-docs.ts';

const SOURCE = `import { defineSchema } from './x.ts';
export const s = defineSchema({
  name: 'Demo',
  title: 'Démo — “quoted”',
  description: 'A widget; its docs go.',
  props: {
    example: { type: 'enum', options: ['a', 'b'], default: 'a', description: 'Which example (a prop, kept).', example: 'b' },
    size: { type: 'number', min: 1, max: 9, default: 2, example: 3, description: 'Size → ignored here.' },
  },
  checks: [{ keys: ['size'], message: 'size: fine.', test: (v) => v.size > 0 }],
});`;

function run(code: string, id: string): string | null {
  const plugin = stripSchemaDocs();
  const transform = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null;
  const out = transform.call({ parse: (c: string) => parseSync('schema.js', c).program }, code, id);
  return out?.code ?? null;
}

describe('stripSchemaDocs', () => {
  it('drops description and example from the schema and its prop specs, keeps everything else', async () => {
    const code = run(SOURCE, '/repo/src/widgets/demo.schema.ts')!;
    const body = code.replace(/^import .*\n/, '').replace('export const s =', 'return');
    const schema = new Function('defineSchema', body)((x: unknown) => x);
    expect(schema).toMatchObject({
      name: 'Demo',
      title: 'Démo — “quoted”',
      props: {
        example: { type: 'enum', options: ['a', 'b'], default: 'a' },
        size: { type: 'number', min: 1, max: 9, default: 2 },
      },
      checks: [{ keys: ['size'], message: 'size: fine.' }],
    });
    expect(schema.description).toBeUndefined();
    expect(schema.props.example.description).toBeUndefined();
    expect(schema.props.example.example).toBeUndefined();
    expect(schema.props.size.example).toBeUndefined();
    expect(schema.checks[0].test({ size: 1 })).toBe(true);
  });

  it('leaves other files alone', () => {
    expect(run(SOURCE, '/repo/src/widgets/registry.ts')).toBeNull();
  });
});
