// The quantizer's three charts. Created once when chart.js arrives; after
// that every change only swaps data arrays and calls update('none'), which
// redraws without animation or re-creating anything.
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { ChartConstructor } from '../shared/chart-runtime.ts';
import { sig } from '../shared/format.ts';
import { withAlpha, type ThemeColors } from '../shared/theme-colors.ts';
import type { Analysis, Hist } from './analysis.ts';
import type { ResolvedParams } from './params.ts';

/** A chart point; always finite here (chart.js's own type also allows null). */
interface Point {
  x: number;
  y: number;
}

export interface QuantizerCanvases {
  floats: HTMLCanvasElement;
  staircase: HTMLCanvasElement;
  errors: HTMLCanvasElement;
}

/** What the overlay plugin draws behind a chart's data. */
interface Overlay {
  colors: ThemeColors;
  /** Quantization grid: every level (q − z)·s for q in [qmin, qmax]. */
  grid?: { scale: number; zeroPoint: number; qmin: number; qmax: number; onStride?: (k: number) => void };
  /** Clip bounds (nudged range) as vertical lines, with the outside shaded. */
  clipX?: [number, number];
  /** Clip bounds as horizontal lines (float vs dequantized). */
  clipY?: [number, number];
  /** Dotted vertical guides (±s/2 on the error chart). */
  guidesX?: number[];
  /** Fill under the first dataset (a histogram outline) with this colour. */
  fill?: string;
}

/** Closer than this many CSS pixels, level lines merge into a shaded band. */
export const MIN_LEVEL_SPACING_PX = 4;

/**
 * Which levels to draw as lines: every level when they are at least
 * MIN_LEVEL_SPACING_PX apart; otherwise every k-th (k a power of two, the
 * zero point's level always among them) so the lines stay ≥ 6 px apart over
 * a shaded band. The thinned grid still spreads and crowds with the scale.
 */
export function gridStride(spacingPx: number): number {
  if (!(spacingPx > 0)) return Infinity;
  if (spacingPx >= MIN_LEVEL_SPACING_PX) return 1;
  let k = 2;
  while (k * spacingPx < 6) k *= 2;
  return k;
}

const overlays = new WeakMap<Chart, Overlay>();

