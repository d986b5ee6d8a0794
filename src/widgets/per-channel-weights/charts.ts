// The two per-channel charts (scale per channel, error per channel), each
// with the per-tensor series beside the per-channel one and the selected
// channel ringed. Created once when chart.js arrives; later changes swap
// the data and call update('none').
import type { Chart, ChartConfiguration } from 'chart.js';
import type { ChartConstructor } from '../shared/chart-runtime.ts';
import { sig } from '../shared/format.ts';
import type { ThemeColors } from '../shared/theme-colors.ts';

interface Point {
  x: number;
  y: number;
}

export interface SeriesPair {
  perTensor: number[];
  perChannel: number[];
  selected: number;
}

export interface WeightCharts {
  update(scales: SeriesPair, errors: SeriesPair): void;
  recolor(colors: ThemeColors): void;
  destroy(): void;
}

function config(colors: ThemeColors): ChartConfiguration<'line'> {
  const ticks = { color: colors.muted, maxTicksLimit: 8, font: { family: colors.font, size: 11 } };
  return {
    type: 'line',
    data: { datasets: [] },
    options: {
      parsing: false,
      normalized: true,
      events: [],
      elements: { line: { borderWidth: 1.5 } },
      scales: {
        x: { type: 'linear', ticks: { ...ticks, precision: 0 }, grid: { color: colors.grid }, border: { color: colors.border } },
        y: { type: 'linear', ticks: { ...ticks, callback: (v) => sig(Number(v), 3) }, grid: { color: colors.grid }, border: { color: colors.border }, beginAtZero: true },
      },
    },
  };
}

const points = (ys: number[]): Point[] => ys.map((y, x) => ({ x, y: Number.isFinite(y) ? y : 0 }));

export function createWeightCharts(Ctor: ChartConstructor, canvases: [HTMLCanvasElement, HTMLCanvasElement], initial: ThemeColors): WeightCharts {
  let colors = initial;
  const charts: Chart<'line'>[] = canvases.map((c) => {
    const chart = new Ctor(c, config(colors));
    chart.data.datasets = [
      { data: [], borderDash: [5, 4], pointRadius: 0 },
      { data: [], pointRadius: 3 },
      { data: [], showLine: false, pointRadius: 7, pointBorderWidth: 2, pointBackgroundColor: 'transparent' },
    ];
    return chart;
  });

  function style(): void {
    for (const chart of charts) {
      const [t, c, sel] = chart.data.datasets;
      t.borderColor = colors.series2;
      c.borderColor = colors.series1;
      c.backgroundColor = colors.series1;
      sel.borderColor = colors.text;
      const sx = chart.options.scales!.x!;
      const sy = chart.options.scales!.y!;
      for (const axis of [sx, sy]) {
        axis.grid = { color: colors.grid };
        axis.border = { color: colors.border };
        Object.assign(axis.ticks!, { color: colors.muted, font: { family: colors.font, size: 11 } });
      }
    }
  }
  style();

  return {
    update(scales, errors) {
      [scales, errors].forEach((pair, i) => {
        const chart = charts[i];
        chart.data.datasets[0].data = points(pair.perTensor);
        chart.data.datasets[1].data = points(pair.perChannel);
        const y = pair.perChannel[pair.selected];
        chart.data.datasets[2].data = [{ x: pair.selected, y: Number.isFinite(y) ? y : 0 }];
        chart.update('none');
      });
    },
    recolor(next) {
      colors = next;
      style();
      for (const chart of charts) chart.update('none');
    },
    destroy() {
      for (const chart of charts) chart.destroy();
    },
  };
}
