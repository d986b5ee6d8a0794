// The only chart.js pieces Zero Point's widgets use, registered once. Named
// imports let the bundler drop every other controller, scale and plugin.
import { Chart, LineController, LineElement, LinearScale, PointElement } from 'chart.js';

// No Filler plugin (2.5 KB gzip): the widgets fill their histograms themselves.
Chart.register(LineController, LineElement, PointElement, LinearScale);
// Widgets redraw on every slider step; animation would only lag behind.
Chart.defaults.animation = false;
// No tooltip, so nothing to point at: no pointer listeners, and the build
// leaves chart.js's hit-testing out (chart-trim.ts).
Chart.defaults.events = [];
Chart.defaults.responsive = true;
Chart.defaults.maintainAspectRatio = false;

export { Chart };