const overlayPlugin: Plugin<'line'> = {
  id: 'zpOverlay',
  beforeDatasetsDraw(chart) {
    const o = overlays.get(chart);
    if (!o) return;
    const { ctx, chartArea: area, scales } = chart;
    const x = scales.x;
    const y = scales.y;
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
    ctx.clip();
    const vline = (value: number) => {
      const px = Math.round(x.getPixelForValue(value)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(px, area.top);
      ctx.lineTo(px, area.bottom);
      ctx.stroke();
    };
    if (o.fill) {
      // The area under a histogram outline (a line stepped 'before').
      const points = chart.data.datasets[0].data as Point[];
      const base = y.getPixelForValue(0);
      ctx.fillStyle = o.fill;
      ctx.beginPath();
      ctx.moveTo(x.getPixelForValue(points[0]?.x ?? 0), base);
      for (let i = 0; i < points.length; i++) {
        const py = y.getPixelForValue(points[i].y);
        ctx.lineTo(x.getPixelForValue(points[i].x), py);
        if (i + 1 < points.length) ctx.lineTo(x.getPixelForValue(points[i + 1].x), py);
      }
      ctx.lineTo(x.getPixelForValue(points[points.length - 1]?.x ?? 0), base);
      ctx.closePath();
      ctx.fill();
    }
    if (o.grid) {
      const { scale, zeroPoint, qmin, qmax } = o.grid;
      const spacing = Math.abs(x.getPixelForValue(scale) - x.getPixelForValue(0));
      const stride = gridStride(spacing);
      if (stride > 1) {
        ctx.fillStyle = withAlpha(o.colors.series1, 0.08);
        const a = x.getPixelForValue((qmin - zeroPoint) * scale);
        const b = x.getPixelForValue((qmax - zeroPoint) * scale);
        ctx.fillRect(a, area.top, b - a, area.bottom - area.top);
      }
      if (Number.isFinite(stride)) {
        ctx.strokeStyle = withAlpha(o.colors.series1, 0.35);
        ctx.lineWidth = 1;
        // Levels k·stride steps from the zero point, inside the axis and the codes.
        const lo = Math.max(qmin - zeroPoint, Math.ceil(x.min / scale));
        const hi = Math.min(qmax - zeroPoint, Math.floor(x.max / scale));
        for (let k = Math.ceil(lo / stride) * stride; k <= hi; k += stride) vline(k * scale);
      }
      o.grid.onStride?.(stride);
    }
    if (o.clipX) {
      const [lo, hi] = o.clipX;
      ctx.fillStyle = withAlpha(o.colors.series2, 0.1);
      const a = x.getPixelForValue(lo);
      const b = x.getPixelForValue(hi);
      if (a > area.left) ctx.fillRect(area.left, area.top, a - area.left, area.bottom - area.top);
      if (b < area.right) ctx.fillRect(b, area.top, area.right - b, area.bottom - area.top);
      ctx.strokeStyle = o.colors.series2;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      vline(lo);
      vline(hi);
      ctx.setLineDash([]);
    }
    if (o.clipY) {
      ctx.strokeStyle = o.colors.series2;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      for (const value of o.clipY) {
        const py = Math.round(y.getPixelForValue(value)) + 0.5;
        ctx.beginPath();
        ctx.moveTo(area.left, py);
        ctx.lineTo(area.right, py);
        ctx.stroke();
      }
      ctx.setLineDash([]);
    }
    if (o.guidesX) {
      ctx.strokeStyle = o.colors.muted;
      ctx.lineWidth = 1;
      ctx.setLineDash([2, 3]);
      for (const g of o.guidesX) vline(g);
      ctx.setLineDash([]);
    }
    ctx.restore();
  },
};

/** Outline of a histogram as points for a line stepped 'before' (each count held from its left edge to the next): one per left edge, plus the right end. */
export function histPoints(h: Hist): Point[] {
  const n = h.counts.length;
  const width = (h.hi - h.lo) / n;
  const points: Point[] = new Array(n + 1);
  for (let i = 0; i < n; i++) points[i] = { x: h.lo + i * width, y: h.counts[i] };
  points[n] = { x: h.hi, y: h.counts[n - 1] ?? 0 };
  return points;
}

function axes(colors: ThemeColors) {
  const ticks = { color: colors.muted, maxTicksLimit: 6, font: { family: colors.font, size: 11 } };
  const grid = { color: colors.grid };
  const border = { color: colors.border };
  return {
    x: { type: 'linear' as const, ticks: { ...ticks }, grid, border },
    y: { type: 'linear' as const, ticks: { ...ticks }, grid, border, beginAtZero: true },
  };
}

function baseConfig(colors: ThemeColors): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: { datasets: [] },
    options: {
      // No animation, responsive, no fixed aspect ratio: chart-registry.ts sets those for every chart.
      parsing: false,
      normalized: true,
      // Charts are pictures here; the numbers live in the tables beside them.
      events: [],
      elements: { point: { radius: 0 }, line: { borderWidth: 1.5 } },
      scales: axes(colors),
    },
    plugins: [overlayPlugin],
  };
}

function styleHistogram(chart: Chart<'line'>, color: string): void {
  chart.data.datasets[0].borderColor = color;
  const o = overlays.get(chart);
  if (o) o.fill = withAlpha(color, 0.3);
}

/** Ticks on the error chart read in units of the step: −s, −s/2, 0, s/2, s. */
function stepTick(value: number | string, scale: number): string {
  const k = Math.round((Number(value) / scale) * 2) / 2;
  if (k === 0) return '0';
  const sign = k < 0 ? '\u2212' : '';
  const a = Math.abs(k);
  if (a === 0.5) return `${sign}s/2`;
  return a === 1 ? `${sign}s` : `${sign}${a}s`;
}

export interface QuantizerCharts {
  update(analysis: Analysis, params: ResolvedParams): void;
  recolor(colors: ThemeColors): void;
  destroy(): void;
}

