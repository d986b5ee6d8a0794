// The site's design tokens (--zp-* in global.css's first :root block), as
// declarations for a custom element's :host, so elements and site share
// one source of colours.

export function extractTokens(css: string): string {
  const block = /:root\s*\{([^}]*)\}/.exec(css);
  if (!block) throw new Error('global.css has no :root block with the --zp-* tokens.');
  const declarations = [...block[1].matchAll(/(--zp-[\w-]+)\s*:\s*([^;]+);/g)].map(
    ([, name, value]) => `${name}: ${value.trim().replace(/\s+/g, ' ')};`,
  );
  if (declarations.length === 0) throw new Error('global.css :root declares no --zp-* tokens.');
  return declarations.join(' ');
}
