// Loads chart.js after the widget's HTML and numbers are on screen, once per
// page however many widgets ask for it.
import type { Chart } from 'chart.js';

export type ChartConstructor = typeof Chart;

let loading: Promise<ChartConstructor> | null = null;

export function loadChart(): Promise<ChartConstructor> {
  loading ??= import('./chart-registry.ts').then((m) => m.Chart);
  return loading;
}
