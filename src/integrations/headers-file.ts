// The `_headers` file format of Netlify and Cloudflare Pages: a path pattern
// on its own line, then indented `Name: value` lines. Every rule whose pattern
// matches a request applies; when two rules set the same header, hosts join
// the values with ", " — for Content-Security-Policy that means the browser
// enforces both policies, so a narrower per-page rule can only tighten a
// site-wide one. `headersFor` reproduces that so tests see what a host sends.

export interface HeaderRule {
  /** `/exact/path/` or a prefix ending in `*` (`/*`, `/pagefind/*`). */
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

export function formatHeaders(rules: HeaderRule[]): string {
  return rules.map((r) => [r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n') + '\n';
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const m = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers line ${i + 1} is neither a path nor "Name: value": ${raw}`);
    rule.headers.push([m[1], m[2]]);
  }
  return rules;
}

export function matches(pattern: string, urlPath: string): boolean {
  return pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : pattern === urlPath;
}

/** Headers a host sends for `urlPath`: all matching rules, same names joined with ", ". */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const out = new Map<string, { name: string; values: string[] }>();
  for (const rule of rules) {
    if (!matches(rule.pattern, urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const entry = out.get(key) ?? { name, values: [] };
      entry.values.push(value);
      out.set(key, entry);
    }
  }
  return Object.fromEntries([...out.values()].map((e) => [e.name, e.values.join(', ')]));
}
