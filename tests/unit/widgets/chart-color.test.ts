// On the site, chart.js's colour dependency (@kurkle/color) is replaced by
// src/widgets/shared/chart-color.ts, which passes colours through untouched.
// That is only right while chart.js never asks it to compute a colour: hover
// tints are resolved for 'active' elements only (pointer hover or
// setActiveElements), colour mixes only by animations. Here each widget's
// charts are built with the real chart.js and the real @kurkle/color (the
// alias is a site build setting; Node resolves the package itself) on a
// stand-in canvas, and every Color method chart.js could call is watched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Color as Kurkle } from '@kurkle/color';
import type { Chart as ChartType, ChartConfiguration } from 'chart.js';
import { Chart } from '../../../src/widgets/shared/chart-registry.ts';
import { Color } from '../../../src/widgets/shared/chart-color.ts';
import type { ChartConstructor } from '../../../src/widgets/shared/chart-runtime.ts';
import type { ThemeColors } from '../../../src/widgets/shared/theme-colors.ts';
import { createQuantizerCharts } from '../../../src/widgets/affine-quantizer/charts.ts';
import { createWeightCharts } from '../../../src/widgets/per-channel-weights/charts.ts';
import { createInspectorCharts } from '../../../src/widgets/model-inspector/charts.ts';
import { createHistogramChart } from '../../../src/widgets/range-calibration/charts.ts';

/** A 2D context that accepts every call and property (chart.js only draws into it). */
function fakeContext(canvas: unknown): CanvasRenderingContext2D {
  const props: Record<string | symbol, unknown> = { canvas };
  return new Proxy(props, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'measureText') return (s: string) => ({ width: s.length * 6, actualBoundingBoxAscent: 8, actualBoundingBoxDescent: 2 });
      return () => undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

function fakeCanvas(): HTMLCanvasElement {
  const canvas = { width: 300, height: 150, style: {}, getContext: () => ctx };
  const ctx = fakeContext(canvas);
  return canvas as unknown as HTMLCanvasElement;
}

const COLORS: ThemeColors = {
  series1: '#1d4ed8',
  series2: '#c2410c',
  series3: '#047857',
  grid: 'rgba(26, 31, 41, 0.12)',
  text: '#1a1f29',
  muted: '#536072',
  border: '#d9dee7',
  font: 'system-ui',
};

let built: ChartType[] = [];
/** The option keys each chart was given, read before chart.js fills in its own. */
let configs: string[][] = [];
/** chart.js's Chart, remembering every chart a widget builds and the options it was given. */
const Recording = class extends Chart {
  constructor(item: HTMLCanvasElement, config: ChartConfiguration) {
    configs.push(Object.keys(config.options ?? {}));
    super(item, config);
    built.push(this as unknown as ChartType);
  }
} as unknown as ChartConstructor;

const WATCHED = ['saturate', 'darken', 'mix', 'hexString'] as const;
let calls: Record<string, number>;
beforeEach(() => {
  built = [];
  configs = [];
  calls = {};
  for (const m of WATCHED) {
    const original = Kurkle.prototype[m] as (...a: unknown[]) => unknown;
    vi.spyOn(Kurkle.prototype, m).mockImplementation(function (this: Kurkle, ...a: unknown[]) {
      calls[m] = (calls[m] ?? 0) + 1;
      return original.apply(this, a);
    } as never);
  }
});
afterEach(() => {
  for (const c of built) c.destroy();
  vi.restoreAllMocks();
});

/** Draws every chart built, as a data change does, and returns the Color calls seen. */
function redrawAll(): Record<string, number> {
  for (const c of built) {
    c.data.datasets.forEach((d) => (d.data = [{ x: 0, y: 1 }, { x: 1, y: 2 }, { x: 2, y: 0 }] as never));
    c.update();
    c.update('none');
    c.render();
  }
  return calls;
}

describe('chart.js computes no colours for our charts, so chart-color.ts may pass them through', () => {
  // Off by default here, and no widget turns it back on: the site's build
  // also leaves chart.js's Animation class out (src/widgets/shared/chart-trim.ts).
  // (In Node chart.js's BasicPlatform forces it off anyway, so the widgets'
  // configurations are what is checked.)
  it('animation is off for every chart (no colour mixes, no easing)', () => {
    expect(Chart.defaults.animation).toBe(false);
  });

  const widgets: Array<[string, () => void]> = [
    ['affine quantizer', () => void createQuantizerCharts(Recording, { floats: fakeCanvas(), staircase: fakeCanvas(), errors: fakeCanvas() }, COLORS)],
    ['per-channel weights', () => void createWeightCharts(Recording, [fakeCanvas(), fakeCanvas()], COLORS)],
    ['model inspector', () => void createInspectorCharts(Recording, fakeCanvas(), fakeCanvas(), COLORS)],
  ];

  it.each(widgets)('%s: charts take no pointer events and draw without calling @kurkle/color', (_, build) => {
    build();
    expect(built.length).toBeGreaterThan(0);
    for (const c of built) expect(c.options.events).toEqual([]);
    // Straight or stepped lines only: the build leaves spline code out (chart-trim.ts).
    for (const c of built) {
      for (const d of c.data.datasets as Array<{ tension?: number; cubicInterpolationMode?: string }>) {
        expect(d.tension ?? 0).toBe(0);
        expect(d.cubicInterpolationMode).not.toBe('monotone');
      }
    }
    for (const keys of configs) expect(keys).not.toContain('animation');
    for (const keys of configs) expect(keys).not.toContain('animations');
    expect(redrawAll()).toEqual({});
  });

  it('range calibration: its chart keeps the site default, no pointer events', () => {
    // Its charts.ts sets no events of its own; chart-registry.ts turns them
    // off for every chart (the build leaves chart.js's hit-testing out).
    createHistogramChart(Recording, fakeCanvas(), COLORS);
    expect(built[0].options.events).toEqual([]);
    expect(configs[0]).not.toContain('animation');
    expect(redrawAll()).toEqual({});
  });

  it('the watch works: an active (hovered) element makes chart.js compute a hover tint', () => {
    createQuantizerCharts(Recording, { floats: fakeCanvas(), staircase: fakeCanvas(), errors: fakeCanvas() }, COLORS);
    redrawAll();
    built[0].setActiveElements([{ datasetIndex: 0, index: 1 }]);
    built[0].update('none');
    expect(calls.saturate).toBeGreaterThan(0);
  });
});

describe('the pass-through', () => {
  it('gives back the colour it was given, for any call chart.js makes', () => {
    for (const c of ['#1d4ed8', 'rgba(26, 31, 41, 0.12)', 'red']) {
      expect(new Color(c).valid).toBe(true);
      expect(new Color(c).saturate().darken().hexString()).toBe(c);
      expect(new Color(c).mix().hexString()).toBe(c);
    }
  });
});
