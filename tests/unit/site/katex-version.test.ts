// Lessons load KaTeX's stylesheet from the `katex` package while rehype-katex
// renders formulas with its own copy. Their class names changed between
// releases (0.19 renamed .base, .strut and .sizing), so a mismatch draws
// subscripts full size and breaks inline formulas across lines.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';

const require = createRequire(import.meta.url);

function versionFrom(resolveFrom: string): string {
  const local = createRequire(resolveFrom);
  const entry = local.resolve('katex');
  let dir = path.dirname(entry);
  while (!existsSync(path.join(dir, 'package.json')) || !readFileSync(path.join(dir, 'package.json'), 'utf8').includes('"name": "katex"')) {
    dir = path.dirname(dir);
  }
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

it('the stylesheet and the renderer come from the same KaTeX release', () => {
  const stylesheet = versionFrom(path.join(process.cwd(), 'package.json'));
  const renderer = versionFrom(require.resolve('rehype-katex'));
  expect(renderer).toBe(stylesheet);
});
