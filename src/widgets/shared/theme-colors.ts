// Chart colours come from the site's CSS custom properties, which use
// light-dark(). A custom property's computed value is its unresolved text,
// so each one is resolved by applying it to a probe's `color` and reading
// that back. Fallbacks keep charts readable on pages without the tokens.

export interface ThemeColors {
  series1: string;
  series2: string;
  series3: string;
  grid: string;
  text: string;
  muted: string;
  border: string;
  font: string;
}

const TOKENS: Record<Exclude<keyof ThemeColors, 'font'>, [string, string]> = {
  series1: ['--zp-chart-1', '#1d4ed8'],
  series2: ['--zp-chart-2', '#c2410c'],
  series3: ['--zp-chart-3', '#047857'],
  grid: ['--zp-chart-grid', 'rgba(26, 31, 41, 0.12)'],
  text: ['--zp-text', '#1a1f29'],
  muted: ['--zp-muted', '#536072'],
  border: ['--zp-border', '#d9dee7'],
};

export function readThemeColors(host: Element): ThemeColors {
  const probe = document.createElement('span');
  probe.hidden = true;
  host.appendChild(probe);
  const style = getComputedStyle(probe);
  const out = { font: getComputedStyle(host).fontFamily } as ThemeColors;
  for (const [key, [token, fallback]] of Object.entries(TOKENS)) {
    probe.style.color = `var(${token}, ${fallback})`;
    out[key as keyof typeof TOKENS] = style.color;
  }
  probe.remove();
  return out;
}

/** `color` with opacity `alpha`, for fills; works for any colour a browser computes. */
export function withAlpha(color: string, alpha: number): string {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
  if (m) return `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${alpha})`;
  return `color-mix(in srgb, ${color} ${Math.round(alpha * 100)}%, transparent)`;
}

/** Calls `recolor` when the site's theme toggle or the system colour scheme changes. */
export function onThemeChange(recolor: () => void): () => void {
  const media = matchMedia('(prefers-color-scheme: dark)');
  window.addEventListener('zp-theme-change', recolor);
  media.addEventListener('change', recolor);
  return () => {
    window.removeEventListener('zp-theme-change', recolor);
    media.removeEventListener('change', recolor);
  };
}