export function createQuantizerCharts(
  ChartCtor: ChartConstructor,
  canvases: QuantizerCanvases,
  initialColors: ThemeColors,
  /** Told how many levels apart the drawn grid lines are (for the legend). */
  onGridStride?: (k: number) => void,
): QuantizerCharts {
  let colors = initialColors;

  const floats = new ChartCtor(canvases.floats, baseConfig(colors));
  floats.data.datasets = [{ data: [], stepped: 'before', borderWidth: 1 }];

  const staircase = new ChartCtor(canvases.staircase, baseConfig(colors));
  staircase.data.datasets = [
    { data: [], borderWidth: 2 },
    { data: [], borderDash: [4, 4], borderWidth: 1 },
  ];
  const sy = staircase.options.scales!.y!;
  (sy as { beginAtZero?: boolean }).beginAtZero = false;

  const errors = new ChartCtor(canvases.errors, baseConfig(colors));
  errors.data.datasets = [{ data: [], stepped: 'before', borderWidth: 1 }];

  let lastScale = 1;
  const ex = errors.options.scales!.x!;
  ex.ticks = { ...ex.ticks, callback: (v) => stepTick(v, lastScale) };
  // Real-valued axes: three significant digits and a true minus sign.
  const realTicks = (v: number | string) => sig(Number(v), 3);
  for (const axis of [floats.options.scales!.x!, staircase.options.scales!.x!, staircase.options.scales!.y!]) {
    axis.ticks = { ...axis.ticks, callback: realTicks };
  }

  function applyColors(): void {
    for (const chart of [floats, staircase, errors]) {
      const a = axes(colors);
      const sx = chart.options.scales!.x!;
      const sy2 = chart.options.scales!.y!;
      Object.assign(sx.ticks!, a.x.ticks);
      Object.assign(sy2.ticks!, a.y.ticks);
      sx.grid = a.x.grid;
      sy2.grid = a.y.grid;
      sx.border = a.x.border;
      sy2.border = a.y.border;
      const o = overlays.get(chart);
      if (o) o.colors = colors;
    }
    styleHistogram(floats, colors.series1);
    styleHistogram(errors, colors.series3);
    staircase.data.datasets[0].borderColor = colors.series1;
    staircase.data.datasets[1].borderColor = colors.muted;
  }

  function update(a: Analysis, p: ResolvedParams): void {
    lastScale = p.scale;
    // Float histogram with the grid and clip bounds.
    floats.data.datasets[0].data = histPoints(a.floatHist);
    Object.assign(floats.options.scales!.x!, { min: a.floatHist.lo, max: a.floatHist.hi });
    overlays.set(floats, {
      colors,
      grid: { scale: p.scale, zeroPoint: p.zeroPoint, qmin: p.qmin, qmax: p.qmax, onStride: onGridStride },
      clipX: [p.nudgedMin, p.nudgedMax],
    });

    // Float against dequantized: the staircase, with y = x for reference.
    const xs = a.staircase.x;
    const ys = a.staircase.y;
    const points: Point[] = xs.map((x, i) => ({ x, y: ys[i] }));
    const x0 = xs[0] ?? 0;
    const x1 = xs[xs.length - 1] ?? 1;
    staircase.data.datasets[0].data = points;
    staircase.data.datasets[1].data = [{ x: x0, y: x0 }, { x: x1, y: x1 }];
    const pad = (x1 - x0) * 0.02 || 0.5;
    Object.assign(staircase.options.scales!.x!, { min: x0 - pad, max: x1 + pad });
    overlays.set(staircase, { colors, clipY: [p.nudgedMin, p.nudgedMax] });

    // Error histogram over ±s, with ±s/2 (the rounding bound) marked.
    errors.data.datasets[0].data = histPoints(a.errorHist);
    Object.assign(errors.options.scales!.x!, { min: a.errorHist.lo, max: a.errorHist.hi });
    Object.assign(errors.options.scales!.x!.ticks!, { stepSize: p.scale / 2, maxTicksLimit: 5 });
    overlays.set(errors, { colors, guidesX: [-p.scale / 2, p.scale / 2] });

    applyColors();
    floats.update('none');
    staircase.update('none');
    errors.update('none');
  }

  return {
    update,
    recolor(next) {
      colors = next;
      applyColors();
      for (const chart of [floats, staircase, errors]) chart.update('none');
    },
    destroy() {
      floats.destroy();
      staircase.destroy();
      errors.destroy();
    },
  };
}

