// Per-layer activation histograms with the chosen range drawn on them: the
// values a layer really produces (a filled outline), the range the quantizer
// was given (dashed lines, outside shaded), and when they are not too
// dense, the quantization levels themselves. Created once per canvas when
// chart.js arrives; updates swap data and redraw without animation.
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { ChartConstructor } from '../shared/chart-runtime.ts';
import { sig } from '../shared/format.ts';
import { withAlpha, type ThemeColors } from '../shared/theme-colors.ts';
import type { LayerReport } from './job.ts';

interface Point {
  x: number;
  y: number;
}

export interface View {
  /** x-axis extent. */
  lo: number;
  hi: number;
  /** y-axis top (a spike at 0 may be cut off). */
  top: number;
  /** Range bounds inside the view (null: off the chart on that side). */
  rangeLo: number | null;
  rangeHi: number | null;
  /** Share of values in the tallest bin when it is cut off. */
  cut: number | null;
  points: Point[];
}

/**
 * What to draw for one layer: the data's span, widened to show the range
 * bounds when they are within 3 spans of it (a range of ±1000 around values
 * in [0, 5] is reported in words instead: it would squash the data into one
 * pixel). A bin holding more than 4× the next tallest (the zeros after a
 * ReLU) is cut off so the rest stays visible.
 */
export function viewOf(layer: LayerReport): View {
  const { lo: dlo, hi: dhi, counts } = layer.hist;
  const span = dhi - dlo;
  const near = (v: number) => v >= dlo - 3 * span && v <= dhi + 3 * span;
  const lo = Math.min(dlo, near(layer.covered.min) ? layer.covered.min : dlo);
  const hi = Math.max(dhi, near(layer.covered.max) ? layer.covered.max : dhi);
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  const shares = counts.map((c) => c / total);
  const sorted = [...shares].sort((a, b) => b - a);
  const cutOff = sorted[0] > 4 * (sorted[1] ?? 0) && (sorted[1] ?? 0) > 0;
  const top = (cutOff ? sorted[1] * 1.4 : sorted[0] * 1.1) || 1;
  const width = span / counts.length;
  const points: Point[] = [{ x: dlo, y: 0 }];
  shares.forEach((s, i) => {
    points.push({ x: dlo + i * width, y: Math.min(s, top) }, { x: dlo + (i + 1) * width, y: Math.min(s, top) });
  });
  points.push({ x: dhi, y: 0 });
  return {
    lo,
    hi,
    top,
    rangeLo: near(layer.covered.min) ? layer.covered.min : null,
    rangeHi: near(layer.covered.max) ? layer.covered.max : null,
    cut: cutOff ? sorted[0] : null,
    points,
  };
}

interface Overlay {
  colors: ThemeColors;
  view: View;
  /** Quantization levels to draw (empty when closer than 4 px). */
  scale: number;
  zeroPoint: number;
}

const overlays = new WeakMap<Chart, Overlay>();

const overlayPlugin: Plugin<'line'> = {
  id: 'zpRangeOverlay',
  beforeDatasetsDraw(chart) {
    const o = overlays.get(chart);
    if (!o) return;
    const { ctx, chartArea: area, scales } = chart;
    const x = scales.x;
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
    ctx.clip();
    // The area under the histogram outline (no Filler plugin in the shared registry).
    const y = scales.y;
    ctx.fillStyle = withAlpha(o.colors.series1, 0.28);
    ctx.beginPath();
    o.view.points.forEach((p, i) => {
      const px = x.getPixelForValue(p.x);
      const py = y.getPixelForValue(p.y);
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    });
    ctx.closePath();
    ctx.fill();
    // Levels, when at least 4 px apart.
    const spacing = Math.abs(x.getPixelForValue(o.scale) - x.getPixelForValue(0));
    if (spacing >= 4) {
      ctx.strokeStyle = withAlpha(o.colors.series1, 0.18);
      ctx.lineWidth = 1;
      for (let q = 0; q <= 255; q++) {
        const v = (q - o.zeroPoint) * o.scale;
        if (v < o.view.lo || v > o.view.hi) continue;
        const px = Math.round(x.getPixelForValue(v)) + 0.5;
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
      }
    }
    // Outside the range: shaded, bounded by dashed lines.
    ctx.fillStyle = withAlpha(o.colors.series2, 0.12);
    ctx.strokeStyle = o.colors.series2;
    ctx.lineWidth = 2;
    ctx.setLineDash([5, 4]);
    const { rangeLo, rangeHi } = o.view;
    if (rangeLo !== null) {
      const px = x.getPixelForValue(rangeLo);
      ctx.fillRect(area.left, area.top, px - area.left, area.bottom - area.top);
      ctx.beginPath();
      ctx.moveTo(px, area.top);
      ctx.lineTo(px, area.bottom);
      ctx.stroke();
    }
    if (rangeHi !== null) {
      const px = x.getPixelForValue(rangeHi);
      ctx.fillRect(px, area.top, area.right - px, area.bottom - area.top);
      ctx.beginPath();
      ctx.moveTo(px, area.top);
      ctx.lineTo(px, area.bottom);
      ctx.stroke();
    }
    ctx.restore();
  },
};

export interface HistogramChart {
  update(layer: LayerReport): void;
  recolor(colors: ThemeColors): void;
  destroy(): void;
}

export function createHistogramChart(ChartCtor: ChartConstructor, canvas: HTMLCanvasElement, colors: ThemeColors): HistogramChart {
  const config: ChartConfiguration<'line', Point[]> = {
    type: 'line',
    data: { datasets: [{ data: [], borderWidth: 1.5, pointRadius: 0, fill: false, tension: 0 }] },
    options: {
      parsing: false,
      normalized: true,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: { type: 'linear', ticks: { maxTicksLimit: 6, callback: (v) => sig(Number(v), 3) } },
        y: { type: 'linear', min: 0, ticks: { maxTicksLimit: 4, callback: (v) => `${sig(Number(v) * 100, 2)}%` } },
      },
    },
    plugins: [overlayPlugin],
  };
  const chart = new ChartCtor(canvas, config as ChartConfiguration);
  let current = colors;
  const paint = () => {
    const ds = chart.data.datasets[0];
    ds.borderColor = current.series1;
    for (const axis of ['x', 'y'] as const) {
      const s = chart.options.scales![axis]!;
      s.grid = { color: current.grid };
      s.ticks = { ...s.ticks, color: current.muted, font: { family: current.font, size: 11 } };
    }
  };
  paint();
  return {
    update(layer) {
      const view = viewOf(layer);
      overlays.set(chart, { colors: current, view, scale: layer.scale, zeroPoint: layer.zeroPoint });
      chart.data.datasets[0].data = view.points;
      const x = chart.options.scales!.x!;
      const y = chart.options.scales!.y!;
      x.min = view.lo;
      x.max = view.hi;
      y.max = view.top;
      chart.update('none');
    },
    recolor(colors) {
      current = colors;
      const o = overlays.get(chart);
      if (o) o.colors = colors;
      paint();
      chart.update('none');
    },
    destroy() {
      chart.destroy();
    },
  };
}
