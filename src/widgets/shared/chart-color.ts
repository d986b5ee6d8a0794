// Stands in for @kurkle/color inside chart.js on the site (astro.config.mjs
// resolves the package here). chart.js 4.6 touches colours in two places:
// hover colours (new Color(c).saturate(0.5).darken(0.1).hexString()) and
// colour animations (mix, hexString). @kurkle/color carries a table of the
// 148 CSS colour names and parsers for five notations, 2.5 KB gzip on every
// page with a chart. Here the browser parses whatever CSS colour it is given
// (names included) and the arithmetic is @kurkle/color's, so chart.js draws
// the same colours. Only those calls exist: check chart.js's uses of Color
// (grep "Color" node_modules/chart.js/dist) when upgrading it.

/** Channels 0–255, alpha 0–255, as @kurkle/color keeps them. */
interface Rgb {
  r: number;
  g: number;
  b: number;
  a: number;
}

const round = (v: number) => (v + 0.5) | 0;
const n2b = (v: number) => Math.max(Math.min(round(v * 255), 255), 0);
const b2n = (v: number) => Math.max(Math.min(round(v / 2.55) / 100, 1), 0);

let probe: { fillStyle: unknown } | null | undefined;

/**
 * A CSS colour as the canvas normalises it: `#rrggbb` when opaque,
 * `rgba(r, g, b, a)` otherwise. Colours outside sRGB come back in their own
 * syntax and, as with @kurkle/color, are not valid here.
 */
function parse(str: string): Rgb | undefined {
  // Hex is read here: the canvas would turn its alpha into a rounded decimal.
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.exec(str)?.[1];
  if (hex) {
    const at = (i: number) => (hex.length < 6 ? parseInt(hex[i], 16) * 17 : parseInt(hex.slice(2 * i, 2 * i + 2), 16));
    return { r: at(0), g: at(1), b: at(2), a: hex.length % 4 ? 255 : at(3) };
  }
  probe ??=
    typeof document !== 'undefined'
      ? document.createElement('canvas').getContext('2d')
      : typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : null;
  if (!probe) return undefined;
  // An invalid value leaves fillStyle as it was: two different starting
  // values tell "invalid" apart from a colour equal to one of them.
  probe.fillStyle = '#000';
  probe.fillStyle = str;
  const css = String(probe.fillStyle);
  probe.fillStyle = '#fff';
  probe.fillStyle = str;
  if (String(probe.fillStyle) !== css) return undefined;
  if (css[0] === '#') return parse(css);
  const rgb = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(css);
  // Alpha unrounded, as @kurkle/color reads rgba().
  return rgb ? { r: +rgb[1], g: +rgb[2], b: +rgb[3], a: rgb[4] === undefined ? 255 : Math.min(+rgb[4] * 255, 255) } : undefined;
}

/** Scales saturation (1) or lightness (2) by 1 + ratio in HSL, as @kurkle/color's modHSL. */
function modHsl(v: Rgb | undefined, i: 1 | 2, ratio: number): void {
  if (!v) return;
  const r = v.r / 255;
  const g = v.g / 255;
  const b = v.b / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  let h = 0;
  let s = 0;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = r === max ? (g - b) / d + (g < b ? 6 : 0) : g === max ? (b - r) / d + 2 : (r - g) / d + 4;
    h = (h * 60 + 0.5) | 0;
  }
  const hsl = [h, s, l];
  hsl[i] = Math.max(0, Math.min(hsl[i] + hsl[i] * ratio, 1));
  const a = hsl[1] * Math.min(hsl[2], 1 - hsl[2]);
  const f = (n: number, k = (n + h / 30) % 12) => n2b(hsl[2] - a * Math.max(Math.min(k - 3, 9 - k, 1), -1));
  v.r = f(0);
  v.g = f(8);
  v.b = f(4);
}

// Low 8 bits, as @kurkle/color's bit masks read them.
const hex2 = (n: number) => ((n & 255) | 256).toString(16).slice(1).toUpperCase();
const doubled = (n: number) => (n & 240) >> 4 === (n & 15);

export class Color {
  _rgb: Rgb | undefined;

  constructor(input: Color | string) {
    if (input instanceof Color) return input;
    this._rgb = typeof input === 'string' ? parse(input) : undefined;
  }

  get valid(): boolean {
    return !!this._rgb;
  }

  hexString(): string | undefined {
    const v = this._rgb;
    if (!v) return undefined;
    const f = [v.r, v.g, v.b, v.a].every(doubled) ? (n: number) => hex2(n)[1] : hex2;
    return `#${f(v.r)}${f(v.g)}${f(v.b)}${v.a < 255 ? f(v.a) : ''}`;
  }

  /** @kurkle/color's mix: the weight shifts with the alphas, like Sass's mix(). */
  mix(color: Color | undefined, weight?: number): this {
    const c1 = this._rgb;
    const c2 = color?._rgb;
    if (!c1 || !c2) return this;
    const p = weight === undefined ? 0.5 : weight;
    const w = 2 * p - 1;
    const a1 = b2n(c1.a);
    const a2 = b2n(c2.a);
    const a = a1 - a2;
    const w1 = ((w * a === -1 ? w : (w + a) / (1 + w * a)) + 1) / 2;
    const w2 = 1 - w1;
    this._rgb = {
      r: 0xff & (w1 * c1.r + w2 * c2.r + 0.5),
      g: 0xff & (w1 * c1.g + w2 * c2.g + 0.5),
      b: 0xff & (w1 * c1.b + w2 * c2.b + 0.5),
      a: n2b(p * a1 + (1 - p) * a2),
    };
    return this;
  }

  darken(ratio: number): this {
    modHsl(this._rgb, 2, -ratio);
    return this;
  }

  saturate(ratio: number): this {
    modHsl(this._rgb, 1, ratio);
    return this;
  }
}
