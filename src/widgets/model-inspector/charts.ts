// The selected tensor's two charts: its scale per channel, and a histogram
// of its dequantized values (a stepped outline, filled underneath by a small
// plugin, as chart.js's Filler is not bundled). Created once when chart.js
// arrives; later selections swap the data.
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { ChartConstructor } from '../shared/chart-runtime.ts';
import { sig } from '../shared/format.ts';
import { withAlpha, type ThemeColors } from '../shared/theme-colors.ts';

interface Point {
  x: number;
  y: number;
}

export interface InspectorCharts {
  scales(values: readonly number[] | null): void;
  histogram(h: { edges: readonly number[]; counts: readonly number[] } | null): void;
  recolor(colors: ThemeColors): void;
  destroy(): void;
}

const fills = new WeakMap<Chart, string>();

const fillPlugin: Plugin<'line'> = {
  id: 'zpInspectorFill',
  beforeDatasetsDraw(chart) {
    const fill = fills.get(chart);
    const points = chart.data.datasets[0]?.data as Point[] | undefined;
    if (!fill || !points || points.length < 2) return;
    const { ctx, chartArea: area, scales } = chart;
    const base = scales.y.getPixelForValue(0);
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
    ctx.clip();
    ctx.fillStyle = fill;
    ctx.beginPath();
    ctx.moveTo(scales.x.getPixelForValue(points[0].x), base);
    for (let i = 0; i < points.length; i++) {
      const py = scales.y.getPixelForValue(points[i].y);
      ctx.lineTo(scales.x.getPixelForValue(points[i].x), py);
      if (i + 1 < points.length) ctx.lineTo(scales.x.getPixelForValue(points[i + 1].x), py);
    }
    ctx.lineTo(scales.x.getPixelForValue(points[points.length - 1].x), base);
    ctx.closePath();
    ctx.fill();
    ctx.restore();
  },
};

function config(colors: ThemeColors, integerX: boolean): ChartConfiguration<'line'> {
  const ticks = { color: colors.muted, maxTicksLimit: 7, font: { family: colors.font, size: 11 } };
  return {
    type: 'line',
    data: { datasets: [] },
    options: {
      parsing: false,
      normalized: true,
      events: [],
      elements: { line: { borderWidth: 1.5 } },
      scales: {
        x: { type: 'linear', ticks: { ...ticks, ...(integerX ? { precision: 0 } : { callback: (v) => sig(Number(v), 3) }) }, grid: { color: colors.grid }, border: { color: colors.border } },
        y: { type: 'linear', beginAtZero: true, ticks: { ...ticks, callback: (v) => sig(Number(v), 3) }, grid: { color: colors.grid }, border: { color: colors.border } },
      },
    },
    plugins: [fillPlugin],
  };
}

/** Histogram outline: each count held from its left edge to the next, plus the right end. */
export function histogramPoints(edges: readonly number[], counts: readonly number[]): Point[] {
  const points = counts.map((c, i) => ({ x: edges[i], y: c }));
  if (counts.length > 0) points.push({ x: edges[counts.length], y: counts[counts.length - 1] });
  return points;
}

export function createInspectorCharts(Ctor: ChartConstructor, scaleCanvas: HTMLCanvasElement, histCanvas: HTMLCanvasElement, initial: ThemeColors): InspectorCharts {
  let colors = initial;
  const scaleChart = new Ctor(scaleCanvas, config(colors, true));
  scaleChart.data.datasets = [{ data: [], pointRadius: 2.5 }];
  const histChart = new Ctor(histCanvas, config(colors, false));
  histChart.data.datasets = [{ data: [], stepped: 'before', pointRadius: 0, borderWidth: 1 }];

  function style(): void {
    const s = scaleChart.data.datasets[0];
    s.borderColor = colors.series1;
    s.backgroundColor = colors.series1;
    histChart.data.datasets[0].borderColor = colors.series2;
    fills.set(histChart, withAlpha(colors.series2, 0.3));
    for (const chart of [scaleChart, histChart]) {
      for (const axis of [chart.options.scales!.x!, chart.options.scales!.y!]) {
        axis.grid = { color: colors.grid };
        axis.border = { color: colors.border };
        Object.assign(axis.ticks!, { color: colors.muted, font: { family: colors.font, size: 11 } });
      }
    }
  }
  style();

  return {
    scales(values) {
      scaleChart.data.datasets[0].data = (values ?? []).map((y, x) => ({ x, y }));
      scaleChart.update('none');
    },
    histogram(h) {
      histChart.data.datasets[0].data = h ? histogramPoints(h.edges, h.counts) : [];
      histChart.update('none');
    },
    recolor(next) {
      colors = next;
      style();
      scaleChart.update('none');
      histChart.update('none');
    },
    destroy() {
      scaleChart.destroy();
      histChart.destroy();
    },
  };
}
